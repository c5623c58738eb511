"""Batch extraction: inputs -> records -> output, with a summary. The CLI's ``extract`` is a
thin layer over :func:`extract`.

Inputs are read lazily and records are written as they complete, so memory stays flat
whatever the corpus size. The work itself runs in this process, in a pool of worker
processes, or on a Dask cluster (:mod:`newsmine.runners`); the records are the same.

Resuming (``resume=True``): the output is recovered (a torn last line is cut) and every
article whose record it already holds is skipped before any parsing. An article is known
by its **(source path, id)**: ids alone repeat (file stems in different directories), and a
path alone does not identify the articles of a JSON Lines file. The path is compared as
written in the record, so resume with the same input arguments from the same directory.
When one file holds several articles with the same id, each record held skips one of them.
JSON Lines, DuckDB and SQLite outputs can be resumed (a database holds every batch it
committed).

Appending (``append=True``) adds to an existing database or table directory (DuckDB, SQLite,
Parquet, CSV): new articles are added and an article whose id the output already holds is
replaced, so a daily crawl can be loaded into the same output day after day. The summary
counts the articles replaced, and names those replaced by an article from another source path
(ids are file stems: another day's ``index.html`` is ``index`` too).

Guards (README, "Bad input and failures"): one run per output at a time (a lock beside it);
the output is never one of the inputs; an output left empty by a killed run is replaced.
"""

from __future__ import annotations

import itertools
import os
import shlex
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsmine.articles import Article
from newsmine.errors import OutputError, UsageError
from newsmine.manifest import (
    differences, manifest_path, no_manifest_warning, read_manifest, refusal, remove_manifest, run_settings,
    staged_manifest, write_manifest,
)
from newsmine.readers import (
    STDIN,
    InputFile,
    ReadOptions,
    SkippedBecause,
    SkippedFile,
    display_path,
    list_inputs,
    read_file,
)
from newsmine.records import ArticleRecord
from newsmine.runners import DEFAULT_BATCH_CHARS, Outcome, PipelineSettings, refuse_a_missing_model, run, usable_runners
from newsmine.runners.dask import refuse_an_unusable_scheduler
from newsmine.runners.in_work import ArticlesInWork
from newsmine.writers import (
    APPENDABLE_FORMATS,
    DIRECTORY_FORMATS,
    detect_output_format,
    held_articles,
    held_paths_by_id,
    open_writer,
)
from newsmine.writers.jsonl import JsonLinesWriter, begins_with_a_record, recover
from newsmine.writers.run_lock import output_lock
from newsmine.writers.target import holds_no_records, is_same_file, output_kind

__all__ = ["RESUMABLE_FORMATS", "ExtractOptions", "RunSummary", "extract", "plan_inputs"]


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """Everything a run is asked to do, built once (by the CLI) and passed down as it is.

    ``pipeline`` is what every worker builds its pipeline from (model, --max-chars, ...): the
    one place each of those settings lives; the readers take its ``max_chars`` too.
    """

    pipeline: PipelineSettings = field(default_factory=PipelineSettings)
    read: ReadOptions = field(default_factory=ReadOptions)
    overwrite: bool = False
    # Output format (newsmine.writers.OUTPUT_FORMATS); None chooses by the output's suffix.
    output_format: str | None = None
    # Continue an interrupted run: keep the output's records, skip their articles.
    resume: bool = False
    # Add to an existing database or table directory; articles it already holds are replaced.
    append: bool = False
    # Local worker processes; None: one per available core; 1: in this process.
    workers: int | None = None
    # A Dask scheduler address, or "local" / "local:N"; replaces local workers when set.
    dask: str | None = None
    # Write records as they finish rather than in input order (faster with many workers).
    unordered: bool = False
    # Most characters in one batch (bounds a worker's peak memory; a longer article goes alone).
    batch_chars: int = DEFAULT_BATCH_CHARS


# Repeated ids the summary names; the rest are counted.
REPEATED_ID_EXAMPLES = 3


