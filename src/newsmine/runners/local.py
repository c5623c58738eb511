"""Running batches on this machine: in the calling process, or in a pool of worker processes.

With one worker everything happens in-process (no subprocess, no pickling). With more, a
``ProcessPoolExecutor`` starts ``workers`` processes that each load the model once (the pool
initializer) and then take batches of articles; the parent only reads inputs and writes
output. From a single-threaded process on Linux (the CLI) workers are forked, so they inherit
the imported modules and the model, loaded once by the parent before the fork.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.queues
import os
import signal
import sys
import threading
import time
from collections.abc import Generator, Iterable, Iterator
from contextlib import contextmanager
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from newsmine.articles import Article
from newsmine.errors import NewsmineError, WorkerError
from newsmine.runners.fork_guard import foreign_threads, no_fork
from newsmine.runners.window import stream_batches
from newsmine.runners.work import Outcome, PipelineSettings, load_first_use_tables, process_batch, records_of, warm_up

__all__ = [
    "WORKER_MEMORY_BYTES", "available_cores", "run_in_process", "run_in_processes", "usable_runners", "usable_workers",
    "stop_workers", "worker_pool",
]

# Batches a worker may have queued or finished-but-unwritten: enough to keep every worker
# busy while the parent writes, small enough that memory stays flat.
_IN_FLIGHT_PER_WORKER = 3


def available_cores() -> int:
    """Cores this process may run on (respects CPU affinity, e.g. taskset or a container)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# Resident memory of one worker with the default small model (README, "Batch runs": about
# 300 MB, plus its batch); a machine's available memory divided by this bounds --workers.
WORKER_MEMORY_BYTES = 400 * 1024 * 1024


