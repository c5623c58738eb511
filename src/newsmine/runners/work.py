"""The unit of work every runner executes: a batch of articles -> their serialised records.

:func:`process_batch` is a plain module-level function of picklable arguments, so the local
process pool and Dask run exactly the same code and produce byte-identical records. Each
process (a local worker, a Dask worker) loads the spaCy model once, on first use, and keeps
it for every later batch.
"""

from __future__ import annotations

import ctypes
import gc
import sys
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from newsmine.articles import Article
from newsmine.nlp.model import DEFAULT_MODEL
from newsmine.pipeline import DEFAULT_BATCH_SIZE, DEFAULT_MAX_CHARS, Pipeline
from newsmine.records import ArticleRecord, Status
from newsmine.time_limit import DEFAULT_ARTICLE_TIMEOUT
from newsmine.writers.jsonl import record_line

__all__ = [
    "ArticleKey", "Outcome", "PipelineSettings", "article_key", "outcome_of", "process_batch", "process_exclusively",
    "load_first_use_tables", "records_of", "tune_allocator", "tune_garbage_collector", "use_pipeline", "warm_up",
]

# Identity of an article across runs, used by --resume: (source path as given, article id).
# Ids alone are not enough: a file stem repeats across directories (a/1.txt, b/1.txt).
ArticleKey = tuple[str | None, str]


@dataclass(frozen=True, slots=True)
class PipelineSettings:
    """What a worker needs to build its pipeline; hashable, so it keys the per-process cache."""

    model: str = DEFAULT_MODEL
    batch_size: int = DEFAULT_BATCH_SIZE
    max_chars: int = DEFAULT_MAX_CHARS
    include_text: bool = True  # False: records without their text (--no-text)
    article_timeout: float | None = DEFAULT_ARTICLE_TIMEOUT  # seconds an article may take (--article-timeout)
    min_confidence: float = 0.0  # quotes below this calibrated confidence are left out (--min-confidence)
    guess_gender: bool = False  # gender from first names where the article states none (--guess-gender)
    other_languages: bool = False  # analyse text in another language than the model's too (--other-languages)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One article's finished record, as it travels back from a worker."""

    line: bytes  # the record as one JSON line, newline-terminated
    key: ArticleKey
    error_type: str | None  # None when the record's status is ok
    words: int  # whitespace-separated words of the text, for words/s
    skipped_type: str | None = None  # why the article was not analysed (ThinPage, OtherLanguage), if it was not
    quotes_left_out: int = 0  # quotes below --min-confidence left out of the record
    # The record's first warning (what its reader set aside: an ambiguous date...), for the
    # run's summary: the tables leave warnings out, so a run into a database showed none.
    warning: str | None = None
    # A failed record's error message, for the run's summary: "2 failed: MissingText 2" alone
    # left the fix ("name the text field with --text-field") in the records (newuser52).
    error_message: str | None = None


def article_key(article: Article) -> ArticleKey:
    return (article.source_path, article.id)


def outcome_of(record: ArticleRecord, *, include_text: bool = True, quotes_left_out: int = 0) -> Outcome:
    failed = record.status is Status.error
    words = 0 if failed else len(record.text.split())
    if not include_text:
        record.text = ""
    return Outcome(
        line=record_line(record),
        key=(record.source.path, record.id),
        error_type=record.error.type if failed else None,
        words=words,
        skipped_type=record.error.type if record.status is Status.skipped else None,
        quotes_left_out=quotes_left_out,
        warning=record.warnings[0] if record.warnings else None,
        error_message=record.error.message if failed and record.error else None,
    )


def records_of(pipeline: Pipeline, articles: Iterable[Article], *, include_text: bool = True) -> Iterator[Outcome]:
    """Outcomes of ``articles`` in input order, streamed through one loaded pipeline.

    The pipeline yields exactly one record per article, in order, with the article's reader
    warnings (``Article.warnings`` -> ``ArticleRecord.warnings``, see :mod:`newsmine.extract`).
    Each outcome counts the quotes ``--min-confidence`` left out of its record: the pipeline's
    running total grows as it builds a record, which it yields at once.
    """
    left_out = pipeline.quotes_left_out
    for record in pipeline.process(articles):
        now = pipeline.quotes_left_out
        yield outcome_of(record, include_text=include_text, quotes_left_out=now - left_out)
        left_out = now


_PIPELINES: dict[PipelineSettings, Pipeline] = {}
# A Dask worker may run tasks on several threads: load the model once, and never run two
# batches through the same spaCy pipeline at the same time.
_PIPELINE_LOCK = threading.Lock()


def warm_up(settings: PipelineSettings) -> Pipeline:
    """The process's pipeline for ``settings``, loaded on first call (a process pool initializer)."""
    pipeline = _PIPELINES.get(settings)
    if pipeline is None:
        with _PIPELINE_LOCK:
            pipeline = _PIPELINES.get(settings)
            if pipeline is None:
                tune_allocator()
                replacing = bool(_PIPELINES)
                if replacing:
                    # The model being replaced was frozen with everything else: give its objects
                    # back to the collector, or its reference cycles would never be freed.
                    gc.unfreeze()
                _PIPELINES.clear()  # one model per process: memory stays one model's worth
                if replacing:
                    # Free the replaced model's cycles now: the freeze below would keep them.
                    gc.collect()
                pipeline = _PIPELINES[settings] = Pipeline(
                    settings.model, batch_size=settings.batch_size, max_chars=settings.max_chars,
                    article_timeout=settings.article_timeout, min_confidence=settings.min_confidence,
                    guess_gender=settings.guess_gender, other_languages=settings.other_languages,
                )
                tune_garbage_collector()
    return pipeline


