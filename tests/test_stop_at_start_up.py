"""Ctrl-C or SIGTERM in the first seconds of a run (Python importing spaCy, the model loading)
ends it like a stop at any other time: exit 130 or 143, one line on stderr, no traceback and
no output left behind (newsmine.cli.main).

The stop is timed by what the run is doing, not by the clock, so a busy machine cannot move
it out of the moment under test: one run is held inside the import of spaCy until the signal
comes (an import hook of the test's own), another inside the import of the model package,
once its output file is open (the output is then removed); the real command gets it half a
second after its handlers are in place (read from /proc), which on any machine is in the
middle of the seconds of imports and model loading that follow. The first is the one that
failed before main() set its handlers up ahead of the imports (a traceback for Ctrl-C, exit
-15 for SIGTERM); the others check the whole start of the real command, handlers to model.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from newsmine.cli.stops import START_OVER, WHILE_STARTING, Terminated, terminate_like_interrupt
from newsmine.nlp.model import DEFAULT_MODEL
from tests.conftest import REPO

_LINUX_ONLY = pytest.mark.skipif(sys.platform != "linux", reason="process groups and /proc: Linux only")

_DEADLINE_SECONDS = 60  # to start, and then to end once stopped (both take about a second)

# What the `newsmine` script runs (`from newsmine.cli import main`), with a hook that holds
# the run inside its first import of the module $HOLD_AT (once the file $HOLD_AFTER exists,
# when it is set) and says so by creating the file $HELD.
_HELD_IN_AN_IMPORT = textwrap.dedent('''
    import os, sys, time

    class HoldImport:
        def find_spec(self, name, path=None, target=None):
            after = os.environ.get("HOLD_AFTER")
            if name == os.environ["HOLD_AT"] and (not after or os.path.exists(after)):
                open(os.environ["HELD"], "w").close()
                time.sleep(600)  # the stop comes here
            return None

    sys.meta_path.insert(0, HoldImport())
    from newsmine.cli import main
    sys.argv[0] = "newsmine"
    sys.exit(main())
''')

ARTICLE = ('Harbour master Ines Calloway said on Monday that the north pier would reopen in May. '
           '"The repairs are nearly done," Calloway told the port committee.')

_SIGNALS = [
    pytest.param(lambda process: os.killpg(process.pid, signal.SIGINT), 130, "interrupted", id="ctrl-c-to-the-group"),
    pytest.param(lambda process: process.send_signal(signal.SIGTERM), 143, "terminated", id="sigterm"),
]


def _run(tmp_path: Path, command: list[str], **hold: str) -> tuple[subprocess.Popen, Path]:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "pier.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "out").mkdir()
    process = subprocess.Popen(
        [*command, "extract", str(tmp_path / "in"), "-o", str(tmp_path / "out" / "records.jsonl"), "--workers", "1"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "HELD": str(tmp_path / "held"), **hold},
        start_new_session=True,  # a process group of its own, as a terminal runs it: Ctrl-C goes to the group
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    return process, tmp_path / "out"


def _wait_for(condition, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + _DEADLINE_SECONDS
    while not condition():
        if process.poll() is not None:
            stderr = process.communicate()[1]
            pytest.fail(f"the run ended before it could be stopped (exit {process.returncode}): {stderr}")
        if time.monotonic() > deadline:
            _kill(process)
            pytest.fail(f"the run had not reached the moment to stop it after {_DEADLINE_SECONDS} s")
        time.sleep(0.01)


def _kill(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()


def _handles_sigterm(pid: int) -> bool:
    """Whether the process has a handler of its own for SIGTERM (bit 15 of SigCgt)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    caught = next(line.split()[1] for line in status.splitlines() if line.startswith("SigCgt:"))
    return bool(int(caught, 16) >> (signal.SIGTERM - 1) & 1)


def _stopped_quietly(process: subprocess.Popen, out: Path, code: int, word: str) -> str:
    try:
        stdout, stderr = process.communicate(timeout=_DEADLINE_SECONDS)
    except subprocess.TimeoutExpired:
        _kill(process)
        pytest.fail(f"the run had not ended {_DEADLINE_SECONDS} s after it was stopped")
    assert process.returncode == code, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
    # As Python imports the commands, or in the command before its first record.
    assert stderr.strip().splitlines()[-1] in (f"newsmine: error: {word}{WHILE_STARTING}",
                                               f"newsmine: error: {word}; no record was written; {START_OVER}"), stderr
    assert stdout == ""
    assert list(out.iterdir()) == []  # no output, no lock beside it
    return stderr


@_LINUX_ONLY
@pytest.mark.slow
@pytest.mark.parametrize(("send", "code", "word"), _SIGNALS)
def test_a_stop_while_python_imports_spacy_exits_with_one_line_and_no_output(tmp_path, send, code, word):
    process, out = _run(tmp_path, [sys.executable, "-c", _HELD_IN_AN_IMPORT], HOLD_AT="spacy")
    _wait_for((tmp_path / "held").exists, process)
    send(process)
    stderr = _stopped_quietly(process, out, code, word)
    # It said "interrupted" alone: was a --resume run's output touched?
    assert stderr == f"newsmine: error: {word}; nothing was read or written; rerun the same command to start over\n"


