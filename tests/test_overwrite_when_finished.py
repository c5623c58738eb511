"""``--overwrite`` of a JSON array, a Parquet or a CSV directory replaces the old output only when
the run finishes (session 66, output66). Until then the new output is written beside the old, under
hidden names (``writers.beside``); a run stopped or failed part-way discards it and leaves the old
output byte for byte as it was. Before, the writers emptied these outputs when they opened them,
before the model had loaded: a Ctrl-C in the first seconds, or a full disk at the tenth record, lost
every record they held, and none of them can be continued as JSON Lines and the databases can.

Near misses: a run that finishes replaces the output (and leaves nothing hidden behind); a new
output, or one holding no record (``mode="replace"``), is written in place as before, and a stop
keeps what it wrote; a directory's other files stay."""

from __future__ import annotations

import csv
import errno
import json
import os

import pyarrow.dataset as ds
import pytest
from typer.testing import CliRunner

from newsmine.cli import app
from newsmine.errors import OutputError
from newsmine.writers import kept_until_first_record, open_writer, replaced_when_finished
from tests.corpus import harbour_1, sample_records
from tests.test_writers import _write  # (target, format, records, mode)

runner = CliRunner()

FORMATS = {"json": "out.json", "parquet": "out_parquet", "csv": "out_csv"}


def _snapshot(path) -> dict[str, bytes]:
    """Every file of an output a reader sees (not the hidden ones a run writes beside), by its path
    under ``path``: its bytes."""
    if path.is_file():
        return {"": path.read_bytes()}
    return {str(file.relative_to(path)): file.read_bytes() for file in sorted(path.rglob("*")) if file.is_file()
            and not any(part.startswith(".") for part in file.relative_to(path).parts)}


def _hidden_leftovers(folder) -> list[str]:
    return sorted(str(file.relative_to(folder)) for file in folder.rglob(".*") if file.is_file()
                  and not file.name.endswith(".newsmine-run.json") and ".lock" not in file.name)


def _article_ids(target, format) -> list[str]:
    if format == "json":
        return [record["id"] for record in json.loads(target.read_text(encoding="utf-8"))]
    if format == "parquet":
        return sorted(ds.dataset(target / "articles").to_table().column("article_id").to_pylist())
    with open(target / "articles.csv", encoding="utf-8", newline="") as handle:
        return sorted(row["article_id"] for row in csv.DictReader(handle))


# --- the writers ---


@pytest.mark.parametrize("format", FORMATS)
def test_an_overwrite_stopped_part_way_leaves_the_old_output_byte_identical(tmp_path, format):
    target = tmp_path / FORMATS[format]
    _write(target, format, sample_records())
    before = _snapshot(target)
    writer = open_writer(str(target), format=format, mode="overwrite")
    assert _snapshot(target) == before  # open: as it was
    writer.write(harbour_1())
    writer.close_unfinished()  # what batch does when the run raises
    assert _snapshot(target) == before
    assert writer.complete_records == 0  # none of this run's records is in the output
    assert _hidden_leftovers(tmp_path) == []


@pytest.mark.parametrize("format", FORMATS)
def test_an_overwrite_that_finishes_replaces_the_old_output_and_leaves_nothing_beside(tmp_path, format):
    target = tmp_path / FORMATS[format]
    _write(target, format, sample_records())
    _write(target, format, [harbour_1()], mode="overwrite")
    assert _article_ids(target, format) == ["harbour-1"]
    assert _hidden_leftovers(tmp_path) == []


@pytest.mark.parametrize("format", FORMATS)
def test_an_overwrite_closed_before_any_record_keeps_the_old_output(tmp_path, format):
    target = tmp_path / FORMATS[format]
    _write(target, format, sample_records())
    before = _snapshot(target)
    open_writer(str(target), format=format, mode="overwrite").close()
    assert _snapshot(target) == before
    assert _hidden_leftovers(tmp_path) == []


