"""One run at a time per output (newsmine.writers.run_lock): the lock names the run that holds
it, a killed holder never blocks the next run, and sharded runs (local and the Dask client) take
it as streamed runs do. The racing runs here are real processes; no model is loaded."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsmine.cli import app
from newsmine.errors import OutputError
from newsmine.shards import ShardSettings, run_shards
from newsmine.writers.run_lock import describe_holder, lock_path, output_lock, read_holder
from tests.conftest import REPO

runner = CliRunner()

# A process that takes the output's lock as a run does, says so by creating READY, and holds
# it until GO exists (or 60 s pass).
_HOLDER = textwrap.dedent("""
    import os, sys, time
    from newsmine.writers.run_lock import output_lock
    output, ready, go = sys.argv[1:4]
    with output_lock(output):
        open(ready, "w").close()
        deadline = time.monotonic() + 60
        while not os.path.exists(go) and time.monotonic() < deadline:
            time.sleep(0.02)
""")

# A sharded run whose one shard, a stand-in for process_shard (no model), creates READY and
# waits for GO before it writes its marker: the first of two runs started into one directory.
_SHARDED_RUN = textwrap.dedent("""
    import os, sys, time
    import fsspec
    import newsmine.shards as shards
    from newsmine.shards.task import ShardSummary, _write_atomically, marker_path, shard_name
    output, ready, go, story = sys.argv[1:5]

    def slow_shard(path, output_dir, settings, on_progress=None):
        open(ready, "w").close()
        deadline = time.monotonic() + 60
        while not os.path.exists(go) and time.monotonic() < deadline:
            time.sleep(0.02)
        summary = ShardSummary(shard=shard_name(path), input=path, articles=1)
        _write_atomically(fsspec.filesystem("file"), marker_path(output_dir, summary.shard), summary.to_json())
        return summary

    shards.process_shard = slow_shard
    run = shards.run_shards([story], output, workers=1)
    print(run.done)
""")


def _start(script: str, *arguments: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *arguments], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _wait_for(path: Path, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while not path.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the first run never started"
        time.sleep(0.02)


def _finish(process: subprocess.Popen, go: Path) -> str:
    go.touch()
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    return out


def test_a_refused_run_is_told_which_run_holds_the_output(tmp_path):
    output, ready, go = tmp_path / "records.jsonl", tmp_path / "ready", tmp_path / "go"
    holder = _start(_HOLDER, str(output), str(ready), str(go))
    try:
        _wait_for(ready, holder)
        with pytest.raises(OutputError) as refused, output_lock(str(output)):
            pass
    finally:
        _finish(holder, go)
    message = str(refused.value)
    assert message.startswith(f"another newsmine run is writing {output} (pid {holder.pid} on this machine, since ")
    assert " UTC: " in message and "wait for it to finish or write to another output" in message
    assert read_holder(lock_path(str(output))) == {}  # the holder's lock file went with its run


def test_the_lock_file_names_its_run_while_it_runs(tmp_path):
    output = tmp_path / "records.jsonl"
    with output_lock(str(output)):
        holder = read_holder(lock_path(str(output)))
    assert holder["pid"] == os.getpid() and holder["host"] == socket.gethostname()
    assert set(holder) == {"pid", "host", "started", "command"}
    assert not Path(lock_path(str(output))).exists()


def test_a_run_refused_as_the_other_takes_the_lock_waits_for_its_note(tmp_path):
    """Two runs started together: the second found the first's lock file still empty and named
    no one (tried for real: two cron-like runs into one directory). It waits a moment for it."""
    import fcntl
    import threading

    output = tmp_path / "records.jsonl"
    path = lock_path(str(output))
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)  # taken, and nothing written in it yet
    note = b'{"pid": 4242, "host": "another-host.invalid", "command": "newsmine extract a/ -o records.jsonl"}\n'
    writer = threading.Timer(0.15, lambda: os.pwrite(descriptor, note, 0))
    writer.start()
    try:
        with pytest.raises(OutputError, match=r"\(pid 4242 on host another-host.invalid: newsmine extract a/"), \
                output_lock(str(output)):
            pass
    finally:
        writer.join()
        os.close(descriptor)


def test_a_lock_held_after_its_run_ended_says_to_retry_in_a_moment(tmp_path):
    """The forked workers of a killed run hold its lock until they notice (half a second): the
    run named has ended, which the message says instead of sending the user to look for it."""
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    said = describe_holder({"pid": ended.pid, "host": socket.gethostname(), "started": "2026-01-05 09:00:00 UTC",
                            "command": "newsmine extract corpus/ -o out.jsonl"})
    assert said.startswith(f"pid {ended.pid} on this machine, since 2026-01-05 09:00:00 UTC: newsmine extract")
    assert f"pid {ended.pid} has ended" in said and "run again in a few seconds" in said


def test_a_lock_of_a_live_run_or_of_another_host_is_not_called_ended(tmp_path):
    """Near misses: a live pid here, and any pid of another host (which cannot be looked at)."""
    here = describe_holder({"pid": os.getpid(), "host": socket.gethostname()})
    elsewhere = describe_holder({"pid": 1, "host": "another-host.invalid"})
    assert here == f"pid {os.getpid()} on this machine" and elsewhere == "pid 1 on host another-host.invalid"
    assert describe_holder({}) == "its lock does not say which run it is"  # a lock of an older newsmine


def test_a_killed_holder_never_blocks_the_next_run(tmp_path):
    output, ready, go = tmp_path / "records.jsonl", tmp_path / "ready", tmp_path / "go"
    holder = _start(_HOLDER, str(output), str(ready), str(go))
    _wait_for(ready, holder)
    holder.kill()  # SIGKILL: no cleanup; its lock file stays, naming a dead pid
    holder.communicate(timeout=60)
    assert read_holder(lock_path(str(output)))["pid"] == holder.pid
    with output_lock(str(output)):  # the kernel dropped the lock with its process
        assert read_holder(lock_path(str(output)))["pid"] == os.getpid()


def test_a_filesystem_that_refuses_locks_is_said_so_not_taken_for_another_run(tmp_path, monkeypatch):
    """An NFS mount without its lock daemon answers ENOLCK: it was reported as "another newsmine
    run is writing", sending the user to look for a run that does not exist."""
    import errno

    from newsmine.writers import run_lock

    def no_locks(descriptor, operation):
        raise OSError(errno.ENOLCK, os.strerror(errno.ENOLCK))

    monkeypatch.setattr(run_lock.fcntl, "flock", no_locks)
    output = tmp_path / "records.jsonl"
    with pytest.raises(OutputError) as refused, output_lock(str(output)):
        pass
    assert str(refused.value).startswith(f"cannot lock {output}: No locks available (its filesystem refused a lock")
    assert "another newsmine run" not in str(refused.value)


