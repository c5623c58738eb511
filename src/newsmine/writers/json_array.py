"""JSON output (``.json``): one array holding every record.

Decision: the file is a complete, valid JSON array after every record, not only at the
end. Each record is written over the closing ``]`` and the bracket written again after it
(one seek per record), so an interrupted run leaves a readable array of the records done so
far. When a write fails (disk full), the file is cut back to the records before and its
bracket written again, so it stays a valid array of exactly the records counted as written;
only a crash (``kill -9``) in the middle of writing one record can leave that record torn.
Written to standard output (``-``), a device or a pipe, the array is closed when the run ends.

``mode="overwrite"`` of an existing file writes the new array beside it, under a hidden name
(:mod:`newsmine.writers.beside`), and renames it over the old file when the run finishes
(:meth:`JsonArrayWriter.close`): a run stopped or failed part-way
(:meth:`JsonArrayWriter.close_unfinished`) leaves the old array whole. Emptied at open, as it
was until session 66, it lost its records to a Ctrl-C during the model's load, and a JSON array
cannot be continued as JSON Lines can. ``mode="replace"`` (an old file holding no record)
writes in place. A link is followed: the file it names is replaced, the link kept.

``mode="append"`` continues an existing array (its closing bracket is found and overwritten).
For big corpora prefer JSON Lines: tools can stream it, while most JSON parsers load a whole
array into memory.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import BinaryIO

from newsmine.errors import OutputError
from newsmine.records import ArticleRecord
from newsmine.writers.beside import discard, put_in_place, temporary_beside
from newsmine.writers.target import output_kind, write_all

__all__ = ["JsonArrayWriter"]

_CLOSE = b"\n]\n"
_TAIL_BYTES = 4096


class JsonArrayWriter:
    def __init__(self, path: str | Path, *, mode: str = "new"):
        self.path = str(path)
        self.complete_records = 0  # records wholly in the output (what an error message may promise)
        self._empty = True
        self._handle: BinaryIO
        self._replaced: str | None = None  # the file an --overwrite replaces when the run finishes
        if self.path == "-" or output_kind(self.path) == "stream":
            # Standard output, a device or a pipe: written as it comes, closed at the end.
            try:
                self._handle = sys.stdout.buffer if self.path == "-" else open(self.path, "ab", buffering=0)
            except OSError as exc:
                raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from exc
            self._seekable = False
            self._write_stream(b"[")
            return
        self._seekable = True
        appending = mode == "append" and os.path.exists(self.path) and os.path.getsize(self.path) > 0
        # A link's target is replaced, so that the link stays.
        self._replaced = os.path.realpath(self.path) if mode == "overwrite" and output_kind(self.path) == "file" else None
        self._write_path = temporary_beside(self._replaced, ()) if self._replaced else self.path
        try:
            # Unbuffered: a failed write leaves nothing in a Python buffer to be retried at close.
            if appending:
                self._handle = open(self.path, "r+b", buffering=0)
                self._tail = self._find_tail()
            else:
                self._handle = open(self._write_path, "xb" if mode == "new" else "wb", buffering=0)
                write_all(self._handle, b"[" + _CLOSE)
                self._tail = 1  # where "\n]\n" starts
        except FileExistsError as exc:
            raise OutputError(f"{self.path} exists; pass --overwrite to replace it") from exc
        except OSError as exc:
            if self._replaced:
                discard(self._write_path, ())
            beside = " (an --overwrite writes the new file beside the old one, in its folder)" if self._replaced else ""
            raise OutputError(f"cannot write {self.path}{beside}: {exc.strerror or exc}") from exc

    def _find_tail(self) -> int:
        """Offset just after the last element of the existing array (where the next one goes)."""
        size = self._handle.seek(0, os.SEEK_END)
        start = max(0, size - _TAIL_BYTES)
        self._handle.seek(start)
        tail = self._handle.read().rstrip()
        if not tail.endswith(b"]"):
            self._handle.close()
            raise OutputError(f"{self.path} does not end with a JSON array's ']' (a torn write?); "
                              "repair it or write to a new file")
        body = tail[:-1].rstrip()
        self._empty = body.endswith(b"[")  # records are objects: only an empty array ends "[ ]"
        return start + len(body)

    def write(self, record: ArticleRecord) -> None:
        data = record.model_dump_json().encode("utf-8")
        separator = b"\n" if self._empty else b",\n"
        if not self._seekable:
            self._write_stream(separator + data)
            self._empty = False
            self.complete_records += 1
            return
        try:
            self._handle.seek(self._tail)
            write_all(self._handle, separator + data + _CLOSE)
        except OSError as exc:
            if self._replaced:  # the old file stays (close_unfinished), and the message says so
                raise OutputError(f"writing {self.path} failed: {exc.strerror or exc}") from exc
            intact = self._cut_back()
            raise OutputError(f"writing {self.path} failed: {exc.strerror or exc}; "
                              + ("it is a valid JSON array of the records before" if intact else
                                 "the file may end inside a record; rerun with --overwrite")) from exc
        self._empty = False
        self._tail = self._handle.tell() - len(_CLOSE)
        self.complete_records += 1

    def _cut_back(self) -> bool:
        """After a failed write: the file back to the records before it, closed. True if that worked."""
        try:
            self._handle.truncate(self._tail)
            self._handle.seek(self._tail)
            write_all(self._handle, _CLOSE)  # cutting freed at least the space these bytes need
            return True
        except OSError:
            return False

    def close_unfinished(self) -> None:
        """Close after a run stopped or failed part-way: an --overwrite's new array is discarded and
        the old one stays whole (``complete_records`` 0: none of this run's records is in the output);
        any other array keeps the records written, a valid array."""
        if not self._replaced:
            self.close()
            return
        self._handle.close()
        discard(self._write_path, ())
        self.complete_records = 0

    def _write_stream(self, data: bytes) -> None:
        try:
            write_all(self._handle, data)
            self._handle.flush()
        except OSError as exc:
            raise OutputError(f"writing {self.path} failed: {exc.strerror or exc}") from exc

    def close(self) -> None:
        """Finish the array; an --overwrite's new array takes the old one's place here, if it holds a
        record (a run with none keeps the old)."""
        if self._seekable:
            self._handle.close()
            if self._replaced and self.complete_records:
                put_in_place(self._write_path, self._replaced, ())
            elif self._replaced:
                discard(self._write_path, ())
            return
        try:
            self._write_stream(_CLOSE)
        finally:
            if self.path != "-":
                self._handle.close()

    def __enter__(self) -> JsonArrayWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
