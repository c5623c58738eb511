"""A Parquet output directory (sharded or not) -> one DuckDB database, for those who want one file.

The database is the one ``--output x.duckdb`` writes: the same tables, column comments and
views, so queries written for either work on both. DuckDB reads each table's parts with one
``read_parquet`` glob and streams them in, so memory does not grow with the corpus. Only
complete parts are read: parts being written have temporary names the glob does not match.
The database is written under a temporary name and renamed when complete.
"""

from __future__ import annotations

import os

from newsmine.errors import OutputError, UsageError
from newsmine.writers.duckdb import DuckDbWriter
from newsmine.writers.tables import TABLES

__all__ = ["merge"]


def merge(directory: str, output: str, *, overwrite: bool = False) -> dict[str, int]:
    """Rows per table copied from the Parquet dataset in ``directory`` into ``output``."""
    missing = [table for table in TABLES if not _parts(directory, table)]
    if missing:
        raise UsageError(f"{directory} is not a newsmine Parquet output: no parts for {', '.join(missing)}")
    if os.path.exists(output) and not overwrite:
        raise OutputError(f"{output} exists; pass --overwrite to replace it")
    temporary = f"{output}.tmp-{os.getpid()}"
    counts: dict[str, int] = {}
    try:
        writer = DuckDbWriter(temporary, mode="overwrite")  # creates the tables, comments and views
        try:
            for table in TABLES:
                counts[table] = writer.copy_parquet(table, os.path.join(directory, table, "*.parquet"))
        finally:
            writer.close()
        os.replace(temporary, output)
    except BaseException:
        for leftover in (temporary, temporary + ".wal"):
            if os.path.exists(leftover):
                os.remove(leftover)
        raise
    return counts


def _parts(directory: str, table: str) -> list[str]:
    folder = os.path.join(directory, table)
    return [name for name in os.listdir(folder) if name.endswith(".parquet")] if os.path.isdir(folder) else []
