"""SQLite output: the tables of :mod:`newsmine.writers.tables` in one SQLite file, written
with sqlite-utils, ready for Datasette (``newsmine explore``) or any SQLite client.

The same tables, columns and views as the DuckDB output, plus what SQLite makes cheap:

* **declared keys**: each table's key is its ``PRIMARY KEY``, and every reference is a
  ``FOREIGN KEY`` (``article_id`` to ``articles`` in every table; ``mentions`` to
  ``entities``, ``quotes.speaker_entity_id`` to ``entities``, ``quote_parts`` to ``quotes``),
  with ``ON DELETE CASCADE`` from parent to child rows, so that deleting an article deletes
  all its rows when a client enforces foreign keys (``PRAGMA foreign_keys = ON``). The writer
  does not enforce them (one inconsistent record must not stop a batch); the tests check
  ``PRAGMA foreign_key_check`` comes back empty;
* **full-text search** (FTS5, Porter stemming, accents folded): ``articles_fts`` over title
  and text, ``quotes_fts`` over the quote's words and speaker name, kept in step by triggers.

Because ``article_id`` is the primary key, **an article id is held once**: a record whose id
is already in the database replaces that article's rows in every table, whether the earlier
one came from an earlier run (``mode="append"``: a daily crawl loaded day after day) or from
this run (two inputs sharing an id, such as ``a.txt`` in two folders: the later one wins,
and :attr:`SqliteWriter.replaced` counts them). DuckDB keeps both rows within one run.

Records are written in batches of :data:`DEFAULT_BATCH_RECORDS`, one transaction each, so an
interrupted run leaves every completed batch in the database, each article whole.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from collections import Counter
from contextlib import closing
from pathlib import Path
from typing import Any

from newsmine.errors import OutputError
from newsmine.records import ArticleRecord
from newsmine.writers import held
from newsmine.writers.beside import discard, put_in_place, temporary_beside
from newsmine.writers.target import foreign_database_message
from newsmine.writers.tables import TABLE_LAYOUT_VERSION, TABLES, record_rows
from newsmine.writers.views import VIEWS

__all__ = [
    "DEFAULT_BATCH_RECORDS", "FOREIGN_KEYS", "FULL_TEXT", "PRIMARY_KEYS", "SqliteWriter", "held_articles", "held_rows",
    "holds_no_articles", "refuse_a_foreign_database",
]

logger = logging.getLogger(__name__)

DEFAULT_BATCH_RECORDS = 500
META_TABLE = "newsmine_meta"
_LOGS = ("-wal", "-shm", "-journal")  # what SQLite keeps beside a database while it writes (writers.beside)

PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id",),
    "entities": ("article_id", "entity_id"),
    "mentions": ("article_id", "entity_id", "mention_index"),
    "quotes": ("article_id", "quote_id"),
    "quote_parts": ("article_id", "quote_id", "part_index"),
    "dates": ("article_id", "date_index"),
    "article_warnings": ("article_id", "warning_index"),
}
# table -> (columns, referenced table, referenced columns). Every table's article_id also
# points at articles on its own: Datasette links single-column keys only.
FOREIGN_KEYS: dict[str, tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...]] = {
    "entities": ((("article_id",), "articles", ("article_id",)),),
    "mentions": ((("article_id",), "articles", ("article_id",)),
                 (("article_id", "entity_id"), "entities", ("article_id", "entity_id"))),
    "quotes": ((("article_id",), "articles", ("article_id",)),
               (("article_id", "speaker_entity_id"), "entities", ("article_id", "entity_id"))),
    "quote_parts": ((("article_id",), "articles", ("article_id",)),
                    (("article_id", "quote_id"), "quotes", ("article_id", "quote_id"))),
    "dates": ((("article_id",), "articles", ("article_id",)),),
    "article_warnings": ((("article_id",), "articles", ("article_id",)),),
}
# Full-text indexes: table -> columns (the index is <table>_fts).
FULL_TEXT: dict[str, tuple[str, ...]] = {"articles": ("title", "text"), "quotes": ("words", "speaker_name")}
_FTS_TOKENIZER = "porter"  # porter over unicode61: 'reopens' finds 'reopen', 'cafe' finds 'Café'

_SQLITE_TYPES = {"string": "TEXT", "int32": "INTEGER", "date32[day]": "TEXT", "double": "REAL"}  # dates as ISO 'YYYY-MM-DD'
# Rows go in children first so that nothing ever points at a row not yet deleted or written.
_DELETE_ORDER = ("quote_parts", "mentions", "quotes", "dates", "article_warnings", "entities", "articles")


def _quoted(names: tuple[str, ...]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def create_table_sql(table: str) -> str:
    columns = [f'"{column.name}" {_SQLITE_TYPES[str(column.type)]}' for column in TABLES[table]]
    columns.append(f"PRIMARY KEY ({_quoted(PRIMARY_KEYS[table])})")
    for own, parent, parent_columns in FOREIGN_KEYS.get(table, ()):
        # A row whose key holds its parent's key belongs to that parent and goes with it; a
        # quote merely names its speaker's entity, and is not deleted with it.
        cascade = " ON DELETE CASCADE" if own == parent_columns else ""
        columns.append(f"FOREIGN KEY ({_quoted(own)}) REFERENCES \"{parent}\" ({_quoted(parent_columns)}){cascade}")
    return f'CREATE TABLE "{table}" (\n    ' + ",\n    ".join(columns) + "\n)"


def _sqlite_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


class SqliteWriter:
    """Write records into the SQLite database at ``path``.

    ``mode``: ``"new"`` refuses an existing file, ``"overwrite"`` replaces it, ``"append"``
    adds to it (creating it if absent), replacing articles whose id it already holds.
    """

    def __init__(self, path: str | Path, *, mode: str = "new", batch_records: int = DEFAULT_BATCH_RECORDS):
        import sqlite_utils

        self.path = str(path)
        self.batch_records = batch_records
        self.replaced = 0  # records of this run that replaced an earlier record of this run
        self._run_ids: set[str] = set()
        self._batch: dict[str, ArticleRecord] = {}
        self._records_in_batch = 0  # records written into the batch, a replaced one included
        exists = os.path.exists(self.path)
        if exists and mode == "new":
            raise OutputError(f"{self.path} exists; pass --append to add to it (articles it holds are replaced), "
                              "or --overwrite to replace it")
        if exists and mode == "append":
            refuse_a_foreign_database(self.path)
        # Overwriting builds the new database beside the old one and renames it over the old at
        # close (writers.beside), as DuckDB's writer does: the old one was removed here, before the
        # model had loaded, and a run stopped before its first record left an empty database.
        self._replacing = exists and mode == "overwrite"
        self.replaces_at_close = self._replacing  # what the run's manifest waits for (newsmine.batch)
        self.replaced_at_close = False
        self.complete_records = 0  # records in batches committed (what an error message may promise)
        self._failed = False
        self._write_path = temporary_beside(self.path, _LOGS) if self._replacing else self.path
        self._db = sqlite_utils.Database(self._write_path)
        try:
            self._create_schema()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            self._replace_the_old_database()  # none was written: the old one stays
            raise OutputError(f"cannot write {self.path} as a SQLite database: {exc}; is it another kind of file, "
                              "or open in another program?") from exc
        except BaseException:
            self._db.close()
            self._replace_the_old_database()
            raise

    def _create_schema(self) -> None:
        db = self._db
        with db.atomic():
            db.execute(f'CREATE TABLE IF NOT EXISTS "{META_TABLE}" (key TEXT PRIMARY KEY, value TEXT)')
            layout = db.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'table_layout_version'").fetchone()
            if layout is not None and layout[0] != TABLE_LAYOUT_VERSION:
                raise OutputError(f"{self.path} holds newsmine tables of layout {layout[0]}, this version writes layout "
                                  f"{TABLE_LAYOUT_VERSION}; write to a new database file")
            if layout is None:
                db.execute(f"INSERT INTO {META_TABLE} VALUES ('table_layout_version', ?)", [TABLE_LAYOUT_VERSION])
            existing = set(db.table_names())
            for table, columns in TABLES.items():
                if table not in existing:
                    db.execute(create_table_sql(table))
                elif [c.name for c in columns] != [c.name for c in db[table].columns]:
                    raise OutputError(f"{self.path} has a table {table} with other columns than newsmine writes; "
                                      "write to a new database file")
            for table, columns in FULL_TEXT.items():
                if db[table].detect_fts() is None:
                    db[table].enable_fts(columns, fts_version="FTS5", create_triggers=True, tokenize=_FTS_TOKENIZER)
            for view, query in VIEWS.items():
                db.create_view(view, query.strip(), replace=True)

    def write(self, record: ArticleRecord) -> None:
        if record.id in self._run_ids or record.id in self._batch:
            self.replaced += 1
        self._batch.pop(record.id, None)  # re-inserted, so the later record keeps its place in the batch
        self._batch[record.id] = record
        self._records_in_batch += 1  # one replaced in the batch counted too: it was written, and counted so
        if len(self._batch) >= self.batch_records:
            self.flush()

    def flush(self) -> None:
        if not self._batch:
            return
        rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in TABLES}
        for record in self._batch.values():
            for table, row in record_rows(record):
                rows[table].append(tuple(_sqlite_value(value) for value in row))
        ids = list(self._batch)
        db = self._db
        try:
            with db.atomic():
                for table in _DELETE_ORDER:
                    for start in range(0, len(ids), 500):  # under SQLite's bound-parameter limit
                        chunk = ids[start : start + 500]
                        db.execute(f'DELETE FROM "{table}" WHERE article_id IN ({", ".join("?" * len(chunk))})', chunk)
                for table in reversed(_DELETE_ORDER):
                    if rows[table]:
                        db[table].insert_all([[c.name for c in TABLES[table]], *rows[table]])
        except sqlite3.Error as exc:
            self._failed = True
            raise OutputError(f"writing {self.path} failed: {exc}; the batches written before are intact") from exc
        self._run_ids.update(ids)
        self.complete_records += self._records_in_batch
        self._records_in_batch = 0
        self._batch.clear()

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._db.close()
            self._replace_the_old_database()
            if self.replaced:
                logger.warning("%s: %s an article id with an earlier record of this run and replaced it "
                               "(SQLite holds one article per id: a page a WARC holds twice, an item in two feeds, or "
                               "files with one stem in two folders; give files unique names)", self.path,
                               "1 record shared" if self.replaced == 1 else f"{self.replaced:,} records shared")

    def _replace_the_old_database(self) -> None:
        """Put the database built beside the old one in its place, unless a write failed (it may be
        half-made) or no record was written (a run stopped during the model's load): then the old
        one stays, whole."""
        if not self._replacing:
            return
        if self._failed or not self.complete_records:
            discard(self._write_path, _LOGS)
            self.complete_records = 0
        else:
            put_in_place(self._write_path, self.path, _LOGS)
            self.replaced_at_close = True

    def __enter__(self) -> SqliteWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _read_only(path: str | Path):
    """A read-only connection to the SQLite database at ``path``, closed on leaving ``with``."""
    return closing(sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True))


def refuse_a_foreign_database(path: str) -> None:
    """Raise :class:`OutputError` when ``path`` is a SQLite database of someone else's: one with
    tables or views and no ``newsmine_meta`` table. ``--append`` and ``--resume`` used to add
    newsmine's tables and views to it (or fail on a missing ``articles`` table with a message
    that did not say why); an empty database and newsmine's own pass."""
    try:
        with _read_only(path) as db:
            names = [row[0] for row in db.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    except sqlite3.Error:
        return  # not a database at all: opening it for writing says so
    if names and META_TABLE not in names:
        raise OutputError(foreign_database_message(path, "SQLite", names, "news.db"))


def holds_no_articles(path: str) -> bool:
    """True for a newsmine SQLite database with its tables but no article (a run killed early)."""
    try:
        with _read_only(path) as db:
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if META_TABLE not in tables or "articles" not in tables:
                return False
            return db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    except sqlite3.Error:
        return False


_HELD = held.HeldDatabase("SQLite", _read_only, sqlite3.Error, refuse_a_foreign_database)


def held_articles(path: str | Path) -> Counter[tuple[str | None, str]]:
    """Records per ``(source path, article id)`` in the database at ``path`` (for ``--resume``)."""
    return held.held_articles(path, _HELD)


def held_rows(path: str | Path, batch_rows: int = 50_000):
    """Batches of ``(article_id, source_path)`` the database at ``path`` holds, for ``--append``
    (:func:`newsmine.writers.held.held_rows`)."""
    yield from held.held_rows(path, _HELD, batch_rows)
