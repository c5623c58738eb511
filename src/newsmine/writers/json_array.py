"""JSON output (``.json``): one array holding every record.

Decision: the file is a complete, valid JSON array after every record, not only at the
end. Each record is written over the closing ``]`` and the bracket written again after it
(one seek per record), so an interrupted run leaves a readable array of the records done so
far; only a crash in the middle of writing one record can leave that record torn. Written to
standard output (``-``) the array is closed when the run ends.

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

__all__ = ["JsonArrayWriter"]

_CLOSE = b"\n]\n"
_TAIL_BYTES = 4096


class JsonArrayWriter:
    def __init__(self, path: str | Path, *, mode: str = "new"):
        self.path = str(path)
        self._empty = True
        self._handle: BinaryIO
        if self.path == "-":
            self._handle, self._seekable = sys.stdout.buffer, False
            self._handle.write(b"[")
            return
        self._seekable = True
        appending = mode == "append" and os.path.exists(self.path) and os.path.getsize(self.path) > 0
        try:
            if appending:
                self._handle = open(self.path, "r+b")
                self._tail = self._find_tail()
            else:
                self._handle = open(self.path, "xb" if mode == "new" else "wb")
                self._handle.write(b"[" + _CLOSE)
                self._handle.flush()
                self._tail = 1  # where "\n]\n" starts
        except FileExistsError as exc:
            raise OutputError(f"{self.path} exists; pass --overwrite to replace it") from exc
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from exc

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
        self._empty = False
        try:
            if self._seekable:
                self._handle.seek(self._tail)
                self._handle.write(separator + data + _CLOSE)
                self._tail = self._handle.tell() - len(_CLOSE)
            else:
                self._handle.write(separator + data)
            self._handle.flush()
        except OSError as exc:
            raise OutputError(f"writing {self.path} failed: {exc.strerror or exc}") from exc

    def close(self) -> None:
        if self._seekable:
            self._handle.close()
        else:
            self._handle.write(_CLOSE)
            self._handle.flush()

    def __enter__(self) -> JsonArrayWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
