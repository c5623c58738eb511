"""Never lose a user's file, never run forever (issue 15, items 1-4, 6-10).

Every case is built in a temporary directory: an output inside the input directory, an
output that is one of the inputs, a file that was never a newsmine output, two runs into one
output, outputs left empty by a killed run, full disks for every format, a database another
process holds open, and devices given as outputs.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import orjson
import pytest
from typer.testing import CliRunner

from newsmine.batch import ExtractOptions, extract
from newsmine.cli import app
from newsmine.errors import OutputError, UsageError
from newsmine.writers import open_writer
from newsmine.writers.run_lock import lock_path, output_lock
from tests.conftest import REPO

runner = CliRunner()
SAID = '"We will rebuild the pier by spring," Mayor Ada Okafor said on Tuesday.'


def _stories(directory: Path, count: int) -> Path:
    directory.mkdir(exist_ok=True)
    for n in range(count):
        (directory / f"s{n:03d}.txt").write_text(f"Story {n}. {SAID}", encoding="utf-8")
    return directory


def _options(**changes) -> ExtractOptions:
    return ExtractOptions(workers=1, **changes)


def _ids(path: Path) -> list[str]:
    return [orjson.loads(line)["id"] for line in path.read_bytes().splitlines()]


# --- 1. the output inside an input directory -------------------------------------------------


def test_resuming_into_an_output_inside_the_input_directory_ends_and_never_reads_itself(tmp_path):
    corpus = _stories(tmp_path / "c", 3)
    output = corpus / "r.jsonl"
    extract([corpus], output, _options())
    summary = extract([corpus], output, _options(resume=True))
    # Before: the resumed run read r.jsonl as articles while appending to it, without end.
    assert (summary.articles, summary.resumed) == (0, 3)
    assert _ids(output) == ["s000", "s001", "s002"]
    assert [(Path(f.path).name, f.reason) for f in summary.skipped_files] == [("r.jsonl", "the output itself")]


def test_an_overwritten_json_output_inside_the_input_directory_is_not_read_as_input(tmp_path):
    corpus = _stories(tmp_path / "c", 2)
    extract([corpus], corpus / "r.json", _options())
    extract([corpus], corpus / "r.json", _options(overwrite=True))
    assert [record["id"] for record in json.loads((corpus / "r.json").read_text())] == ["s000", "s001"]


# --- 3. the output named as an input -----------------------------------------------------------


@pytest.mark.parametrize("spelling", ["same", "dot-slash", "symlink"])
def test_an_output_that_is_one_of_the_inputs_is_refused_and_left_whole(tmp_path, spelling, monkeypatch):
    monkeypatch.chdir(tmp_path)
    feed = tmp_path / "feed.jsonl"
    content = json.dumps({"id": "a1", "text": SAID}) + "\n"
    feed.write_text(content, encoding="utf-8")
    output = {"same": "feed.jsonl", "dot-slash": "./feed.jsonl", "symlink": "link.jsonl"}[spelling]
    if spelling == "symlink":
        os.symlink(feed, tmp_path / "link.jsonl")
    result = runner.invoke(app, ["extract", "feed.jsonl", "-o", output, "--overwrite"])
    assert result.exit_code == 2
    assert "is one of the inputs" in result.stderr
    assert feed.read_text(encoding="utf-8") == content  # before: "0 articles" and an empty feed


# --- 4. --resume into a file newsmine did not write ---------------------------------------------


@pytest.mark.parametrize("content", [b"my notes", b"my notes\n", b"line one\nline two"])
def test_resume_refuses_a_file_holding_no_newsmine_record_and_leaves_it_alone(tmp_path, content):
    notes = tmp_path / "n.txt"
    notes.write_bytes(content)
    with pytest.raises(OutputError, match="cannot resume .*(holds no newsmine record|line 1 is not)"):
        extract([_stories(tmp_path / "c", 1)], notes, _options(resume=True))
    assert notes.read_bytes() == content  # before: cut to nothing


@pytest.mark.parametrize("content", [b"my notes\n", b'{"id": "a1", "text": "A feed, not records."}\n', b'{"schema_version": "2", "id": "cu'])
def test_an_existing_file_holding_no_newsmine_record_is_refused_without_suggesting_resume(tmp_path, content):
    """Before, the refusal said "pass --resume to continue it", and --resume then refused the
    file as not newsmine's: the first message sent the user to a flag that cannot work."""
    notes = tmp_path / "notes.jsonl"
    notes.write_bytes(content)
    with pytest.raises(OutputError, match="holds no newsmine record") as refused:
        extract([_stories(tmp_path / "c", 1)], notes, _options())
    assert "pass --resume" not in str(refused.value) and "--overwrite" in str(refused.value)
    assert notes.read_bytes() == content


