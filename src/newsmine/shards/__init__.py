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

import itertools
import threading
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from contextlib import ExitStack, closing, nullcontext
from dataclasses import dataclass, field
from functools import partial

from newsmine.batch import REPEATED_ID_EXAMPLES
from newsmine.errors import OutputError, UsageError
from newsmine.manifest import (
    MANIFEST_NAME, differences, manifest_bytes, no_manifest_warning, parse_manifest, refusal, run_settings,
)
from newsmine.runners.dask import parse_local_workers
from newsmine.shards.inputs import expand_inputs, read_input_list
from newsmine.shards.plan import PLAN_NAME, plan_bytes
from newsmine.shards.starts import local_start_folder, run_marking_start, start_file, take_start
from newsmine.shards.task import (
    MARKERS, RECORDS, SHARD_FORMATS, ShardSettings, ShardSummary, _remove_quietly, _write_atomically, process_shard,
    shard_name,
)
from newsmine.writers.tables import TABLES
from newsmine.writers.run_lock import output_lock
from newsmine.writers.target import require_folder

__all__ = [
    "PROGRESS_EVERY_SECONDS", "PROGRESS_TOPIC", "SHARD_FORMATS", "ShardRun", "ShardSettings", "ShardSummary", "expand_inputs", "process_shard", "read_input_list",
    "process_shard_on_dask", "process_shard_reporting", "run_shards", "shard_name",
]

# Shards submitted and not yet finished, per worker: enough to keep each busy, few enough
# that the client and scheduler hold a handful of futures whatever the number of shards.
_IN_FLIGHT_PER_WORKER = 2
# How often a worker reports a running shard's counts (articles, words, failures) to the client,
# at most: the client's progress line redraws a few times a second and logs a line a minute.
PROGRESS_EVERY_SECONDS = 1.0
# The Dask event topic of those reports (Worker.log_event -> Client.subscribe_topic); one topic for
# every run, each report naming its run, so that a long-lived scheduler keeps one bounded log.
PROGRESS_TOPIC = "newsmine-shard-progress"
# How long the client waits for a shard to finish before it looks at the running counts again.
_TICK_SECONDS = 0.25
# The lock file a sharded run holds inside its directory when the folder around it may not be
# written (writers/run_lock.output_lock's ``inside``); hidden, and one of the directory's own files.
LOCK_INSIDE = ".newsmine.lock"
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
    quotes_left_out: int = 0  # quotes below --min-confidence left out
    repeated_ids: int = 0  # records whose article id an earlier record of the same shard had
    repeated_id_examples: list[str] = field(default_factory=list)
    warned: int = 0  # records with warnings
    warned_example: tuple[str, str] | None = None  # the first shard's first such record: its id and warning

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
        self.quotes_left_out += summary.quotes_left_out
        self.repeated_ids += summary.repeated_ids
        for article_id in summary.repeated_id_examples:
            if len(self.repeated_id_examples) < REPEATED_ID_EXAMPLES and article_id not in self.repeated_id_examples:
                self.repeated_id_examples.append(article_id)
        self.warned += summary.warned
        if self.warned_example is None and summary.warned_example:
            self.warned_example = (summary.warned_example[0], summary.warned_example[1])
        for kind, count in summary.errors_by_type.items():
            self.errors_by_type[kind] = self.errors_by_type.get(kind, 0) + count
        for kind, count in summary.not_analysed_by_type.items():
            self.not_analysed_by_type[kind] = self.not_analysed_by_type.get(kind, 0) + count


ShardCallback = Callable[[ShardRun, ShardSummary], None]
# Called, a few times a second at most, with the counts of the shards running now (summaries of
# their records so far, by shard name): progress inside a shard, which can run for hours.
ProgressCallback = Callable[[ShardRun, dict[str, ShardSummary]], None]


