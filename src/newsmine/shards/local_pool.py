"""Shards on a pool of local worker processes (:func:`_in_processes`), and what a worker's death
does: the pool it broke is replaced, the shards it ran go back in the queue apart from each other
(:func:`_spread`), those only queued run again uncounted, and one warning line a death says so
(:func:`_died_warning`). Split from :mod:`newsmine.shards` (session 50).
"""

from __future__ import annotations

import itertools
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future

from newsmine.shards.attempts import _ATTEMPTS, _IN_FLIGHT_PER_WORKER, _guarded
from newsmine.shards.progress import _TICK_SECONDS, ShardsInWork, _drain, process_shard_in_pool
from newsmine.shards.starts import local_start_folder, run_marking_start, start_file, take_start
from newsmine.shards.task import ShardSettings, ShardSummary, process_shard, shard_name


def _in_processes(paths: list[str], output_dir: str, settings: ShardSettings, workers: int, *,
                  on_warning: Callable[[str], None] | None = None, in_flight: ShardsInWork | None = None,
                  tick: Callable[[], None] | None = None) -> Iterator[ShardSummary]:
    """Shards on a local pool. A worker that dies (SIGKILL, the OOM killer) breaks the whole
    pool and fails every shard in flight, its own and the innocent ones: those are run again
    on a new pool, up to :data:`_ATTEMPTS` times each (as Dask retries), then reported; only
    the shards whose start file says they had begun are counted (:mod:`newsmine.shards.starts`).
    ``on_warning`` hears each break, one line naming the shards that ran: before, a log showed
    nothing of a worker killed for memory until one shard had died three times, so nobody saw a
    machine short of it. With
    ``in_flight`` and ``tick``, the workers' progress reports (a queue per pool: one a killed
    worker wrote to is left with its pool) update the running counts, and the wait for the
    next shard wakes every :data:`_TICK_SECONDS` to call ``tick``."""
    from concurrent.futures import FIRST_COMPLETED, wait
    from concurrent.futures.process import BrokenProcessPool

    from newsmine.runners.local import progress_queue, worker_pool

    reporting = in_flight is not None and tick is not None

    queue = deque(paths)
    deaths: Counter[str] = Counter()
    attempts = itertools.count()  # each submission's start file has its own name (shards/starts.py)
    with local_start_folder() as starts:
        while queue:
            reports = progress_queue() if reporting else None
            task = process_shard_in_pool if reporting else process_shard
            with worker_pool(settings.pipeline, workers, progress_queue=reports) as executor:
                pending: dict[Future, str] = {}
                start_files: dict[Future, str] = {}  # created by the worker that takes the shard
                broken = False
                while queue or pending:
                    while queue and not broken and len(pending) < workers * _IN_FLIGHT_PER_WORKER:
                        start = start_file(starts, shard_name(queue[0]), str(next(attempts)))
                        try:
                            future = executor.submit(run_marking_start, task, start, queue[0], output_dir, settings)
                        except BrokenProcessPool:
                            broken = True
                            break
                        pending[future], start_files[future] = queue.popleft(), start
                    if not pending:
                        break
                    done = wait(pending, timeout=_TICK_SECONDS if reporting else None, return_when=FIRST_COMPLETED).done
                    if reporting:
                        _drain(reports, in_flight)
                        tick()
                    if any(isinstance(future.exception(), BrokenProcessPool) for future in done):
                        done = set(pending)  # a broken pool fails every future it holds: take them together
                        wait(done)
                    died = {future for future in done if isinstance(future.exception(), BrokenProcessPool)}
                    # A shard only queued in the broken pool did not kill it: run it again, uncounted and
                    # unnamed as the one running. Its worker's start file says which began (a future says
                    # running() from the moment the pool queues it for its workers: shards/starts.py).
                    # When none had begun (a worker died loading the model, or before its shard's first
                    # step), each counts, as before: every break counts one at least, so the reruns end.
                    ran = {future for future in died if take_start(start_files[future])} or died
                    queued = sorted(pending[future] for future in died - ran)
                    suspects: list[str] = []  # the shards that ran, to run again apart
                    waiting: list[str] = []  # those only queued, next in line as they were
                    for future in [future for future in pending if future in done]:  # in the order submitted
                        path = pending.pop(future)
                        del start_files[future]
                        if future in died and future not in ran:
                            waiting.append(path)
                            continue
                        if isinstance(future.exception(), BrokenProcessPool):
                            broken = True
                            deaths[path] += 1
                            if in_flight is not None:
                                in_flight.forget(shard_name(path))  # its counts died with the attempt
                            if deaths[path] < _ATTEMPTS:
                                suspects.append(path)  # its attempt left no part and no marker: redo it
                                continue
                            yield ShardSummary(shard=shard_name(path), input=path, shard_error=(
                                f"its worker process died {deaths[path]} times (killed, or out of memory?)"))
                            continue
                        yield _guarded(path, future.result)
                    if suspects and on_warning is not None:
                        on_warning(_died_warning([(path, deaths[path]) for path in suspects], queued))
                    queue.extendleft(reversed(waiting))
                    _spread(queue, suspects, apart=workers * _IN_FLIGHT_PER_WORKER)


def _spread(queue: deque, suspects: list[str], *, apart: int) -> None:
    """Put the shards that were running when a worker died back in ``queue``, ``apart`` places
    from each other (the pool's window of shards in flight), the first at its head. Which of
    them killed the worker is not known, so each had an attempt counted; appended together at
    the back, as before, they ran together again, and a shard too big for memory took its
    innocent neighbours with it three times: all of them failed, and again after every
    ``--resume``. Apart, each runs its next attempt beside other shards, and a neighbour's
    death strikes it once. (A queue shorter than that leaves them closer, at its end.)"""
    for number, path in enumerate(suspects):
        queue.insert(min(number * apart, len(queue)), path)


def _died_warning(ran: list[tuple[str, int]], queued: list[str]) -> str:
    """The warning of one broken pool: the shards it was running, each with its attempt, and
    those it held queued. One line a death: a line per shard that ran read as a worker dead per
    line, and a log of two deaths showed four for a user counting out-of-memory kills."""
    if len(ran) == 1:
        path, attempt = ran[0]
        running = f"shard {path} ran (attempt {attempt} of {_ATTEMPTS}); it runs again on a new pool"
    else:
        each = [f"{path} (attempt {attempt} of {_ATTEMPTS})" for path, attempt in ran]
        running = (f"shards {', '.join(each[:-1])} and {each[-1]} ran (the dead worker ran one of them, which is not "
                   "known); they run again on a new pool, apart from each other")
    return (f"a worker process died (killed, or out of memory?) and took the pool down while {running}"
            f"{_queued_too(queued)}")


def _queued_too(paths: list[str]) -> str:
    """The warning's tail naming the shards the broken pool held queued, not started."""
    if not paths:
        return ""
    named = ", ".join(paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
    return f", as do the shards queued in it, not started ({named})"
