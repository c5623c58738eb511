"""CSV output: a directory holding one CSV file per table of :mod:`newsmine.writers.tables`.

``<dir>/articles.csv``, ``entities.csv``, ``mentions.csv``, ``quotes.csv``,
``quote_parts.csv``, ``dates.csv``, ``article_warnings.csv`` (the last made by the first run
that appends to a directory written before it): the same columns as the DuckDB tables, a header line
first; and ``corpus_entities.csv``, the summary DuckDB holds as a view, written when the run
closes over all the rows (rewritten by each appending run). RFC 4180: comma-separated, CRLF line ends, fields holding a comma, quote or line break
are quoted and quotes doubled; UTF-8 without a byte-order mark. Null and empty text both
appear as an empty field (CSV cannot tell them apart); dates are ISO ``YYYY-MM-DD``.

Rows are written as each record arrives, one write per file; when a write fails (disk full)
every file is cut back to the rows of the records before, so no row is ever torn.
``mode="append"`` adds rows to existing files (which must have the same header) and replaces
re-seen articles: when the run closes, the rows that were in the files before it and belong
to an article id it wrote are removed (each file is rewritten, streamed, and swapped in
atomically). Within one run every record is kept, as in DuckDB.

``mode="overwrite"`` of an existing directory writes each file under a hidden name beside the old
one (``.quotes.csv.newsmine-<pid>.tmp``: :mod:`newsmine.writers.beside`) and, when the run
finishes, gives them their names over the old files (:meth:`CsvDirectoryWriter.close`); a run
stopped or failed part-way (:meth:`CsvDirectoryWriter.close_unfinished`) removes them and leaves
the old tables whole. ``mode="replace"`` (a directory of headers alone) writes in place.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import BinaryIO

from newsmine.errors import OutputError
from newsmine.records import ArticleRecord
from newsmine.writers.beside import discard, put_in_place, temporary_beside
from newsmine.writers.directory import prepare_directory, remove_replaced
from newsmine.writers.corpus import CORPUS_SOURCES, corpus_batches, duckdb_csv_source
from newsmine.writers.tables import CORPUS_TABLES, TABLES, record_rows
from newsmine.writers.target import write_all

__all__ = ["CsvDirectoryWriter"]


class CsvDirectoryWriter:
    def __init__(self, path: str | Path, *, mode: str = "new"):
        self.path = str(path)
        self.complete_records = 0  # records wholly in the files (what an error message may promise)
        replacing = mode == "overwrite" and os.path.isdir(self.path)
        # The old tables, and the hidden files of a run killed while replacing them.
        self._replaced = prepare_directory(self.path, mode, [f"{table}.csv" for table in {**TABLES, **CORPUS_TABLES}]
                                           + [f".{table}.csv.newsmine-*.tmp" for table in TABLES])
        self._beside: dict[str, str] = {}  # table -> the hidden file it is written in until the run finishes
        self._handles: dict[str, BinaryIO] = {}
        self._good_ends: dict[str, int] = {}  # per file: offset just past the last complete record's rows
        self._earlier_rows: dict[str, int] = {}  # data rows each file held before this run
        self._run_ids: set[str] = set()
        try:
            for table, columns in TABLES.items():
                header = [column.name for column in columns]
                file = os.path.join(self.path, f"{table}.csv")
                resuming = mode == "append" and os.path.exists(file) and os.path.getsize(file) > 0
                if resuming:
                    self._earlier_rows[table] = self._check_header(file, header)
                if replacing:
                    file = self._beside[table] = temporary_beside(file, ())
                # Unbuffered bytes: each record's rows go out in one write per file, and a
                # failed write can be cut back exactly.
                handle = open(file, "ab" if resuming else "wb", buffering=0)
                self._handles[table] = handle
                if not resuming:
                    write_all(handle, _csv_bytes([header]))
                self._good_ends[table] = handle.seek(0, os.SEEK_END)
        except OSError as exc:
            self.close()
            raise OutputError(f"cannot write CSV files under {self.path}: {exc.strerror or exc}") from exc

    @staticmethod
    def _check_header(file: str, header: list[str]) -> int:
        """Refuse a file of other columns; the number of data rows it holds."""
        with open(file, encoding="utf-8", newline="") as handle:
            rows = csv.reader(handle)
            found = next(rows, [])
            if found != header:
                raise OutputError(f"{file} has other columns than newsmine writes; write to a new directory")
            return sum(1 for _ in rows)

    def write(self, record: ArticleRecord) -> None:
        rows: dict[str, list[list]] = {table: [] for table in TABLES}
        for table, row in record_rows(record):
            rows[table].append(row)
        try:
            for table, table_rows in rows.items():
                if table_rows:
                    write_all(self._handles[table], _csv_bytes(table_rows))
        except OSError as exc:
            if self._beside:  # the old tables stay (close_unfinished), and the message says so
                raise OutputError(f"writing CSV files under {self.path} failed: {exc.strerror or exc}") from exc
            raise OutputError(f"writing CSV files under {self.path} failed: {exc.strerror or exc}; "
                              + self._cut_back()) from exc
        for table, handle in self._handles.items():
            self._good_ends[table] = handle.tell()
        self._run_ids.add(record.id)
        self.complete_records += 1

    def _cut_back(self) -> str:
        """After a failed write: every file back to the rows of the records before."""
        try:
            for table, handle in self._handles.items():
                handle.truncate(self._good_ends[table])
                handle.seek(self._good_ends[table])
            return "every file ends with the rows of the last complete record"
        except OSError:
            return "the last rows of some files may be torn"

    def close(self) -> None:
        for handle in self._handles.values():
            handle.close()
        if self._beside:
            if not self.complete_records or len(self._handles) < len(TABLES):
                self.close_unfinished()  # nothing of this run to show: the old tables stay
                return
            # Each table renamed over the old one (which gives it the old file's permissions), then
            # the old files no table of this run replaced (the corpus summary, a killed run's).
            placed = [os.path.join(self.path, f"{table}.csv") for table in self._beside]
            for hidden, table_file in zip(self._beside.values(), placed):
                put_in_place(hidden, table_file, ())
            remove_replaced(self._replaced, keep=placed)
            self._beside.clear()
        if self._run_ids and any(self._earlier_rows.values()):
            self._drop_replaced_articles()
        self._run_ids.clear()
        if len(self._handles) == len(TABLES):  # every table file was opened: their corpus summary
            self._write_corpus_tables()

    def close_unfinished(self) -> None:
        """Close after a run stopped or failed part-way: an --overwrite's new files are removed and
        the old tables stay whole (``complete_records`` 0); any other directory keeps the rows of
        the records written, as :meth:`close` does."""
        if not self._beside:
            self.close()
            return
        for handle in self._handles.values():
            handle.close()
        for hidden in self._beside.values():
            discard(hidden, ())
        self._beside.clear()
        self.complete_records = 0

    def _write_corpus_tables(self) -> None:
        """corpus_entities.csv over all the rows, replaced whole (an appending run changes its counts)."""
        sources = {table: duckdb_csv_source(self.path, table) for table in CORPUS_SOURCES}
        for table, columns in CORPUS_TABLES.items():
            file = os.path.join(self.path, f"{table}.csv")
            try:
                with open(file + ".tmp", "wb") as handle:
                    write_all(handle, _csv_bytes([[column.name for column in columns]]))
                    for batch in corpus_batches(sources, table):
                        write_all(handle, _csv_bytes(list(zip(*(column.to_pylist() for column in batch.columns)))))
                os.replace(file + ".tmp", file)
            except OSError as exc:
                raise OutputError(f"writing {file} failed: {exc.strerror or exc}; the per-article tables are written") from exc

    def _drop_replaced_articles(self) -> None:
        """Remove this run's article ids from the rows the files held before the run."""
        for table, earlier in self._earlier_rows.items():
            file = os.path.join(self.path, f"{table}.csv")
            try:
                with open(file, encoding="utf-8", newline="") as source, \
                        open(file + ".tmp", "w", encoding="utf-8", newline="") as target:
                    rows, out = csv.reader(source), csv.writer(target, lineterminator="\r\n")
                    out.writerow(next(rows))
                    for number, row in enumerate(rows):
                        if number >= earlier or row[0] not in self._run_ids:  # article_id is every table's first column
                            out.writerow(row)
                os.replace(file + ".tmp", file)
            except OSError as exc:
                raise OutputError(f"replacing re-seen articles in {file} failed: {exc.strerror or exc}; this run's "
                                  "rows are written, but the file may still hold their earlier rows") from exc

    def __enter__(self) -> CsvDirectoryWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _csv_bytes(rows: list[list]) -> bytes:
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows(rows)
    return text.getvalue().encode("utf-8")


def holds_header_only(path: str) -> bool:
    """True for a directory holding newsmine's CSV files with their header lines and no row
    (a run killed before its first record), and nothing else."""
    names = set(os.listdir(path))
    if not names or not names <= {f"{table}.csv" for table in {**TABLES, **CORPUS_TABLES}}:
        return False
    for name in names:
        with open(os.path.join(path, name), "rb") as handle:
            if handle.read(1 << 16).count(b"\n") > 1:
                return False
    return True
