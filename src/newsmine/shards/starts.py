"""Start files: how a sharded run tells the shards a dying worker had begun from those only
queued for it.

When a local worker process dies (SIGKILL, the OOM killer), its ``ProcessPoolExecutor`` breaks
and fails every future it holds, the running shards and the queued ones alike, with the same
``BrokenProcessPool``. Only a shard that was running can have killed the worker, so only such
a shard should be named in the warning and have an attempt counted against it (three counted
breaks fail a shard). ``Future.running()`` cannot tell them apart: the pool marks a future
running when it moves it into its call queue (``max_workers + 1`` deep, CPython's
``_add_call_item_to_queue``), before any worker takes it, so on 2 workers the 4 futures in
flight all said running (review48c). Dask's scheduler has the same blind spot: a worker's death
counts against every task in ``WorkerState.processing``, those waiting on the worker too
(dask/distributed issue 5234).

So the worker says it itself: :func:`run_marking_start` creates an empty file as it takes the
shard and removes it when the shard ends, with a result or an exception. A start file left
once its worker is dead says the shard was running there; a queued shard has none. A file
outlives a SIGKILL the moment ``open`` returns, where a message on a ``multiprocessing.Queue``
(sent later by a feeder thread) or a Dask event (sent with the worker's next batch) may die
with the process; and a file needs only a folder the workers can write, which a local pool
(a temporary folder of the client's) and a Dask cluster (the run's output directory, which
every worker writes already) both have. Its cost is a file created and removed per shard
(0.4 ms on a local disk of a loaded machine, session 49), against shards that take seconds
to hours; on Dask, two requests more per shard to the output's store.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from newsmine.shards.task import ShardSettings, ShardSummary, is_url

__all__ = ["START_FOLDER_PREFIX", "START_SUFFIX", "dead_attempts", "local_start_folder", "run_marking_start",
           "start_file", "take_start"]

# A start file's name ends so: ``.<shard>.started.tmp-<token>`` in the output directory's
# ``_shards/`` matches the temporary files' pattern, so every sweep of those clears it too.
START_SUFFIX = ".started.tmp-"

# A local run's start folder, in the system's temporary directory: ``newsmine-starts-<pid>-<random>``,
# ``<pid>`` the client's, so that a later run can tell the folder of a client that is gone.
START_FOLDER_PREFIX = "newsmine-starts-"
_LEFT_FOLDER = re.compile(re.escape(START_FOLDER_PREFIX) + r"(\d+)-")

ShardTask = Callable[[str, str, ShardSettings], ShardSummary]


def start_file(folder: str, shard: str, token: str) -> str:
    """The start file of one attempt (``token``: unique per submission) at shard ``shard``."""
    return f"{folder.rstrip('/')}/.{shard}{START_SUFFIX}{token}"


def run_marking_start(task: ShardTask, start: str, input_path: str, output_dir: str,
                      settings: ShardSettings) -> ShardSummary:
    """``task(input_path, output_dir, settings)`` with ``start`` existing while it runs: created
    before the shard's first byte is read, removed when it ends (its summary returned or its
    exception raised). Only a worker killed under it leaves the file behind."""
    _create(start)
    try:
        return task(input_path, output_dir, settings)
    finally:
        _remove(start)


def take_start(start: str) -> bool:
    """Whether the attempt of ``start`` had begun and not ended (its file is there), removing
    the file: the client asks once per attempt whose worker died."""
    if not is_url(start):
        try:
            os.remove(start)
        except FileNotFoundError:
            return False
        return True
    import fsspec

    fs, path = fsspec.core.url_to_fs(start)
    try:
        fs.rm(path)
    except FileNotFoundError:
        return False
    return True


def dead_attempts(folder: str, shard: str) -> int:
    """How many attempts at ``shard`` left their start file in ``folder``: attempts whose worker
    died under them (one that ends removes its own). On Dask, where the worker names the file."""
    import fsspec

    fs, path = fsspec.core.url_to_fs(start_file(folder, shard, "*"))
    try:
        return len(fs.glob(path))
    except FileNotFoundError:
        return 0


@contextmanager
def local_start_folder(temporary_dir: str | None = None) -> Iterator[str]:
    """A folder for a local pool's start files, removed when the block ends (a result, an
    exception, a Ctrl-C or SIGTERM, which the CLI raises as a stop), and before it is made, the
    folders of earlier clients that are gone. A client killed with SIGKILL (or by the OOM
    killer) runs no cleanup and left its folder in ``/tmp`` for good, one per kill, with the
    start files of the shards it had running (review49c: ``--resume`` after a client SIGKILL
    left ``/tmp/newsmine-starts-*``). A folder whose client still runs stays; if a run in
    another PID namespace sharing ``/tmp`` loses its folder so, its workers make it again
    (:func:`_create`) and a death there counts every shard in flight, as before start files."""
    parent = temporary_dir or tempfile.gettempdir()
    _sweep_left_folders(parent)
    folder = tempfile.mkdtemp(prefix=f"{START_FOLDER_PREFIX}{os.getpid()}-", dir=parent)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _sweep_left_folders(parent: str) -> None:
    try:
        names = os.listdir(parent)
    except OSError:
        return
    for name in names:
        match = _LEFT_FOLDER.match(name)
        if match and not _alive(int(match.group(1))):
            shutil.rmtree(os.path.join(parent, name), ignore_errors=True)


def _alive(pid: int) -> bool:
    """Whether process ``pid`` exists (a reused pid keeps a dead client's folder: harmless)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process (EPERM), or no way to ask: keep its folder
        return True
    return True


def _create(start: str) -> None:
    folder = start.rsplit("/", 1)[0]
    if not is_url(start):
        os.makedirs(folder, exist_ok=True)  # the output's _shards/ before its first marker
        with open(start, "wb"):
            pass
        return
    import fsspec

    fs, path = fsspec.core.url_to_fs(start)
    fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
    with fs.open(path, "wb"):
        pass


def _remove(start: str) -> None:
    try:
        if not is_url(start):
            os.remove(start)
            return
        import fsspec

        fs, path = fsspec.core.url_to_fs(start)
        fs.rm(path)
    except OSError:
        pass  # gone already, or the store refuses: the sweeps of temporary files clear it later
