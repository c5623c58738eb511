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

This module holds the run (:func:`run_shards`, its totals :class:`ShardRun`, and
:func:`_execute`, which picks where the shards run); beside it (split by what they hold,
session 50): :mod:`.output_directory` (the directory prepared, locked and swept),
:mod:`.attempts` (the window of shards in flight, the attempts a shard gets, a failure as its
summary), :mod:`.progress` (the running counts of the shards in flight), :mod:`.local_pool`
(shards on local processes, a dead worker's pool rerun) and :mod:`.on_dask` (shards on a Dask
cluster); :mod:`.task` runs one shard.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field

from newsmine.batch import REPEATED_ID_EXAMPLES
from newsmine.errors import UsageError
from newsmine.manifest import run_settings
from newsmine.runners import refuse_a_missing_model
from newsmine.runners.dask import parse_local_workers, refuse_an_unusable_scheduler
from newsmine.shards.attempts import _guarded
from newsmine.shards.inputs import expand_inputs, read_input_list
from newsmine.shards.local_pool import _in_processes
from newsmine.shards.on_dask import _on_dask, process_shard_on_dask
from newsmine.shards.output_directory import LOCK_INSIDE as LOCK_INSIDE
from newsmine.shards.output_directory import _output_lock, _prepare_output, _sweep_temporaries, _write_plan
from newsmine.shards.progress import (
    PROGRESS_EVERY_SECONDS,
    PROGRESS_TOPIC,
    _in_this_process,
    ShardsInWork,
    process_shard_reporting,
)
from newsmine.shards.progress import process_shard_in_pool as process_shard_in_pool
from newsmine.shards.task import SHARD_FORMATS, ShardSettings, ShardSummary, process_shard, shard_name
from newsmine.shards.writing_note import writing_note

__all__ = [
    "PROGRESS_EVERY_SECONDS", "PROGRESS_TOPIC", "SHARD_FORMATS", "ShardRun", "ShardSettings", "ShardSummary", "ShardsInWork",
    "expand_inputs", "process_shard", "read_input_list",
    "process_shard_on_dask", "process_shard_reporting", "run_shards", "shard_name",
]


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
    failed_example: tuple[str, str] | None = None  # the first shard's first error record: its id and error
    failed_examples_by_type: dict[str, tuple[str, str]] = field(default_factory=dict)  # the same, per error type

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
        if self.failed_example is None and summary.failed_example:
            self.failed_example = (summary.failed_example[0], summary.failed_example[1])
        for kind, (article_id, error) in summary.failed_examples_by_type.items():
            self.failed_examples_by_type.setdefault(kind, (article_id, error))
        for kind, count in summary.errors_by_type.items():
            self.errors_by_type[kind] = self.errors_by_type.get(kind, 0) + count
        for kind, count in summary.not_analysed_by_type.items():
            self.not_analysed_by_type[kind] = self.not_analysed_by_type.get(kind, 0) + count


ShardCallback = Callable[[ShardRun, ShardSummary], None]
# Called, a few times a second at most, with the counts of the shards running now (summaries of
# their records so far, by shard name): progress inside a shard, which can run for hours.
ProgressCallback = Callable[[ShardRun, dict[str, ShardSummary]], None]


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
    in_work: ShardsInWork | None = None,
    on_start: Callable[[], None] | None = None,
) -> ShardRun:
    """Process every input file (a path or URL; see :func:`expand_inputs`) as a shard into
    ``output_dir``. ``workers``: local processes (None: all cores; 1: in this process);
    ``dask``: a scheduler address or ``local[:N]`` instead.

    One run at a time: a local directory's lock (:mod:`newsmine.writers.run_lock`) is held by
    this process, the client, for the whole run; another run holding it is an
    :class:`OutputError` naming that run, before the directory is touched. An object store
    (``s3://``) has no such lock: a note in the directory (:mod:`.writing_note`) makes two runs
    there warn, through ``on_warning``, naming each other, and keeps them from sweeping each
    other's temporary files.

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
    only when they ended: an hour of silence on a 1 GB WARC shard.)

    ``in_work``: the store those reports go to (a new one when None), given by a caller that
    reads it from a thread of its own: it says which article each running shard is parsing in a
    heavy batch (:meth:`ShardsInWork.longest`), which the CLI's progress line names while no
    record comes, as a streamed run's does (newuser51: a shard on one long article was silent).

    ``on_start`` is called once the directory is ready, before any shard runs (as
    :func:`newsmine.batch.extract`'s: the CLI's log says what the run reads)."""
    settings = settings or ShardSettings()
    if settings.format not in SHARD_FORMATS:
        raise UsageError(f"a sharded run writes {' or '.join(SHARD_FORMATS)}, not {settings.format}")
    if resume and overwrite:
        raise UsageError("--resume and --overwrite contradict each other: resume keeps the output, overwrite replaces it")
    refuse_a_missing_model(settings.pipeline.model, dask)  # before --overwrite removes the parts
    names: dict[str, str] = {}
    for path in inputs:
        names.setdefault(shard_name(path), path)  # the same file named twice is one shard
    run = ShardRun(shards=len(names))
    # One run at a time: a second one swept the first's parts away (review49c). An object store
    # has no lock: its note warns of two runs, and keeps a run that shared it from sweeping.
    with _output_lock(output_dir), writing_note(output_dir, on_warning) as note:
        # As the model: before --overwrite removes the parts; after the lock, which a second run
        # is refused by before any connection is tried (a dashboard's address, a service that is
        # no scheduler, one that does not answer: runners.dask).
        refuse_an_unusable_scheduler(dask)
        complete = _prepare_output(output_dir, resume=resume, overwrite=overwrite,
                                   settings=run_settings(settings.pipeline, settings.read, shard_format=settings.format),
                                   on_warning=on_warning, clear_temporaries=not note.shared)
        # Before any shard runs: a reader of a directory whose run stops part-way can tell (shards/plan.py).
        _write_plan(output_dir, list(names))
        if on_start is not None:
            on_start()
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
            in_flight = (in_work if in_work is not None else ShardsInWork()) if on_progress is not None else None
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
            if (dask is None or parse_local_workers(dask) is not None) and note.may_sweep():
                _sweep_temporaries(output_dir, stopped=[shard_name(path) for path in pending])
            raise
        if run.done and note.may_sweep():
            _sweep_temporaries(output_dir)
        return run


def _execute(paths: list[str], output_dir: str, settings: ShardSettings, *, workers: int | None,
             dask: str | None, in_flight: ShardsInWork | None = None, tick: Callable[[], None] | None = None,
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
