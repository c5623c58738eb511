"""Writers: records -> files, chosen by the output path's suffix or an explicit format.

Every writer implements :class:`RecordWriter`. :func:`open_writer` is the one entry point
the batch runner uses; add a format by adding a writer module and a line to
``_WRITERS`` / ``_SUFFIXES``.

An output named like a compressed file (``.gz``, ``.bz2``, ``.xz``, ``.zst``, ``.zip``) is
refused: nothing here compresses. Formats: ``jsonl`` (default; ``.jsonl``, ``.ndjson`` or any other name), ``json`` (``.json``,
one array), ``duckdb`` (``.duckdb``), ``sqlite`` (``.db``, ``.sqlite``, ``.sqlite3``), and two
that write a *directory* of tables and so must be asked for by name: ``parquet`` and ``csv``. An output named ``*.csv`` or ``*.parquet``
without a format is refused rather than silently written as JSON Lines.
"""

from __future__ import annotations

import shlex
from collections import Counter
from typing import Protocol

from newsmine.errors import UsageError
from newsmine.records import ArticleRecord
from newsmine.writers.jsonl import JsonLinesWriter
from newsmine.writers.target import output_kind

__all__ = [
    "APPENDABLE_FORMATS", "DIRECTORY_FORMATS", "OUTPUT_FORMATS", "JsonLinesWriter", "RecordWriter",
    "detect_output_format", "held_articles", "held_paths_by_id", "kept_until_first_record",
    "named_format",
    "open_writer", "replaced_when_finished",
]

# mode: "new" refuses an existing output, "overwrite" replaces it, "append" adds to it;
# "replace" is overwrite for an output that holds no record (left by a killed run), written in
# place (the JSON, Parquet and CSV writers; the others take it as "overwrite").
WRITE_MODES = ("new", "overwrite", "append", "replace")


class RecordWriter(Protocol):
    """``close()`` ends a run that finished. A writer may also have ``close_unfinished()``, which
    the batch calls instead when the run raised: the JSON, Parquet and CSV writers discard an
    ``--overwrite``'s new output there and keep the old (:func:`replaced_when_finished`)."""

    def write(self, record: ArticleRecord) -> None: ...

    def close(self) -> None: ...


def _json_array(target: str, *, mode: str) -> RecordWriter:
    from newsmine.writers.json_array import JsonArrayWriter

    return JsonArrayWriter(target, mode=mode)


def _duckdb(target: str, *, mode: str) -> RecordWriter:
    from newsmine.writers.duckdb import DuckDbWriter  # duckdb is imported only when asked for

    return DuckDbWriter(target, mode=mode)


def _sqlite(target: str, *, mode: str) -> RecordWriter:
    from newsmine.writers.sqlite import SqliteWriter  # sqlite-utils is imported only when asked for

    return SqliteWriter(target, mode=mode)


def _parquet(target: str, *, mode: str) -> RecordWriter:
    from newsmine.writers.parquet import ParquetDirectoryWriter

    return ParquetDirectoryWriter(target, mode=mode)


def _csv(target: str, *, mode: str) -> RecordWriter:
    from newsmine.writers.csv import CsvDirectoryWriter

    return CsvDirectoryWriter(target, mode=mode)


_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".duckdb": "duckdb",
             ".db": "sqlite", ".sqlite": "sqlite", ".sqlite3": "sqlite"}
# Formats written as a directory: a suffix alone does not choose them.
_DIRECTORY_SUFFIXES = {".parquet": "parquet", ".csv": "csv"}
_WRITERS = {"jsonl": JsonLinesWriter, "json": _json_array, "duckdb": _duckdb, "sqlite": _sqlite, "parquet": _parquet, "csv": _csv}
OUTPUT_FORMATS = tuple(_WRITERS)
# Formats written as a directory of tables (the others are one file).
DIRECTORY_FORMATS = tuple(_DIRECTORY_SUFFIXES.values())
# Formats whose "append" mode replaces the articles an output already holds (--append).
APPENDABLE_FORMATS = ("duckdb", "sqlite", "parquet", "csv")


def named_format(target: str) -> str | None:
    """The output format the name's suffix names (``x.duckdb``: duckdb), or None."""
    lower = target.lower().rstrip("/")
    return next((name for suffix, name in {**_SUFFIXES, **_DIRECTORY_SUFFIXES}.items() if lower.endswith(suffix)), None)