@dataclass(slots=True)
class RunSummary:
    articles: int = 0  # records written by this run
    failed: int = 0
    words: int = 0
    errors_by_type: Counter = field(default_factory=Counter)
    skipped_files: list[SkippedFile] = field(default_factory=list)  # inside input directories, not read
    resumed: int = 0  # articles skipped because the output already held their record
    warnings: list[str] = field(default_factory=list)  # what the run changed from what was asked
    # Records of this run wholly in the output once it ended or stopped (None while running):
    # what an error message may promise is intact.
    kept: int | None = None
    not_analysed_by_type: Counter = field(default_factory=Counter)  # status "skipped" records, by reason
    quotes_left_out: int = 0  # quotes below --min-confidence left out of this run's records
    # --append: articles the output held before this run that a record of it replaced (same id),
    # and, of those, each one held from another source path: (id, this run's path, the held path).
    replaced: int = 0
    replaced_from_elsewhere: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    # Records of this run whose article id an earlier record of the run already had (a WARC
    # holding one URL twice, two `budget.txt` in two folders), and the first few such ids. Every
    # format but SQLite keeps both records, so the tables' keys repeat: the summary says so.
    repeated_ids: int = 0
    repeated_id_examples: list[str] = field(default_factory=list)
    # Records with warnings, and the first one's id and warning: the summary says them.
    warned: int = 0
    warned_example: tuple[str, str] | None = None
    # The first error record's id and error ("MissingText: the object has no 'text' field …"):
    # the summary shows it, as it shows the first warning.
    failed_example: tuple[str, str] | None = None
    # The first error record of each error type, the same way: when the most common type is not
    # the first failure's, the summary shows its first instead (a folder's one empty file came
    # before its feeds' MissingText, and hid the hint to name the text field).
    failed_examples_by_type: dict[str, tuple[str, str]] = field(default_factory=dict)
    _ids_seen: set[str] = field(default_factory=set, repr=False)

    def add(self, outcome: Outcome) -> None:
        self.articles += 1
        article_id = outcome.key[1]
        if article_id in self._ids_seen:
            self.repeated_ids += 1
            if len(self.repeated_id_examples) < REPEATED_ID_EXAMPLES and article_id not in self.repeated_id_examples:
                self.repeated_id_examples.append(article_id)
        else:
            self._ids_seen.add(article_id)
        self.words += outcome.words
        self.quotes_left_out += outcome.quotes_left_out
        if outcome.warning is not None:
            self.warned += 1
            self.warned_example = self.warned_example or (article_id, outcome.warning)
        if outcome.error_type is not None:
            self.failed += 1
            self.errors_by_type[outcome.error_type] += 1
            example = (article_id, f"{outcome.error_type}: {outcome.error_message or '(no message)'}")
            self.failed_example = self.failed_example or example
            self.failed_examples_by_type.setdefault(outcome.error_type, example)
        if outcome.skipped_type is not None:
            self.not_analysed_by_type[outcome.skipped_type] += 1


# Called after each record with the running summary (the CLI draws progress with it).
ProgressCallback = Callable[[RunSummary], None]


def extract(
    inputs: Iterable[str | Path],
    output: str | Path,
    options: ExtractOptions | None = None,
    *,
    on_record: ProgressCallback | None = None,
    on_warning: Callable[[str], None] | None = None,
    in_work: ArticlesInWork | None = None,
    on_start: Callable[[], None] | None = None,
) -> RunSummary:
    """Extract records for every article under ``inputs`` into ``output`` (JSON Lines unless
    ``options.output_format`` or the output's suffix says otherwise).

    ``on_start`` is called once the output is open, before the model loads: the CLI's log then
    says what the run reads (a run refused, or finding no article, never starts).

    ``on_warning`` hears, before the work starts, what the run changed from what was asked
    (fewer workers than requested); the same lines are in ``RunSummary.warnings``.

    ``in_work`` is told of each article as it is handed to the workers and of each record as it
    comes back, so that another thread can say what the run is busy with while no record comes
    (the CLI's progress line names the longest article in work: one long article ran silent).

    Inputs that exist but hold no article (an empty folder, only files of other types, an empty
    feed) are not an error here: the summary says ``articles == resumed == 0`` and the output
    is neither created nor touched. A path that does not exist is a :class:`UsageError`."""
    options = options or ExtractOptions()
    output = str(output)
    summary = RunSummary()
    output_format = detect_output_format(output, options.output_format)
    input_files = plan_inputs(inputs, output, skipped=summary.skipped_files)  # fail fast on bad paths
    workers, dask, warning = usable_runners(options.workers, options.dask)
    refuse_a_missing_model(options.pipeline.model, dask)  # before --overwrite empties the output
    if warning:
        summary.warnings.append(warning)
        if on_warning is not None:
            on_warning(warning)
    with output_lock(output):
        return _extract_locked(input_files, output, output_format, workers, dask, options, summary, on_record,
                               on_warning, in_work, on_start)