@pytest.mark.parametrize("format", FORMATS)
def test_a_new_output_stopped_part_way_keeps_what_was_written(tmp_path, format):
    """The near miss: nothing was there to keep, so the records written stay (as before)."""
    target = tmp_path / FORMATS[format]
    writer = open_writer(str(target), format=format, mode="new")
    writer.write(harbour_1())
    writer.close_unfinished()
    assert _article_ids(target, format) == ["harbour-1"]
    assert writer.complete_records == 1


def test_an_output_holding_no_record_is_replaced_in_place(tmp_path):
    """``mode="replace"`` (no flag: an empty array a killed run left) writes the file itself."""
    target = tmp_path / "out.json"
    target.write_bytes(b"[\n]\n")
    writer = open_writer(str(target), format="json", mode="replace")
    writer.write(harbour_1())
    assert [record["id"] for record in json.loads(target.read_text(encoding="utf-8"))] == ["harbour-1"]
    writer.close_unfinished()
    assert [record["id"] for record in json.loads(target.read_text(encoding="utf-8"))] == ["harbour-1"]


def test_an_overwrite_through_a_link_replaces_the_file_it_names_and_keeps_the_link(tmp_path):
    real = tmp_path / "real.json"
    _write(real, "json", sample_records())
    link = tmp_path / "out.json"
    link.symlink_to(real)
    _write(link, "json", [harbour_1()], mode="overwrite")
    assert link.is_symlink()
    assert [record["id"] for record in json.loads(real.read_text(encoding="utf-8"))] == ["harbour-1"]