def test_resume_cuts_a_torn_record_but_refuses_a_foreign_last_line(tmp_path):
    corpus = _stories(tmp_path / "c", 2)
    output = tmp_path / "r.jsonl"
    extract([corpus / "s000.txt"], output, _options())
    record = output.read_bytes()
    output.write_bytes(record + b"appended by hand")
    with pytest.raises(OutputError, match="last line is not a newsmine record"):
        extract([corpus], output, _options(resume=True))
    assert output.read_bytes() == record + b"appended by hand"
    output.write_bytes(record + record[:40])  # what a crash mid-write leaves
    summary = extract([corpus / "s000.txt", corpus / "s001.txt"], output, _options(resume=True))
    assert (summary.resumed, summary.articles) == (1, 1)
    assert _ids(output) == ["s000", "s001"]


# --- 6. two runs into one output ----------------------------------------------------------------


def test_a_second_run_into_an_output_being_written_is_refused(tmp_path):
    corpus = _stories(tmp_path / "c", 1)
    output = tmp_path / "r.jsonl"
    with output_lock(str(output)):  # as a running extraction holds it
        result = runner.invoke(app, ["extract", str(corpus), "-o", str(output)])
        resumed = runner.invoke(app, ["extract", str(corpus), "-o", str(output), "--resume"])
    assert result.exit_code == resumed.exit_code == 2
    assert "another newsmine run is writing" in result.stderr and "another newsmine run" in resumed.stderr
    assert not output.exists()
    # Released with its run: the next run goes ahead, and leaves no lock file behind.
    assert runner.invoke(app, ["extract", str(corpus), "-o", str(output)]).exit_code == 0
    assert not Path(lock_path(str(output))).exists()