def _extract_locked(input_files: list[InputFile], output: str, output_format: str, workers: int | None,
                    dask: str | None, options: ExtractOptions, summary: RunSummary,
                    on_record: ProgressCallback | None, on_warning: Callable[[str], None] | None = None,
                    in_work: ArticlesInWork | None = None, on_start: Callable[[], None] | None = None) -> RunSummary:
    # As the model: before --overwrite empties the output; after the lock, which a second run is
    # refused by before any connection is tried (a dashboard's address, a service that is no
    # scheduler, one that does not answer: runners.dask).
    refuse_an_unusable_scheduler(dask)
    held, mode = _prepare_output(output, output_format, options)
    settings = _checked_settings(output, output_format, options, held, summary, on_warning)
    appended_to = _held_by_id(output, output_format) if options.append and output_kind(output) != "missing" else {}
    max_chars = options.pipeline.max_chars
    articles: Iterator[Article] = (article for input_file in input_files
                                   for article in read_file(input_file, options.read, max_chars=max_chars))
    if held:
        articles = _not_yet_written(articles, held, summary, output)
    # The first article is read before the output is opened: inputs that hold none (an empty
    # folder, a folder of PDFs, an empty feed) leave no output behind and an existing one as it
    # was (--overwrite included); the CLI then exits 4, "nothing to do" (see extract()).
    first = next(articles, None)
    if first is None:
        return summary
    articles = itertools.chain([first], articles)
    if in_work is not None:
        articles = in_work.handing_out(articles)
    # The writer is opened inside the try: a stop (Ctrl-C, SIGTERM) that lands right after the
    # output file is created must still remove it when no record was written.
    writer = outcomes = None
    try:
        writer = open_writer(output, format=output_format, mode=mode)
        # A JSON Lines file replaced by --overwrite keeps its records, and so its manifest, until
        # this run's first record (writers.jsonl): the manifest is written there.
        manifest_at_first_record = getattr(writer, "replaces_at_first_record", False)
        if settings is not None and not getattr(writer, "replaces_at_close", False) and not manifest_at_first_record:
            write_manifest(output, settings)
        if on_start is not None:
            on_start()
        write_line = getattr(writer, "write_line", None) or (lambda line: writer.write(ArticleRecord.model_validate_json(line)))
        outcomes = run(
            options.pipeline,
            articles,
            workers=workers,
            dask=dask,
            ordered=not options.unordered,
            batch_chars=options.batch_chars,
        )
        for outcome in outcomes:
            if manifest_at_first_record:
                _replace_old_records(writer, output, settings)
                manifest_at_first_record = False
            write_line(outcome.line)
            summary.add(outcome)
            if in_work is not None:
                in_work.done(outcome.key)
            if appended_to:
                _count_replaced(outcome.key, appended_to, summary)
            if on_record is not None:
                on_record(summary)
    except BaseException:
        if outcomes is not None:
            outcomes.close()  # stops the workers now
        if writer is not None:
            try:
                # A JSON array, Parquet or CSV --overwrite, which nothing can continue, keeps the old
                # output whole (writers.replaced_when_finished); other writers keep what was written.
                getattr(writer, "close_unfinished", writer.close)()
            except Exception:
                pass  # the failure being raised is the one to report
            summary.kept = _complete_records(writer, summary)
            _write_manifest_if_replaced(writer, output, settings)
        if mode in ("new", "replace") and summary.articles == 0:
            _remove_if_empty(output)  # a run that could not start leaves no output behind
            if not os.path.exists(output):
                remove_manifest(output)
        raise
    try:
        writer.close()
    finally:
        summary.kept = _complete_records(writer, summary)
        _write_manifest_if_replaced(writer, output, settings)
    return summary


def _held_by_id(output: str, output_format: str) -> dict[str, str | None | tuple[str | None, ...]]:
    """The source path of each article an output held before an ``--append`` run, by id (a tuple
    of its paths when several held it): :func:`newsmine.writers.held_paths_by_id`, built from the
    rows with nothing in between (on 1,000,000 held articles in DuckDB, 1.0 s and +286 MB of peak
    memory, against 2.5 s and +463 MB through ``held_articles``' Counter and a list per id; in
    SQLite 1.0 s and +217 MB against 3.5 s and +432 MB; one run each on a shared machine)."""
    try:
        return held_paths_by_id(output, output_format)
    except OutputError:
        return {}  # not a newsmine output, or not readable: opening it to append says why