def load_first_use_tables() -> None:
    """Build now what the components otherwise build at their first article that needs it:
    dateparser (imported, and its timezone and English patterns compiled by a first parse:
    0.4 CPU s) and coco's country table. Not py3langid's model (0.7 CPU s): the language check
    reads plainly English text without it (:mod:`newsmine.language`), so an English corpus never
    loads it, and a worker that meets another language loads its own. For a process about to fork its workers, which then
    inherit them instead of each building its own; the results of every later call are
    unchanged (these are caches). The new objects are frozen out of the collector's reach
    with the model's (:func:`tune_garbage_collector`)."""
    from newsmine.entity_keys import country_name
    from newsmine.nlp.dates.values import load_dateparser

    load_dateparser()
    country_name("France")
    tune_garbage_collector()


def use_pipeline(settings: PipelineSettings, pipeline: Pipeline) -> None:
    """Make an already loaded ``pipeline`` this process's pipeline for ``settings`` (tests, or a
    program that loaded one), so that no runner in this process loads another."""
    with _PIPELINE_LOCK:
        _PIPELINES.clear()
        _PIPELINES[settings] = pipeline


def process_exclusively(pipeline: Pipeline, articles: Iterable[Article]) -> tuple[list[ArticleRecord], int]:
    """The records of ``articles``, computed while no other thread of this process uses the
    pipeline (spaCy pipelines are not shared across threads; a Dask worker may have several),
    and how many quotes ``--min-confidence`` left out of them: the growth of the pipeline's
    running count, read under the same lock, or another thread's batch would count too."""
    with _PIPELINE_LOCK:
        left_out = getattr(pipeline, "quotes_left_out", 0)  # (a stand-in pipeline may not count)
        records = list(pipeline.process(articles))
        return records, getattr(pipeline, "quotes_left_out", 0) - left_out


# glibc's mallopt() parameters (malloc.h) and the values a long-running worker is given.
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
_MMAP_THRESHOLD_BYTES = 32 * 1024 * 1024  # glibc's own ceiling for its adaptive threshold
# Above a batch's working memory (spaCy takes about 3 kB a character, a batch is at most
# DEFAULT_BATCH_CHARS = 50,000 characters: some 150 MB), so that the heap is not given back
# to the system after every batch only to be faulted in again, zeroed, by the next.
_TRIM_THRESHOLD_BYTES = 512 * 1024 * 1024


# Container allocations (net of frees) that start a young-generation collection; Python's
# default is 700. An article allocates tens of thousands of short-lived objects that
# reference counting frees (the Doc's cycles are broken by the pipeline, newsmine.pipeline._release).
_GC_YOUNG_THRESHOLD = 10_000


def tune_garbage_collector() -> None:
    """Spare a worker the garbage collector's rescans of the loaded model.

    Once the model is loaded, the process holds some 120,000 long-lived objects (spaCy's
    vocabulary, newsmine's lexicons and attribution weights) that every full collection
    walked again: gc.freeze() moves them out of the collector's generations for good (they
    were loaded, not garbage). A higher young-generation threshold makes the collections
    rarer; memory stays flat because reference counting, not the collector, frees an
    article's objects. Measured in one process on PolNeAR train articles (gc.callbacks): the
    collections took 4.1 ms an article, 1.2 ms after the freeze alone, 0.3 ms with both.
    No full collection before the freeze: it walked all those objects once more (0.1 CPU s
    in every process) to find some 150 unreachable ones left by the model's load, a few
    kilobytes that now stay frozen, once, whatever the number of articles."""
    gc.freeze()
    _young, middle, old = gc.get_threshold()
    gc.set_threshold(_GC_YOUNG_THRESHOLD, middle, old)


def tune_allocator() -> bool:
    """Keep the memory a batch frees for the next batch (True when glibc took the settings).

    Each batch is one ``nlp.pipe`` call (:func:`records_of`), and when it ends everything it
    allocated is freed at once: glibc then gives the top of the heap back to the system (it
    trims once more than its trim threshold is free there; the adaptive threshold stops at
    64 MB, a batch frees some 150 MB), and the next batch faults the same pages in again,
    zeroed by the kernel. Measured on 30 PolNeAR train articles in one process, batches as
    ``--workers 1`` cuts them: 54,000 page faults against 10,000 when the same articles
    stream through one ``nlp.pipe`` call, as bare spaCy's do; 360 with these settings
    (docs/history/speed.md, tenth session). A worker's memory stays at the peak one batch reached,
    which ``--batch-chars`` bounds, and still drops when it ends.

    The same settings replace the fixed trim threshold Dask's nanny starts every worker with
    (``MALLOC_TRIM_THRESHOLD_=65536``: every array above 128 kB a fresh mmap, 50 times the
    page faults and 15 % more CPU on 40 PolNeAR articles), since setting any threshold turns
    off glibc's adaptive mmap threshold: it is fixed here at the value glibc adapts up to."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")
        return bool(libc.mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD_BYTES)
                    and libc.mallopt(_M_TRIM_THRESHOLD, _TRIM_THRESHOLD_BYTES))
    except (OSError, AttributeError):  # not glibc (musl, say): nothing to tune
        return False


def process_batch(settings: PipelineSettings, articles: list[Article]) -> list[Outcome]:
    """The records of ``articles`` (in their order) as serialised :class:`Outcome` objects."""
    pipeline = warm_up(settings)
    with _PIPELINE_LOCK:
        return list(records_of(pipeline, articles, include_text=settings.include_text))
