"""The corpus tables (:data:`~newsmine.writers.tables.CORPUS_TABLES`) of the directory formats.

DuckDB and SQLite outputs hold ``corpus_entities`` as a view. Parquet and CSV have no views,
so their writers run the view's SQL in DuckDB over the files they have just finished (every
run's parts, after appended articles replaced their earlier rows) and write the result beside
them: one definition of the summary for every format.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pyarrow as pa

from newsmine.errors import OutputError
from newsmine.writers.duckdb import sql_string
from newsmine.writers.tables import DUCKDB_TYPES, TABLES, arrow_schema
from newsmine.writers.views import VIEWS

__all__ = ["CORPUS_SOURCES", "corpus_batches", "duckdb_csv_source", "duckdb_parquet_source"]

# The tables the corpus views read.
CORPUS_SOURCES = ("entities", "quotes")


def duckdb_parquet_source(directory: str, table: str) -> str:
    """DuckDB's reader of ``table``'s dataset in a Parquet output directory."""
    return f"read_parquet({sql_string(os.path.join(directory, table, '*.parquet'))})"


def duckdb_csv_source(directory: str, table: str) -> str:
    """DuckDB's reader of ``<table>.csv`` in a CSV output directory, with the layout's types."""
    types = ", ".join(f"{sql_string(c.name)}: {sql_string(DUCKDB_TYPES[str(c.type)])}" for c in TABLES[table])
    return f"read_csv({sql_string(os.path.join(directory, f'{table}.csv'))}, header = true, columns = {{{types}}})"


def corpus_batches(sources: dict[str, str], table: str) -> Iterator[pa.RecordBatch]:
    """The rows of corpus table ``table`` computed over ``sources`` (table -> DuckDB reader),
    a batch at a time: memory holds one batch of keys, not the corpus."""
    import duckdb

    schema = arrow_schema(table)
    try:
        with duckdb.connect() as db:
            for source in CORPUS_SOURCES:
                db.execute(f"CREATE VIEW {source} AS SELECT * FROM {sources[source]}")
            rows = db.sql(VIEWS[table])
            # to_arrow_reader is DuckDB 2's name for fetch_record_batch (deprecated there)
            reader = rows.to_arrow_reader() if hasattr(rows, "to_arrow_reader") else rows.fetch_record_batch()
            for batch in reader:
                yield pa.RecordBatch.from_arrays([batch.column(i).cast(f.type) for i, f in enumerate(schema)], schema=schema)
    except duckdb.Error as exc:
        raise OutputError(f"computing {table} failed: {exc}; the per-article tables are written") from exc