@pytest.mark.slow
def test_two_concurrent_runs_into_one_output_leave_one_clean_set_of_records(tmp_path):
    corpus = _stories(tmp_path / "c", 10)
    output = tmp_path / "r.jsonl"
    command = [sys.executable, "-m", "newsmine", "extract", str(corpus), "-o", str(output), "--workers", "1", "--resume"]
    first = subprocess.Popen(command, cwd=REPO, stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen(command, cwd=REPO, stderr=subprocess.PIPE, text=True)
    codes = sorted([first.wait(timeout=300), second.wait(timeout=300)])
    errors = first.stderr.read() + second.stderr.read()
    first.stderr.close()
    second.stderr.close()
    # Either one ran while the other was refused, or the second started after the first
    # ended and found nothing left to do; never two writers at once.
    assert codes[0] == 0 and codes[1] in (0, 2), errors
    if codes[1] == 2:
        assert "another newsmine run is writing" in errors
    assert sorted(_ids(output)) == [f"s{n:03d}" for n in range(10)]  # no NUL, no torn line, no duplicate


# --- 10. an output left empty by a killed run -----------------------------------------------------


@pytest.mark.parametrize(("name", "leftover"), [("r.jsonl", b""), ("r.json", b"[\n]\n"), ("r.duckdb", None)])
def test_an_output_holding_no_record_is_replaced_not_refused(tmp_path, name, leftover):
    output = tmp_path / name
    if leftover is None:
        open_writer(str(output)).close()  # a database with newsmine's tables and no article
    else:
        output.write_bytes(leftover)
    summary = extract([_stories(tmp_path / "c", 1)], output, _options())
    assert summary.articles == 1


# What a run killed (kill -9) after opening its output and writing `written` records leaves:
# made by a child process that does exactly that and dies without closing anything.
_KILLED_WRITER = """
import os, sys
from newsmine.records import ArticleRecord
from newsmine.writers import open_writer
output, fmt, written, seed = sys.argv[1:]
record = ArticleRecord.model_validate_json(open(seed, encoding="utf-8").read().splitlines()[0])
writer = open_writer(output, format=fmt)
for _ in range(int(written)):
    writer.write(record)
    getattr(writer, "flush", lambda: None)()
os._exit(9)
"""
_KILLED_OUTPUTS = {"jsonl": "r.jsonl", "json": "r.json", "duckdb": "r.duckdb", "sqlite": "r.db",
                   "parquet": "r_parquet", "csv": "r_csv"}


def _killed_run_output(tmp_path: Path, fmt: str, written: int) -> tuple[Path, Path]:
    corpus = _stories(tmp_path / "c", 2)
    seed = tmp_path / "seed.jsonl"
    extract([corpus / "s000.txt"], seed, _options())  # the record of s000, as the killed run wrote it
    output = tmp_path / _KILLED_OUTPUTS[fmt]
    subprocess.run([sys.executable, "-c", _KILLED_WRITER, str(output), fmt, str(written), str(seed)], cwd=REPO,
                   check=False, timeout=120, env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    assert output.exists()
    return corpus, output


def _article_ids(output: Path, fmt: str) -> list[str]:
    if fmt == "jsonl":
        return _ids(output)
    if fmt == "json":
        return [record["id"] for record in json.loads(output.read_bytes())]
    if fmt == "parquet":
        query = f"SELECT article_id FROM '{output}/articles/*.parquet'"
    elif fmt == "csv":
        query = f"SELECT article_id FROM read_csv('{output}/articles.csv', all_varchar=true)"
    elif fmt == "sqlite":
        import sqlite3

        with sqlite3.connect(output) as db:
            return sorted(row[0] for row in db.execute("SELECT article_id FROM articles"))
    else:
        with duckdb.connect(str(output), read_only=True) as db:
            return sorted(row[0] for row in db.execute("SELECT article_id FROM articles").fetchall())
    return sorted(row[0] for row in duckdb.sql(query).fetchall())


@pytest.mark.slow
@pytest.mark.parametrize("fmt", list(_KILLED_OUTPUTS))
def test_an_output_left_by_a_run_killed_before_its_first_record_is_replaced(tmp_path, fmt):
    corpus, output = _killed_run_output(tmp_path, fmt, 0)
    summary = extract([corpus], output, _options(output_format=fmt))  # no flag needed: it holds nothing
    assert summary.articles == 2
    assert sorted(_article_ids(output, fmt)) == ["s000", "s001"]


@pytest.mark.slow
@pytest.mark.parametrize(("fmt", "flag"), [("jsonl", "resume"), ("duckdb", "resume"), ("sqlite", "resume"),
                                           ("parquet", "append"), ("csv", "append"), ("json", "overwrite")])
def test_an_output_left_by_a_run_killed_part_way_is_continued_with_the_flag_the_message_names(tmp_path, fmt, flag):
    corpus, output = _killed_run_output(tmp_path, fmt, 1)
    if fmt != "parquet":  # a killed run's Parquet parts were never closed: they hold nothing readable
        with pytest.raises(OutputError, match=f"exists; pass --{flag}"):
            extract([corpus], output, _options(output_format=fmt))
    summary = extract([corpus], output, _options(output_format=fmt, **{flag: True}))
    assert summary.articles == (1 if flag == "resume" else 2)
    # Every format reads back whole, each article once (before: a torn Parquet part broke --append).
    assert sorted(_article_ids(output, fmt)) == ["s000", "s001"]


def test_a_database_with_articles_is_still_refused(tmp_path):
    output = tmp_path / "r.duckdb"
    extract([_stories(tmp_path / "c", 1)], output, _options())
    with pytest.raises(OutputError, match="exists"):
        extract([tmp_path / "c"], output, _options())


# --- 9. DuckDB replaced atomically; devices are no files ------------------------------------------


def test_overwriting_a_database_another_process_reads_leaves_its_copy_whole(tmp_path):
    corpus = _stories(tmp_path / "c", 2)
    output = tmp_path / "r.duckdb"
    extract([corpus / "s000.txt"], output, _options())
    reader = duckdb.connect(str(output), read_only=True)
    try:
        extract([corpus], output, _options(overwrite=True))
        assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 1  # its data did not vanish
    finally:
        reader.close()
    with duckdb.connect(str(output), read_only=True) as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    # no temporary file left (the run manifest, newsmine.manifest, stays beside the output)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".r.duckdb.newsmine-run.json", "c", "r.duckdb"]


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="needs /dev/null")
def test_a_device_is_refused_as_a_database_but_takes_json_lines(tmp_path):
    corpus = _stories(tmp_path / "c", 1)
    for fmt in ("duckdb", "csv", "parquet"):
        with pytest.raises(UsageError, match="not a regular file"):
            extract([corpus], "/dev/null", _options(output_format=fmt, overwrite=True))
    assert os.path.exists("/dev/null") and not os.path.isfile("/dev/null")
    assert extract([corpus], "/dev/null", _options()).articles == 1  # a stream: no --overwrite needed


@pytest.mark.slow
def test_json_to_a_pipe_given_as_a_path_is_one_whole_array(tmp_path):
    corpus = _stories(tmp_path / "c", 2)
    result = subprocess.run([sys.executable, "-m", "newsmine", "extract", str(corpus), "-o", "/dev/stdout", "--format",
                             "json", "--workers", "1"], capture_output=True, timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert [record["id"] for record in json.loads(result.stdout)] == ["s000", "s001"]


# --- 7, 8. a full disk, format by format: the message promises what is there ----------------------


def _limit_file_size(max_bytes: int):
    def limit():
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG ("File too large") instead of a signal
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))

    return limit