def _count_replaced(key: tuple[str | None, str], appended_to: dict[str, str | None | tuple[str | None, ...]],
                    summary: RunSummary) -> None:
    """Count a record of an ``--append`` run that replaced an article the output held (its id,
    popped: a second record of this run with that id replaces this run's, not the output's).

    Ids are file stems, so the day-2 ``budget.txt`` of a crawl replaced day 1's other
    ``budget.txt`` in every table, and the summary said only "2 articles": a re-crawled page
    (the same path) is what ``--append`` is for, a namesake from another path is news to the
    user, who is warned of each (:attr:`RunSummary.replaced_from_elsewhere`)."""
    path, article_id = key
    if article_id not in appended_to:
        return
    held = appended_to.pop(article_id)
    summary.replaced += 1
    held_paths = held if type(held) is tuple else (held,)
    if path not in held_paths and _place(path) not in {_place(other) for other in held_paths}:
        summary.replaced_from_elsewhere.append((article_id, path, held_paths[0]))


def _replace_old_records(writer: JsonLinesWriter, output: str, settings: dict[str, object] | None) -> None:
    """Empty the JSON Lines file an ``--overwrite`` replaces, at the run's first record, and put
    this run's manifest beside it in place of the old one's (:class:`JsonLinesWriter`).

    The new manifest is written before the file is emptied and renamed into place after: one that
    cannot be written (a folder the user may not write in, though the file is theirs) stops the
    run with the old records and settings whole, as the stop's line says; a kill between the
    emptying and the rename leaves an empty file beside the old settings, which describe no
    record of it. Written after the emptying, it left an empty file said to be "as it was"."""
    if settings is None:
        writer.replace_old_records()
        return
    with staged_manifest(output, settings) as put_in_place:
        writer.replace_old_records()
        put_in_place()


def _write_manifest_if_replaced(writer: object, output: str, settings: dict[str, object] | None) -> None:
    """The manifest of an output that the writer replaced whole at close (``--overwrite`` of a
    DuckDB database, built beside the old one): until then the old database, and its manifest,
    stay. Written at open, the new settings outlived a run killed (or whose write failed) before
    the rename, and a ``--resume`` with them continued the old database."""
    if settings is not None and getattr(writer, "replaced_at_close", False):
        write_manifest(output, settings)


def _checked_settings(output: str, output_format: str, options: ExtractOptions, held: Counter, summary: RunSummary,
                      on_warning: Callable[[str], None] | None) -> dict[str, object] | None:
    """This run's settings (:mod:`newsmine.manifest`), to write as the output's manifest once the
    output is open; None when the output keeps a manifest it has (or must not get one).

    A ``--resume`` into an output holding records is refused (:class:`UsageError`, exit 2) when
    its manifest records other settings, before any article is parsed; when it has no manifest
    (written before manifests existed) the run goes on with a warning. ``--append`` and outputs
    that are streams are neither checked nor given one, and nor are the formats ``--resume``
    cannot continue (JSON, Parquet, CSV)."""
    if options.append or output_format not in RESUMABLE_FORMATS or output_kind(output) == "stream":
        return None
    settings = run_settings(options.pipeline, options.read)
    if not (options.resume and held):
        return settings  # this run's records will be the output's only ones
    recorded = read_manifest(output)
    if recorded is None:
        warning = no_manifest_warning(display_path(output))
        summary.warnings.append(warning)
        if on_warning is not None:
            on_warning(warning)
        return None
    found = differences(recorded, settings)
    if found:
        raise UsageError(refusal(display_path(output), found))
    return None


def _complete_records(writer: object, summary: RunSummary) -> int:
    """Records of this run wholly in the output: fewer than were handed to the writer when it
    buffers (DuckDB, Parquet) or cut back a record torn by a failed write."""
    return getattr(writer, "complete_records", summary.articles)