class _InFlight:
    """The running counts of the shards in flight, as the workers report them (on the Dask
    client's event-loop thread) and as the run's main thread reads them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[str, ShardSummary] = {}
        self._finished: set[str] = set()

    def update(self, summary: ShardSummary) -> None:
        with self._lock:
            if summary.shard not in self._finished:  # a report that arrives after the shard's result
                self._counts[summary.shard] = summary

    def forget(self, shard: str) -> None:
        """Drop a shard's running counts whose attempt died with its pool: it waits to run again
        from its start, and those counts are not in its part. Kept, they swelled the progress
        line until its new attempt's first report, which could be hours later, after the
        rest of the queue (review47b)."""
        with self._lock:
            self._counts.pop(shard, None)

    def finish(self, shard: str) -> None:
        with self._lock:
            self._finished.add(shard)
            self._counts.pop(shard, None)

    def snapshot(self) -> dict[str, ShardSummary]:
        with self._lock:
            return dict(self._counts)


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
    on_warning: Callable[[str], None] | None = None,
    on_progress: ProgressCallback | None = None,
) -> ShardRun:
    """Process every input file (a path or URL; see :func:`expand_inputs`) as a shard into
    ``output_dir``. ``workers``: local processes (None: all cores; 1: in this process);
    ``dask``: a scheduler address or ``local[:N]`` instead.

    One run at a time: a local directory's lock (:mod:`newsmine.writers.run_lock`) is held by
    this process, the client, for the whole run; another run holding it is an
    :class:`OutputError` naming that run, before the directory is touched.

    The directory's run manifest (``DIR/_newsmine-run.json``, :mod:`newsmine.manifest`) holds
    the settings its parts were made under: a ``resume`` with other settings is refused
    (:class:`UsageError`) before any shard runs; ``on_warning`` hears when a directory with
    complete shards has no manifest to check against.

    ``on_progress`` hears, a few times a second at most, the run's totals so far and the running
    counts of the shards in flight, so that a run whose shards take hours is not silent until
    the first one ends: on Dask each worker reports its shard's counts at most once every
    :data:`PROGRESS_EVERY_SECONDS` as a Dask event (``Worker.log_event``), which the client
    receives through ``Client.subscribe_topic``; in this process (``workers=1``) the shard's
    counts are read directly; on a local pool (``workers`` above 1) each worker puts its
    shard's counts, at most once every :data:`PROGRESS_EVERY_SECONDS`, on a queue the pool
    gave it as it started (:func:`~newsmine.runners.local.worker_pool`), which this process
    reads while it waits for the next shard to end. (Before, a local pool's shards reported
    only when they ended: an hour of silence on a 1 GB WARC shard.)"""
    settings = settings or ShardSettings()
    if settings.format not in SHARD_FORMATS:
        raise UsageError(f"a sharded run writes {' or '.join(SHARD_FORMATS)}, not {settings.format}")
    if resume and overwrite:
        raise UsageError("--resume and --overwrite contradict each other: resume keeps the output, overwrite replaces it")
    names: dict[str, str] = {}
    for path in inputs:
        names.setdefault(shard_name(path), path)  # the same file named twice is one shard
    run = ShardRun(shards=len(names))
    with _output_lock(output_dir):  # one run at a time: a second one swept the first's parts away (review49c)
        complete = _prepare_output(output_dir, resume=resume, overwrite=overwrite,
                                   settings=run_settings(settings.pipeline, settings.read, shard_format=settings.format),
                                   on_warning=on_warning)
        # Before any shard runs: a reader of a directory whose run stops part-way can tell (shards/plan.py).
        _write_plan(output_dir, list(names))
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
            in_flight = _InFlight() if on_progress is not None else None
            tick = (lambda: on_progress(run, in_flight.snapshot())) if in_flight is not None else None
            with closing(_execute(pending, output_dir, settings, workers=workers, dask=dask, in_flight=in_flight,
                                  tick=tick, on_warning=on_warning)) as summaries:
                for summary in summaries:
                    if in_flight is not None:
                        in_flight.finish(summary.shard)
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


def _output_lock(output_dir: str):
    """The output directory's lock (:mod:`newsmine.writers.run_lock`), held by the client, on a
    local pool and on Dask alike; none for an object store, where no lock spans the clients.
    Beside the directory, or, when its folder may not be written, inside it as
    :data:`LOCK_INSIDE` (a sharded run into ``/shared/project/out/`` made for the user worked
    before it took a lock, and must still)."""
    import fsspec
    from fsspec.implementations.local import LocalFileSystem

    fs, root = fsspec.core.url_to_fs(output_dir)
    if not isinstance(fs, LocalFileSystem):
        return nullcontext()
    return output_lock(root if "://" in output_dir else output_dir, inside=LOCK_INSIDE)  # named as the user wrote it


def _write_plan(output_dir: str, names: list[str]) -> None:
    """``DIR/_newsmine-shards.json``: the shards this run was given (:mod:`newsmine.shards.plan`)."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(output_dir)
    _write_atomically(fs, f"{root.rstrip('/')}/{PLAN_NAME}", plan_bytes(names))