def _count_intact(output: Path, fmt: str) -> int:
    if fmt == "jsonl":
        return len([orjson.loads(line) for line in output.read_bytes().splitlines()])
    if fmt == "json":
        return len(json.loads(output.read_bytes()))
    if fmt == "csv":
        import csv

        with open(output / "articles.csv", encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        for table in ("quotes", "mentions"):  # every file parses to whole rows
            with open(output / f"{table}.csv", encoding="utf-8", newline="") as handle:
                width = len(next(csv.reader(handle)))
                assert all(len(row) == width for row in csv.reader(handle))
        return len(rows) - 1
    with duckdb.connect(str(output), read_only=True) as db:
        return db.execute("SELECT count(*) FROM articles").fetchone()[0]


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs POSIX file size limits")
@pytest.mark.parametrize(("fmt", "name", "limit"), [
    ("json", "r.json", 9_000), ("csv", "r_csv", 3_000), ("duckdb", "r.duckdb", 26_000),
])  # JSON Lines: tests/test_hostile.py. DuckDB's limit lets the empty database's log (about 22 KB) be written
def test_a_full_disk_leaves_exactly_the_records_the_message_promises(tmp_path, fmt, name, limit):
    corpus = _stories(tmp_path / "c", 30)
    output = tmp_path / name
    result = subprocess.run(
        [sys.executable, "-m", "newsmine", "extract", str(corpus), "-o", str(output), "--format", fmt, "--workers", "1"],
        capture_output=True, text=True, timeout=300, cwd=REPO, preexec_fn=_limit_file_size(limit))
    assert result.returncode == 3, result.stderr
    assert "File too large" in result.stderr and "Traceback" not in result.stderr
    intact = _count_intact(output, fmt) if output.exists() else 0
    if intact:
        assert (f"the {intact} records written to {output} before are intact" if intact != 1
                else f"the 1 record written to {output} before is intact") in result.stderr
    else:
        assert "holds none of this run's" in result.stderr
    assert intact < 30


@pytest.mark.parametrize("flags", [[], ["--format", "parquet"], ["--format", "csv"], ["--shards"],
                                   ["--shards", "--format", "jsonl"]],
                         ids=["file", "parquet-directory", "csv-directory", "sharded", "sharded-jsonl"])
def test_an_output_in_a_folder_that_does_not_exist_is_refused_in_plain_words(tmp_path, flags):
    """The message named the hidden lock file ("No such file or directory (making its lock file
    missing/.o.jsonl.lock)"), not the folder the user has to create. A sharded run created the
    missing folder where a streamed Parquet or CSV run refused it: now one rule for every output
    (newsmine.shards.output_directory._prepare_output says why)."""
    corpus = _stories(tmp_path / "c", 1)
    output = tmp_path / "missing" / ("records" if flags else "o.jsonl")
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(output), *flags])
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"newsmine: error: cannot write {output}: the folder {tmp_path / 'missing'} does not "
                                     f"exist; create it first (mkdir -p {tmp_path / 'missing'}) or write the output elsewhere")
    assert not (tmp_path / "missing").exists()


