"""DuckDB output: the normalised tables of :mod:`newsmine.writers.tables` in one database file.

Records are buffered and written in batches (one transaction each), so memory does not grow
with the corpus and an interrupted run leaves every completed batch in the database.

Appending (``mode="append"``, e.g. a second ``extract`` run into the same ``.duckdb``) never
duplicates an article: **a record whose ``article_id`` is already in the database from an
earlier run replaces that article's rows in every table** (the newer extraction wins).
Within one run every record is kept, even when two inputs share an id (two files named
``a.txt`` in different folders), so row counts agree with the JSON Lines output of that run.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

from newsmine.errors import OutputError
from newsmine.writers import held
from newsmine.writers.beside import discard, put_in_place, temporary_beside
from newsmine.writers.target import foreign_database_message
from newsmine.writers.tables import DUCKDB_TYPES, TABLE_LAYOUT_VERSION, TABLES, BatchedTableWriter
from newsmine.writers.views import VIEWS

__all__ = ["DEFAULT_BATCH_RECORDS", "VIEWS", "DuckDbWriter", "held_articles", "held_rows", "refuse_a_foreign_database",
           "sql_string"]

DEFAULT_BATCH_RECORDS = 500
_META_TABLE = "newsmine_meta"
_RUN_IDS = "_newsmine_run_article_ids"
# DuckDB's words when another process holds the file: "Conflicting lock is held in /usr/bin/python3 (PID 4242)".
_LOCK_HOLDER_RE = re.compile(r"Conflicting lock is held in .*?\(PID (?P<pid>\d+)\)")



_LOGS = (".wal",)  # the write-ahead log DuckDB keeps beside a database while it is open (writers.beside)


def sql_string(text: str) -> str:
    """``text`` as a string literal of DuckDB's SQL (a path or a name with an apostrophe in it):
    the one quoting of the DuckDB writer, the corpus tables and ``newsmine report``."""
    return "'" + text.replace("'", "''") + "'"


class DuckDbWriter(BatchedTableWriter):
    """Write records into the DuckDB database at ``path``.

    ``mode``: ``"new"`` refuses an existing file, ``"overwrite"`` replaces it, ``"append"``
    adds to it (creating it if absent), replacing articles seen in earlier runs.
    """

    def __init__(self, path: str | Path, *, mode: str = "new", batch_records: int = DEFAULT_BATCH_RECORDS):
        import duckdb

        super().__init__(batch_records)
        self.path = str(path)
        exists = os.path.lexists(self.path)
        if exists and mode == "new":
            raise OutputError(f"{self.path} exists; pass --append to add to it (articles it holds are replaced), "
                              "or --overwrite to replace it")
        if exists and not os.path.isfile(self.path):
            raise OutputError(f"{self.path} is not a regular file (a device, pipe or directory?); DuckDB output "
                              "needs a file path")
        if exists and mode == "append":
            refuse_a_foreign_database(self.path)
        self._replace_earlier_runs = exists and mode == "append"
        # Overwriting builds the new database beside the old one and renames it over the old at
        # close: until then the old database stays whole, and a process that has it open keeps
        # reading its own copy instead of seeing its file deleted under it.
        self._replacing = exists and mode == "overwrite"
        # Whether the output is replaced only at close, and whether it was: what the run's
        # manifest (newsmine.manifest) waits for, or it would describe the old database. (Not
        # "replaced": the SQLite writer counts replaced records under that name.)
        self.replaces_at_close = self._replacing
        self.replaced_at_close = False
        self._failed = False
        self._write_path = temporary_beside(self.path, _LOGS) if self._replacing else self.path
        try:
            self._db = duckdb.connect(self._write_path)
        except duckdb.Error as exc:
            raise OutputError(_cannot_open(self.path, exc)) from exc
        try:
            self._create_schema()
        except duckdb.Error as exc:
            self._db.close()
            raise OutputError(f"cannot write {self.path}: {_first_line(exc)}") from exc

    def _create_schema(self) -> None:
        db = self._db
        db.execute("BEGIN TRANSACTION")  # one commit, not one per statement (10x faster)
        db.execute(f"CREATE TABLE IF NOT EXISTS {_META_TABLE} (key VARCHAR, value VARCHAR)")
        layout = db.execute(f"SELECT value FROM {_META_TABLE} WHERE key = 'table_layout_version'").fetchone()
        if layout is not None and layout[0] != TABLE_LAYOUT_VERSION:
            db.execute("ROLLBACK")
            db.close()
            raise OutputError(f"{self.path} holds newsmine tables of layout {layout[0]}, this version writes layout "
                              f"{TABLE_LAYOUT_VERSION}; write to a new database file")
        if layout is None:
            db.execute(f"INSERT INTO {_META_TABLE} VALUES ('table_layout_version', ?)", [TABLE_LAYOUT_VERSION])
        for table, columns in TABLES.items():
            definition = ", ".join(f"{column.name} {DUCKDB_TYPES[str(column.type)]}" for column in columns)
            db.execute(f"CREATE TABLE IF NOT EXISTS {table} ({definition})")
            for column in columns:
                db.execute(f"COMMENT ON COLUMN {table}.{column.name} IS {sql_string(column.description)}")
        for view, query in VIEWS.items():
            db.execute(f"CREATE OR REPLACE VIEW {view} AS {query}")
        db.execute("COMMIT")
        db.execute(f"CREATE TEMP TABLE {_RUN_IDS} (article_id VARCHAR)")

    def copy_parquet(self, table: str, pattern: str) -> int:
        """Append the rows of the Parquet files matching ``pattern`` (a ``read_parquet`` glob) to
        ``table``, streamed by DuckDB; the table's row count after (``newsmine merge``)."""
        import duckdb

        columns = ", ".join(column.name for column in TABLES[table])
        glob = pattern.replace("'", "''")
        try:
            self._db.execute(f"INSERT INTO {table} SELECT {columns} FROM read_parquet('{glob}')")
            return self._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        except duckdb.Error as exc:
            self._failed = True
            raise OutputError(f"copying {pattern} into {self.path} failed: {_first_line(exc)}") from exc

    def _write_batch(self, tables) -> None:
        import duckdb

        db = self._db
        try:
            db.execute("BEGIN TRANSACTION")
            if self._replace_earlier_runs:
                db.register("_batch_articles", tables["articles"])
                earlier = (f"article_id IN (SELECT article_id FROM _batch_articles) "
                           f"AND article_id NOT IN (SELECT article_id FROM {_RUN_IDS})")
                for table in TABLES:
                    db.execute(f"DELETE FROM {table} WHERE {earlier}")
                db.execute(f"INSERT INTO {_RUN_IDS} SELECT article_id FROM _batch_articles")
                db.unregister("_batch_articles")
            for table, rows in tables.items():
                if rows.num_rows:
                    db.register("_batch_rows", rows)
                    db.execute(f"INSERT INTO {table} SELECT * FROM _batch_rows")
                    db.unregister("_batch_rows")
            db.execute("COMMIT")
        except duckdb.Error as exc:
            self._failed = True
            try:
                db.execute("ROLLBACK")
            except duckdb.Error:
                pass  # a failed COMMIT ends the transaction itself: keep the first error's message
            raise OutputError(f"writing {self.path} failed: {_first_line(exc)}") from exc

    def _release(self) -> None:
        try:
            self._db.close()  # checkpoints: the write-ahead log goes into the database file
        except duckdb_error() as exc:
            raise OutputError(f"finishing {self.path} failed: {_first_line(exc)}") from exc
        if self._replacing and (self._failed or not self.complete_records):
            # A failed write may have left the new database half-made: the old one stays. So it
            # does when no record was written (a run stopped during the model's load: it
            # replaced the old database with an empty one).
            discard(self._write_path, _LOGS)
            self.complete_records = 0
        elif self._replacing:
            put_in_place(self._write_path, self.path, _LOGS)
            self.replaced_at_close = True