def test_the_lock_of_the_working_directory_is_beside_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert lock_path(".") == str(tmp_path.parent / f".{tmp_path.name}.lock")
    assert lock_path("out/") == os.path.join("", ".out.lock") and lock_path("a/out") == "a/.out.lock"


# --- sharded runs -------------------------------------------------------------------------------


def test_two_sharded_runs_started_into_one_directory_refuse_the_second(tmp_path):
    """review49c: two sharded runs into one empty directory both ran, and the first one's sweep
    removed the second's temporary part (FileNotFoundError, a failed shard). The second is now
    refused before it touches the directory, naming the first."""
    story = tmp_path / "harbour.txt"
    story.write_text("Harbour master Ines Calloway said the quay will close.\n", encoding="utf-8")
    output, ready, go = tmp_path / "out", tmp_path / "ready", tmp_path / "go"
    first = _start(_SHARDED_RUN, str(output), str(ready), str(go), str(story))
    try:
        _wait_for(ready, first)
        for flags in ({}, {"resume": True}, {"overwrite": True}):
            with pytest.raises(OutputError, match=rf"another newsmine run is writing {output} \(pid {first.pid} "):
                run_shards([str(story)], str(output), ShardSettings(format="jsonl"), workers=1, **flags)
    finally:
        done = _finish(first, go)
    assert done.strip() == "1"  # the first run ended as if alone
    assert not Path(lock_path(str(output))).exists()


def test_a_dask_client_takes_the_directory_lock_before_it_connects(tmp_path):
    """The client of a Dask run holds the lock (its workers write parts the client's sweep
    removes): refused while another run holds it, before any connection is tried."""
    story = tmp_path / "harbour.txt"
    story.write_text("Harbour master Ines Calloway said the quay will close.\n", encoding="utf-8")
    output = tmp_path / "out"
    started = time.monotonic()
    with output_lock(str(output)), pytest.raises(OutputError, match="another newsmine run is writing"):
        run_shards([str(story)], str(output), workers=None, dask="tcp://127.0.0.1:9")
    assert time.monotonic() - started < 5


def test_the_cli_refuses_a_sharded_run_into_a_directory_being_written(tmp_path):
    story = tmp_path / "harbour.txt"
    story.write_text("Harbour master Ines Calloway said the quay will close.\n", encoding="utf-8")
    output = tmp_path / "out"
    with output_lock(str(output)):
        result = runner.invoke(app, ["extract", str(story), "--shards", "--format", "jsonl", "-o", str(output)])
    assert result.exit_code == 2, result.stderr
    assert f"newsmine: error: another newsmine run is writing {output} (pid {os.getpid()} on this machine" in result.stderr
    assert not output.exists()


