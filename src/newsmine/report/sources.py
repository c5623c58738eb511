"""Every output format seen as newsmine's tables, in one DuckDB connection, filtered.

The records are first made available under the schema ``src`` of an in-memory DuckDB
connection: a DuckDB output is attached read-only; a Parquet or CSV output directory is read
through views over its files; JSON Lines (a file, or the ``records/*.jsonl`` parts of a sharded
run), JSON and SQLite outputs are copied, batch by batch,
into a temporary DuckDB database on disk (removed afterwards), so memory does not grow with
the corpus. Then the report's filters (:class:`ReportFilter`) become views named like the
tables (``articles``, ``quotes``, ...) over ``src``, so every query of the report is written
once, against the plain table names, and sees only the articles the filters keep. One more
view, ``speaker_quotes``, holds the quotes that count for the speakers' ranking: those whose
``category`` is one of :attr:`ReportFilter.speaker_categories` (speech and writing by default:
"X supports the bill" is a stance, not something X said), or all quotes when that is ``None``
or the tables carry no category.
"""

from __future__ import annotations

import datetime as dt
import os
import shlex
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

import orjson
import pyarrow as pa

from newsmine.articles import iso_date
from newsmine.errors import UsageError
from newsmine.records import ArticleRecord
from newsmine.shards.plan import PLAN_NAME
from newsmine.writers.duckdb import sql_string
from newsmine.writers.jsonl import shard_parts
from newsmine.writers.tables import ADDED_TABLES, DUCKDB_TYPES, TABLES, arrow_schema

__all__ = ["READABLE", "SPEAKER_CATEGORIES", "ReportFilter", "open_tables", "source_tables", "speaker_count_note"]

READABLE = ".jsonl, .json, .duckdb, .db (SQLite), or a Parquet, CSV or sharded JSON Lines output directory"
_SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
_COPY_ROWS = 10_000
# The quote categories (quote.category) the speakers' ranking counts by default: what people said or wrote.
SPEAKER_CATEGORIES: tuple[str, ...] = ("speech", "writing")


@dataclass(frozen=True, slots=True)
class ReportFilter:
    """Which articles a report covers. Dates compare with ``articles.published``: with
    ``since`` or ``until`` set, undated articles are left out."""

    outlets: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    # Speakers and outlets are ranked and compared only when they appear in this many articles.
    min_articles: int = 1
    # Quote categories counted for the speakers' ranking; None counts every quote.
    speaker_categories: tuple[str, ...] | None = SPEAKER_CATEGORIES

    def describe(self) -> str | None:
        parts = []
        if self.outlets:
            parts.append("outlet " + " or ".join(self.outlets))
        if self.since:
            parts.append(f"published from {self.since.isoformat()}")
        if self.until:
            parts.append(f"published until {self.until.isoformat()}")
        if self.min_articles > 1:
            parts.append(f"speakers and outlets in at least {self.min_articles} articles")
        return "; ".join(parts) or None


def _records_from_json_lines(path: Path, skipped: list[int]) -> Iterator[ArticleRecord]:
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield ArticleRecord.model_validate_json(line)
            except ValueError:
                skipped.append(number)


def _records_from_json_lines_parts(paths: list[Path], skipped: list[int]) -> Iterator[ArticleRecord]:
    for path in paths:
        yield from _records_from_json_lines(path, skipped)


def _records_from_json_array(path: Path, skipped: list[int]) -> Iterator[ArticleRecord]:
    try:
        items = orjson.loads(path.read_bytes())
    except orjson.JSONDecodeError as exc:
        raise UsageError(f"{path} is not valid JSON ({exc}); newsmine report reads {READABLE}") from exc
    for number, item in enumerate(items if isinstance(items, list) else [items], start=1):
        try:
            yield ArticleRecord.model_validate(item)
        except ValueError:
            skipped.append(number)