def test_the_mkdir_a_missing_folder_needs_is_quoted_for_the_shell(tmp_path):
    """`-o "day one/o.jsonl"` said "(mkdir -p day one)", which pasted makes two folders."""
    corpus = _stories(tmp_path / "c", 1)
    folder = tmp_path / "day one"
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(folder / "o.jsonl")])
    assert result.exit_code == 2
    assert f"create it first (mkdir -p '{folder}') or write" in result.stderr


@pytest.mark.parametrize("flags", [[], ["--overwrite"], ["--resume"], ["--format", "duckdb"]])
def test_a_directory_given_as_a_file_output_is_refused_with_the_name_to_give(tmp_path, flags):
    """`-o existing_dir` said "holds no newsmine record ... pass --overwrite to replace it", and
    --overwrite then failed with "Is a directory"."""
    corpus = _stories(tmp_path / "c", 1)
    folder = tmp_path / "out"
    folder.mkdir()
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(folder), *flags])
    assert result.exit_code == 2
    suffix = "duckdb" if "duckdb" in flags else "jsonl"
    assert result.stderr.strip() == (f"newsmine: error: {folder} is a directory, and {suffix} output is one file: name a file "
                                     f"inside it (--output {folder / ('records.' + suffix)}), or ask for a directory of "
                                     "tables with --format parquet or csv")
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(("name", "flags"), [("out.jsonl.gz", []), ("out.json.bz2", []), ("out.db.zst", []),
                                             ("out.jsonl.GZ", ["--format", "jsonl"])])
def test_an_output_named_like_a_compressed_file_is_refused_with_how_to_compress(tmp_path, name, flags):
    # `-o out.jsonl.gz` wrote plain JSON Lines under a .gz name, which zcat and newsmine itself then refused.
    corpus = _stories(tmp_path / "c", 1)
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(tmp_path / name), *flags])
    assert result.exit_code == 2
    suffix = name[name.rindex("."):]
    plain = tmp_path / name[: -len(suffix)]
    assert result.stderr.strip() == (f"newsmine: error: the output {tmp_path / name} is named {suffix} but newsmine does "
                                     f"not compress its output; name it {plain} (compress it after the run: gzip {plain}), "
                                     f"or write to standard output and compress that (--output - | gzip > {tmp_path / name})")
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize("fmt", ["duckdb", "parquet"])
def test_a_table_format_to_standard_output_is_refused_naming_standard_output(tmp_path, fmt):
    """`-o - --format duckdb` said "- is not a regular file (a device or pipe)"."""
    corpus = _stories(tmp_path / "c", 1)
    result = runner.invoke(app, ["extract", str(corpus), "-o", "-", "--format", fmt])
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"newsmine: error: {fmt} output cannot go to standard output ('-'): it needs a file "
                                     "or directory; standard output takes JSON Lines or JSON")


def test_an_output_under_a_file_says_that_file_is_no_folder(tmp_path):
    corpus = _stories(tmp_path / "c", 1)
    (tmp_path / "notes.txt").write_text("mine\n", encoding="utf-8")
    output = tmp_path / "notes.txt" / "o.jsonl"
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(output)])
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"newsmine: error: cannot write {output}: {tmp_path / 'notes.txt'} is a file, not a "
                                     "folder; write the output elsewhere")
