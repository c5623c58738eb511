"""Runners: where articles are turned into records. All run :func:`work.process_batch`.

- in-process (one worker): no subprocess, no pickling;
- local processes (``workers`` > 1): a process pool on this machine;
- Dask (``dask`` address): a distributed cluster, or a LocalCluster for ``local[:N]``.

Every runner yields :class:`~newsmine.runners.work.Outcome` objects (a record serialised as a
JSON line, plus what the progress and ``--resume`` need) in input order unless asked for
``ordered=False``, and the records are byte-identical whichever runner made them.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable
from itertools import chain, islice

from newsmine.articles import Article
from newsmine.runners.local import available_cores, run_in_process, run_in_processes, usable_runners, usable_workers
from newsmine.runners.window import batched
from newsmine.runners.work import ArticleKey, Outcome, PipelineSettings, article_key, process_batch

# Most characters in one batch; see run().
DEFAULT_BATCH_CHARS = 50_000

__all__ = [
    "DEFAULT_BATCH_CHARS",
    "ArticleKey",
    "Outcome",
    "PipelineSettings",
    "article_key",
    "available_cores",
    "process_batch",
    "refuse_a_missing_model",
    "run",
    "usable_runners",
    "usable_workers",
]


def run(
    settings: PipelineSettings,
    articles: Iterable[Article],
    *,
    workers: int | None = None,
    dask: str | None = None,
    ordered: bool = True,
    batch_chars: int = DEFAULT_BATCH_CHARS,
) -> Generator[Outcome, None, None]:
    """Outcomes of ``articles``, computed where asked.

    ``workers``: local processes (None: all cores; 1: in this process). ``dask``: a scheduler
    address or ``local[:N]``, instead of local workers.

    Articles go in batches of at most ``settings.batch_size`` articles and ``batch_chars``
    characters (a longer article goes alone): one batch is one task for a worker and one
    spaCy batch. spaCy's peak memory grows with the text of a batch (about 3 kB per
    character with the small model), so the character bound is what keeps a worker's peak
    the same on any corpus. Every runner parses exactly the same batches.
    """
    batches = batched(articles, settings.batch_size, max_weight=batch_chars, weight=_length)
    if dask is not None:
        from newsmine.runners.dask import run_on_dask

        return run_on_dask(settings, batches, address=dask, ordered=ordered)
    workers = available_cores() if workers is None else workers
    if workers <= 1:
        return run_in_process(settings, batches)
    # A single batch: starting workers would only cost time and memory.
    head = list(islice(batches, 2))
    if len(head) < 2:
        return run_in_process(settings, head)
    return run_in_processes(settings, chain(head, batches), workers=workers, ordered=ordered)


def refuse_a_missing_model(model: str, dask: str | None) -> None:
    """Raise :class:`~newsmine.errors.UsageError` when ``model`` is surely not installed where
    the run will load it, before the run touches its output: the workers load the model only
    after the output was opened, so ``--overwrite --model en_core_web_trf`` without that model
    emptied a JSON Lines output (and a sharded run's ``--overwrite`` removed every part, then
    told to retry with ``--resume``) before it exited 2. A Dask scheduler's workers may hold a
    model this machine lacks: they are left to tell (a ``local`` cluster runs here, and is
    checked)."""
    if dask is not None:
        from newsmine.runners.dask import parse_local_workers

        if parse_local_workers(dask) is None:
            return
    from newsmine.errors import UsageError
    from newsmine.nlp.model import model_missing  # spaCy: loaded by a local run's parent anyway

    if (missing := model_missing(model)) is not None:
        raise UsageError(missing)


def _length(article: Article) -> int:
    return len(article.text)