def usable_workers(requested: int | None, *, asked_as: str | None = None) -> tuple[int, str | None]:
    """How many local workers to start for ``requested`` (None: all cores), and a warning when
    that is fewer than asked: more workers than cores only share the cores (each with its own
    copy of the model: 64 on 2 cores were 15 times slower), and more than memory holds swap.
    ``asked_as`` is how the warning names the request (default ``--workers N``)."""
    cores = available_cores()
    memory = _available_memory()
    by_memory = max(1, memory // WORKER_MEMORY_BYTES) if memory else None
    limit = min(cores, by_memory) if by_memory else cores
    if requested is not None and requested <= limit:
        return requested, None
    if requested is None:
        if limit < cores:
            return limit, f"memory for {limit} worker(s) only ({memory / 1024**3:.1f} GB available): using {limit}"
        return limit, None
    reasons = [f"{cores} usable core(s)"] + ([f"memory for {by_memory}"] if by_memory is not None and by_memory < requested else [])
    asked_as = asked_as or f"--workers {requested}"
    return limit, f"{asked_as} is more than this machine can run at once ({', '.join(reasons)}); using {limit}"


def usable_runners(workers: int | None, dask: str | None) -> tuple[int | None, str | None, str | None]:
    """``(workers, dask, warning)`` for a run asked for ``workers`` local processes or the Dask
    address ``dask``: local processes, and the processes of a Dask ``local:N`` cluster, capped
    by :func:`usable_workers` (a remote cluster's size is its own affair)."""
    if dask is None:
        capped, warning = usable_workers(workers)
        return capped, None, warning
    from newsmine.runners.dask import parse_local_workers

    requested = parse_local_workers(dask)
    if requested is None:  # a scheduler address
        return workers, dask, None
    capped, warning = usable_workers(requested or None, asked_as=f"--dask {dask}")
    return workers, f"local:{capped}", warning


def _available_memory() -> int | None:
    """Bytes of memory available to new processes (Linux /proc/meminfo), None elsewhere."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def run_in_process(settings: PipelineSettings, batches: Iterable[list[Article]]) -> Generator[Outcome, None, None]:
    pipeline = warm_up(settings)  # the process's pipeline: loaded once, whatever the number of runs
    for batch in batches:
        yield from records_of(pipeline, batch, include_text=settings.include_text)


# Signals the CLI stops a run on; held back while workers are forked (see _stop_signals_held).
_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}

# How often a worker checks that the run that started it is still there.
_PARENT_CHECK_SECONDS = 0.5


# A local sharded run's progress queue in this worker (see :func:`worker_pool`), or None.
_progress_queue: multiprocessing.queues.Queue | None = None


def progress_queue() -> multiprocessing.queues.Queue:
    """A queue for :func:`worker_pool`'s ``progress_queue``, of the start method its workers use."""
    return _context().Queue()


def worker_progress_queue() -> multiprocessing.queues.Queue | None:
    """In a worker of :func:`worker_pool`, the queue its pool was given for progress reports."""
    return _progress_queue


def _init_worker(settings: PipelineSettings, queue: multiprocessing.queues.Queue | None = None) -> None:
    global _progress_queue
    if queue is not None:
        # Reports are a few dozen bytes each, and best effort: one the parent never reads must
        # not keep this worker from exiting (the queue's feeder thread is joined at exit otherwise).
        queue.cancel_join_thread()
        _progress_queue = queue
    # Ctrl-C reaches the whole process group; the parent alone decides what to do with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the CLI's SIGTERM handler (stop like Ctrl-C); a worker must
    # simply die when the parent terminates it.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)  # held back while forked: see _stop_signals_held
    _exit_with_parent()
    try:
        warm_up(settings)
    except NewsmineError:
        pass  # raised again by the first batch, and so reported by the parent with its message


def _exit_with_parent() -> None:
    """End this worker when the process that started it dies (``kill -9``, a crash).

    Otherwise an orphaned worker would go on parsing and keep the caller's pipes open (a shell
    pipeline, a CI job would wait for it). When its parent dies a process is adopted by
    another (init, a subreaper), so its parent pid changes; a daemon thread watches for that.
    (A fork-server worker's parent is the fork server, which exits with the run.)"""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(_PARENT_CHECK_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="newsmine-parent-watch", daemon=True).start()


def _context() -> multiprocessing.context.BaseContext:
    """fork when it is safe, as from the CLI: workers inherit the imported spaCy instead of
    importing it again (seconds each). A process with other threads running (a notebook, a
    test runner, a Dask client) may hold locks a forked child would inherit locked, so there
    workers come from a fresh fork server instead (the default from Python 3.14 on)."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and sys.platform == "linux" and foreign_threads() == 0:  # newsmine's own: see fork_guard
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["newsmine.runners.work"])
        return context
    return multiprocessing.get_context("spawn")


def _load_before_fork(settings: PipelineSettings) -> None:
    """Load the pipeline once, here, for forked workers to inherit, instead of once in each.

    A model load costs about 1 CPU s in every worker (3 s with the imports, which forked
    workers already inherit); loaded before the fork it is paid once whatever the number of
    workers. The loaded model is frozen out of the garbage collector's reach
    (:func:`~newsmine.runners.work.tune_garbage_collector`), so the collector never writes to
    its pages and the workers share them with this process (copy-on-write) instead of
    copying them. A model that fails to load is left to the workers, whose first batch
    reports the error as it would have. What the components build on first use (dateparser's
    patterns, 0.4 CPU s at the first date it reads; the country table) is built here too,
    once, rather than in each worker (:func:`~newsmine.runners.work.load_first_use_tables`)."""
    try:
        warm_up(settings)
    except NewsmineError:
        return
    try:
        load_first_use_tables()
    except ImportError:
        pass  # a missing package: the workers report it at the first article that needs it, as before


@contextmanager
def worker_pool(settings: PipelineSettings, workers: int,
                progress_queue: multiprocessing.queues.Queue | None = None) -> Iterator[ProcessPoolExecutor]:
    """A pool of ``workers`` processes that each load the pipeline for ``settings`` once, ignore
    Ctrl-C (the parent decides) and exit with their parent. Leaving the block normally waits
    for the tasks submitted; leaving it on an exception (Ctrl-C, a failure, a consumer that
    stops reading) stops the workers at once (:func:`stop_workers`), so no queued task runs on
    and the stop never waits on a worker. ``progress_queue`` (from :func:`progress_queue`) is
    handed to every worker as it starts, where :func:`worker_progress_queue` returns it: a
    queue cannot travel as a task's argument, only to a process as it is created."""
    context = _context()
    forked = context.get_start_method() == "fork"
    if forked:
        _load_before_fork(settings)
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker,
                                   initargs=(settings, progress_queue))
    finished = False
    try:
        if forked:
            with _stop_signals_held(), no_fork():
                executor.submit(int)  # forks the workers now, while Ctrl-C and SIGTERM wait (see below)
        yield executor
        finished = True
    finally:
        if finished:
            executor.shutdown(wait=True, cancel_futures=True)
        else:
            stop_workers(executor)