def _copy_sqlite(path: Path, db) -> None:
    """Copy the newsmine tables of the SQLite database at ``path`` into ``db``'s schema ``src``."""
    try:
        source = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise UsageError(f"cannot open {path} as a SQLite database: {exc}") from exc
    with closing(source):
        try:
            present = {row[0] for row in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as exc:
            raise UsageError(f"{path} is not a SQLite database ({exc}); newsmine report reads {READABLE}") from exc
        _require_tables(path, present, "newsmine extract --output FILE.db")
        for table, columns in TABLES.items():
            if table not in present:
                continue  # a table added since the file was written: an empty view stands in (_filter_views)
            schema = arrow_schema(table)
            db.execute(f"CREATE TABLE src.{table} ({_column_definitions(table)})")
            dates = [i for i, column in enumerate(columns) if str(column.type) == "date32[day]"]
            cursor = source.execute(f"SELECT {', '.join(c.name for c in columns)} FROM {table}")
            while rows := cursor.fetchmany(_COPY_ROWS):
                values = [list(column) for column in zip(*rows)]
                for i in dates:  # SQLite holds dates as ISO text
                    values[i] = [iso_date(value) for value in values[i]]
                db.register("_copied", pa.table([pa.array(v, type=f.type) for v, f in zip(values, schema)], schema=schema))
                db.execute(f"INSERT INTO src.{table} SELECT * FROM _copied")
                db.unregister("_copied")


def _column_definitions(table: str) -> str:
    return ", ".join(f"{c.name} {DUCKDB_TYPES[str(c.type)]}" for c in TABLES[table])


def _require_tables(path: Path, present: set[str], how: str) -> None:
    missing = [table for table in TABLES if table not in present and table not in ADDED_TABLES]
    if missing:
        raise UsageError(f"{path} has no newsmine tables ({', '.join(missing)} missing); write it with {how}")


@contextmanager
def _source(path: Path, db) -> Iterator[int]:
    """Make ``path``'s tables readable as ``src.<table>`` in ``db``; yields the number of
    unreadable input lines (JSON Lines / JSON)."""
    import duckdb

    name = path.name.lower()
    parts = shard_parts(path) if path.is_dir() and not (path / "articles").is_dir() else []
    if path.is_dir() and not parts:
        db.execute("CREATE SCHEMA src")
        if (path / "articles").is_dir():
            for table in TABLES:
                if table in ADDED_TABLES and not any((path / table).glob("*.parquet")):
                    continue  # written before the table existed: an empty view stands in (_filter_views)
                pattern = sql_string(str(path / table / "*.parquet"))
                db.execute(f"CREATE VIEW src.{table} AS SELECT * FROM read_parquet({pattern})")
        elif (path / "articles.csv").is_file():
            _require_tables(path, {p.stem for p in path.glob("*.csv")}, "newsmine extract --format csv --output DIR")
            for table in TABLES:
                if table in ADDED_TABLES and not (path / f"{table}.csv").is_file():
                    continue  # written before the table existed: an empty view stands in (_filter_views)
                types = "{" + ", ".join(f"{sql_string(c.name)}: {sql_string(DUCKDB_TYPES[str(c.type)])}"
                                        for c in TABLES[table]) + "}"
                db.execute(f"CREATE VIEW src.{table} AS SELECT * FROM read_csv({sql_string(str(path / f'{table}.csv'))}, "
                           f"header = true, columns = {types})")
        else:
            raise UsageError(f"{path} is a directory but not a Parquet, CSV or sharded JSON Lines output (no "
                             f"articles/ dataset, articles.csv or records/*.jsonl in it); newsmine report reads {READABLE}"
                             + _name_the_output(path))
        yield 0
    elif name.endswith(".duckdb"):
        try:
            db.execute(f"ATTACH {sql_string(str(path))} AS src (READ_ONLY)")
        except duckdb.Error as exc:
            raise UsageError(f"cannot open {path} as a DuckDB database: {exc}") from exc
        present = {row[0] for row in db.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_catalog = 'src'").fetchall()}
        _require_tables(path, present, "newsmine extract --output FILE.duckdb")
        yield 0
    elif parts or name.endswith((".jsonl", ".ndjson", ".json", *_SQLITE_SUFFIXES)):
        from newsmine.writers.duckdb import DuckDbWriter

        with tempfile.TemporaryDirectory(prefix="newsmine-report-") as tmp:
            database = os.path.join(tmp, "records.duckdb")
            skipped: list[int] = []
            if name.endswith(_SQLITE_SUFFIXES):
                db.execute(f"ATTACH {sql_string(database)} AS src")
                _copy_sqlite(path, db)
            else:
                if parts:
                    records = _records_from_json_lines_parts(parts, skipped)
                elif name.endswith(".json"):
                    records = _records_from_json_array(path, skipped)
                else:
                    records = _records_from_json_lines(path, skipped)
                written = 0
                with DuckDbWriter(database) as writer:
                    for record in records:
                        writer.write(record)
                        written += 1
                if skipped and not written:
                    # not a run cut short but no output at all: most often the input feed itself
                    raise UsageError(f"{path} holds no newsmine record (none of its {len(skipped):,} "
                                     f"{'items' if name.endswith('.json') else 'lines'} is one): is it an input? "
                                     f"Extract it first (newsmine extract {shlex.quote(str(path))} --output records.jsonl) and report "
                                     "on the records")
                db.execute(f"ATTACH {sql_string(database)} AS src (READ_ONLY)")
            try:
                yield len(skipped)
            finally:
                db.execute("DETACH src")
    else:
        raise UsageError(f"{path}: newsmine report reads records as {READABLE}" + _name_the_output(path))


def _name_the_output(path: Path) -> str:
    """'; it is one table of the output DIR: ...' when ``path`` is a table file or dataset of a
    Parquet or CSV output (``out_csv/quotes.csv``, ``out/quotes/``): the report needs every table."""
    if path.suffix.lower() == ".csv" and (path.parent / "articles.csv").is_file():
        output = path.parent
    elif path.is_dir() and (path.parent / "articles").is_dir():
        output = path.parent
    elif path.suffix.lower() == ".parquet" and (path.parent.parent / "articles").is_dir():
        output = path.parent.parent
    elif path.is_dir() and (whole := path.resolve()).name == "records" and (whole.parent / PLAN_NAME).is_file():
        # a sharded run's JSON Lines folder: the directory holds the plan the completeness check reads
        # (found from the path resolved: `report .` inside it said nothing of it, review48c)
        output = str(path.parent) if path.name == "records" else os.path.relpath(whole.parent)
        return (f"; {path} is the records folder of the sharded output {output}: name the directory (newsmine report "
                f"{shlex.quote(output)})")
    else:
        return ""
    return f"; {path} is one table of the output {output}: name the directory (newsmine report {shlex.quote(str(output))})"


def speaker_count_note(filters: ReportFilter, categories_present: bool) -> str:
    """What the speakers' ranking counts, in words (the report prints it under the ranking)."""
    if filters.speaker_categories is None:
        return "every quote counted, whatever its category"
    if not categories_present:
        return "every quote counted: these records carry no quote category"
    return " and ".join(filters.speaker_categories) + " quotes counted (quote.category); --all-categories counts every quote"


def _speaker_quotes_view(db, filters: ReportFilter) -> None:
    columns = {column[0] for column in db.execute("SELECT * FROM quotes LIMIT 0").description}
    where = ""
    if filters.speaker_categories is not None and "category" in columns:
        where = f" WHERE category IN ({', '.join(sql_string(c) for c in filters.speaker_categories) or 'NULL'})"
    db.execute(f"CREATE VIEW speaker_quotes AS SELECT * FROM quotes{where}")


def source_tables(db) -> set[str]:
    """The tables (and views) the output itself holds under ``src``: all of :data:`TABLES`
    but those of :data:`ADDED_TABLES` it was written before."""
    return {row[0] for row in db.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_catalog = 'src' OR table_schema = 'src'").fetchall()}


def _filter_views(db, filters: ReportFilter) -> None:
    conditions = []
    if filters.outlets:
        conditions.append(f"outlet IN ({', '.join(sql_string(outlet) for outlet in filters.outlets)})")
    if filters.since:
        conditions.append(f"published >= DATE '{filters.since.isoformat()}'")
    if filters.until:
        conditions.append(f"published <= DATE '{filters.until.isoformat()}'")
    where = " WHERE " + " AND ".join(conditions) if conditions else ""
    db.execute(f"CREATE VIEW articles AS SELECT * FROM src.articles{where}")
    present = source_tables(db)
    for table in TABLES:
        if table not in present:  # one of ADDED_TABLES, in an output written before it (_require_tables)
            columns = ", ".join(f"CAST(NULL AS {DUCKDB_TYPES[str(c.type)]}) AS {c.name}" for c in TABLES[table])
            db.execute(f"CREATE VIEW {table} AS SELECT {columns} WHERE false")
        elif table != "articles":
            kept = " WHERE article_id IN (SELECT article_id FROM articles)" if conditions else ""
            db.execute(f"CREATE VIEW {table} AS SELECT * FROM src.{table}{kept}")
    _speaker_quotes_view(db, filters)


@contextmanager
def open_tables(path: str | Path, filters: ReportFilter | None = None):
    """A DuckDB connection in which newsmine's tables for ``path``, filtered, can be queried
    by their plain names. Yields ``(connection, unreadable_lines)``."""
    import duckdb

    path = Path(path)
    db = duckdb.connect()
    try:
        with _source(path, db) as unreadable:
            _filter_views(db, filters or ReportFilter())
            yield db, unreadable
    finally:
        db.close()
