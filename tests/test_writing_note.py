"""Two sharded runs into one object-store directory are told of each other (newsmine.shards.writing_note).

A local output is locked (tests/test_run_lock.py); ``s3://`` had no lock and no word: a second run
into the same bucket prefix went on in silence, and either run's end-of-run sweep could remove the
other's temporary parts (review49c). ``memory://`` stands for an object store here."""

from __future__ import annotations

import json
import os
import uuid

import fsspec
import pytest

from newsmine import shards
from newsmine.shards import ShardSettings, run_shards
from newsmine.shards.task import ShardSummary
from newsmine.shards.writing_note import NOTE_NAME, writing_note


def _output() -> str:
    return f"memory://note-{uuid.uuid4().hex[:8]}/out"


def _note_path(output: str) -> str:
    return output.removeprefix("memory://") + "/" + NOTE_NAME


def _other_run_note(output: str, pid: int = 4242, host: str = "crawler-7") -> None:
    fsspec.filesystem("memory").pipe_file(_note_path(output), json.dumps(
        {"run": "another", "pid": pid, "host": host, "started": "2026-12-06 09:00:00 UTC",
         "command": "newsmine extract s3://news/2026/ --shards -o s3://news/out --resume"}).encode())


def _quick_shard(seen_notes: list, output: str):
    def shard(path, output_dir, settings, on_progress=None):
        try:
            seen_notes.append(json.loads(fsspec.filesystem("memory").cat_file(_note_path(output))))
        except FileNotFoundError:
            seen_notes.append(None)
        return ShardSummary(shard="harbour", input=path, articles=1)
    return shard


def test_a_run_into_an_object_store_leaves_its_note_while_it_runs_and_removes_it(monkeypatch):
    output, notes, warnings = _output(), [], []
    monkeypatch.setattr(shards, "process_shard", _quick_shard(notes, output))
    run = run_shards(["memory:///note-in/harbour.txt"], output, ShardSettings(format="jsonl"), workers=1,
                     on_warning=warnings.append)
    assert run.done == 1 and warnings == []  # alone: nothing said
    assert notes[0]["pid"] == os.getpid() and notes[0]["command"]
    assert not fsspec.filesystem("memory").exists(_note_path(output))


def test_a_second_run_into_an_object_store_names_the_first_and_leaves_its_temporary_files(monkeypatch):
    output, notes, warnings = _output(), [], []
    monkeypatch.setattr(shards, "process_shard", _quick_shard(notes, output))
    _other_run_note(output)
    temporary = output.removeprefix("memory://") + "/records/.harbour-0123456789.jsonl.tmp-abc"
    fsspec.filesystem("memory").pipe_file(temporary, b"half a part")
    swept = []
    monkeypatch.setattr(shards, "_sweep_temporaries", lambda *args, **kwargs: swept.append(args))
    run_shards(["memory:///note-in/harbour.txt"], output, ShardSettings(format="jsonl"), workers=1,
               on_warning=warnings.append, resume=True)
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{output} holds the note of another newsmine run (pid 4242 on host crawler-7, "
                                  "since 2026-12-06 09:00:00 UTC: newsmine extract s3://news/2026/")
    assert "an object store takes no lock" in warnings[0] and "--resume" in warnings[0]
    assert swept == []  # the other run's attempts may still be writing
    assert fsspec.filesystem("memory").exists(temporary)  # nor did the resume clear it at its start


def test_a_run_told_when_another_starts_writing_its_object_store_directory_meanwhile(monkeypatch):
    output, warnings, swept = _output(), [], []

    def shard(path, output_dir, settings, on_progress=None):
        _other_run_note(output, host="laptop")  # a second client started while this shard ran
        return ShardSummary(shard="harbour", input=path, articles=1)

    monkeypatch.setattr(shards, "process_shard", shard)
    monkeypatch.setattr(shards, "_sweep_temporaries", lambda *args, **kwargs: swept.append(args))
    run_shards(["memory:///note-in/harbour.txt"], output, ShardSettings(format="jsonl"), workers=1,
               on_warning=warnings.append)
    assert warnings == [(f"another newsmine run (pid 4242 on host laptop, since 2026-12-06 09:00:00 UTC: newsmine "
                        f"extract s3://news/2026/ --shards -o s3://news/out --resume) started writing {output} while "
                        "this one ran (an object store takes no lock: one run at a time); the temporary files of "
                        "unfinished attempts are left for a later --resume, run once both have ended, to clear")]
    assert swept == []
    assert json.loads(fsspec.filesystem("memory").cat_file(_note_path(output)))["host"] == "laptop"  # theirs, kept


def test_a_local_directory_gets_no_note_and_sweeps_as_before(tmp_path):
    # the near miss: a local output's lock guards it; no note is written in the directory
    with writing_note(str(tmp_path / "out")) as note:
        assert note.may_sweep()
    assert not (tmp_path / "out").exists()


def test_a_note_of_this_machine_whose_run_has_ended_says_so(monkeypatch):
    output, warnings = _output(), []
    monkeypatch.setattr(shards, "process_shard", _quick_shard([], output))
    import socket

    _other_run_note(output, pid=2 ** 22 + 17, host=socket.gethostname())  # no such process
    run_shards(["memory:///note-in/harbour.txt"], output, ShardSettings(format="jsonl"), workers=1,
               on_warning=warnings.append)
    assert f"pid {2 ** 22 + 17} has ended (killed?)" in warnings[0]
    assert "still holds the lock" not in warnings[0]  # no lock: no worker holds anything


@pytest.mark.parametrize("resume", [False, True])
def test_a_directory_holding_only_a_note_is_not_someone_elses_files(monkeypatch, resume):
    output = _output()
    monkeypatch.setattr(shards, "process_shard", _quick_shard([], output))
    _other_run_note(output)  # a run killed before its first part left its note alone
    run = run_shards(["memory:///note-in/harbour.txt"], output, ShardSettings(format="jsonl"), workers=1,
                     resume=resume)
    assert run.done == 1
