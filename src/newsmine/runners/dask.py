"""Running batches on a Dask distributed cluster.

``address`` is a scheduler address (``tcp://10.0.0.5:8786``) or ``local`` / ``local:N`` for a
``LocalCluster`` of N single-threaded worker processes on this machine (N: all cores).

The client (this process) reads the inputs and writes the single output; batches of articles
go to the workers as tasks running :func:`newsmine.runners.work.process_batch`, the same
function the local pool runs, so the records are the same. Each worker process loads the
model on its first batch and keeps it. At most a few batches per worker thread are in flight,
so neither the client nor the scheduler holds the corpus in memory.

On a real cluster, every worker needs newsmine (and the model package) installed in the same
version as the client; inputs are read by the client, so they need not be on shared storage.

Ctrl-C. The workers of ``local[:N]`` ignore it (:func:`dask_setup`, a preload): a Ctrl-C in
the terminal of the run reaches them too, and is meant for the run, whose client closes them.
Workers someone started with ``dask worker`` are left alone: Ctrl-C in their own terminal is
how one stops such a worker, ``dask worker`` handles it (its nanny closes the worker), and
nothing is lost, since Dask reruns the stopped worker's task (a batch, or a shard whose
attempt leaves temporary files only: :mod:`newsmine.shards`) on another worker. The client
does not register a worker plugin to change that: a plugin stays on the scheduler and is
installed on every worker that joins later, whatever run it serves, and a process's signals
belong to whoever starts it. Whoever starts a worker may opt in: ``dask worker ... --preload
newsmine.runners.dask`` runs :func:`dask_setup` in its worker processes, which then leave
Ctrl-C to their nanny and stop within a second or two, without tracebacks (README, "Running
on a cluster"; tests/test_shard_stop.py).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import os
import signal
import socket
import time
from collections.abc import Generator, Iterable
from contextlib import ExitStack

from newsmine.articles import Article
from newsmine.errors import UsageError, WorkerError
from newsmine.runners.window import stream_batches
from newsmine.runners.work import Outcome, PipelineSettings, process_batch

__all__ = ["CLOSE_SECONDS", "WORKER_CONFIG", "close_quietly", "connect", "dask_setup", "local_cluster", "parse_local_workers",
           "refuse_an_unusable_scheduler", "run_on_dask"]

_IN_FLIGHT_PER_THREAD = 3
_LOCAL = "local"
# Seconds the client and a LocalCluster each get to close (Dask's own close, with its own
# timeouts): a worker busy in a task is asked to stop, then killed (Nanny.kill: after 0.8 of
# the timeout). Bounded so that a stop (Ctrl-C, SIGTERM) never waits on a stuck worker.
CLOSE_SECONDS = 10.0

# Dask settings of the workers newsmine starts itself (``--dask local``); the README gives
# them as a config file for workers started with ``dask worker``. A worker's own chores cost
# CPU all the time, busy or idle, so on a machine where wall time stretches (other load) they
# take a growing share: measured on an idle worker, 54 CPU ms per wall second with Dask's
# defaults, 32 without the statistical profiler (which samples the worker thread's stack every
# 10 ms for the dashboard), 5 with the event-loop tick (20 ms: it only warns about a blocked
# loop), the memory monitor (100 ms; a newsmine worker's batches are bounded) and the system
# monitor (500 ms: dashboard plots) at 1 s, 1 s and 5 s. Dask's MALLOC_TRIM_THRESHOLD_ is
# undone by each worker itself (newsmine.runners.work.tune_allocator), on any cluster.
WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
}


def parse_local_workers(address: str) -> int | None:
    """N for ``local:N``, 0 for ``local`` (all cores), None for a scheduler address."""
    if address != _LOCAL and not address.startswith(_LOCAL + ":"):
        return None
    count = address[len(_LOCAL) + 1 :]
    if not count:
        return 0
    if not count.isdigit() or int(count) < 1:
        raise UsageError(f"--dask {address!r}: write local:N with N a number of worker processes, e.g. local:4")
    return int(count)


# The schemes of Dask's scheduler addresses (distributed.comm's backends).
_SCHEDULER_SCHEMES = frozenset({"tcp", "tls", "ucx", "ws", "wss", "inproc"})
# Seconds to reach a scheduler (Dask's Client gets as long) and to wait for its greeting: a
# scheduler writes its handshake as it accepts a connection, before it reads anything.
_CONNECT_SECONDS = 30.0
_GREETING_SECONDS = 20.0
# A scheduler's first frame (its handshake) is some tens of bytes; its 8-byte length read from
# another service's answer ("HTTP/1.1 …") is some exabytes.
_MAX_GREETING_BYTES = 1 << 20
_WHICH_ADDRESS = ("is that the scheduler's address (dask scheduler prints it: tcp://HOST:8786), not its dashboard's "
                  "(http://HOST:8787) or another service's?")


def refuse_an_unusable_scheduler(address: str | None) -> None:
    """Raise :class:`~newsmine.errors.UsageError` when ``--dask ADDRESS`` names no scheduler
    this run can use, before the run touches its output (as a missing model is refused,
    :func:`newsmine.runners.refuse_a_missing_model`). newuser59: the dashboard's web address
    (``http://HOST:8787``) was "unexpected ValueError: unknown address scheme 'http' … please
    report this" (exit 3); an address where another service answered was "unexpected
    MemoryError: Unable to allocate 3.07 EiB" (Dask read the service's reply as its frame
    length); one that accepted and said nothing hung the run for good (Dask's handshake waits
    without a limit); and each of them, with ``--overwrite``, had emptied the output first (a
    sharded run's parts removed). ``local[:N]`` and unknown shapes are left to Dask."""
    if address is None or parse_local_workers(address) is not None:
        return
    scheme, sep, rest = address.partition("://")
    if sep and scheme.lower() in ("http", "https"):
        raise UsageError(f"--dask {address}: a web address (the dashboard's?); --dask takes the scheduler's address, "
                         "which dask scheduler prints: tcp://HOST:8786")
    if sep and scheme.lower() not in _SCHEDULER_SCHEMES:
        raise UsageError(f"--dask {address}: Dask knows no scheme {scheme!r}; give the scheduler's address, which "
                         f"dask scheduler prints: tcp://HOST:8786 (or {', '.join(sorted(_SCHEDULER_SCHEMES - {'tcp', 'inproc'}))})")
    if sep and scheme.lower() != "tcp":
        return  # tls, websockets, UCX: their handshakes are Dask's to make
    host, _, port = (rest if sep else address).rpartition(":")
    host = host.strip("[]")
    if host and port.isdigit():
        _greets_as_a_scheduler(address, host, int(port))


def _greets_as_a_scheduler(address: str, host: str, port: int) -> None:
    """Connect to ``host:port`` (retrying until :data:`_CONNECT_SECONDS`, as Dask's Client does
    for a scheduler still starting) and read the first 8 bytes, which a scheduler sends at once:
    its handshake's length. Nothing, or a length no handshake has, is no scheduler."""
    deadline = time.monotonic() + _CONNECT_SECONDS
    while True:
        try:
            connection = socket.create_connection((host, port), timeout=max(0.1, deadline - time.monotonic()))
            break
        except socket.gaierror as exc:
            raise UsageError(f"cannot connect to the Dask scheduler at {address}: no host {host!r} ({exc}); "
                             f"{_WHICH_ADDRESS}") from exc
        except OSError as exc:
            if time.monotonic() >= deadline:
                raise UsageError(f"cannot connect to the Dask scheduler at {address}: {exc}; is it running?") from exc
            time.sleep(0.5)
    head = b""
    with connection:
        connection.settimeout(_GREETING_SECONDS)
        try:
            while len(head) < 8 and (chunk := connection.recv(8 - len(head))):
                head += chunk
        except TimeoutError:
            raise UsageError(f"cannot connect to the Dask scheduler at {address}: something there accepted the "
                             f"connection but sent nothing in {_GREETING_SECONDS:.0f} s, where a Dask scheduler "
                             f"greets at once; {_WHICH_ADDRESS}") from None
        except OSError as exc:  # a reset (a proxy's, after 10 s) before any greeting
            head, reset = b"", exc
        else:
            reset = None
    if len(head) < 8 or int.from_bytes(head, "little") > _MAX_GREETING_BYTES:
        began = (f"it began {head!r}" if head else f"it closed the connection without a word ({reset})" if reset
                 else "it closed the connection without a word")
        raise UsageError(f"cannot connect to the Dask scheduler at {address}: the service there did not answer as a "
                         f"Dask scheduler does ({began}); {_WHICH_ADDRESS}")


def import_distributed():
    try:
        import distributed
    except ImportError as exc:
        raise UsageError("--dask needs Dask distributed; install it with: pip install 'newsmine[dask]'") from exc
    return distributed


def local_cluster(workers: int):
    """A ``LocalCluster`` of ``workers`` single-threaded worker processes with
    :data:`WORKER_CONFIG` (the one ``--dask local:N`` starts; benchmarks use it too)."""
    import dask

    distributed = import_distributed()
    # The nannies hand the config to the workers they start; the preload is dask_setup below.
    # No dashboard; the scheduler's HTTP server (health, metrics) still starts, on port 8787
    # unless told otherwise, and printed a UserWarning ("Port 8787 is already in use") over
    # the run's output whenever another cluster or a second run held it (review50b): any
    # free port, chosen by the system, says nothing.
    with dask.config.set({**WORKER_CONFIG, "distributed.worker.preload": [__name__]}):
        return distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None, scheduler_kwargs={"dashboard_address": ":0"},
                                        silence_logs=logging.ERROR)