# newsmine writes no compressed output: `-o out.jsonl.gz` wrote plain JSON Lines under a name
# that zcat, gzip -t and newsmine's own gzip reader then refused.
_COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz", ".zst", ".zip")


# Spreadsheet files newsmine does not write: `-o quotes.xlsx` wrote JSON Lines that Excel then
# could not open, where a user asking for a spreadsheet wanted the CSV tables.
_SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".numbers", ".tsv")


def detect_output_format(target: str, format: str | None = None) -> str:
    """The output format: ``format`` if given, else from the suffix; JSON Lines by default."""
    stripped = target.rstrip("/")
    if (spreadsheet := next((s for s in _SPREADSHEET_SUFFIXES if stripped.lower().endswith(s)), None)) is not None:
        raise UsageError(f"the output {target} is named {spreadsheet} but newsmine writes no {spreadsheet} file; for a "
                         f"spreadsheet, write CSV tables (--format csv --output {shlex.quote(stripped[:-len(spreadsheet)] + '_csv/')}: "
                         "quotes.csv holds a quote a row, articles.csv an article), which Excel, LibreOffice and Google "
                         "Sheets open")
    if (length := next((len(s) for s in _COMPRESSED_SUFFIXES if stripped.lower().endswith(s)), None)) is not None:
        plain, suffix = stripped[:-length], stripped[-length:]
        raise UsageError(f"the output {target} is named {suffix} but newsmine does not compress its output; name it "
                         f"{plain} (compress it after the run: gzip {shlex.quote(plain)}), or write to standard output "
                         f"and compress that (--output - | gzip > {shlex.quote(stripped)})")
    named = named_format(target)
    if format is not None:
        if format not in _WRITERS:
            raise UsageError(f"unknown output format {format!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
        if named is not None and named != format:
            # `-o y.duckdb --format csv` would make a directory named y.duckdb: surely a slip.
            raise UsageError(f"the output {target} is named like {named} but --format says {format}; "
                             "rename the output or drop --format")
        return format
    if named in _DIRECTORY_SUFFIXES.values():
        raise UsageError(f"{named} output is a directory with one file per table; pass --format {named} "
                         f"and a directory name (e.g. --format {named} --output records_{named}/)")
    return named or "jsonl"


# Formats whose --overwrite writes the new output beside the old and replaces it only when the run
# finishes: none can be continued after a stop, so a stop or a failure part-way keeps the old output
# (the writers' ``close_unfinished``). The databases, which --resume continues, keep what a stopped run
# wrote in place of the old; JSON Lines is emptied at the run's first record.
_REPLACED_WHEN_FINISHED = {"json": "file", "parquet": "directory", "csv": "directory"}


def replaced_when_finished(target: str, format: str) -> bool:
    """Whether ``--overwrite`` leaves the output ``target`` as it was until the run finishes: an
    existing JSON array, Parquet or CSV directory (session 66; emptied when the writer opened them
    before). A stop part-way then discards this run's records, and says so."""
    return output_kind(target) == _REPLACED_WHEN_FINISHED.get(format)


def kept_until_first_record(target: str, format: str) -> bool:
    """Whether ``--overwrite`` leaves the output ``target`` holding what it held until the run's
    first record: a JSON Lines file (emptied then: :class:`JsonLinesWriter`), a DuckDB or SQLite
    database (built beside it, put in its place at close: :mod:`newsmine.writers.beside`), and the
    outputs :func:`replaced_when_finished`. So a stop before that record can say the output is as
    it was."""
    return (format in ("jsonl", "duckdb", "sqlite") and output_kind(target) == "file") or replaced_when_finished(
        target, format)


def open_writer(target: str, *, format: str | None = None, mode: str = "new") -> RecordWriter:
    if mode not in WRITE_MODES:
        raise ValueError(f"mode must be one of {WRITE_MODES}, not {mode!r}")
    chosen = detect_output_format(target, format)
    if mode == "replace" and chosen not in _REPLACED_WHEN_FINISHED:
        mode = "overwrite"  # those formats' writers replace an output holding no record in place
    if target == "-" and chosen in ("duckdb", "sqlite", "parquet", "csv"):
        raise UsageError(f"{chosen} output cannot go to standard output; give a file or directory with --output")
    return _WRITERS[chosen](target, mode=mode)


def held_articles(target: str, format: str) -> Counter[tuple[str | None, str]]:
    """How many records an output holds per ``(source path, id)``: what ``--resume`` skips in a
    DuckDB or SQLite database, and what ``--append`` replaces (a Parquet or CSV directory too).
    Empty when ``target`` does not exist yet."""
    if format == "duckdb":
        from newsmine.writers.duckdb import held_articles as held
    elif format == "sqlite":
        from newsmine.writers.sqlite import held_articles as held
    elif format in DIRECTORY_FORMATS:
        return _held_in_directory(target, format)
    else:
        raise ValueError(f"held_articles reads duckdb, sqlite, parquet or csv output, not {format}")
    return held(target)


HeldPaths = dict  # article id -> its source path, or a tuple of its paths when several hold it

_FETCH_ROWS = 50_000


def held_paths_by_id(target: str, format: str) -> HeldPaths:
    """The source path(s) of each article id an output holds, what ``--append`` needs to count the
    articles it replaces and warn of a namesake from another path (``batch._count_replaced``):
    ``{id: path}``, or ``{id: (path, other_path, ...)}`` for an id held under several paths
    (distinct, in table order). Empty when ``target`` (or its articles table) does not exist yet.

    Built straight from the rows, fetched in batches, with no ``(path, id)`` Counter and no list
    per id in between (:func:`held_articles`, for ``--resume``, still counts them); the articles of
    one file (a feed) share its path string. On a synthetic 1,000,000-article output
    (``benchmarks/append_held.py``: paths of about 45 characters, 997 directories, 1 % of ids held
    under two paths), peak RSS rise and time of ``batch._held_by_id``: DuckDB +463 MB, 2.5 s
    before (Counter, then a list per id), +286 MB, 1.0 s now; SQLite +432 MB, 3.5 s before,
    +217 MB, 1.0 s now (one run each, on a shared machine: times are rough)."""
    if format == "duckdb":
        from newsmine.writers.duckdb import held_rows
    elif format == "sqlite":
        from newsmine.writers.sqlite import held_rows
    elif format in DIRECTORY_FORMATS:
        return _paths_by_id(_held_rows_in_directory(target, format))
    else:
        raise ValueError(f"held_paths_by_id reads duckdb, sqlite, parquet or csv output, not {format}")
    return _paths_by_id(held_rows(target))


def _paths_by_id(batches) -> HeldPaths:
    """``{id: path or (paths...)}`` from batches of ``(article_id, source_path)`` rows."""
    by_id: HeldPaths = {}
    missing = object()
    last_path = None
    for batch in batches:
        for article_id, path in batch:
            if path == last_path:  # the articles of one file (a feed): one string
                path = last_path
            last_path = path
            held = by_id.get(article_id, missing)
            if held is missing:
                by_id[article_id] = path
            elif type(held) is tuple:
                if path not in held:
                    by_id[article_id] = held + (path,)
            elif held != path:
                by_id[article_id] = (held, path)
    return by_id


def _articles_source(target: str, format: str) -> str | None:
    """DuckDB's source expression for a Parquet or CSV directory's articles table, or None when
    the directory holds none yet."""
    import glob
    import os

    from newsmine.writers.corpus import duckdb_csv_source, duckdb_parquet_source

    if format == "parquet":
        if not glob.glob(os.path.join(glob.escape(target), "articles", "*.parquet")):
            return None
        return duckdb_parquet_source(target, "articles")
    if not os.path.isfile(os.path.join(target, "articles.csv")):
        return None
    return duckdb_csv_source(target, "articles")


def _held_rows_in_directory(target: str, format: str):
    """Batches of ``(article_id, source_path)`` of a Parquet or CSV directory's articles table;
    none when it has none yet, or one that cannot be read (appending to it then reports why)."""
    import duckdb

    source = _articles_source(target, format)
    if source is None:
        return
    try:
        with duckdb.connect() as db:
            cursor = db.execute(f"SELECT article_id, source_path FROM {source}")
            while batch := cursor.fetchmany(_FETCH_ROWS):
                yield batch
    except duckdb.Error:
        return


def _held_in_directory(target: str, format: str) -> Counter[tuple[str | None, str]]:
    """The articles table of a Parquet or CSV directory, as :func:`held_articles` counts it.
    Empty when it has none yet, or one that cannot be read: appending to it then reports why."""
    import duckdb

    source = _articles_source(target, format)
    if source is None:
        return Counter()
    try:
        with duckdb.connect() as db:
            rows = db.execute(f"SELECT source_path, article_id, count(*) FROM {source} GROUP BY ALL").fetchall()
    except duckdb.Error:
        return Counter()
    return Counter({(source_path, article_id): n for source_path, article_id, n in rows})
