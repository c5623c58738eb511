"""Stopping a sharded run (extract --shards) with SIGTERM or Ctrl-C: exit 143/130 with one line,
no process of the run left behind, complete parts only, and --resume finishes the job with
the records an uninterrupted run writes. The articles are invented here."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsmine.runners import PipelineSettings
from newsmine.runners.work import use_pipeline
from newsmine.shards import ShardSettings, run_shards
from tests.conftest import REPO
from tests.test_shards import _shard_corpus

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="process sessions and /proc: Linux only")

_DEADLINE_SECONDS = 90  # a stop takes a second or so (a LocalCluster's close a few); longer is a hang
_GONE_SECONDS = 5  # the run's processes must all be gone this soon after it exits


def _corpus(folder: Path) -> Path:
    _shard_corpus(folder, shards=6, articles=25)  # 150 articles, 25 a shard
    return folder


def _session(sid: int) -> list[int]:
    """Live processes of session ``sid``: the run and whatever it started (workers, a cluster)."""
    members = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == sid and fields[0] != "Z":  # field 6: session; Z: a zombie is no process
                members.append(int(entry))
    return members


def _records(out: Path) -> list[str]:
    return sorted(line for part in (out / "records").glob("*.jsonl") for line in part.read_text().splitlines())


def _extract(inputs: Path, out: Path, *flags: str) -> subprocess.Popen:
    """`newsmine extract --shards` in a session of its own, as a terminal or a job runner starts it."""
    return subprocess.Popen([sys.executable, "-m", "newsmine", "extract", str(inputs), "--shards", "--format", "jsonl",
                             "-o", str(out), *flags], cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


@pytest.mark.slow
@pytest.mark.parametrize(("runner", "send", "code", "word"), [
    (["--workers", "2"], lambda process: process.send_signal(signal.SIGTERM), 143, "terminated"),
    # Ctrl-C in a terminal reaches the cluster's worker processes too: they must stay quiet.
    (["--dask", "local:2"], lambda process: os.killpg(process.pid, signal.SIGINT), 130, "interrupted"),
], ids=["local-sigterm", "dask-local-ctrl-c"])
def test_a_sharded_run_stopped_mid_way_leaves_complete_parts_only_and_resume_finishes_it(
        tmp_path, pipeline, runner, send, code, word):
    inputs = _corpus(tmp_path / "in")
    out = tmp_path / "out"
    process = _extract(inputs, out, *runner)
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:  # mid-run: a shard done, others in flight
        if (out / "_shards").is_dir() and any((out / "_shards").glob("*.json")):
            break
        time.sleep(0.02)
    assert process.poll() is None, "the run ended before it could be stopped"
    send(process)
    try:
        stderr = process.communicate(timeout=_DEADLINE_SECONDS)[1]
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"the run had not ended {_DEADLINE_SECONDS} s after it was stopped")
    gone_by = time.monotonic() + _GONE_SECONDS
    while _session(process.pid) and time.monotonic() < gone_by:
        time.sleep(0.05)
    assert _session(process.pid) == []  # no worker, nanny or cluster process outlives the run
    assert process.returncode == code, stderr
    assert stderr.strip().splitlines()[-1].startswith(f"newsmine: error: {word}"), stderr
    assert "Traceback" not in stderr
    files = [path.relative_to(out) for path in out.rglob("*") if path.is_file()]
    assert not [path for path in files if ".tmp-" in path.name]  # no temporary file of a stopped shard
    done = {path.stem for path in (out / "_shards").glob("*.json")}
    parts = {path.stem: path.read_text() for path in (out / "records").glob("*.jsonl")}
    assert 1 <= len(done) < 6 and done <= set(parts)
    # A part is whole even without its marker (a worker stopped between its rename and its
    # marker): --resume redoes that shard and its rename replaces the part.
    assert all(text.endswith("\n") and text.count("\n") == 25 for text in parts.values())

    use_pipeline(PipelineSettings(), pipeline)  # --resume and the uninterrupted run, in this process
    settings = ShardSettings(format="jsonl")
    paths = [str(path) for path in sorted(inputs.iterdir())]
    resumed = run_shards(paths, str(out), settings, workers=1, resume=True)
    assert (resumed.resumed, resumed.done) == (len(done), 6 - len(done))
    run_shards(paths, str(tmp_path / "whole"), settings, workers=1)
    assert _records(out) == _records(tmp_path / "whole") and len(_records(out)) == 150


def _dask(tmp_path: Path, name: str, *args: str) -> subprocess.Popen:
    """`dask scheduler` or `dask worker` in a session of its own, as in its own terminal; its log in NAME.log."""
    return subprocess.Popen([sys.executable, "-m", "dask", *args], cwd=REPO,
                            stdout=(tmp_path / f"{name}.log").open("w"), stderr=subprocess.STDOUT,
                            env={**os.environ, "PYTHONPATH": str(REPO / "src")},
                            start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def _wait_until(condition, what: str, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"{what}: not within {seconds} s")
        time.sleep(0.02)


@pytest.mark.slow
def test_ctrl_c_in_a_dask_worker_terminal_stops_that_worker_and_the_run_completes_on_the_others(tmp_path):
    """README, "Running on a cluster": a `dask worker` someone started is stopped by Ctrl-C in its
    own terminal (newsmine does not make it ignore the signal, as it does its LocalCluster's):
    Dask reruns its shard on another worker, so the run completes, every article once, no
    temporary file left. With `--preload newsmine.runners.dask`, as the README gives it, the
    worker process leaves the stop to its nanny and stops without a traceback."""
    pytest.importorskip("distributed")
    inputs = _corpus(tmp_path / "in")
    out = tmp_path / "out"
    scheduler_file = tmp_path / "scheduler.json"
    processes = [_dask(tmp_path, "scheduler", "scheduler", "--scheduler-file", str(scheduler_file), "--port", "0",
                       "--no-dashboard")]
    try:
        _wait_until(scheduler_file.exists, "the scheduler started")
        address = json.loads(scheduler_file.read_text())["address"]
        workers = [_dask(tmp_path, f"worker-{n}", "worker", address, "--nworkers", "1", "--nthreads", "1",
                         "--no-dashboard", "--preload", "newsmine.runners.dask") for n in range(2)]
        processes += workers
        logs = [tmp_path / f"worker-{n}.log" for n in range(2)]
        _wait_until(lambda: all("Registered to" in log.read_text() for log in logs), "both workers joined")
        run = subprocess.Popen([sys.executable, "-m", "newsmine", "extract", str(inputs), "--shards", "--format",
                                "jsonl", "-o", str(out), "--dask", address], cwd=REPO, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
        processes.append(run)
        # Two shards in flight at once: one on each single-threaded worker.
        _wait_until(lambda: len(list((out / "records").glob(".*.tmp-*")) if (out / "records").is_dir() else []) >= 2
                    or run.poll() is not None, "two shards in flight")
        assert run.poll() is None, "the run ended before a worker could be stopped"
        os.killpg(workers[0].pid, signal.SIGINT)  # Ctrl-C in that worker's terminal
        assert workers[0].wait(timeout=_DEADLINE_SECONDS) == 0
        assert "Traceback" not in logs[0].read_text(), logs[0].read_text()
        stderr = run.communicate(timeout=300)[1]
    finally:
        for process in processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
    assert run.returncode == 0, stderr
    assert "6 shards done" in stderr, stderr
    assert len(list((out / "_shards").glob("*.json"))) == 6
    assert not [path for path in out.rglob("*") if ".tmp-" in path.name]
    ids = [json.loads(line)["id"] for line in _records(out)]
    assert len(ids) == 150 and len(set(ids)) == 150  # every article once