def test_a_sharded_run_on_an_object_store_takes_no_local_lock(tmp_path, monkeypatch):
    """Near miss: ``memory://`` (as ``s3://``) has no folder beside which a lock could live: the
    run goes on, and no lock file is made where a local path of that name would have one."""
    from newsmine import shards
    from newsmine.shards.task import ShardSummary

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(shards, "process_shard", lambda path, output_dir, settings, on_progress=None:
                        ShardSummary(shard="harbour", input=path, articles=1))
    with output_lock("lockout"):  # a local directory of the same name, held: not the store's
        run = run_shards(["memory:///lockin/harbour.txt"], "memory://lockout", ShardSettings(format="jsonl"), workers=1)
    assert run.done == 1


def _unwritable_beside(monkeypatch, output: Path) -> None:
    """The folder around ``output`` refuses this user (as root, permissions cannot show it)."""
    import errno

    from newsmine.writers import run_lock

    real_open, beside = os.open, lock_path(str(output))

    def refusing(path, *args, **kwargs):
        if path == beside:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(run_lock.os, "open", refusing)


def test_a_sharded_directory_in_a_folder_the_user_may_not_write_holds_its_lock_inside(tmp_path, monkeypatch):
    """A project's ``out/`` made for the user under a shared root: the run worked before it took a
    lock, and must still; the lock is then ``out/.newsmine.lock``, which the directory allows,
    and a killed run's one left there is not taken for someone else's file."""
    from newsmine import shards
    from newsmine.shards.task import ShardSummary

    story = tmp_path / "harbour.txt"
    story.write_text("Harbour master Ines Calloway said the quay will close.\n", encoding="utf-8")
    output = tmp_path / "out"
    output.mkdir()
    _unwritable_beside(monkeypatch, output)
    seen = []

    def shard(path, output_dir, settings, on_progress=None):
        seen.append(read_holder(str(output / shards.LOCK_INSIDE)).get("pid"))
        return ShardSummary(shard="harbour", input=path, articles=1)

    monkeypatch.setattr(shards, "process_shard", shard)
    assert run_shards([str(story)], str(output), ShardSettings(format="jsonl"), workers=1).done == 1
    assert seen == [os.getpid()] and not (output / shards.LOCK_INSIDE).exists()
    (output / shards.LOCK_INSIDE).write_text('{"pid": 1}\n')  # as a killed run leaves it
    assert run_shards([str(story)], str(output), ShardSettings(format="jsonl"), workers=1, resume=True).done == 1


def test_without_a_directory_to_hold_it_an_unwritable_folder_refuses_the_run(tmp_path, monkeypatch):
    """Near misses: a directory not made yet, and a streamed output (whose directory formats
    allow no file of newsmine's own beside their tables), are refused, saying why."""
    output = tmp_path / "out"
    _unwritable_beside(monkeypatch, output)
    with pytest.raises(OutputError, match=r"cannot write .*out: the folder .* refuses new files \(Permission denied\); write the output "
                       "elsewhere"), \
            output_lock(str(output), inside=".newsmine.lock"):
        pass
    output.mkdir()
    with pytest.raises(OutputError, match="Permission denied"), output_lock(str(output)):
        pass


def test_an_output_named_through_a_symbolic_link_shares_the_lock_of_the_file_it_names(tmp_path):
    # review50b: "latest.jsonl" -> "2026-12.jsonl": two runs writing one file held two locks
    (tmp_path / "2026-12.jsonl").touch()
    (tmp_path / "latest.jsonl").symlink_to("2026-12.jsonl")
    assert lock_path(str(tmp_path / "latest.jsonl")) == str(tmp_path / ".2026-12.jsonl.lock")
    with output_lock(str(tmp_path / "latest.jsonl")), pytest.raises(OutputError, match="another newsmine run"), \
            output_lock(str(tmp_path / "2026-12.jsonl")):
        pass


def test_near_miss_an_output_in_a_linked_folder_keeps_its_lock_beside_it(tmp_path):
    # the link is a folder above the output: the lock is in the same folder however it is named
    (tmp_path / "data").mkdir()
    (tmp_path / "out").symlink_to("data")
    assert lock_path(str(tmp_path / "out" / "records.jsonl")) == str(tmp_path / "out" / ".records.jsonl.lock")
    with output_lock(str(tmp_path / "out" / "records.jsonl")), pytest.raises(OutputError), \
            output_lock(str(tmp_path / "data" / "records.jsonl")):
        pass
