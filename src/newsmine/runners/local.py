"""Running batches on this machine: in the calling process, or in a pool of worker processes.

With one worker everything happens in-process (no subprocess, no pickling). With more, a
``ProcessPoolExecutor`` starts ``workers`` processes that each load the model once (the pool
initializer) and then take batches of articles; the parent only reads inputs and writes
output. From a single-threaded process on Linux (the CLI) workers are forked, so they inherit
the imported modules and start in about the time it takes to load the model.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Generator, Iterable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from newsmine.articles import Article
from newsmine.errors import NewsmineError, WorkerError
from newsmine.pipeline import Pipeline
from newsmine.runners.window import stream_batches
from newsmine.runners.work import Outcome, PipelineSettings, process_batch, records_of, warm_up

__all__ = ["available_cores", "run_in_process", "run_in_processes"]

# Batches a worker may have queued or finished-but-unwritten: enough to keep every worker
# busy while the parent writes, small enough that memory stays flat.
_IN_FLIGHT_PER_WORKER = 3


def available_cores() -> int:
    """Cores this process may run on (respects CPU affinity, e.g. taskset or a container)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_in_process(settings: PipelineSettings, batches: Iterable[list[Article]]) -> Generator[Outcome, None, None]:
    pipeline = Pipeline(settings.model, batch_size=settings.batch_size, max_chars=settings.max_chars)
    for batch in batches:
        yield from records_of(pipeline, batch)


def _init_worker(settings: PipelineSettings) -> None:
    # Ctrl-C reaches the whole process group; the parent alone decides what to do with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        warm_up(settings)
    except NewsmineError:
        pass  # raised again by the first batch, and so reported by the parent with its message


def _context() -> multiprocessing.context.BaseContext:
    """fork when it is safe, as from the CLI: workers inherit the imported spaCy instead of
    importing it again (seconds each). A process with other threads running (a notebook, a
    test runner, a Dask client) may hold locks a forked child would inherit locked, so there
    workers come from a fresh fork server instead (the default from Python 3.14 on)."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["newsmine.runners.work"])
        return context
    return multiprocessing.get_context("spawn")


def run_in_processes(
    settings: PipelineSettings,
    batches: Iterable[list[Article]],
    *,
    workers: int,
    ordered: bool = True,
) -> Generator[Outcome, None, None]:
    """Outcomes of the articles of ``batches`` computed by ``workers`` processes, a batch a task."""
    executor = ProcessPoolExecutor(
        max_workers=workers, mp_context=_context(), initializer=_init_worker, initargs=(settings,)
    )
    finished = False
    try:
        results = stream_batches(
            batches,
            lambda batch: executor.submit(process_batch, settings, batch),
            lambda futures: wait(futures, return_when=FIRST_COMPLETED).done,
            max_in_flight=workers * _IN_FLIGHT_PER_WORKER,
            ordered=ordered,
        )
        for outcomes in results:
            yield from outcomes
        finished = True
    except BrokenProcessPool as exc:
        raise WorkerError(
            "a worker process died (killed, or out of memory?); the records written so far are intact: "
            "rerun with --resume, with fewer --workers if memory is short"
        ) from exc
    finally:
        if not finished:
            # Interrupted or failed: stop the workers now rather than letting queued batches run.
            for process in list(getattr(executor, "_processes", {}).values()):
                process.terminate()
        executor.shutdown(wait=True, cancel_futures=True)
