"""Stopping a sharded run (extract --shards) with SIGTERM or Ctrl-C: exit 143/130 with one line,
no process of the run left behind, complete parts only, and --resume finishes the job with
the records an uninterrupted run writes. The articles are invented here."""

from __future__ import annotations

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
