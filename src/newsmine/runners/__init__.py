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
from newsmine.runners.local import available_cores, run_in_process, run_in_processes
from newsmine.runners.work import ArticleKey, Outcome, PipelineSettings, article_key, process_batch

__all__ = [
    "ArticleKey",
    "Outcome",
    "PipelineSettings",
    "article_key",
    "available_cores",
    "process_batch",
    "run",
]


def run(
    settings: PipelineSettings,
    articles: Iterable[Article],
    *,
    workers: int | None = None,
    dask: str | None = None,
    ordered: bool = True,
    batch_articles: int | None = None,
) -> Generator[Outcome, None, None]:
    """Outcomes of ``articles``, computed where asked.

    ``workers``: local processes (None: all cores; 1: in this process). ``dask``: a scheduler
    address or ``local[:N]``, instead of local workers. ``batch_articles``: articles per task
    sent to a worker (default: the spaCy batch size, so that workers parse exactly the
    batches a single process would).
    """
    batch_articles = batch_articles or settings.batch_size
    if dask is not None:
        from newsmine.runners.dask import run_on_dask

        return run_on_dask(settings, articles, address=dask, batch_articles=batch_articles, ordered=ordered)
    workers = available_cores() if workers is None else workers
    if workers <= 1:
        return run_in_process(settings, articles)
    # Fewer articles than one task: starting workers would only cost time and memory.
    iterator = iter(articles)
    head = list(islice(iterator, batch_articles + 1))
    if len(head) <= batch_articles:
        return run_in_process(settings, head)
    return run_in_processes(
        settings, chain(head, iterator), workers=workers, batch_articles=batch_articles, ordered=ordered
    )