def plan_inputs(inputs: Iterable[str | Path], output: str, *, skipped: list[SkippedFile] | None = None) -> list[InputFile]:
    """The input files of a run into ``output``: never the output itself.

    An output named as an input is refused (``--overwrite`` would destroy it); one found
    inside an input directory (``extract corpus/ -o corpus/records.jsonl``, then ``--resume``)
    is left out, and so are the files under a directory output, else a resumed run would read
    its own records as articles while appending to them, forever.
    """
    inputs = [str(raw) for raw in inputs]
    kind = output_kind(output)
    if kind in ("file", "directory"):
        for raw in inputs:
            if raw != STDIN and is_same_file(raw, output):
                raise UsageError(f"the output {display_path(output)} is one of the inputs; write the records to another file")
    listed: list[SkippedFile] = []
    found = list(list_inputs(inputs, skipped=listed))
    if skipped is not None:
        # The output's own run manifest (hidden, beside it) is no input the user needs told of.
        manifest = manifest_path(output) if kind == "file" else None
        for entry in listed:
            if manifest is not None and is_same_file(entry.path, manifest):
                continue
            if entry.reason is SkippedBecause.newsmine_records and kind in ("file", "directory") \
                    and _is_output(entry.path, output, kind):
                entry = SkippedFile(entry.path, SkippedBecause.output)  # this run's own output, by name
            skipped.append(entry)
    if kind not in ("file", "directory"):
        return found
    kept = []
    for input_file in found:
        if input_file.path != STDIN and _is_output(input_file.path, output, kind):
            if skipped is not None:
                skipped.append(SkippedFile(input_file.path, SkippedBecause.output))
            continue
        kept.append(input_file)
    return kept


def _is_output(path: str, output: str, kind: str) -> bool:
    if kind == "file":
        return is_same_file(path, output)
    directory = os.path.realpath(output)
    return os.path.commonpath([os.path.realpath(path), directory]) == directory


# Outputs --resume continues: a JSON Lines file, or a database holding every batch it committed.
RESUMABLE_FORMATS = ("jsonl", "duckdb", "sqlite")


def _prepare_output(output: str, output_format: str, options: ExtractOptions) -> tuple[Counter, str]:
    """Refuse an existing output unless told; returns the records it already holds (for a
    resume) and the writer's mode: ``new``, ``overwrite``, ``append``, or ``replace`` for an
    output that exists but holds no record (left by a run killed before its first record)."""
    for (flag, other), why in _CONTRADICTIONS.items():
        if getattr(options, flag) and getattr(options, other):
            raise UsageError(f"--{flag} and --{other} contradict each other: {why}")
    kind = output_kind(output)
    if kind == "stream":
        if options.resume or options.append:
            raise UsageError(f"--{'resume' if options.resume else 'append'} needs an output file, not "
                             f"{'standard output' if output == '-' else 'a device or pipe'}")
        if output_format not in ("jsonl", "json"):
            where = "standard output ('-')" if output == "-" else f"{display_path(output)}, not a regular file (a device or pipe)"
            raise UsageError(f"{output_format} output cannot go to {where}: it needs a file or directory; "
                             "standard output takes JSON Lines or JSON")
        return Counter(), "append"  # written as a stream: nothing to replace or refuse
    if kind == "directory" and output_format not in DIRECTORY_FORMATS:
        # Before, "holds no newsmine record ... pass --overwrite", and --overwrite then failed on
        # "Is a directory".
        raise UsageError(f"{display_path(output)} is a directory, and {output_format} output is one file: name a file "
                         f"inside it (--output {os.path.join(output, 'records.' + output_format)}), or ask for a "
                         "directory of tables with --format parquet or csv")
    if options.append and output_format not in APPENDABLE_FORMATS:
        # A user with a second folder for the same records.jsonl read "continue an interrupted run"
        # as not their case; --resume adds any inputs' articles the file does not hold yet.
        # A user with a second folder for the same records.jsonl read "continue an interrupted run"
        # as not their case; --resume adds any inputs' articles the file does not hold yet. A JSON
        # array was sent to --resume too, which refuses it ("start again with --overwrite").
        if output_format in RESUMABLE_FORMATS:
            hint = (f"to continue an interrupted {output_format} run use --resume (it adds the articles of any "
                    "inputs that the file does not hold yet, by source path and id, and keeps those it holds as "
                    "they are; a database with --append replaces them)")
        else:
            hint = (f"{output_format} output is written whole and cannot be added to: start again with --overwrite, "
                    "or write JSON Lines (.jsonl), which --resume adds to")
        raise UsageError(f"--append adds to a database (.duckdb, .db) or a --format parquet/csv directory, not to "
                         f"{output_format} output; {hint}")
    if options.resume:
        if output_format == "jsonl":
            return recover(output), "append"
        if output_format in RESUMABLE_FORMATS:
            return held_articles(output, output_format), "append"
        raise UsageError(f"--resume continues JSON Lines, DuckDB or SQLite output, not {output_format}; "
                         + ("to add to this output use --append" if output_format in APPENDABLE_FORMATS
                            else "start again with --overwrite"))
    if options.append:
        return Counter(), "append"
    if options.overwrite:
        return Counter(), "overwrite"
    if kind != "missing":
        if holds_no_records(output, output_format):
            return Counter(), "replace"
        if output_format == "jsonl" and not begins_with_a_record(output):
            raise OutputError(f"{display_path(output)} exists and holds no newsmine record, so --resume cannot "
                              "continue it; write to another file, or pass --overwrite to replace it")
        hints = ((["--resume to continue it"] if output_format in RESUMABLE_FORMATS else [])
                 + (["--append to add to it (articles it holds are replaced)"] if output_format in APPENDABLE_FORMATS else [])
                 + ["--overwrite to replace it"])
        raise OutputError(f"{display_path(output)} exists; pass {', '.join(hints[:-1])}{' or ' if len(hints) > 1 else ''}{hints[-1]}")
    return Counter(), "new"