# How long a stop waits for the pool's manager thread to finish once the workers are killed
# (it takes milliseconds; the bound is for a machine that is swapping).
_STOP_SECONDS = 10.0


def stop_workers(executor: ProcessPoolExecutor, *, timeout: float = _STOP_SECONDS) -> None:
    """Stop ``executor``'s workers now and wait, ``timeout`` seconds at most, for its manager
    thread to end; queued tasks are cancelled, running ones fail with ``BrokenProcessPool``.

    Why not ``terminate()`` and ``shutdown(wait=True)``, as before: that could wait forever. A
    worker killed while it writes a result to the result pipe leaves the message torn (a
    result over 16 kB, as a batch's records are, goes in two writes, header then body, and one
    over the 64 kB a pipe holds waits for this process to read), and the pool's manager
    thread, already reading it, waits for the rest. No end of file ever comes, because this
    process holds the pipe's write end too (the workers were started with it), so
    ``shutdown(wait=True)`` joined that thread forever, and so does the interpreter at exit,
    even after a second Ctrl-C (Python 3.11's ``concurrent.futures.process``: 4 hangs in 4
    tries with 20 MB results, tests/test_worker_stop.py). Closing our own write end lets the
    reader see the end of file once the killed workers are gone (the kernel closes theirs), so
    the manager thread marks the pool broken and ends. The workers are killed (SIGKILL): they
    hold nothing to tidy (only this process writes records), and no handler can run in one
    that is still starting. Safe to call on a pool already shut down."""
    processes = list((getattr(executor, "_processes", None) or {}).values())
    manager = getattr(executor, "_executor_manager_thread", None)
    results = getattr(executor, "_result_queue", None)
    for process in processes:
        process.kill()
    if results is not None:
        results._writer.close()  # the end of file a torn message needs (see above)
    executor.shutdown(wait=False, cancel_futures=True)
    if manager is not None:
        manager.join(timeout)


@contextmanager
def _stop_signals_held() -> Iterator[None]:
    """Hold back Ctrl-C and SIGTERM in this thread while the block runs (delivered at its end).

    Workers forked in the block start with both held, and :func:`_init_worker` releases them
    only once it has set a worker's own handlers: before, a Ctrl-C reaching a worker that was
    still starting ran the CLI's handler it inherited through the fork (a traceback from the
    worker). And a signal that reached this process during the fork could run its handler
    inside an after-fork hook (``logging``'s), where the exception is printed as "Exception
    ignored" and lost: a SIGTERM there once let the run go on to its end, exit 0. Held, the
    signal is delivered when the workers are up and stops the run as it should. The threads
    the pool starts (its manager, its queue feeder) inherit the mask, so such signals always
    reach the main thread, which alone handles them in Python anyway."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def run_in_processes(
    settings: PipelineSettings,
    batches: Iterable[list[Article]],
    *,
    workers: int,
    ordered: bool = True,
) -> Generator[Outcome, None, None]:
    """Outcomes of the articles of ``batches`` computed by ``workers`` processes, a batch a task."""
    with worker_pool(settings, workers) as executor:
        results = stream_batches(
            batches,
            lambda batch: executor.submit(process_batch, settings, batch),
            lambda futures: wait(futures, return_when=FIRST_COMPLETED).done,
            max_in_flight=workers * _IN_FLIGHT_PER_WORKER,
            ordered=ordered,
        )
        try:
            for outcomes in results:
                yield from outcomes
        except BrokenProcessPool as exc:
            raise WorkerError(
                "a worker process died (killed, or out of memory?); the records written so far are intact: "
                "rerun with --resume, with fewer --workers if memory is short"
            ) from exc