def duckdb_error() -> type[Exception]:
    import duckdb

    return duckdb.Error


def _cannot_open(path: str, exc: Exception) -> str:
    """Why a database could not be opened for writing. DuckDB lets one process open a file for
    writing only when no other process has it open, read-only included: a dashboard holding
    the nightly database stopped the next ``--append``, and the message asked whether another
    process was *writing* it."""
    if (held := _LOCK_HOLDER_RE.search(str(exc))) is not None:
        return (f"cannot open {path}: another process (PID {held['pid']}) has it open, and DuckDB writes a database "
                "only when no other process holds it, even read-only (a dashboard, a notebook, a duckdb shell): close "
                "that connection and rerun, or let readers query a copy made after each run (or write a Parquet "
                "directory, which may be read while a run adds to it)")
    return (f"cannot open {path} as a DuckDB database: {exc}; "
            "is another process writing it, or is it not a DuckDB file?")


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def refuse_a_foreign_database(path: str) -> None:
    """Raise :class:`OutputError` when ``path`` is a DuckDB database of someone else's: one with
    tables or views and no ``newsmine_meta`` table. ``--append`` and ``--resume`` used to add
    newsmine's tables and views to it; an empty database and newsmine's own pass."""
    import duckdb

    try:
        with duckdb.connect(path, read_only=True) as db:
            names = [row[0] for row in db.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_catalog = current_database() "
                "ORDER BY table_name").fetchall()]
    except duckdb.Error:
        return  # not a DuckDB file, or held by another process: opening it for writing says so
    if names and _META_TABLE not in names:
        raise OutputError(foreign_database_message(path, "DuckDB", names, "news.duckdb"))


def holds_no_articles(path: str) -> bool:
    """True for a newsmine DuckDB database with its tables but no article (a run killed early)."""
    import duckdb

    try:
        with duckdb.connect(path, read_only=True) as db:
            tables = {row[0] for row in db.execute("SELECT table_name FROM information_schema.tables").fetchall()}
            if _META_TABLE not in tables or "articles" not in tables:
                return False
            return db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    except duckdb.Error:
        return False


def _held_database() -> held.HeldDatabase:
    """DuckDB for :mod:`newsmine.writers.held` (the driver imported here: an optional extra)."""
    import duckdb

    return held.HeldDatabase(
        "DuckDB", lambda path: duckdb.connect(str(path), read_only=True), duckdb.Error, refuse_a_foreign_database
    )


def held_articles(path: str | Path) -> Counter[tuple[str | None, str]]:
    """Records per ``(source path, article id)`` in the database at ``path`` (for ``--resume``)."""
    return held.held_articles(path, _held_database())


def held_rows(path: str | Path, batch_rows: int = 50_000):
    """Batches of ``(article_id, source_path)`` the database at ``path`` holds, for ``--append``
    (:func:`newsmine.writers.held.held_rows`)."""
    yield from held.held_rows(path, _held_database(), batch_rows)
