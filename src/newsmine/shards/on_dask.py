"""Shards on a Dask cluster (:func:`_on_dask`): a window of tasks in flight
(:func:`_windowed`), each shard a task with a start file of its own
(:func:`process_shard_on_dask`), a shard Dask gave up on submitted again when it had begun in
fewer than :data:`~.attempts._ATTEMPTS` deaths (:func:`_dask_rerun`), and the wait for the next
one waking to report progress (:func:`_first_done`). Split from :mod:`newsmine.shards`
(session 50).
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from functools import partial

from newsmine.shards.attempts import _ATTEMPTS, _IN_FLIGHT_PER_WORKER, _guarded
from newsmine.shards.progress import _COUNTS, _TICK_SECONDS, PROGRESS_TOPIC, ShardsInWork, process_shard_reporting
from newsmine.shards.starts import run_marking_start, start_file
from newsmine.shards.task import MARKERS, ShardSettings, ShardSummary, process_shard, shard_name


def _windowed(paths: list[str], submit: Callable[[str], object], wait_first: Callable[[set], set],
              max_in_flight: int, rerun: Callable[[str, object], object | None] | None = None) -> Iterator[ShardSummary]:
    """Submit shards, at most ``max_in_flight`` at a time; yield summaries as they finish.
    ``rerun(path, future)``: a new future for a finished shard to run again instead of its
    summary, or None."""
    pending: dict[object, str] = {}

    def finished(done: set) -> Iterator[ShardSummary]:
        for future in done:
            path = pending.pop(future)
            again = rerun(path, future) if rerun is not None else None
            if again is not None:
                pending[again] = path
                continue
            yield _guarded(path, future.result)

    for path in paths:
        if len(pending) >= max_in_flight:
            yield from finished(wait_first(set(pending)))
        pending[submit(path)] = path
    while pending:
        yield from finished(wait_first(set(pending)))


def process_shard_on_dask(input_path: str, output_dir: str, settings: ShardSettings,
                          run_id: str | None = None) -> ShardSummary:
    """:func:`process_shard` on a Dask worker (:func:`process_shard_reporting` with ``run_id``),
    with a start file of its own in ``DIR/_shards`` while it runs (:mod:`newsmine.shards.starts`):
    named by the worker, as Dask runs the same task again after a worker's death."""
    start = start_file(f"{output_dir.rstrip('/')}/{MARKERS}", shard_name(input_path), uuid.uuid4().hex[:12])
    if run_id is None:
        return run_marking_start(process_shard, start, input_path, output_dir, settings)
    return run_marking_start(partial(process_shard_reporting, run_id=run_id), start, input_path, output_dir, settings)


def _on_dask(paths: list[str], output_dir: str, settings: ShardSettings, address: str, *,
             in_flight: ShardsInWork | None = None, tick: Callable[[], None] | None = None,
             on_warning: Callable[[str], None] | None = None) -> Iterator[ShardSummary]:
    """Shards on a Dask cluster. With ``in_flight``, the workers' progress events (Dask's own
    pub-sub: ``Worker.log_event`` and ``Client.subscribe_topic``) update the running counts, and
    the wait for the next shard wakes every :data:`_TICK_SECONDS` to call ``tick``.

    Dask gives a task up (``KilledWorker``) once more workers died while it was assigned to them
    than ``distributed.scheduler.allowed-failures`` allows, counting those where it only waited
    its turn (dask/distributed issue 5234); a shard that had begun in fewer than
    :data:`_ATTEMPTS` of them (its start files say how many) is submitted again under a new key,
    as a local pool runs a shard only queued in a broken pool again (:func:`_dask_rerun`)."""
    from newsmine.runners.dask import connect, import_distributed

    distributed = import_distributed()
    with ExitStack() as stack:
        client, threads = connect(address, stack)
        run_id = uuid.uuid4().hex  # the topic is shared: another run's reports are not this one's
        if in_flight is not None:
            def heard(event: tuple[float, dict]) -> None:
                message = event[1]
                if isinstance(message, dict) and message.get("run") == run_id:
                    # (Dask adds keys of its own, the sending worker's address among them; a worker
                    # of a newsmine before session 52 sends no in_work.)
                    in_flight.update(ShardSummary(**{key: message[key] for key in _COUNTS if key in message}))

            # Never unsubscribed: the subscription ends with the client, closed with the stack. An
            # unsubscribe before a report still on its way made Dask log a ValueError traceback
            # (Client._handle_event unsubscribes again a topic it has no handler for) after a Ctrl-C.
            client.subscribe_topic(PROGRESS_TOPIC, heard)

        def submit(path: str, again: int = 0):
            # A shard's key names it: the dashboard shows which file a task reads, and a shard
            # submitted twice (by two clients) runs once.
            key = f"shard-{shard_name(path)}" + (f"-again-{again}" if again else "")
            arguments = (path, output_dir, settings) if in_flight is None else (path, output_dir, settings, run_id)
            return client.submit(process_shard_on_dask, *arguments, key=key, pure=False)

        yield from _windowed(paths, submit, lambda futures: _first_done(distributed, futures, tick),
                             threads * _IN_FLIGHT_PER_WORKER,
                             rerun=_dask_rerun(distributed.KilledWorker, submit, output_dir, on_warning))


def _dask_rerun(killed_worker: type, submit: Callable[..., object], output_dir: str,
                on_warning: Callable[[str], None] | None) -> Callable[[str, object], object | None]:
    """The ``rerun`` of :func:`_windowed` on Dask: a shard Dask gave up (``killed_worker``) is
    submitted again when its start files say it had begun in fewer than :data:`_ATTEMPTS` of
    the deaths Dask counted (the others struck it waiting on a worker), :data:`_ATTEMPTS`
    times at most; the start files stay until the shard completes (the run's sweep) or
    ``--resume`` (which clears every temporary file), so they count across reruns."""
    from newsmine.shards.starts import dead_attempts

    starts = f"{output_dir.rstrip('/')}/{MARKERS}"
    reruns: Counter[str] = Counter()

    def rerun(path: str, future) -> object | None:
        try:
            if not isinstance(future.exception(), killed_worker):
                return None
        except Exception:  # noqa: BLE001 - cancelled or lost: reported as its result says
            return None
        began = dead_attempts(starts, shard_name(path))
        if began >= _ATTEMPTS or reruns[path] >= _ATTEMPTS:
            return None
        reruns[path] += 1
        if on_warning is not None:
            on_warning(f"Dask gave shard {path} up after workers died while it was assigned to them, but it had "
                       f"begun in {began} of those (the others struck it waiting its turn); it runs again "
                       f"(attempt {began + 1} of {_ATTEMPTS})")
        return submit(path, reruns[path])

    return rerun


def _first_done(distributed, futures: set, tick: Callable[[], None] | None) -> set:
    """The futures done once the first of ``futures`` is, calling ``tick`` every
    :data:`_TICK_SECONDS` until then (when given). Dask's timeout is ``distributed.TimeoutError``,
    asyncio's: the builtin ``TimeoutError`` only from Python 3.11 on, so on 3.10 an ``except
    TimeoutError`` let the first tick's timeout end the run."""
    while True:
        try:
            return distributed.wait(futures, timeout=None if tick is None else _TICK_SECONDS,
                                    return_when="FIRST_COMPLETED").done
        except distributed.TimeoutError:
            tick()
