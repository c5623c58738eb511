"""Appending to a database or table directory (--append), and resuming a database (--resume).

The writer tests use tests/corpus.py's hand-counted records; the batch tests run the real
pipeline on tests/fixtures/corpus (invented articles).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import duckdb
import pytest

from newsmine.batch import ExtractOptions, extract
from newsmine.runners import PipelineSettings
from newsmine.errors import OutputError, UsageError
from newsmine.writers import open_writer
from newsmine.writers.jsonl import record_line
from newsmine.writers.tables import TABLES
from tests.corpus import EXPECTED_ROWS, harbour_1, harbour_3, sample_records

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
TARGETS = {"duckdb": "records.duckdb", "sqlite": "records.db", "parquet": "records_parquet", "csv": "records_csv"}


def _write(target: Path, format: str, records, mode: str) -> None:
    writer = open_writer(str(target), format=format, mode=mode)
    for record in records:
        writer.write(record)
    writer.close()


def _read(target: Path, format: str, query: str) -> list[tuple]:
    """Run ``query`` (over newsmine's table names) against any of the four outputs."""
    with duckdb.connect() as db:
        if format == "duckdb":
            db.execute(f"ATTACH '{target}' AS records (READ_ONLY); USE records")
        for table in TABLES:
            if format == "parquet":
                db.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{target}/{table}/*.parquet')")
            elif format == "csv":
                db.execute(f"CREATE VIEW {table} AS SELECT * FROM read_csv('{target}/{table}.csv', all_varchar = true)")
        if format == "sqlite":
            with sqlite3.connect(target) as sqlite_db:
                return sqlite_db.execute(query).fetchall()
        return db.execute(query).fetchall()


def _counts(target: Path, format: str) -> dict[str, int]:
    return {table: _read(target, format, f"SELECT count(*) FROM {table}")[0][0] for table in TABLES}


@pytest.mark.parametrize("format", TARGETS)
def test_append_adds_new_articles_and_replaces_re_seen_ones_by_id(tmp_path, format):
    target = tmp_path / TARGETS[format]
    _write(target, format, sample_records(), "new")
    revised = harbour_1()
    revised.title = "Pier to reopen in May"
    revised.quotes = revised.quotes[:1]  # the next day's extraction keeps one of its three quotes
    new = harbour_3()
    new.id = "harbour-4"
    _write(target, format, [revised, new], "append")
    # harbour-1 loses 2 quotes (and their 2 parts); harbour-4 adds 1 row in every table.
    assert _counts(target, format) == {"articles": 5, "entities": 6, "mentions": 8, "quotes": 5, "quote_parts": 6, "dates": 3,
                                       "article_warnings": 2}
    assert _read(target, format, "SELECT title FROM articles WHERE article_id = 'harbour-1'") == [("Pier to reopen in May",)]


@pytest.mark.parametrize("format", TARGETS)
def test_appending_the_same_day_twice_keeps_one_copy(tmp_path, format):
    target = tmp_path / TARGETS[format]
    for mode in ("new", "append", "append"):
        _write(target, format, sample_records(), mode)
    assert _counts(target, format) == EXPECTED_ROWS


def test_parquet_append_drops_an_earlier_part_s_rows_without_touching_the_rest(tmp_path):
    target = tmp_path / "records_parquet"
    _write(target, "parquet", sample_records(), "new")
    _write(target, "parquet", [harbour_3()], "append")
    parts = sorted(path.name for path in (target / "quotes").iterdir())
    assert parts == ["part-00000.parquet", "part-00001.parquet"]  # no temporary file left behind
    assert _read(target, "parquet", "SELECT article_id, quote_id FROM read_parquet("
                 f"'{target}/quotes/part-00000.parquet') ORDER BY ALL") == [
        ("harbour-1", "Q1"), ("harbour-1", "Q2"), ("harbour-1", "Q3"), ("harbour-2", "Q1"), ("harbour-2", "Q2")]


def _options(**changes) -> ExtractOptions:
    return ExtractOptions(pipeline=PipelineSettings(batch_size=2), workers=1, **changes)


def _ids(database: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(database) as db:
        return db.execute("SELECT article_id, title FROM articles ORDER BY article_id").fetchall()


@pytest.mark.slow
def test_daily_runs_append_to_a_sqlite_database_and_replace_articles_crawled_again(tmp_path):
    database = tmp_path / "news.db"
    extract([CORPUS / "city"], database, _options())
    first_day = _ids(database)
    assert len(first_day) == 4
    summary = extract([CORPUS / "city" / "marathon.txt", CORPUS / "county" / "flood-warning.txt"], database,
                      _options(append=True))
    assert summary.articles == 2
    ids = [article_id for article_id, _ in _ids(database)]
    assert ids == sorted([article_id for article_id, _ in first_day] + ["flood-warning"])  # marathon held once


@pytest.mark.parametrize("name", ["news.db", "news.duckdb"])
def test_resume_continues_a_database_and_skips_the_articles_it_holds(tmp_path, name):
    database = tmp_path / name
    extract([CORPUS / "city" / "bridge-closure.txt"], database, _options())  # an "interrupted" run
    summary = extract([CORPUS / "city"], database, _options(resume=True))
    assert (summary.resumed, summary.articles) == (1, 3)
    query = "SELECT count(*), count(DISTINCT article_id) FROM articles"
    if name.endswith(".db"):
        with sqlite3.connect(database) as db:
            assert db.execute(query).fetchone() == (4, 4)
    else:
        with duckdb.connect(str(database), read_only=True) as db:
            assert db.execute(query).fetchone() == (4, 4)


@pytest.mark.parametrize(("name", "hint"), [("news.db", "--resume to continue it, --append"),
                                           ("news.duckdb", "--resume to continue it, --append"), ("news.jsonl", "--resume")])
def test_an_existing_output_is_refused_with_the_flag_that_fits_it(tmp_path, name, hint):
    output = tmp_path / name
    # an empty file (a run killed before its first record) is replaced instead; a JSON Lines file
    # is offered --resume only when it holds a record (test_output_safety: one's notes are not)
    output.write_bytes(record_line(sample_records()[0]) if name.endswith(".jsonl") else b"kept\n")
    with pytest.raises(OutputError, match=f"pass {hint} .* or --overwrite"):
        extract([CORPUS / "city"], output, _options())


def test_append_to_json_lines_points_to_resume(tmp_path):
    with pytest.raises(UsageError, match="not to jsonl output; to continue an interrupted jsonl run use --resume"):
        extract([CORPUS / "city"], tmp_path / "x.jsonl", _options(append=True))


def test_resume_of_a_parquet_directory_points_to_append_not_back(tmp_path):
    with pytest.raises(UsageError, match="not parquet; to add to this output use --append"):
        extract([CORPUS / "city"], tmp_path / "x", _options(resume=True, output_format="parquet"))


def test_append_and_resume_together_are_refused(tmp_path):
    with pytest.raises(UsageError, match="contradict"):
        extract([CORPUS / "city"], tmp_path / "x.db", _options(resume=True, append=True))


def _foreign_database(path: Path) -> list[str]:
    """A database of someone else's (a shop's customers), and the names it holds."""
    statements = ["CREATE TABLE customers (id INTEGER, name TEXT)", "INSERT INTO customers VALUES (1, 'Ana Ruiz')",
                  "CREATE VIEW customer_names AS SELECT name FROM customers"]
    if path.suffix == ".db":
        with sqlite3.connect(path) as db:
            for statement in statements:
                db.execute(statement)
        db.close()
    else:
        with duckdb.connect(str(path)) as db:
            for statement in statements:
                db.execute(statement)
    return _names(path)


def _names(path: Path) -> list[str]:
    if path.suffix == ".db":
        with sqlite3.connect(path) as db:
            names = sorted(row[0] for row in db.execute("SELECT name FROM sqlite_master"))
        db.close()
        return names
    with duckdb.connect(str(path), read_only=True) as db:
        return sorted(row[0] for row in db.execute("SELECT table_name FROM information_schema.tables").fetchall())


@pytest.mark.parametrize("name", ["shop.db", "shop.duckdb"])
@pytest.mark.parametrize("flag", ["append", "resume"])
def test_a_database_newsmine_did_not_write_is_refused_for_append_and_resume_and_left_untouched(tmp_path, name, flag):
    """--append into someone else's database added newsmine's six tables, the FTS tables and the
    views to it, silently; --resume failed on its missing articles table without saying why."""
    database = tmp_path / name
    before = _foreign_database(database)
    with pytest.raises(OutputError, match=r"newsmine did not write \(its tables: customer_names, customers\).*"
                                          r"left this one untouched: write to another file"):
        extract([CORPUS / "city"], database, _options(**{flag: True}))
    assert _names(database) == before


@pytest.mark.parametrize("name", ["empty.db", "empty.duckdb"])
def test_an_empty_database_takes_newsmine_tables_on_append(tmp_path, name):
    database = tmp_path / name
    if name.endswith(".db"):
        sqlite3.connect(database).close()
    else:
        duckdb.connect(str(database)).close()
    assert database.exists()
    _write(database, "sqlite" if name.endswith(".db") else "duckdb", sample_records(), "append")
    assert _counts(database, "sqlite" if name.endswith(".db") else "duckdb") == EXPECTED_ROWS


def test_append_into_a_foreign_database_exits_2_from_the_command_line(tmp_path):
    from typer.testing import CliRunner

    from newsmine.cli import app

    database = tmp_path / "shop.db"
    before = _foreign_database(database)
    result = CliRunner().invoke(app, ["extract", str(CORPUS / "city"), "-o", str(database), "--append", "--workers", "1"])
    assert result.exit_code == 2, result.stderr
    assert result.stderr.startswith(f"newsmine: error: {database} is a SQLite database newsmine did not write")
    assert _names(database) == before


@pytest.mark.parametrize("format", ["parquet", "csv"])
def test_append_into_a_folder_of_someone_elses_files_is_refused_and_leaves_it_alone(tmp_path, format):
    """--append --format csv -o ~/Documents wrote newsmine's tables among the user's files."""
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "budget.xlsx").write_bytes(b"PK\x03\x04")
    with pytest.raises(OutputError, match="holds files newsmine did not write and none of its tables; --append adds "
                                          "to a newsmine output directory or an empty one"):
        _write(folder, format, sample_records(), "append")
    assert [path.name for path in folder.iterdir()] == ["budget.xlsx"]
    empty = tmp_path / "empty"
    empty.mkdir()
    _write(empty, format, sample_records(), "append")  # an empty folder takes the tables
    assert _counts(empty, format) == EXPECTED_ROWS