def _prepare_output(output_dir: str, *, resume: bool, overwrite: bool, settings: dict[str, object] | None = None,
                    on_warning: Callable[[str], None] | None = None) -> set[str]:
    """Names of the complete shards already in ``output_dir`` (for ``resume``); refuses a
    directory holding a sharded run unless resuming or overwriting (which removes newsmine's
    files only), and one holding only other files whatever the flags. With ``settings`` (the
    run's, :func:`newsmine.manifest.run_settings`), a resume is checked against the directory's
    manifest (:func:`_check_manifest`), and a run that starts the directory writes it.

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
    manifest = f"{root}/{MANIFEST_NAME}"
    # A run killed while writing its manifest leaves the manifest's temporary file (_write_atomically).
    stale_manifests = _listing(fs, f"{root}/.{MANIFEST_NAME}.tmp-*") + _listing(fs, f"{root}/.{PLAN_NAME}.tmp-*")
    # (A run stopped before its first part leaves the tables' folders empty, and its manifest: those are its own.)
    if not owned and fs.isdir(root) and [entry for entry in fs.ls(root, detail=False)
                                         if entry.rstrip("/").rsplit("/", 1)[-1] not in (*tables, MANIFEST_NAME, PLAN_NAME,
                                                                                          LOCK_INSIDE)
                                         and entry.rstrip("/") not in stale_manifests]:
        # As a streamed run refuses it: the parts went among someone else's files, flags or not.
        raise OutputError(f"{output_dir} holds files newsmine did not write and no sharded run; name a new or empty "
                          "directory for the run's parts")
    if resume:
        complete = {path.rsplit("/", 1)[-1].removesuffix(".json") for path in markers}
        if settings is not None:
            _check_manifest(fs, manifest, output_dir, settings, complete=bool(complete), on_warning=on_warning)
        # Temporary files of attempts killed before their rename (a kill -9 cannot clean up);
        # no reader ever sees them, and this run redoes their shards.
        for stale in [path for table in tables for path in _listing(fs, f"{root}/{table}/.*.tmp-*")] + stale_manifests:
            fs.rm(stale)
        return complete
    if owned and not overwrite:
        raise OutputError(f"{output_dir} holds a sharded run; pass --resume to continue it or --overwrite to replace it")
    if fs.exists(root) and fs.isfile(root):
        raise OutputError(f"{output_dir} is a file; a sharded run writes a directory")
    for path in owned + stale_manifests:
        fs.rm(path)
    fs.makedirs(root, exist_ok=True)
    if settings is not None:
        _write_atomically(fs, manifest, manifest_bytes(settings))
    return set()


def _check_manifest(fs, manifest: str, output_dir: str, settings: dict[str, object], *, complete: bool,
                    on_warning: Callable[[str], None] | None) -> None:
    """Refuse a resume whose settings differ from those the directory's complete shards were made
    under; a directory without complete shards takes this run's settings as its own."""
    if not complete:
        _write_atomically(fs, manifest, manifest_bytes(settings))  # (it makes the directory)
        return
    try:
        with fs.open(manifest, "rb") as handle:
            recorded = parse_manifest(handle.read())
    except OSError:  # none (FileNotFoundError), or one that cannot be read
        recorded = None
    if recorded is None:
        if on_warning is not None:
            on_warning(no_manifest_warning(output_dir))
        return
    found = differences(recorded, settings)
    if found:
        raise UsageError(refusal(output_dir, found))


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
             dask: str | None, in_flight: _InFlight | None = None, tick: Callable[[], None] | None = None,
             on_warning: Callable[[str], None] | None = None) -> Iterator[ShardSummary]:
    if not paths:
        return
    if dask is not None:
        yield from _on_dask(paths, output_dir, settings, dask, in_flight=in_flight, tick=tick, on_warning=on_warning)
        return
    from newsmine.runners.local import available_cores

    workers = min(available_cores() if workers is None else workers, len(paths))
    if workers <= 1:
        for path in paths:
            report = _in_this_process(in_flight, tick) if in_flight is not None and tick is not None else None
            yield _guarded(path, lambda path=path, report=report: process_shard(path, output_dir, settings,
                                                                                 on_progress=report))
        return
    yield from _in_processes(paths, output_dir, settings, workers, on_warning=on_warning, in_flight=in_flight, tick=tick)


