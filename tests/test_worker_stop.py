"""Stopping local workers (Ctrl-C, SIGTERM, a failure) must end the run in bounded time.

Python 3.11's ProcessPoolExecutor hangs for good when a worker is killed in the middle of
sending a result: the pool's manager thread waits for the rest of a message that never comes
(see ``runners.local.stop_workers``). These tests put the stop at the moments that are hard
to hit by chance (a result half sent, workers still starting, a second Ctrl-C) and give every
run a deadline, so that a hang fails the test instead of stalling the suite.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from newsmine.cli.common import Terminated, terminate_like_interrupt
from newsmine.records import ArticleRecord
from tests.conftest import REPO

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="forked workers and /proc: Linux only")

# A run that has not ended this long after its stop hangs (a stop takes well under a second).
_DEADLINE_SECONDS = 60

_HALF_SENT_RESULT = textwrap.dedent('''
    import multiprocessing, sys, threading, time
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool
    from multiprocessing.connection import Connection

    from newsmine.runners.local import stop_workers

    context = multiprocessing.get_context("fork")
    sending = context.Event()

    def large():
        """20 MB of which the worker writes half to the result pipe, then stalls until killed.
        (Racing the stop against a whole message, with the parent holding the interpreter lock
        so that its manager thread read slowly, failed on a loaded machine: a pipe read can take
        megabytes at once while the writer keeps filling it, and the message got through.)"""
        send = Connection._send

        def send_half_then_stall(self, buf, *args):
            if len(buf) < 1_000_000:
                return send(self, buf, *args)  # the length header
            send(self, bytes(buf[: len(buf) // 2]), *args)
            sending.set()
            time.sleep(60)

        Connection._send = send_half_then_stall  # in this worker only
        return b"x" * 20_000_000

    if __name__ == "__main__":
        executor = ProcessPoolExecutor(2, mp_context=context)
        futures = [executor.submit(large) for _ in range(2)]
        sending.wait(30)
        manager = executor._executor_manager_thread
        started = time.monotonic()
        stop_workers(executor)
        print("seconds", time.monotonic() - started)
        print("manager alive", manager.is_alive())
        print("broken", sum(isinstance(f.exception(), BrokenProcessPool) for f in futures))
''')


def test_stopping_workers_half_way_through_sending_a_result_ends_at_once():
    result = subprocess.run([sys.executable, "-c", _HALF_SENT_RESULT], capture_output=True, text=True,
                            cwd=REPO, timeout=_DEADLINE_SECONDS)
    assert result.returncode == 0, result.stderr
    report = dict(line.rsplit(" ", 1) for line in result.stdout.splitlines())
    assert int(report["broken"]) >= 1  # the stop came while a result was on its way
    assert report["manager alive"] == "False"  # nothing left for the interpreter's exit to wait for
    assert float(report["seconds"]) < 10


def test_a_sigterm_whose_exception_was_swallowed_still_stops_the_run_at_the_next_record():
    before = signal.getsignal(signal.SIGTERM)
    with terminate_like_interrupt() as raise_if_stopped:
        raise_if_stopped()  # no signal yet: carry on
        try:
            signal.raise_signal(signal.SIGTERM)
        except Terminated:
            pass  # swallowed, as an after-fork hook or a __del__ does ("Exception ignored")
        with pytest.raises(Terminated):
            raise_if_stopped()
    assert signal.getsignal(signal.SIGTERM) == before  # the handler is gone with the block


PARAGRAPH = ("Mayor Maria Reyes said on Tuesday that the harbour board would rebuild the old ferry pier. "
             '"We are finally ready," Reyes told reporters in Eastmere.')


def _articles(directory: Path, count: int) -> Path:
    directory.mkdir()
    for n in range(count):
        (directory / f"story-{n:04d}.txt").write_text(f"Story {n}. {PARAGRAPH}", encoding="utf-8")
    return directory


def _start(inputs: Path, output: Path) -> subprocess.Popen:
    """`newsmine extract` with two workers in a process group of its own, as a terminal runs it
    (Ctrl-C there reaches every process of the group, workers included)."""
    return subprocess.Popen([sys.executable, "-m", "newsmine", "extract", str(inputs), "-o", str(output), "--workers", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def _children(pid: int) -> list[int]:
    children = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:  # field 4, after the command in parentheses
                children.append(int(entry))
    return children


def _wait_for(condition, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)


def _finish(process: subprocess.Popen) -> str:
    try:
        _, stderr = process.communicate(timeout=_DEADLINE_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"the run had not ended {_DEADLINE_SECONDS} s after it was stopped")
    return stderr


def _whole_records_in_input_order(output: Path) -> list[ArticleRecord]:
    data = output.read_bytes() if output.exists() else b""
    assert data == b"" or data.endswith(b"\n")  # whole lines only
    records = [ArticleRecord.model_validate_json(line) for line in data.splitlines()]
    assert [r.id for r in records] == [f"story-{n:04d}" for n in range(len(records))]
    return records


@pytest.mark.slow
@pytest.mark.parametrize(("send", "code", "word"), [
    (lambda process: os.killpg(process.pid, signal.SIGINT), 130, "interrupted"),  # Ctrl-C: the run and its workers
    (lambda process: process.send_signal(signal.SIGTERM), 143, "terminated"),
], ids=["ctrl-c-to-the-group", "sigterm"])
def test_a_stop_while_the_workers_start_ends_the_run_quietly(tmp_path, send, code, word):
    inputs = _articles(tmp_path / "in", 400)
    output = tmp_path / "out.jsonl"
    process = _start(inputs, output)
    _wait_for(lambda: _children(process.pid) or process.poll() is not None)
    send(process)  # the workers have just been forked: their own handlers may not be set yet
    stderr = _finish(process)
    assert process.returncode == code, stderr
    assert word in stderr and "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
    _whole_records_in_input_order(output)


@pytest.mark.slow
def test_a_second_ctrl_c_during_the_stop_still_ends_the_run(tmp_path):
    inputs = _articles(tmp_path / "in", 4000)
    output = tmp_path / "out.jsonl"
    process = _start(inputs, output)
    _wait_for(lambda: (output.exists() and output.read_bytes().count(b"\n") >= 1) or process.poll() is not None)
    os.killpg(process.pid, signal.SIGINT)
    time.sleep(0.05)
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGINT)  # impatient: pressed again while the run stops
    _finish(process)
    assert process.returncode in (130, -signal.SIGINT)  # an exit of its own, or Python's for a Ctrl-C it let through
    assert 1 <= len(_whole_records_in_input_order(output)) < 4000
