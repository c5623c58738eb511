"""Batch runs: parallel workers, Dask, ordering, crash-safe output and --resume.

The parallel runs read data/samples and tests/fixtures/corpus; the resume tests read the
corpus alone: invented articles in two directories that share a file stem
(city/council-budget.txt, county/council-budget.txt), an empty file, and a JSON Lines file
with a repeated id, a line that is not JSON and an object without text. A small spaCy batch
size (2) makes the parallel runs split the articles into many tasks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from newsmine.batch import ExtractOptions, extract
from newsmine.runners import PipelineSettings
from newsmine.errors import OutputError, UsageError
from newsmine.writers.jsonl import recover
from tests.conftest import SAMPLES

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
# The parallel runs read the bundled samples too (HTML, JSON and JSON Lines among them).
INPUTS = [SAMPLES, CORPUS]
ARTICLES = 13
# Input order: a directory's own files first (sorted), then its subdirectories (sorted).
EXPECTED_ORDER = [
    ("wire.jsonl", "wire-001"),
    ("wire.jsonl", "wire-002"),
    ("wire.jsonl", "wire-003"),
    ("wire.jsonl", "wire.jsonl:4"),
    ("wire.jsonl", "wire-001"),
    ("city/bridge-closure.txt", "bridge-closure"),
    ("city/council-budget.txt", "council-budget"),
    ("city/marathon.txt", "marathon"),
    ("city/school-lunch.txt", "school-lunch"),
    ("county/blank.txt", "blank"),
    ("county/council-budget.txt", "council-budget"),
    ("county/flood-warning.txt", "flood-warning"),
    ("county/library.txt", "library"),
]


def _options(**changes) -> ExtractOptions:
    return ExtractOptions(pipeline=PipelineSettings(batch_size=2), **changes)


def _keys(data: bytes) -> list[tuple[str, str]]:
    keys = []
    for line in data.splitlines():
        record = orjson.loads(line)
        keys.append((os.path.relpath(record["source"]["path"], CORPUS), record["id"]))
    return keys


@pytest.fixture(scope="module")
def serial_output(tmp_path_factory) -> bytes:
    output = tmp_path_factory.mktemp("serial") / "records.jsonl"
    summary = extract([CORPUS], output, _options(workers=1))
    assert (summary.articles, summary.failed) == (ARTICLES, 3)
    return output.read_bytes()


def test_serial_output_has_one_record_per_article_in_input_order(serial_output):
    assert _keys(serial_output) == EXPECTED_ORDER


@pytest.fixture(scope="module")
def serial_output_of_inputs(tmp_path_factory) -> bytes:
    output = tmp_path_factory.mktemp("serial") / "inputs.jsonl"
    extract(INPUTS, output, _options(workers=1))
    return output.read_bytes()


@pytest.mark.slow
def test_parallel_workers_write_the_same_bytes_as_one_worker(serial_output_of_inputs, tmp_path):
    output = tmp_path / "parallel.jsonl"
    summary = extract(INPUTS, output, _options(workers=2))
    assert output.read_bytes() == serial_output_of_inputs
    assert summary.articles == serial_output_of_inputs.count(b"\n") > ARTICLES


@pytest.mark.slow
def test_unordered_run_writes_the_same_records_in_some_order(serial_output_of_inputs, tmp_path):
    output = tmp_path / "unordered.jsonl"
    extract(INPUTS, output, _options(workers=2, unordered=True))
    assert sorted(output.read_bytes().splitlines()) == sorted(serial_output_of_inputs.splitlines())


@pytest.mark.slow
def test_dask_local_cluster_writes_the_same_bytes_as_one_worker(serial_output_of_inputs, tmp_path):
    output = tmp_path / "dask.jsonl"
    extract(INPUTS, output, _options(dask="local:2"))
    assert output.read_bytes() == serial_output_of_inputs


def test_existing_output_is_refused_without_resume_or_overwrite(tmp_path):
    output = tmp_path / "records.jsonl"
    output.write_bytes(b"precious\n")
    with pytest.raises(OutputError, match="--resume.*--overwrite"):
        extract([CORPUS / "city"], output, _options(workers=1))
    assert output.read_bytes() == b"precious\n"


def test_resume_and_overwrite_together_are_refused(tmp_path):
    with pytest.raises(UsageError, match="contradict"):
        extract([CORPUS], tmp_path / "x.jsonl", _options(resume=True, overwrite=True))


def test_resume_processes_only_the_articles_the_output_lacks(serial_output, tmp_path):
    # Cut the output just after the first of the two "wire-001" records of wire.jsonl: the
    # resumed run must skip that one and still process the second.
    lines = serial_output.splitlines(keepends=True)
    kept = EXPECTED_ORDER.index(("wire.jsonl", "wire-001")) + 1
    output = tmp_path / "records.jsonl"
    output.write_bytes(b"".join(lines[:kept]))
    summary = extract([CORPUS], output, _options(workers=1, resume=True))
    assert (summary.resumed, summary.articles) == (kept, ARTICLES - kept)
    assert output.read_bytes() == serial_output


def test_recover_cuts_a_torn_last_line_and_counts_the_records_held(serial_output, tmp_path):
    output = tmp_path / "records.jsonl"
    complete = b"".join(serial_output.splitlines(keepends=True)[:3])
    output.write_bytes(complete + b'{"schema_version":"1","id":"marath')
    held = recover(output)
    assert output.read_bytes() == complete
    assert sum(held.values()) == 3


def test_recover_refuses_a_bad_line_that_is_not_the_last(serial_output, tmp_path):
    output = tmp_path / "records.jsonl"
    lines = serial_output.splitlines(keepends=True)
    output.write_bytes(lines[0] + b"not a record\n" + lines[1])
    with pytest.raises(OutputError, match="line 2"):
        recover(output)
    assert output.read_bytes() == lines[0] + b"not a record\n" + lines[1]


def _wait_for_lines(path: Path, count: int, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.read_bytes().count(b"\n") >= count:
            return
        if process.poll() is not None:
            pytest.fail(f"the extraction ended (exit {process.returncode}) before writing {count} records")
        time.sleep(0.02)
    pytest.fail(f"no {count} records after {timeout} s")


@pytest.mark.slow
def test_resume_after_sigkill_yields_every_article_exactly_once(serial_output, tmp_path):
    output = tmp_path / "records.jsonl"
    command = [sys.executable, "-m", "newsmine", "extract", str(CORPUS), "-o", str(output), "--batch-size", "2"]
    # Its own session, so that the kill reaches the worker processes too, as kill -9 on a
    # process group (or a lost machine) would.
    process = subprocess.Popen([*command, "--workers", "2"], start_new_session=True, stderr=subprocess.DEVNULL)
    try:
        _wait_for_lines(output, 3, process)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    written = output.read_bytes().count(b"\n")
    assert 3 <= written < ARTICLES, "the kill should land mid-run"
    # A crash in the middle of a write leaves a torn last line; make sure there is one.
    with open(output, "ab") as handle:
        handle.write(b'{"schema_version": "1", "id": "torn')

    resumed = subprocess.run([*command, "--workers", "1", "--resume"], capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 1, resumed.stderr  # partial failure: the corpus holds 3 bad articles
    assert "already in the output, skipped" in resumed.stderr
    data = output.read_bytes()
    assert _keys(data) == EXPECTED_ORDER  # every line valid JSON, every article exactly once
    assert data == serial_output


def test_a_stop_right_after_the_output_is_created_leaves_no_output(tmp_path, monkeypatch):
    """Ctrl-C landing between the writer's creating the output file and the run's first
    record: the empty file is removed, as for a stop anywhere else before a record."""
    import newsmine.batch as batch

    real_open_writer = batch.open_writer

    def open_then_stop(*args, **kwargs):
        real_open_writer(*args, **kwargs)  # the file now exists, empty
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "open_writer", open_then_stop)
    output = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt):
        extract([CORPUS], str(output), ExtractOptions(workers=1))
    assert not output.exists()


def _held_output(path: Path, records: dict[str, str]) -> bytes:
    """A JSON Lines output holding one record per (id, source path), as an interrupted run leaves it."""
    from newsmine.writers.jsonl import record_line
    from tests.corpus import sample_records

    lines = []
    for article_id, source_path in records.items():
        record = sample_records()[0]
        record.id = article_id
        record.source.path = source_path
        lines.append(record_line(record))
    path.write_bytes(b"".join(lines))
    return path.read_bytes()


def test_resume_knows_a_file_named_by_an_absolute_path_as_the_relative_one(tmp_path, monkeypatch):
    """`extract corpus -o o.jsonl`, then `--resume` with /full/path/to/corpus appended every
    article a second time: the paths, as written, did not match."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    for name in ("a", "b"):
        (tmp_path / "corpus" / f"{name}.txt").write_text("Mayor Linda Okafor praised the vote.", encoding="utf-8")
    output = tmp_path / "o.jsonl"
    before = _held_output(output, {"a": "corpus/a.txt", "b": "corpus/b.txt"})
    summary = extract([str(tmp_path / "corpus")], str(output), ExtractOptions(resume=True, workers=1))
    assert (summary.resumed, summary.articles) == (2, 0)
    assert output.read_bytes() == before


def test_resume_from_another_directory_is_refused_instead_of_extracting_everything_again(tmp_path, monkeypatch):
    (tmp_path / "data" / "corpus").mkdir(parents=True)
    for name in ("a", "b"):
        (tmp_path / "data" / "corpus" / f"{name}.txt").write_text("Mayor Linda Okafor praised the vote.", encoding="utf-8")
    output = tmp_path / "o.jsonl"
    before = _held_output(output, {"a": "data/corpus/a.txt"})  # written from tmp_path, stopped after one record
    monkeypatch.chdir(tmp_path / "data")
    with pytest.raises(UsageError, match=r"holds this article as data/corpus/a\.txt, and this run reads it as "
                                         r"corpus/a\.txt: --resume knows an article by its path"):
        extract(["corpus"], str(output), ExtractOptions(resume=True, workers=1))
    assert output.read_bytes() == before
