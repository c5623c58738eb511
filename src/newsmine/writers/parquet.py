"""Parquet output: a directory holding one Parquet dataset per table of :mod:`newsmine.writers.tables`.

Layout: ``<dir>/<table>/part-00000.parquet`` (``articles``, ``entities``, ``mentions``,
``quotes``, ``quote_parts``, ``dates``, ``article_warnings``), the same columns as the DuckDB tables, and
``<dir>/corpus_entities/corpus_entities.parquet``, the summary DuckDB holds as a view, written
when the run closes over every part (rewritten by each appending run). Each run
writes one part file per table, a row group per batch of records, so memory does not grow
with the corpus. ``mode="append"`` adds the next part file beside the earlier ones (readers
see one dataset: ``pandas.read_parquet('<dir>/quotes')``,
``duckdb: SELECT * FROM '<dir>/quotes/*.parquet'``). An article whose id an earlier part
already holds is replaced: when the run closes, its rows are removed from the earlier parts
(each such part is rewritten, streamed a row group at a time, and swapped in atomically), so
a daily crawl appended day after day holds each article once. Within one run every record is
kept, as in DuckDB.

A Parquet file is readable only once closed (its footer is written last), so a run writes
each part under a hidden name (``<table>/.part-00001.parquet.tmp``, matched by no
``*.parquet`` glob) and gives it its name once closed: a dashboard reading
``<dir>/<table>/*.parquet`` while a nightly ``--append`` runs sees the earlier parts, where the
new part, named from the start, made every query fail ("too small to be a Parquet file") for
the whole run. A run that is killed leaves its hidden parts unclosed; so do runs of earlier
versions, under the part's own name. Such torn parts hold nothing anyone can read, so the next
run does not trip over them: a directory holding only torn parts is replaced like an empty one,
and ``mode="append"`` removes them before adding its own part (their articles, not held, are
extracted again).

``mode="overwrite"`` of an existing directory uses the same hidden names: the old parts stay
until the run finishes, and are removed then (:meth:`ParquetDirectoryWriter.close`), before this
run's part takes the name ``part-00000.parquet``; a run stopped or failed part-way
(:meth:`ParquetDirectoryWriter.close_unfinished`) removes its own hidden parts and leaves the old
dataset whole (session 66: they were removed at open, before the model had loaded).
``mode="replace"`` (a directory of torn parts only) removes them at open.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from newsmine.errors import OutputError
from newsmine.writers.directory import prepare_directory, remove_replaced
from newsmine.writers.corpus import CORPUS_SOURCES, corpus_batches, duckdb_parquet_source
from newsmine.writers.tables import CORPUS_TABLES, TABLES, BatchedTableWriter, arrow_schema

__all__ = ["DEFAULT_BATCH_RECORDS", "ParquetDirectoryWriter", "holds_torn_parts_only", "torn_parts"]

DEFAULT_BATCH_RECORDS = 1000
_PART = re.compile(r"part-(\d+)\.parquet$")
# A part being written: hidden, and matched by no "*.parquet" glob, until it is closed.
_UNFINISHED_PART = re.compile(r"\.part-(\d+)\.parquet\.tmp$")
_MAGIC = b"PAR1"  # a closed Parquet file ends with its footer's length and these four bytes


def _files_named(path: str, name: re.Pattern[str]) -> list[str]:
    """The files of the table directories of ``path`` whose names ``name`` matches, table by
    table, in name order."""
    return [os.path.join(path, table, file) for table in TABLES if os.path.isdir(os.path.join(path, table))
            for file in sorted(os.listdir(os.path.join(path, table))) if name.match(file)]


def _part_files(path: str) -> list[str]:
    return _files_named(path, _PART)


def _unfinished_parts(path: str) -> list[str]:
    return _files_named(path, _UNFINISHED_PART)


def _unfinished(file: str) -> str:
    """The hidden name a part is written under until it is closed."""
    folder, name = os.path.split(file)
    return os.path.join(folder, f".{name}.tmp")


def _is_torn(file: str) -> bool:
    """True for a part file a killed run never closed: no footer, so no reader can open it."""
    try:
        with open(file, "rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            if size < 2 * len(_MAGIC) + 4:
                return True
            handle.seek(size - len(_MAGIC))
            return handle.read(len(_MAGIC)) != _MAGIC
    except OSError:
        return False  # cannot tell: leave it to the reader's own error


def torn_parts(path: str) -> list[str]:
    """The part files under ``path`` that a killed run left unclosed: its hidden parts, and
    named parts without a footer (left by earlier versions, which wrote under the final name)."""
    return [file for file in _part_files(path) if _is_torn(file)] + _unfinished_parts(path)


def holds_torn_parts_only(path: str) -> bool:
    """True when newsmine's part files under ``path`` exist and every one is torn: the output
    of a run killed before it closed anything, which holds no readable record."""
    parts = _part_files(path)
    unfinished = _unfinished_parts(path)
    return bool(parts or unfinished) and all(_is_torn(file) for file in parts)


class ParquetDirectoryWriter(BatchedTableWriter):
    def __init__(self, path: str | Path, *, mode: str = "new", batch_records: int = DEFAULT_BATCH_RECORDS):
        import pyarrow.parquet as pq

        super().__init__(batch_records)
        self.path = str(path)
        replacing = mode == "overwrite" and os.path.isdir(self.path)
        self._replaced = prepare_directory(  # the old dataset's files, removed when this run finishes
            self.path, mode, [f"{table}/part-*.parquet" for table in TABLES] + [f"{table}/.part-*.parquet.tmp" for table in TABLES]
            + [f"{table}/{table}.parquet" for table in CORPUS_TABLES]
        )
        if mode == "append":
            for torn in torn_parts(self.path):
                os.remove(torn)  # a killed run's unreadable part: it would break every reader of the dataset
        part = 0 if replacing else self._next_part_number()
        self._part = part
        self._replacing = replacing
        self._run_ids: set[str] = set()  # articles of this run, removed from the earlier parts at close
        self._writers = {}
        self._files: dict[str, str] = {}  # each table's part, by the name it takes once closed
        self._write_failed = False
        try:
            for table in TABLES:
                os.makedirs(os.path.join(self.path, table), exist_ok=True)
                self._files[table] = os.path.join(self.path, table, f"part-{part:05d}.parquet")
                self._writers[table] = pq.ParquetWriter(_unfinished(self._files[table]), arrow_schema(table),
                                                        compression="zstd")
        except OSError as exc:
            self._release()
            if replacing:
                self._remove_own_parts()
            raise OutputError(f"cannot write Parquet files under {self.path}: {exc.strerror or exc}") from exc

    def _next_part_number(self) -> int:
        numbers = [int(_PART.search(file).group(1)) for file in _part_files(self.path)]
        return max(numbers, default=-1) + 1

    def _write_batch(self, tables) -> None:
        self._run_ids.update(tables["articles"].column("article_id").to_pylist())
        try:
            for table, rows in tables.items():
                if rows.num_rows:
                    self._writers[table].write_table(rows)
        except OSError as exc:
            self.complete_records = 0  # a Parquet file without its footer cannot be read at all
            self._write_failed = True
            raise OutputError(f"writing Parquet files under {self.path} failed: {exc.strerror or exc}; "
                              "this run's part files are unreadable (a Parquet file is whole only once closed)") from exc

    def close(self) -> None:
        try:
            super().close()  # closes the parts: raises, leaving them hidden and torn, when a write failed
        except BaseException:
            if self._replacing:
                self._remove_own_parts()  # the old dataset stays: nothing of this run is kept beside it
            raise
        if self._replacing and not self.complete_records:
            self._remove_own_parts()  # nothing of this run to show: the old dataset stays
            return
        if self._replacing and not self._write_failed:
            remove_replaced(self._replaced, keep=[_unfinished(file) for file in self._files.values()])
        if not self._write_failed:
            try:
                for file in self._files.values():
                    os.replace(_unfinished(file), file)  # readers see the whole part, or none of it
            except OSError as exc:
                raise OutputError(f"naming this run's Parquet parts under {self.path} failed: {exc.strerror or exc}") from exc
        if self._part and self._run_ids:
            self._drop_replaced_articles()
        self._write_corpus_tables()

    def close_unfinished(self) -> None:
        """Close after a run stopped or failed part-way: an --overwrite's hidden parts are removed and
        the old dataset stays whole (``complete_records`` 0); any other directory keeps the batches
        written, as :meth:`close` does."""
        if not self._replacing:
            self.close()
            return
        self._buffer.clear()
        try:
            self._release()
        finally:
            self._remove_own_parts()

    def _remove_own_parts(self) -> None:
        for file in self._files.values():
            if os.path.exists(_unfinished(file)):
                os.remove(_unfinished(file))
        self.complete_records = 0

    def _write_corpus_tables(self) -> None:
        """corpus_entities over every part, replaced whole (an appending run changes its counts)."""
        import pyarrow.parquet as pq

        sources = {table: duckdb_parquet_source(self.path, table) for table in CORPUS_SOURCES}
        for table in CORPUS_TABLES:
            os.makedirs(os.path.join(self.path, table), exist_ok=True)
            file = os.path.join(self.path, table, f"{table}.parquet")
            try:
                with pq.ParquetWriter(file + ".tmp", arrow_schema(table), compression="zstd") as writer:
                    for batch in corpus_batches(sources, table):
                        writer.write_batch(batch)
                os.replace(file + ".tmp", file)
            except OSError as exc:
                raise OutputError(f"writing {file} failed: {exc.strerror or exc}; the per-article tables are written") from exc

    def _release(self) -> None:
        try:
            for writer in self._writers.values():
                writer.close()
        except OSError as exc:
            self.complete_records = 0
            raise OutputError(f"finishing Parquet files under {self.path} failed: {exc.strerror or exc}; "
                              "this run's part files are unreadable") from exc

    def _drop_replaced_articles(self) -> None:
        """Remove this run's article ids from the parts earlier runs wrote."""
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        replaced = pa.array(sorted(self._run_ids), type=pa.string())
        for table in TABLES:
            folder = os.path.join(self.path, table)
            for name in sorted(os.listdir(folder)):
                match = _PART.match(name)
                if not match or int(match.group(1)) >= self._part:
                    continue
                file = os.path.join(folder, name)
                try:
                    if not pc.any(pc.is_in(pq.read_table(file, columns=["article_id"]).column("article_id"),
                                           value_set=replaced)).as_py():
                        continue
                    source = pq.ParquetFile(file)
                    with pq.ParquetWriter(file + ".tmp", source.schema_arrow, compression="zstd") as rewritten:
                        for batch in source.iter_batches():
                            rewritten.write_batch(batch.filter(pc.invert(pc.is_in(batch.column("article_id"), value_set=replaced))))
                    source.close()
                    os.replace(file + ".tmp", file)
                except OSError as exc:
                    raise OutputError(f"replacing re-seen articles in {file} failed: {exc.strerror or exc}; this run's "
                                      "records are written, but that part may still hold their earlier rows") from exc