_CONTRADICTIONS = {
    ("resume", "overwrite"): "resume keeps the output, overwrite replaces it",
    ("append", "overwrite"): "append adds to the output, overwrite replaces it",
    ("resume", "append"): "resume skips the articles the output holds, append extracts them again and replaces them",
}


def _remove_if_empty(output: str) -> None:
    path = Path(output)
    if output != "-" and path.is_file() and path.stat().st_size == 0:
        path.unlink()


def _not_yet_written(articles: Iterable[Article], held: Counter, summary: RunSummary, output: str) -> Iterator[Article]:
    """The articles whose record ``output`` does not hold yet (``--resume``), matched by (path,
    id) with the paths resolved: ``corpus`` and ``/home/ana/corpus`` name the same files (an
    absolute path extracted every article again, and appended it a second time). A run from
    another directory (relative paths that resolve elsewhere) is refused at its first article
    not held, when none was held before it and the output holds its file name and id under a
    path that leads nowhere from here: it would append every article again."""
    by_place: Counter = Counter()
    for (path, article_id), count in held.items():
        by_place[(_place(path), article_id)] += count
    written_as = {(os.path.basename(path), article_id): path for path, article_id in held if path}
    checked = False
    last_path = last_place = None  # the articles of a JSON Lines or WARC file follow one another
    for article in articles:
        if article.source_path != last_path or last_place is None:
            last_path, last_place = article.source_path, _place(article.source_path)
        key = (last_place, article.id)
        if by_place[key] > 0:
            by_place[key] -= 1
            summary.resumed += 1
            continue
        if not checked and not summary.resumed and article.source_path:
            checked = True
            earlier = written_as.get((os.path.basename(article.source_path), article.id))
            # The same name and id under a path that leads nowhere from here: the same article.
            if earlier is not None and not os.path.exists(_place(earlier)):
                started_in = _directory_of_the_earlier_run(earlier, article.source_path)
                where = (f"; that run started in {started_in}, it seems: cd {shlex.quote(started_in)} and name the "
                         f"inputs and the output from there, as it did (it read this file as {earlier})") if started_in else ""
                raise UsageError(f"{display_path(output)} holds this article as {earlier}, and this run reads it as "
                                 f"{article.source_path}: --resume knows an article by its path, resolved from the "
                                 "directory the run starts in, so run it from the directory, and with the input paths, "
                                 f"of the run that wrote the output (else every article would be extracted again){where}")
        yield article


def _directory_of_the_earlier_run(earlier: str, current: str) -> str | None:
    """The directory a resumed output's run most likely started in: where the file this run reads
    is, less the relative path the output holds it under (``big.jsonl`` held, ``work/big.jsonl``
    read from /tmp -> ``/tmp/work``). The refusal said "run it from the directory of the run that
    wrote the output" and left a user in a new terminal to remember which; None when the held
    path is absolute or is no tail of the file read (nothing to tell then)."""
    if os.path.isabs(earlier):
        return None
    held = os.path.normpath(earlier)
    read = os.path.realpath(current)
    if held.startswith(os.pardir) or not read.endswith(os.sep + held):
        return None
    return read[: -len(held) - 1] or os.sep


def _place(path: str | None) -> str | None:
    """Where ``path`` points, for matching an input against the records of a resumed output."""
    if path is None or path == STDIN or "://" in path:
        return path
    return os.path.realpath(path)