def _in_this_process(in_flight: _InFlight, tick: Callable[[], None]) -> Callable[[ShardSummary], None]:
    """A shard's ``on_progress`` when it runs in this process: its counts, read a few times a second."""

    def report(counts: dict) -> None:
        in_flight.update(ShardSummary(**counts))
        tick()

    return _throttled(_TICK_SECONDS, report)


_COUNTS = ("shard", "input", "articles", "failed", "words")  # what a progress report holds


def _throttled(every_seconds: float, send: Callable[[dict], None]) -> Callable[[ShardSummary], None]:
    """An ``on_progress`` for :func:`process_shard` that passes the shard's counts (a plain dict)
    to ``send`` at most once every ``every_seconds``: it is called for every record."""
    last = 0.0

    def report(summary: ShardSummary) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= every_seconds:
            last = now
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


def _guarded(path: str, compute: Callable[[], ShardSummary]) -> ShardSummary:
    """The shard's summary, or one saying why it failed: one bad shard never stops the run."""
    try:
        return compute()
    except Exception as exc:  # noqa: BLE001 - reported per shard; KeyboardInterrupt still stops the run
        return ShardSummary(shard=shard_name(path), input=path, shard_error=f"{type(exc).__name__}: {exc}")


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


def process_shard_in_pool(input_path: str, output_dir: str, settings: ShardSettings) -> ShardSummary:
    """:func:`process_shard` in a local pool's worker, putting the shard's running counts on the
    queue the pool gave the worker (:func:`~newsmine.runners.local.worker_progress_queue`), at
    most once every :data:`PROGRESS_EVERY_SECONDS`; as :func:`process_shard` when it has none."""
    from newsmine.runners.local import worker_progress_queue

    queue = worker_progress_queue()
    report = None if queue is None else _throttled(PROGRESS_EVERY_SECONDS, queue.put)
    return process_shard(input_path, output_dir, settings, on_progress=report)


def _drain(queue, in_flight: _InFlight) -> None:
    """Every progress report the workers have put on ``queue`` so far, into ``in_flight``."""
    from queue import Empty

    while True:
        try:
            counts = queue.get_nowait()
        except Empty:
            return
        in_flight.update(ShardSummary(**counts))


def _in_processes(paths: list[str], output_dir: str, settings: ShardSettings, workers: int, *,
                  on_warning: Callable[[str], None] | None = None, in_flight: _InFlight | None = None,
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
             in_flight: _InFlight | None = None, tick: Callable[[], None] | None = None,
             on_warning: Callable[[str], None] | None = None) -> Iterator[ShardSummary]:
    """Shards on a Dask cluster. With ``in_flight``, the workers' progress events (Dask's own
    pub-sub: ``Worker.log_event`` and ``Client.subscribe_topic``) update the running counts, and
    the wait for the next shard wakes every :data:`_TICK_SECONDS` to call ``tick``.

    Dask gives a task up (``KilledWorker``) once more workers died while it was assigned to them
    than ``distributed.scheduler.allowed-failures`` allows, counting those where it only waited
    its turn (dask/distributed issue 5234); a shard that had begun in fewer than
    :data:`_ATTEMPTS` of them (its start files say how many) is submitted again under a new key,
    as a local pool runs a shard only queued in a broken pool again (:func:`_dask_rerun`)."""
    from newsmine.runners.dask import _import_distributed, connect

    distributed = _import_distributed()
    with ExitStack() as stack:
        client, threads = connect(address, stack)
        run_id = uuid.uuid4().hex  # the topic is shared: another run's reports are not this one's
        if in_flight is not None:
            def heard(event: tuple[float, dict]) -> None:
                message = event[1]
                if isinstance(message, dict) and message.get("run") == run_id:
                    # (Dask adds keys of its own, the sending worker's address among them.)
                    in_flight.update(ShardSummary(**{key: message[key] for key in _COUNTS}))

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

