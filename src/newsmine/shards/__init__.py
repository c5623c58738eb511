"""Sharded runs: every input file is a shard, read and written by the worker that runs it.

A sharded run (``newsmine extract --shards``) scales where a streamed run cannot: the
client lists the shards, sends their names to the workers (local processes, or a Dask
cluster), and receives one small :class:`~newsmine.shards.task.ShardSummary` per shard. Each
worker opens its input itself (a local path or any fsspec URL: ``s3://``, ``gs://``,
``az://``, ``https://``) and writes that shard's part of every table into the output
directory (also a local path or an fsspec URL), so the client's memory and network traffic
do not grow with the corpus, and there is no single writer.

Resuming (``resume=True``) skips every shard whose done-marker exists and redoes the rest,
so a run interrupted any number of times writes every article exactly once. A shard that
fails (its output cannot be written, its worker is killed repeatedly) is reported in the
summary and left without part and marker; the other shards go on. A corrupt input is not a
failed shard: its articles become error records in its own part, as in any run.

The result is read as one dataset without merging: ``newsmine report DIR``, DuckDB's
``read_parquet('DIR/quotes/*.parquet')``, ``pandas.read_parquet('DIR/quotes')``; or merged
into one database with :func:`newsmine.shards.merge.merge`.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from contextlib import ExitStack, closing
from dataclasses import dataclass, field

from newsmine.errors import OutputError, UsageError
from newsmine.runners.dask import parse_local_workers
from newsmine.shards.inputs import expand_inputs, read_input_list
from newsmine.shards.task import (
    MARKERS, RECORDS, SHARD_FORMATS, ShardSettings, ShardSummary, _remove_quietly, process_shard, shard_name,
)
from newsmine.writers.tables import TABLES
from newsmine.writers.target import require_folder

__all__ = [
    "SHARD_FORMATS", "ShardRun", "ShardSettings", "ShardSummary", "expand_inputs", "process_shard", "read_input_list",
    "run_shards", "shard_name",
]

# Shards submitted and not yet finished, per worker: enough to keep each busy, few enough
# that the client and scheduler hold a handful of futures whatever the number of shards.
_IN_FLIGHT_PER_WORKER = 2
# Runs of a shard whose local worker process dies under it before the shard is reported as
# failed (Dask's own default, distributed.scheduler.allowed-failures, is 3 too).
_ATTEMPTS = 3


@dataclass(slots=True)
class ShardRun:
    """The run's totals, summed from the shards' summaries."""

    shards: int = 0  # shards of the inputs
    done: int = 0  # processed by this run
    resumed: int = 0  # complete before this run (--resume)
    failed_shards: list[ShardSummary] = field(default_factory=list)  # no part, no marker
    articles: int = 0
    failed: int = 0
    words: int = 0
    errors_by_type: dict[str, int] = field(default_factory=dict)
    not_analysed_by_type: dict[str, int] = field(default_factory=dict)  # status "skipped" records, by reason

    def add(self, summary: ShardSummary) -> None:
        if summary.shard_error is not None:
            self.failed_shards.append(summary)
            return
        if summary.resumed:
            self.resumed += 1
            return
        self.done += 1
        self.articles += summary.articles
        self.failed += summary.failed
        self.words += summary.words
        for kind, count in summary.errors_by_type.items():
            self.errors_by_type[kind] = self.errors_by_type.get(kind, 0) + count
        for kind, count in summary.not_analysed_by_type.items():
            self.not_analysed_by_type[kind] = self.not_analysed_by_type.get(kind, 0) + count


ShardCallback = Callable[[ShardRun, ShardSummary], None]


def run_shards(
    inputs: Iterable[str],
    output_dir: str,
    settings: ShardSettings | None = None,
    *,
    workers: int | None = None,
    dask: str | None = None,
    resume: bool = False,
    overwrite: bool = False,
    on_shard: ShardCallback | None = None,
) -> ShardRun:
    """Process every input file (a path or URL; see :func:`expand_inputs`) as a shard into
    ``output_dir``. ``workers``: local processes (None: all cores; 1: in this process);
    ``dask``: a scheduler address or ``local[:N]`` instead."""
    settings = settings or ShardSettings()
    if settings.format not in SHARD_FORMATS:
        raise UsageError(f"a sharded run writes {' or '.join(SHARD_FORMATS)}, not {settings.format}")
    if resume and overwrite:
        raise UsageError("--resume and --overwrite contradict each other: resume keeps the output, overwrite replaces it")
    names: dict[str, str] = {}
    for path in inputs:
        names.setdefault(shard_name(path), path)  # the same file named twice is one shard
    run = ShardRun(shards=len(names))
    complete = _prepare_output(output_dir, resume=resume, overwrite=overwrite)
    pending = []
    for name, path in names.items():
        if name in complete:
            summary = ShardSummary(shard=name, input=path, resumed=True)
            run.add(summary)
            if on_shard is not None:
                on_shard(run, summary)
        else:
            pending.append(path)
    try:
        # closing(): a stop raised here, between two summaries, ends the workers now, not when
        # the suspended generator is collected (after the stop's message, or never).
        with closing(_execute(pending, output_dir, settings, workers=workers, dask=dask)) as summaries:
            for summary in summaries:
                run.add(summary)
                if on_shard is not None:
                    on_shard(run, summary)
    except KeyboardInterrupt:
        if dask is None or parse_local_workers(dask) is not None:
            _sweep_temporaries(output_dir, stopped=[shard_name(path) for path in pending])
        raise
    if run.done:
        _sweep_temporaries(output_dir)
    return run


def _prepare_output(output_dir: str, *, resume: bool, overwrite: bool) -> set[str]:
    """Names of the complete shards already in ``output_dir`` (for ``resume``); refuses a
    directory holding a sharded run unless resuming or overwriting (which removes newsmine's
    files only), and one holding only other files whatever the flags.

    A local output directory is created, but not the folder it goes in, as for every other
    output (``writers.target.require_folder``): a typo in a long path (``/data/runs/2O24/out``)
    then stops the run at once instead of sending hours of parts into a new tree no one looks
    in, and ``-o a/b/out`` with or without ``--shards`` does the same. Before, a sharded run
    created the missing folders and a streamed Parquet or CSV run refused them. Object stores
    (``s3://``) have no folders to check."""
    import fsspec
    from fsspec.implementations.local import LocalFileSystem

    fs, root = fsspec.core.url_to_fs(output_dir)
    root = root.rstrip("/")
    if isinstance(fs, LocalFileSystem) and not fs.exists(root):
        require_folder(root if "://" in output_dir else output_dir)  # named as the user wrote it
    markers = _listing(fs, f"{root}/{MARKERS}/*.json")
    tables = [MARKERS, RECORDS, *TABLES]
    owned = [path for table in tables for path in _listing(fs, f"{root}/{table}/*") + _listing(fs, f"{root}/{table}/.*.tmp-*")]
    # (A run stopped before its first part leaves the tables' folders empty: those are its own.)
    if not owned and fs.isdir(root) and [entry for entry in fs.ls(root, detail=False)
                                         if entry.rstrip("/").rsplit("/", 1)[-1] not in tables]:
        # As a streamed run refuses it: the parts went among someone else's files, flags or not.
        raise OutputError(f"{output_dir} holds files newsmine did not write and no sharded run; name a new or empty "
                          "directory for the run's parts")
    if resume:
        # Temporary files of attempts killed before their rename (a kill -9 cannot clean up);
        # no reader ever sees them, and this run redoes their shards.
        for stale in (path for table in tables for path in _listing(fs, f"{root}/{table}/.*.tmp-*")):
            fs.rm(stale)
        return {path.rsplit("/", 1)[-1].removesuffix(".json") for path in markers}
    if owned and not overwrite:
        raise OutputError(f"{output_dir} holds a sharded run; pass --resume to continue it or --overwrite to replace it")
    if fs.exists(root) and fs.isfile(root):
        raise OutputError(f"{output_dir} is a file; a sharded run writes a directory")
    for path in owned:
        fs.rm(path)
    fs.makedirs(root, exist_ok=True)
    return set()


def _sweep_temporaries(output_dir: str, *, stopped: Iterable[str] = ()) -> None:
    """Remove the temporary files that attempts killed mid-shard left (a SIGKILL runs no
    cleanup) once their shard is complete: no reader sees them, but they take space. Those
    of incomplete shards stay until ``--resume`` clears them: an attempt may still be writing.

    ``stopped``: shards of a run stopped (Ctrl-C, SIGTERM) whose own workers are gone (killed
    local processes, a closed LocalCluster): nothing writes their temporary files any more, so
    they go too, and the stopped run leaves complete parts and markers only. (A remote
    cluster's workers may still be running such a shard: its files stay for ``--resume``.)"""
    import fsspec

    fs, root = fsspec.core.url_to_fs(output_dir)
    root = root.rstrip("/")
    complete = {path.rsplit("/", 1)[-1].removesuffix(".json") for path in _listing(fs, f"{root}/{MARKERS}/*.json")}
    finished = complete | set(stopped)
    for table in [MARKERS, RECORDS, *TABLES]:
        for path in _listing(fs, f"{root}/{table}/.*.tmp-*"):
            final = path.rsplit("/", 1)[-1][1:].rsplit(".tmp-", 1)[0]  # .<shard>.<ext>.tmp-<id>
            if final.rsplit(".", 1)[0] in finished:
                _remove_quietly(fs, path)


def _listing(fs, pattern: str) -> list[str]:
    try:
        return sorted(fs.glob(pattern))
    except FileNotFoundError:
        return []


def _execute(paths: list[str], output_dir: str, settings: ShardSettings, *, workers: int | None,
             dask: str | None) -> Iterator[ShardSummary]:
    if not paths:
        return
    if dask is not None:
        yield from _on_dask(paths, output_dir, settings, dask)
        return
    from newsmine.runners.local import available_cores

    workers = min(available_cores() if workers is None else workers, len(paths))
    if workers <= 1:
        for path in paths:
            yield _guarded(path, lambda path=path: process_shard(path, output_dir, settings))
        return
    yield from _in_processes(paths, output_dir, settings, workers)


def _guarded(path: str, compute: Callable[[], ShardSummary]) -> ShardSummary:
    """The shard's summary, or one saying why it failed: one bad shard never stops the run."""
    try:
        return compute()
    except Exception as exc:  # noqa: BLE001 - reported per shard; KeyboardInterrupt still stops the run
        return ShardSummary(shard=shard_name(path), input=path, shard_error=f"{type(exc).__name__}: {exc}")


def _windowed(paths: list[str], submit: Callable[[str], object], wait_first: Callable[[set], set],
              max_in_flight: int) -> Iterator[ShardSummary]:
    """Submit shards, at most ``max_in_flight`` at a time; yield summaries as they finish."""
    pending: dict[object, str] = {}

    def finished(done: set) -> Iterator[ShardSummary]:
        for future in done:
            path = pending.pop(future)
            yield _guarded(path, future.result)

    for path in paths:
        if len(pending) >= max_in_flight:
            yield from finished(wait_first(set(pending)))
        pending[submit(path)] = path
    while pending:
        yield from finished(wait_first(set(pending)))


def _in_processes(paths: list[str], output_dir: str, settings: ShardSettings, workers: int) -> Iterator[ShardSummary]:
    """Shards on a local pool. A worker that dies (SIGKILL, the OOM killer) breaks the whole
    pool and fails every shard in flight, its own and the innocent ones: those are run again
    on a new pool, up to :data:`_ATTEMPTS` times each (as Dask retries), then reported."""
    from concurrent.futures import FIRST_COMPLETED, wait
    from concurrent.futures.process import BrokenProcessPool

    from newsmine.runners.local import worker_pool

    queue = deque(paths)
    deaths: Counter[str] = Counter()
    while queue:
        with worker_pool(settings.pipeline, workers) as executor:
            pending: dict[Future, str] = {}
            broken = False
            while queue or pending:
                while queue and not broken and len(pending) < workers * _IN_FLIGHT_PER_WORKER:
                    try:
                        pending[executor.submit(process_shard, queue[0], output_dir, settings)] = queue[0]
                    except BrokenProcessPool:
                        broken = True
                        break
                    queue.popleft()
                if not pending:
                    break
                for future in wait(pending, return_when=FIRST_COMPLETED).done:
                    path = pending.pop(future)
                    if isinstance(future.exception(), BrokenProcessPool):
                        broken = True
                        deaths[path] += 1
                        if deaths[path] < _ATTEMPTS:
                            queue.append(path)  # its attempt left no part and no marker: redo it
                            continue
                        yield ShardSummary(shard=shard_name(path), input=path, shard_error=(
                            f"its worker process died {deaths[path]} times (killed, or out of memory?)"))
                        continue
                    yield _guarded(path, future.result)


def _on_dask(paths: list[str], output_dir: str, settings: ShardSettings, address: str) -> Iterator[ShardSummary]:
    from newsmine.runners.dask import _import_distributed, connect

    distributed = _import_distributed()
    with ExitStack() as stack:
        client, threads = connect(address, stack)
        # A shard's key names it: the dashboard shows which file a task reads, and a shard
        # submitted twice (by two clients) runs once.
        yield from _windowed(
            paths,
            lambda path: client.submit(process_shard, path, output_dir, settings, key=f"shard-{shard_name(path)}",
                                       pure=False),
            lambda futures: distributed.wait(futures, return_when="FIRST_COMPLETED").done,
            threads * _IN_FLIGHT_PER_WORKER,
        )