@pytest.mark.parametrize("format", ["parquet", "csv"])
def test_an_overwritten_directory_keeps_its_other_files_whether_the_run_finishes_or_not(tmp_path, format):
    target = tmp_path / FORMATS[format]
    _write(target, format, sample_records())
    (target / "notes.txt").write_text("mine", encoding="utf-8")
    writer = open_writer(str(target), format=format, mode="overwrite")
    writer.write(harbour_1())
    writer.close_unfinished()
    _write(target, format, [harbour_1()], mode="overwrite")
    assert (target / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert _article_ids(target, format) == ["harbour-1"]


def test_a_parquet_overwrite_leaves_one_part_per_table(tmp_path):
    """The old parts are removed when the run finishes, and this run's takes part-00000's name."""
    target = tmp_path / "pq"
    _write(target, "parquet", sample_records())
    _write(target, "parquet", [harbour_1()], mode="append")  # part-00001
    _write(target, "parquet", [harbour_1()], mode="overwrite")
    assert sorted(file.name for file in (target / "quotes").iterdir()) == ["part-00000.parquet"]


@pytest.mark.parametrize(("format", "kind"), [("json", "file"), ("parquet", "directory"), ("csv", "directory"),
                                              ("jsonl", "file"), ("duckdb", "file")])
def test_which_outputs_an_overwrite_replaces_only_when_the_run_finishes(tmp_path, format, kind):
    existing = tmp_path / "out"
    existing.mkdir() if kind == "directory" else existing.write_bytes(b"")
    assert replaced_when_finished(str(existing), format) is (format in ("json", "parquet", "csv"))
    assert kept_until_first_record(str(existing), format) is True
    assert replaced_when_finished(str(tmp_path / "missing"), format) is False


# --- the command line: what a stop and a failure say ---

ARTICLE = ("Harbour fares rise\n\nEASTFIELD \u2014 The ferry board voted on Tuesday to raise fares by 10 percent.\n\n"
           "\u201cWe had no choice,\u201d said Maria Lopez, the board's chair.\n")


def _earlier_run(tmp_path, format):
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    output = tmp_path / FORMATS[format]
    result = runner.invoke(app, ["extract", str(folder), "-o", str(output), "--format", format, "--workers", "1"])
    assert result.exit_code == 0, result.output
    (folder / "b.txt").write_text(ARTICLE.replace("Maria Lopez", "Ana Ruiz"), encoding="utf-8")
    return folder, output


def _fail_at_second_record(monkeypatch, format, failure):
    """The writer's second ``write`` raises ``failure`` (its first is written)."""
    from newsmine.writers.csv import CsvDirectoryWriter
    from newsmine.writers.json_array import JsonArrayWriter
    from newsmine.writers.parquet import ParquetDirectoryWriter

    writer_class = {"json": JsonArrayWriter, "parquet": ParquetDirectoryWriter, "csv": CsvDirectoryWriter}[format]
    real = writer_class.write
    calls = []

    def write(self, record):
        calls.append(record.id)
        if len(calls) == 2:
            raise failure
        real(self, record)

    monkeypatch.setattr(writer_class, "write", write)


@pytest.mark.parametrize("format", FORMATS)
def test_a_stop_part_way_through_an_overwrite_says_the_old_output_is_as_it_was(tmp_path, monkeypatch, format):
    folder, output = _earlier_run(tmp_path, format)
    before = _snapshot(output)
    _fail_at_second_record(monkeypatch, format, KeyboardInterrupt())
    result = runner.invoke(app, ["extract", str(folder), "-o", str(output), "--format", format, "--workers", "1",
                                 "--overwrite"])
    assert result.exit_code == 130
    assert result.stderr.splitlines()[-1] == (
        f"newsmine: error: interrupted; none of this run's 1 record was kept, and {output} is as it was (--overwrite "
        "replaces it only when the run finishes); rerun the same command to start over")
    assert _snapshot(output) == before
    assert _hidden_leftovers(tmp_path) == []


def test_a_full_disk_part_way_through_a_json_overwrite_keeps_the_old_array(tmp_path, monkeypatch):
    folder, output = _earlier_run(tmp_path, "json")
    before = output.read_bytes()
    _fail_at_second_record(monkeypatch, "json", OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    result = runner.invoke(app, ["extract", str(folder), "-o", str(output), "--workers", "1", "--overwrite"])
    assert result.exit_code == 3
    assert "none of this run's 1 record was kept, and" in result.stderr
    assert output.read_bytes() == before
    assert _hidden_leftovers(tmp_path) == []


def test_a_stop_part_way_through_a_new_csv_output_still_says_append_finishes_it(tmp_path, monkeypatch):
    """The near miss: a new directory keeps the rows written, and --append finishes the run."""
    folder = tmp_path / "desk"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    output = tmp_path / "out_csv"
    _fail_at_second_record(monkeypatch, "csv", KeyboardInterrupt())
    result = runner.invoke(app, ["extract", str(folder), "-o", str(output), "--format", "csv", "--workers", "1"])
    assert result.exit_code == 130
    assert result.stderr.splitlines()[-1].startswith(
        f"newsmine: error: interrupted; the 1 record written to {output} before is intact; rerun the same command "
        "with --append to finish")
    assert _article_ids(output, "csv") == ["a"]


def test_the_overwrite_help_says_until_when_the_old_output_stays():
    help_text = " ".join(runner.invoke(app, ["extract", "--help"], terminal_width=200).stdout.split())
    assert ("The old output stays until this run writes a record (JSON Lines, DuckDB, SQLite) or until it finishes "
            "(JSON, Parquet, CSV).") in help_text


def test_a_parquet_overwrite_whose_last_batch_fails_at_close_keeps_the_old_dataset(tmp_path, monkeypatch):
    """The run's end, not a stop: the buffered batch is written by ``close()``, and a full disk there
    left this run's torn hidden parts beside the old dataset."""
    import pyarrow.parquet as pq

    target = tmp_path / "pq"
    _write(target, "parquet", sample_records())
    before = _snapshot(target)
    writer = open_writer(str(target), format="parquet", mode="overwrite")
    writer.write(harbour_1())

    def full_disk(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pq.ParquetWriter, "write_table", full_disk)
    with pytest.raises(OutputError, match="No space left on device"):
        writer.close()
    assert _snapshot(target) == before
    assert _hidden_leftovers(tmp_path) == []