def dask_setup(worker) -> None:
    """Run by each worker of :func:`local_cluster` as it starts (a Dask preload): ignore Ctrl-C.

    Ctrl-C in a terminal reaches every process of the foreground group, so the cluster's
    worker processes got it too, and each printed a KeyboardInterrupt traceback from its event
    loop over the client's one-line message, while the client was closing them anyway. As
    with local workers (runners.local), the client alone decides: it closes the cluster.
    (Blocking SIGINT while the cluster starts is not enough: the mask does not survive the
    way Dask starts its worker processes.) Runs in the worker's main thread, its event loop.

    ``dask worker --preload newsmine.runners.dask`` runs it in the worker processes of a
    ``dask worker`` too: Ctrl-C in that worker's terminal still stops it, through the nanny
    (the ``dask worker`` process), which closes the worker in a second or two; without it the
    worker process takes the signal itself and races its nanny to close (Dask's tracebacks, and
    a busy worker killed after 8 s). Measured with Dask 2026.8."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread (another way of starting workers): leave Dask's handling
        pass
    _quiet_heartbeat_to_a_closed_scheduler()
    _warning_lines_as_the_command_writes_them()


def _warning_lines_as_the_command_writes_them() -> None:
    """In a worker the ``newsmine`` command started (``--dask local:N``: it inherits the
    command's environment), write the library's warnings as the command does: ``newsmine:
    warning: crawl.warc.gz: 40 HTML responses read …`` (a shard's WARC is read by its worker),
    not bare through Python's last-resort handler (newuser59). A worker of a program's own
    ``extract(..., dask="local:2")``, or one started with ``dask worker``, has no such
    environment and is left as its owner set it up (the library configures no logging)."""
    from newsmine.cli.log_lines import WORKER_LINES_ENV, show_library_warnings  # no typer: the standard library only

    if os.environ.get(WORKER_LINES_ENV):
        show_library_warnings()  # for the worker's life


# What a worker logs (with a traceback, at ERROR) when its heartbeat finds the scheduler's
# connection closed: distributed.worker.Worker.heartbeat's message.
_HEARTBEAT_FAILED = "Failed to communicate with scheduler during heartbeat."


class _ClosedSchedulerHeartbeat(logging.Filter):
    """Drops :data:`_HEARTBEAT_FAILED` when its exception is a closed connection (Dask's
    ``CommClosedError``): the scheduler has gone, and the worker closes with it anyway."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg != _HEARTBEAT_FAILED or not record.exc_info:
            return True
        from distributed.comm.core import CommClosedError

        return not isinstance(record.exc_info[1], CommClosedError)


def _quiet_heartbeat_to_a_closed_scheduler() -> None:
    """Keep a worker from printing a traceback when the run closes its scheduler between two
    heartbeats (review50b: one Ctrl-C of ``--dask local:2`` in six printed "distributed.worker -
    ERROR - Failed to communicate with scheduler during heartbeat." and a CommClosedError
    traceback over the client's one-line message; the LocalCluster's ``silence_logs`` keeps
    ERROR). A stop closes the scheduler, which lives in the client, while a worker's heartbeat
    may be in flight: nothing a user should see. Any other heartbeat failure is still logged.
    Once per process (the filter is not added twice)."""
    logger = logging.getLogger("distributed.worker")
    if not any(isinstance(existing, _ClosedSchedulerHeartbeat) for existing in logger.filters):
        logger.addFilter(_ClosedSchedulerHeartbeat())


def close_quietly(closeable, timeout: float = CLOSE_SECONDS) -> None:
    """``closeable.close(timeout=...)`` (a Client or a LocalCluster), ignoring its failure.

    Why not the ``with`` blocks of Client and LocalCluster: they close with Dask's default
    timeouts (a client's is twice its connect timeout: a minute for a remote scheduler), and a
    close that fails or times out raises from ``__exit__`` over the Ctrl-C or SIGTERM being
    handled, which would then be reported as an unexpected error instead of the stop. Here
    each close is bounded and its failure only logged. What a failed close leaves is Dask's to
    end: a LocalCluster's worker processes exit when their nanny, in this process, is gone."""
    try:
        closeable.close(timeout=timeout)
    except Exception:  # noqa: BLE001 - the run's own outcome (records, a stop) is what to report
        logging.getLogger(__name__).debug("closing %r failed", closeable, exc_info=True)


def connect(address: str, stack: ExitStack):
    """``(client, worker threads)`` for ``address``; the client (and a LocalCluster for
    ``local[:N]``) closes with ``stack``, each within :data:`CLOSE_SECONDS`."""
    distributed = import_distributed()
    from newsmine.runners.local import available_cores

    local_workers = parse_local_workers(address)
    try:
        if local_workers is None:
            client = distributed.Client(address, timeout="30s")
            stack.callback(close_quietly, client)
        else:
            cluster = local_cluster(local_workers or available_cores())
            stack.callback(close_quietly, cluster)
            client = distributed.Client(cluster)
            stack.callback(close_quietly, client)
    except OSError as exc:
        raise UsageError(f"cannot connect to the Dask scheduler at {address}: {exc}; is it running?") from exc
    threads = sum(client.nthreads().values())
    if threads == 0:
        raise UsageError(f"the Dask cluster at {address} has no workers; start some with dask worker {address}")
    return client, threads


def run_on_dask(
    settings: PipelineSettings,
    batches: Iterable[list[Article]],
    *,
    address: str,
    ordered: bool = True,
) -> Generator[Outcome, None, None]:
    distributed = import_distributed()
    with ExitStack() as stack:
        client, threads = connect(address, stack)
        results = stream_batches(
            batches,
            lambda batch: client.submit(process_batch, settings, batch, pure=False),
            lambda futures: distributed.wait(futures, return_when="FIRST_COMPLETED").done,
            max_in_flight=threads * _IN_FLIGHT_PER_THREAD,
            ordered=ordered,
        )
        try:
            for outcomes in results:
                yield from outcomes
        # KilledWorker: a task killed its workers repeatedly; OSError: lost connections;
        # CancelledError: the scheduler went away and cancelled the tasks in flight.
        except (distributed.KilledWorker, OSError, asyncio.CancelledError, concurrent.futures.CancelledError) as exc:
            raise WorkerError(
                f"the Dask cluster failed: {type(exc).__name__}: {exc}; the records written so far are "
                "intact: rerun with --resume"
            ) from exc
