"""A Parquet output directory (sharded or not), the parts of a sharded JSON Lines run, or a
streamed run's JSON Lines file -> one DuckDB database, for those who want one file.

The database is the one ``--output x.duckdb`` writes: the same tables, column comments and
views, so queries written for either work on both. DuckDB reads each table's parts with one
``read_parquet`` glob and streams them in, so memory does not grow with the corpus; JSON Lines
parts are written record by record, in batches, as ``--output x.duckdb`` writes them. Only
complete parts are read: parts being written have temporary names the glob does not match.
The database is written under a temporary name and renamed when complete, while holding the
output's lock (:mod:`newsmine.writers.run_lock`): one run at a time per output, merge or extract.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterator

from newsmine.errors import OutputError, UsageError
from newsmine.records import ArticleRecord
from newsmine.writers import named_format
from newsmine.writers.duckdb import DuckDbWriter
from newsmine.writers.jsonl import shard_parts
from newsmine.writers.run_lock import output_lock
from newsmine.writers.tables import ADDED_TABLES, TABLES
from newsmine.writers.target import require_folder

__all__ = ["merge"]


def merge(directory: str, output: str, *, overwrite: bool = False) -> dict[str, int]:
    """Rows per table copied from the Parquet dataset, or the sharded JSON Lines parts, in
    ``directory`` into ``output``; ``directory`` may also be the JSON Lines file of a streamed
    run (``extract corpus/ -o records.jsonl``), the output the README advises for large corpora:
    its tables were out of reach but by extracting the whole corpus again into ``.duckdb``."""
    streamed = os.path.isfile(directory)
    if streamed:
        json_lines = [_records_file(directory)]
    else:
        missing = [table for table in TABLES if not _parts(directory, table) and table not in ADDED_TABLES]
        json_lines = shard_parts(directory) if missing else []
        if missing and not json_lines:
            raise UsageError(_not_mergeable(directory, missing))
    named = named_format(output)
    if named not in (None, "duckdb"):
        # `-o all.db` wrote a DuckDB file that newsmine report and explore then read as SQLite, and refused.
        raise UsageError(f"{output} is named like {named} output, but merge writes a DuckDB database; name it "
                         f"with .duckdb (--output {os.path.splitext(output)[0]}.duckdb)")
    require_folder(output)
    # One run per output, as extract (review50b): two merges into one database both found it
    # missing, and the second replaced the first's without the --overwrite it asks for; the
    # first, done, called the second's temporary database a killed merge's ("remove it"); and
    # a merge --overwrite while extract --output X.duckdb ran renamed over the file it wrote.
    with output_lock(output):
        return _merge_into(directory, output, json_lines, streamed=streamed, overwrite=overwrite)


def _merge_into(directory: str, output: str, json_lines: list, *, streamed: bool, overwrite: bool) -> dict[str, int]:
    """:func:`merge`'s copy, once the output's lock is held: under a temporary name, renamed when whole."""
    if os.path.exists(output) and not overwrite:
        raise OutputError(f"{output} exists; pass --overwrite to replace it")
    temporary = f"{output}.tmp-{os.getpid()}"
    counts: dict[str, int] = {}
    try:
        writer = DuckDbWriter(temporary, mode="overwrite")  # creates the tables, comments and views
        try:
            if json_lines:
                for part in json_lines:
                    for record in _records(part, streamed=streamed):
                        writer.write(record)
            else:
                for table in TABLES:
                    if not _parts(directory, table):  # one of ADDED_TABLES, in shards written before it: empty
                        counts[table] = 0
                        continue
                    counts[table] = writer.copy_parquet(table, os.path.join(directory, table, "*.parquet"))
        finally:
            writer.close()
        if json_lines:
            counts = _row_counts(temporary)
        os.replace(temporary, output)
    except BaseException:
        for leftover in (temporary, temporary + ".wal"):
            if os.path.exists(leftover):
                os.remove(leftover)
        raise
    return counts


def _records_file(path: str):
    """``path`` as a streamed run's JSON Lines records (gzipped after the run too), refused when
    it is not one: an article feed would be copied as no rows, a JSON array as one torn line."""
    from pathlib import Path

    from newsmine.readers.inputs import is_newsmine_output

    if (database := _database(path)) is not None:
        raise UsageError(_a_database(path, database))
    if not is_newsmine_output(path):
        try:  # a small .gz cut short fails in its first 64 KiB, and was told "not newsmine records"
            with _open(path) as handle:
                handle.read(_HEAD_CHECKED)
        except _DAMAGED_GZIP as exc:
            raise _cut_short(path, exc) from exc
        raise UsageError(f"{path} does not hold newsmine records (its first line is not one); merge reads what "
                         "newsmine extract wrote: a --format parquet or --shards output directory, or a streamed "
                         f"run's .jsonl file (to analyse articles, newsmine extract {path} --output records.duckdb)")
    with _open(path) as handle:
        if handle.read(_HEAD).lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
            raise UsageError(f"{path} is a JSON array of records (--format json); merge reads JSON Lines: write one "
                             f"record a line first (jq -c '.[]' {path} > records.jsonl) and merge that")
    return Path(path)


_HEAD = 64


def _database(path: str) -> str | None:
    """"DuckDB" or "SQLite" when ``path`` is such a database file, by how it opens (SQLite's
    header string; DuckDB's magic after the 8-byte checksum of its first block), else None."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError:
        return None
    if head.startswith(b"SQLite format 3\x00"):
        return "SQLite"
    return "DuckDB" if head[8:12] == b"DUCK" else None


def _a_database(path: str, database: str) -> str:
    """Why a database named to merge is refused, and what to do instead. A DuckDB or SQLite output
    of extract (its run manifest beside it, so taken for a streamed run's records) was read as
    JSON Lines and told "line 1: not a newsmine record, with records after it (was the file
    edited, or another file joined to it?)" (newuser59): neither was true."""
    if database == "DuckDB":
        return (f"{path} is a DuckDB database (newsmine extract --output X.duckdb, or an earlier merge): it already "
                "holds newsmine's tables and views, which merge makes from a --format parquet or --shards output "
                f"directory, or a streamed run's .jsonl; query it as it is, or newsmine report {path}")
    return (f"{path} is a SQLite database (newsmine extract --output X.db): merge makes a DuckDB database from a "
            "--format parquet or --shards output directory, or a streamed run's .jsonl; newsmine report and "
            f"newsmine explore read {path} as it is")


def _open(path):
    from newsmine.readers.formats import is_gzipped

    return gzip.open(path, "rb") if is_gzipped(str(path)) else open(path, "rb")


def _not_mergeable(directory: str, missing: list[str]) -> str:
    """Why ``directory`` cannot be merged, and what to do: a CSV output (``--format csv``) was
    told it is "not a newsmine Parquet output", which left its owner nowhere to go."""
    if os.path.isfile(os.path.join(directory, "articles.csv")):
        return (f"{directory} holds CSV tables (--format csv), which merge does not read: DuckDB queries them as they "
                f"are (SELECT * FROM read_csv('{directory}/quotes.csv')), or extract into --output x.duckdb, or "
                "--format parquet and merge that")
    return (f"{directory} is not a newsmine Parquet output (no parts for {', '.join(missing)}) nor a sharded JSON "
            "Lines output (no records/*.jsonl)")


def _parts(directory: str, table: str) -> list[str]:
    folder = os.path.join(directory, table)
    return [name for name in os.listdir(folder) if name.endswith(".parquet")] if os.path.isdir(folder) else []


def _records(part, *, streamed: bool = False) -> Iterator[ArticleRecord]:
    try:
        yield from _validated_lines(part, streamed=streamed)
    except _DAMAGED_GZIP as exc:
        # a .gz cut short (a copy or `gzip` stopped part-way) was "unexpected EOFError ... please report this"
        raise _cut_short(part, exc) from exc


# What reading a gzip file cut short or damaged raises, and how much of it is_newsmine_output reads.
_DAMAGED_GZIP = (EOFError, gzip.BadGzipFile, zlib.error)
_HEAD_CHECKED = 1 << 16


def _cut_short(path, exc: Exception) -> UsageError:
    return UsageError(f"{path} is a gzip file cut short or damaged ({exc}): it does not hold the whole run; gzip the "
                      "records again from the .jsonl (or copy it again), then merge")


def _validated_lines(part, *, streamed: bool) -> Iterator[ArticleRecord]:
    """Each record of ``part``; a line that is none is refused. The ``--resume`` advice is for a
    streamed run's torn *last* line alone: a bad line with records after it was told to "finish
    the run with --resume", which rewrites nothing before the end (review48c)."""
    with _open(part) as handle:
        bad: tuple[int, bytes, ValueError] | None = None
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            if bad is not None:  # a record follows the bad line: it is not the torn end of a stopped run
                raise UsageError(f"{part}, line {bad[0]}: not a newsmine record, with records after it (was the file "
                                 "edited, or another file joined to it?); merge reads what newsmine extract wrote, "
                                 "unchanged") from bad[2]
            try:
                yield ArticleRecord.model_validate_json(line)
            except ValueError as exc:
                if not streamed:
                    raise UsageError(f"{part}, line {number}: not a newsmine record; a complete shard's part holds "
                                     "only records (was it edited?)") from exc
                bad = (number, line, exc)
        if bad is not None:  # a torn last line: the run was killed mid-write, or is still writing
            raise UsageError(f"{part}, line {bad[0]}: not a whole newsmine record (the run writing it was stopped, or "
                             "is still running); finish it with the same extract command and --resume, then merge") \
                from bad[2]


def _row_counts(database: str) -> dict[str, int]:
    import duckdb

    with duckdb.connect(database, read_only=True) as db:
        return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
