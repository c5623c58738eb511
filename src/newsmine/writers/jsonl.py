"""JSON Lines output: one record a line, UTF-8, written as records complete.

Each line is written whole and flushed, so a reader (or ``--resume``) sees complete lines
plus at most one torn last line after a crash.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

from newsmine.errors import OutputError
from newsmine.records import ArticleRecord

__all__ = ["JsonLinesWriter", "record_line"]


def record_line(record: ArticleRecord) -> bytes:
    """A record as one JSON line (bytes, newline-terminated)."""
    return record.model_dump_json().encode("utf-8") + b"\n"


class JsonLinesWriter:
    """Write records to ``path`` (``-`` for standard output).

    ``mode``: ``"new"`` refuses an existing file, ``"overwrite"`` replaces it, ``"append"``
    adds to it (used by ``--resume``).
    """

    def __init__(self, path: str | Path, *, mode: str = "new"):
        self.path = str(path)
        self._failed = False
        self._handle: BinaryIO
        if self.path == "-":
            self._handle = sys.stdout.buffer
            self._close = False
            return
        flags = {"new": "xb", "overwrite": "wb", "append": "ab"}[mode]
        try:
            self._handle = open(self.path, flags)
        except FileExistsError as exc:
            raise OutputError(f"{self.path} exists; pass --overwrite to replace it or --resume to continue it") from exc
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from exc
        self._close = True

    def write(self, record: ArticleRecord) -> None:
        self.write_line(record_line(record))

    def write_line(self, line: bytes) -> None:
        try:
            self._handle.write(line)
            self._handle.flush()
        except OSError as exc:
            self._failed = True
            raise OutputError(f"writing {self.path} failed: {exc.strerror or exc}; what was written so far is intact") from exc

    def close(self) -> None:
        try:
            if self._close:
                self._handle.close()
            else:
                self._handle.flush()
        except OSError as exc:
            # After a failed write the buffer still holds what could not be written, and
            # closing tries again: that second failure must not hide the first one's message.
            if not self._failed:
                raise OutputError(f"finishing {self.path} failed: {exc.strerror or exc}") from exc

    def __enter__(self) -> JsonLinesWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
