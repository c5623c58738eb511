"""Start files (newsmine.shards.starts): a local pool whose worker dies names, and counts an
attempt against, the shards its workers had begun, not those only queued in it. Real process
pools and real kills; the shard functions here stand in for process_shard (no model)."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from concurrent.futures import Future, ProcessPoolExecutor

import pytest

import newsmine.runners.local as local
import newsmine.shards as shards
from newsmine.shards import ShardSettings, shard_name
from newsmine.shards.starts import run_marking_start, start_file, take_start


def _summary(input_path: str) -> shards.ShardSummary:
    return shards.ShardSummary(shard=shard_name(input_path), input=input_path, articles=1)


def _killed_or_waits(input_path, output_dir, settings):
    """wire-0 has its worker SIGKILLed a second in (the OOM killer); the others take 3 s."""
    if input_path.endswith("wire-0.jsonl"):
        time.sleep(1.0)
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(3.0)
    return _summary(input_path)


def _always_killed(input_path, output_dir, settings):
    """wire-0 has its worker SIGKILLed as it begins, every time (a file too big for memory)."""
    if input_path.endswith("wire-0.jsonl"):
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(0.2)
    return _summary(input_path)


class _RealPool:
    """A real two-process ``ProcessPoolExecutor`` running ``shard_function`` in place of the
    shard task, through the run's own start-file wrapper; or, ``at_once``, a pool that
    returns every shard's summary without a process (the pools after the broken one)."""

    def __init__(self, shard_function, at_once: bool = False) -> None:
        self._executor = None if at_once else ProcessPoolExecutor(2)
        self._shard_function = shard_function

    def submit(self, run, task, start, input_path, output_dir, settings) -> Future:
        if self._executor is None:
            done: Future = Future()
            done.set_result(_summary(input_path))
            return done
        return self._executor.submit(run, self._shard_function, start, input_path, output_dir, settings)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)


def _run_on_real_pools(monkeypatch, shard_function, paths: list[str], *, every_pool_real: bool):
    """The summaries and warnings of ``paths`` run on two-process pools; only the first pool
    runs ``shard_function`` unless ``every_pool_real``."""
    pools_made: list[int] = []

    @contextlib.contextmanager
    def real_pool(pipeline_settings, workers, progress_queue=None):
        pools_made.append(1)
        pool = _RealPool(shard_function, at_once=not every_pool_real and len(pools_made) > 1)
        try:
            yield pool
        finally:
            pool.close()

    monkeypatch.setattr(local, "worker_pool", real_pool)
    warnings: list[str] = []
    summaries = list(shards._in_processes(paths, "/tmp/unused", ShardSettings(format="jsonl"), 2,
                                          on_warning=warnings.append, in_flight=shards._InFlight(),
                                          tick=lambda: None))
    return summaries, warnings


def _named(warnings: list[str]) -> list[str]:
    return [warning.split("while shard ")[1].split(" ran")[0] for warning in warnings]


def test_a_real_broken_pool_names_only_the_shards_its_workers_had_taken(monkeypatch):
    """review48c: a real pool marks a future running() when it moves it into its call queue
    (workers + 1 deep), so on 2 workers all 4 futures in flight said running: the warning named
    the two queued shards as having run, and counted an attempt against each."""
    paths = [f"/feeds/wire-{number}.jsonl" for number in range(4)]
    summaries, warnings = _run_on_real_pools(monkeypatch, _killed_or_waits, paths, every_pool_real=False)
    assert _named(warnings) == paths[:2]  # the two a worker had taken; wire-2 and wire-3 waited in the queue
    assert "as do the shards queued in it, not started (/feeds/wire-2.jsonl, /feeds/wire-3.jsonl)" in warnings[0]
    assert sorted(summary.input for summary in summaries if summary.shard_error is None) == paths


def test_a_shard_that_kills_its_worker_every_time_is_still_counted_and_fails(monkeypatch):
    # Near miss: a shard that really began and died is named and counted at every break, and
    # fails at the third; the shards only queued behind it complete.
    paths = [f"/feeds/wire-{number}.jsonl" for number in range(4)]
    summaries, warnings = _run_on_real_pools(monkeypatch, _always_killed, paths, every_pool_real=True)
    failed = {summary.input: summary.shard_error for summary in summaries if summary.shard_error is not None}
    assert failed.get(paths[0]) == "its worker process died 3 times (killed, or out of memory?)"
    assert [name for name in _named(warnings) if name == paths[0]] == [paths[0], paths[0]]  # attempts 1 and 2
    assert {summary.input for summary in summaries if summary.shard_error is None} >= set(paths[2:])


def _returns(input_path, output_dir, settings):
    return _summary(input_path)


def _raises(input_path, output_dir, settings):
    raise OSError("No space left on device")


def test_a_start_file_exists_only_while_its_shard_runs(tmp_path):
    seen: list[bool] = []
    start = start_file(str(tmp_path), "wire-0-1a2b3c4d5e", "7")

    def looks(input_path, output_dir, settings):
        seen.append(os.path.exists(start))
        return _summary(input_path)

    assert run_marking_start(looks, start, "/feeds/wire-0.jsonl", "/tmp/unused", ShardSettings()).articles == 1
    assert seen == [True] and not os.path.exists(start)
    with pytest.raises(OSError):
        run_marking_start(_raises, start, "/feeds/wire-0.jsonl", "/tmp/unused", ShardSettings())
    assert not os.path.exists(start)  # a shard that fails is over too: its failure is its own, not a death
    assert not take_start(start)  # near miss: an attempt that ended leaves nothing to take


def test_a_start_file_left_by_a_killed_worker_is_taken_once(tmp_path):
    start = start_file(str(tmp_path), "wire-0-1a2b3c4d5e", "7")
    with ProcessPoolExecutor(1) as executor:
        future = executor.submit(run_marking_start, _always_killed, start, "/feeds/wire-0.jsonl", "/tmp/unused",
                                 ShardSettings())
        with pytest.raises(Exception):
            future.result(30)
    assert take_start(start) and not os.path.exists(start)
    assert not take_start(start)


def test_start_files_at_a_url_are_created_and_taken_with_fsspec():
    # The form a cluster's workers would share: a folder of the output directory.
    start = start_file("memory://starts-test/_shards", "wire-0-1a2b3c4d5e", "3")
    seen: list[bool] = []

    def looks(input_path, output_dir, settings):
        import fsspec

        seen.append(fsspec.filesystem("memory").exists(start.removeprefix("memory://")))
        return _summary(input_path)

    run_marking_start(looks, start, "/feeds/wire-0.jsonl", "/tmp/unused", ShardSettings())
    assert seen == [True] and not take_start(start)