@_LINUX_ONLY
@pytest.mark.slow
@pytest.mark.parametrize(("send", "code", "word"), _SIGNALS)
def test_a_stop_half_a_second_after_its_handlers_exits_with_one_line_and_no_output(tmp_path, send, code, word):
    """The real command, stopped somewhere in the seconds of imports and model loading."""
    process, out = _run(tmp_path, [sys.executable, "-m", "newsmine"])
    _wait_for(lambda: _handles_sigterm(process.pid), process)
    time.sleep(0.5)  # imports and the model load take seconds of CPU from here
    send(process)
    _stopped_quietly(process, out, code, word)


@_LINUX_ONLY
@pytest.mark.slow
@pytest.mark.parametrize(("send", "code", "word"), _SIGNALS)
def test_a_stop_once_its_output_is_open_exits_with_one_line_and_no_output(tmp_path, send, code, word):
    """Held as the model package is imported, which is after the output file was opened: the
    run must remove it. (Polling for the file and signalling raced the model load and the first
    record on a busy machine: a CI run once wrote a record before the signal arrived.)"""
    records = tmp_path / "out" / "records.jsonl"
    process, out = _run(tmp_path, [sys.executable, "-c", _HELD_IN_AN_IMPORT],
                        HOLD_AT=DEFAULT_MODEL, HOLD_AFTER=str(records))
    _wait_for((tmp_path / "held").exists, process)
    assert records.exists()  # the moment under test: output open, model not loaded yet
    send(process)
    _stopped_quietly(process, out, code, word)


def test_an_error_that_follows_a_swallowed_stop_is_reported_as_the_stop():
    """spaCy's util.is_package swallows a Ctrl-C (a bare except) and spacy.load then fails with
    "can't find model": such a run was stopped, it does not lack its model (it exited 2 saying so)."""
    with pytest.raises(Terminated) as stopped, terminate_like_interrupt():
        try:
            signal.raise_signal(signal.SIGTERM)
        except:  # noqa: E722 - as spaCy's is_package
            pass
        raise OSError("Can't find model 'en_core_web_sm'")
    assert isinstance(stopped.value.__context__, OSError)
    with pytest.raises(OSError), terminate_like_interrupt():  # without a stop, the error is the error
        raise OSError("Can't find model 'en_core_web_sm'")


def test_a_commands_block_inside_mains_still_sees_a_ctrl_c_that_something_swallowed():
    """main()'s handlers are Ctrl-C's when a command sets up its own: the command's must take
    Ctrl-C over still, or its between-records check never sees one (it saw none, at first)."""
    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        pytest.skip("Ctrl-C is not Python's default handler in this process")
    with terminate_like_interrupt(), terminate_like_interrupt() as raise_if_stopped:  # main's, then the command's
        try:
            signal.raise_signal(signal.SIGINT)
        except KeyboardInterrupt:
            pass  # swallowed
        with pytest.raises(KeyboardInterrupt):
            raise_if_stopped()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


class _StoppedWhileCollected:
    """An object whose finaliser is where the stop's exception is raised: Python swallows it
    there ("Exception ignored in …"), as it did in importlib's module-lock callback when a
    Ctrl-C landed as spaCy's imports dropped a lock (a traceback on stderr, once in a full run)."""

    def __del__(self):
        signal.raise_signal(signal.SIGTERM)


def test_a_stop_python_swallows_is_not_printed_and_is_raised_again(monkeypatch):
    passed_on = []
    monkeypatch.setattr(sys, "unraisablehook", passed_on.append)  # what prints "Exception ignored"
    with terminate_like_interrupt() as raise_if_stopped:
        holder = _StoppedWhileCollected()
        del holder  # the handler raises Terminated inside __del__, which Python swallows
        assert passed_on == []
        with pytest.raises(Terminated):
            raise_if_stopped()
    assert sys.unraisablehook == passed_on.append  # the hook before the block, back


def test_an_unraisable_error_that_is_no_stop_is_still_passed_on(monkeypatch):
    class Broken:
        def __del__(self):
            raise ValueError("a finaliser's own failure")

    passed_on = []
    monkeypatch.setattr(sys, "unraisablehook", passed_on.append)
    with terminate_like_interrupt():
        broken = Broken()
        del broken
    assert [type(unraisable.exc_value) for unraisable in passed_on] == [ValueError]


def test_what_other_threads_log_after_a_stop_is_not_printed_and_logging_comes_back():
    """A Dask client's loop thread logged distributed's own race as the stop cut its wait short
    ("tornado.application - ERROR - Exception in callback … NameError"): a traceback after
    "newsmine: error: interrupted", about 1 Ctrl-C in 10 (tests/test_shard_stop.py)."""
    logger = logging.getLogger("newsmine.test.stops")
    seen: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: seen.append(record.getMessage())
    logger.addHandler(handler)
    try:
        with pytest.raises(Terminated), terminate_like_interrupt():
            logger.error("before the stop")
            try:
                signal.raise_signal(signal.SIGTERM)
            finally:
                other = threading.Thread(target=logger.error, args=("set off by the stop",))
                other.start()
                other.join()
        logger.error("after the block")
    finally:
        logger.removeHandler(handler)
    assert seen == ["before the stop", "after the block"]
