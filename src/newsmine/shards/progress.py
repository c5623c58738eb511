"""The running counts of the shards in flight, so that a run whose shards take hours is not
silent until the first one ends: the client's store of them (:class:`ShardsInWork`), how often they
are read (:data:`_TICK_SECONDS`) and sent (:data:`PROGRESS_EVERY_SECONDS`, :func:`_throttled`),
and how each runner sends them — in this process (:func:`_in_this_process`), a local pool's
worker through its queue (:func:`process_shard_in_pool`, :func:`_drain`), a Dask worker as an
event of :data:`PROGRESS_TOPIC` (:func:`process_shard_reporting`). Split from
:mod:`newsmine.shards` (session 50).

A report also says which article a shard is parsing when its batch is heavy
(:attr:`ShardSummary.in_work`, :func:`newsmine.shards.task.heavy_batch`), sent as the batch
starts, whatever the throttle: while the worker parses it no record comes, so no other report
would. The client's store answers the progress line's watch as a streamed run's
:class:`~newsmine.runners.in_work.ArticlesInWork` does (:meth:`ShardsInWork.longest`): a sharded
run on one long article showed its counts standing still and nothing else (newuser51).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

from newsmine.runners.in_work import ArticleInWork
from newsmine.shards.task import ShardSettings, ShardSummary, process_shard

# How often a worker reports a running shard's counts (articles, words, failures) to the client,
# at most: the client's progress line redraws a few times a second and logs a line a minute.
PROGRESS_EVERY_SECONDS = 1.0
# The Dask event topic of those reports (Worker.log_event -> Client.subscribe_topic); one topic for
# every run, each report naming its run, so that a long-lived scheduler keeps one bounded log.
PROGRESS_TOPIC = "newsmine-shard-progress"
# How long the client waits for a shard to finish before it looks at the running counts again.
_TICK_SECONDS = 0.25


class ShardsInWork:
    """The running counts of the shards in flight, as the workers report them (on the Dask
    client's event-loop thread) and as the run's main thread reads them."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._counts: dict[str, ShardSummary] = {}
        self._finished: set[str] = set()
        self._since: dict[str, float] = {}  # when each shard's article in work was first heard of

    def update(self, summary: ShardSummary) -> None:
        with self._lock:
            if summary.shard not in self._finished:  # a report that arrives after the shard's result
                before = self._counts.get(summary.shard)
                if summary.in_work is None:
                    self._since.pop(summary.shard, None)
                elif before is None or before.in_work != summary.in_work:
                    self._since[summary.shard] = self._clock()
                self._counts[summary.shard] = summary

    def forget(self, shard: str) -> None:
        """Drop a shard's running counts whose attempt died with its pool: it waits to run again
        from its start, and those counts are not in its part. Kept, they swelled the progress
        line until its new attempt's first report, which could be hours later, after the
        rest of the queue (review47b)."""
        with self._lock:
            self._counts.pop(shard, None)
            self._since.pop(shard, None)

    def finish(self, shard: str) -> None:
        with self._lock:
            self._finished.add(shard)
            self._counts.pop(shard, None)
            self._since.pop(shard, None)

    def snapshot(self) -> dict[str, ShardSummary]:
        with self._lock:
            return dict(self._counts)

    def longest(self) -> ArticleInWork | None:
        """The longest article the running shards said they are parsing (of equal ones, the one
        heard of first), or None: what the progress line's watch names while no record comes."""
        with self._lock:
            held = [ArticleInWork(path=str(in_work[1]), id=str(in_work[0]), chars=int(in_work[2]),
                                  since=self._since.get(shard, 0.0))
                    for shard, summary in self._counts.items() if (in_work := summary.in_work)]
        return max(held, key=lambda article: (article.chars, -article.since), default=None)

    def __len__(self) -> int:
        """Articles in the heavy batches the running shards said they are parsing."""
        with self._lock:
            return sum(int(summary.in_work[3]) for summary in self._counts.values() if summary.in_work)


def _in_this_process(in_flight: ShardsInWork, tick: Callable[[], None]) -> Callable[[ShardSummary], None]:
    """A shard's ``on_progress`` when it runs in this process: its counts, read a few times a second."""

    def report(counts: dict) -> None:
        in_flight.update(ShardSummary(**counts))
        tick()

    return _throttled(_TICK_SECONDS, report)


_COUNTS = ("shard", "input", "articles", "failed", "words", "in_work")  # what a progress report holds


def _throttled(every_seconds: float, send: Callable[[dict], None]) -> Callable[[ShardSummary], None]:
    """An ``on_progress`` for :func:`process_shard` that passes the shard's counts (a plain dict)
    to ``send`` at most once every ``every_seconds``: it is called for every record. A change of
    the article in work (a heavy batch starting, or done) is sent at once: the worker is about to
    be busy, or its report of the batch would otherwise stand until the next one passed."""
    # The first report is always due: from 0.0, a clock started under ``every_seconds`` ago
    # (time.monotonic() counts from boot: a machine up for less than an hour) withheld it.
    last = -math.inf
    last_in_work: list | None = None

    def report(summary: ShardSummary) -> None:
        nonlocal last, last_in_work
        now = time.monotonic()
        changed, due = summary.in_work != last_in_work, now - last >= every_seconds
        if due:
            last = now
        if changed or due:
            last_in_work = summary.in_work
            send({key: getattr(summary, key) for key in _COUNTS})

    return report


def process_shard_reporting(input_path: str, output_dir: str, settings: ShardSettings, run_id: str) -> ShardSummary:
    """:func:`process_shard` on a Dask worker, reporting the shard's running counts to the client
    at most once every :data:`PROGRESS_EVERY_SECONDS`, as an event of :data:`PROGRESS_TOPIC`
    (``Worker.log_event``: sent through the worker's batched stream to the scheduler, which
    passes it to the subscribed client; a few dozen bytes, never records)."""
    from distributed import get_worker

    worker = get_worker()
    report = _throttled(PROGRESS_EVERY_SECONDS,
                        lambda counts: worker.log_event(PROGRESS_TOPIC, {"run": run_id, **counts}))
    return process_shard(input_path, output_dir, settings, on_progress=report)


def process_shard_in_pool(input_path: str, output_dir: str, settings: ShardSettings) -> ShardSummary:
    """:func:`process_shard` in a local pool's worker, putting the shard's running counts on the
    queue the pool gave the worker (:func:`~newsmine.runners.local.worker_progress_queue`), at
    most once every :data:`PROGRESS_EVERY_SECONDS`; as :func:`process_shard` when it has none."""
    from newsmine.runners.local import worker_progress_queue

    queue = worker_progress_queue()
    report = None if queue is None else _throttled(PROGRESS_EVERY_SECONDS, queue.put)
    return process_shard(input_path, output_dir, settings, on_progress=report)


def _drain(queue, in_flight: ShardsInWork) -> None:
    """Every progress report the workers have put on ``queue`` so far, into ``in_flight``."""
    from queue import Empty

    while True:
        try:
            counts = queue.get_nowait()
        except Empty:
            return
        in_flight.update(ShardSummary(**counts))
