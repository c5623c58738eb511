"""JSON Lines output: one record a line, UTF-8, written as records complete.

Crash safety: each line goes to the file in one write and is flushed at once, so after a
crash (even ``kill -9``) the file holds complete lines plus at most one torn last line.
:func:`recover` cuts that torn line and reports which articles the file already holds, which
is what ``--resume`` needs.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path
from typing import BinaryIO

import orjson

from newsmine.errors import OutputError
from newsmine.records import ArticleRecord
from newsmine.writers.target import output_kind, write_all

__all__ = ["SHARD_RECORDS", "JsonLinesWriter", "begins_with_a_record", "recover", "record_line", "shard_parts"]

# A ``--shards --format jsonl`` run writes DIR/records/<shard>.jsonl (newsmine.shards.task).
SHARD_RECORDS = "records"


def shard_parts(directory: str | Path) -> list[Path]:
    """The complete JSON Lines parts of a sharded run in ``directory``, in name order; empty
    when it holds none. Parts being written have hidden temporary names the glob leaves out.
    ``newsmine report`` and ``newsmine merge`` read a sharded JSON Lines run through this."""
    folder = Path(directory) / SHARD_RECORDS
    return sorted(folder.glob("*.jsonl")) if folder.is_dir() else []


def record_line(record: ArticleRecord) -> bytes:
    """A record as one JSON line (bytes, newline-terminated).

    pydantic-core's serialiser writes UTF-8 bytes; ``model_dump_json()`` is the same call
    decoded to a str, which ``.encode()`` then turned back into the same bytes: two copies of
    a record of ~22 kB (the article's text is its largest field) for nothing, 0.213 -> 0.186 ms
    a record (session 65). The bytes are those of ``model_dump_json().encode("utf-8")``, and a
    text neither can write (a lone surrogate) fails in both (tests/test_speed65_shortcuts.py)."""
    return record.__pydantic_serializer__.to_json(record) + b"\n"


class JsonLinesWriter:
    """Write records to ``path`` (``-`` for standard output).

    ``mode``: ``"new"`` refuses an existing file, ``"overwrite"`` replaces it, ``"append"``
    adds to it (used by ``--resume``, after :func:`recover`).

    ``--overwrite`` of an existing file empties it at the first record, not at open
    (:attr:`replaces_at_first_record`): a run stopped before that (a Ctrl-C during the model's
    load, on seeing the start line name the wrong folder) or failing before it leaves the
    records the file held as they were, as a run that finds no article does. Emptied at open,
    they were lost to a run that never wrote one. The file is opened for writing at once all
    the same (:func:`_without_emptying`), so that one that cannot be written is refused before
    any work.
    """

    def __init__(self, path: str | Path, *, mode: str = "new"):
        self.path = str(path)
        self.complete_records = 0  # records wholly in the output (what an error message may promise)
        self._failed = False
        self._handle: BinaryIO
        self._good_end = 0  # offset just past the last complete line (regular files)
        self.replaces_at_first_record = False
        if self.path == "-":
            self._handle = sys.stdout.buffer
            self._close = False
            return
        # A device or pipe (/dev/null, a FIFO) is appended to: "w" would mean nothing to it.
        kind = output_kind(self.path)
        self.replaces_at_first_record = mode == "overwrite" and kind == "file"
        flags = "ab" if kind == "stream" else {"new": "xb", "overwrite": "wb", "append": "ab"}[mode]
        try:
            # Unbuffered: write_line() hands each line to the OS in one call, so a kill
            # between two records never leaves half a line in a Python buffer.
            self._handle = open(self.path, flags, buffering=0,
                                opener=_without_emptying if self.replaces_at_first_record else None)
        except FileExistsError as exc:
            raise OutputError(f"{self.path} exists; pass --overwrite to replace it or --resume to continue it") from exc
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from exc
        self._close = True
        self._seekable = self._handle.seekable()
        if self._seekable and not self.replaces_at_first_record:
            self._good_end = self._handle.seek(0, os.SEEK_END)

    def replace_old_records(self) -> None:
        """Empty the file an ``--overwrite`` replaces (done by the first :meth:`write_line` when
        not called before it; the run calls it first to write its manifest between the two)."""
        if not self.replaces_at_first_record:
            return
        try:
            self._handle.truncate(0)
        except OSError as exc:
            self._failed = True
            raise OutputError(f"cannot replace {self.path}: {exc.strerror or exc}") from exc
        self.replaces_at_first_record = False

    def write(self, record: ArticleRecord) -> None:
        self.write_line(record_line(record))

    def write_line(self, line: bytes) -> None:
        """Write one serialised record (newline-terminated), durably against a process crash.

        When the write fails (disk full, quota), a regular file is cut back to its last
        complete line, so it holds exactly the records counted as written."""
        self.replace_old_records()
        try:
            write_all(self._handle, line)
            if not self._close:
                self._handle.flush()
        except OSError as exc:
            self._failed = True
            raise OutputError(f"writing {self.path} failed: {exc.strerror or exc}; {self._cut_back()}") from exc
        self._good_end += len(line)
        self.complete_records += 1

    def _cut_back(self) -> str:
        if not self._close or not self._seekable:
            return "what was written so far is intact"
        try:
            self._handle.truncate(self._good_end)
            return "the file ends with the last complete record"
        except OSError:
            return "its last line may be torn (--resume cuts it)"

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


def _without_emptying(path: str, flags: int) -> int:
    """Open for ``"wb"`` but leave the file's bytes until :meth:`JsonLinesWriter.replace_old_records`:
    write-only, created if missing, not truncated. ``"r+b"`` did the same but asked to read too,
    refusing a file its owner may only write, and failed on a file removed since it was seen
    (``"wb"`` creates it)."""
    return os.open(path, flags & ~os.O_TRUNC, 0o666)


def recover(path: str | Path) -> Counter[tuple[str | None, str]]:
    """Prepare an interrupted output for appending; returns the articles it already holds.

    Keeps every complete, valid line; a torn *last* line (what a crash leaves) is cut off,
    but only when it is the beginning of a newsmine record. Raises :class:`OutputError` when
    any other line is not a newsmine record, or when the file holds none at all: that file
    was not written by an interrupted run (``--resume`` into one's notes must not cut them).
    """
    path = str(path)
    held: Counter[tuple[str | None, str]] = Counter()
    try:
        handle = open(path, "r+b")
    except FileNotFoundError:
        return held
    except OSError as exc:
        raise OutputError(f"cannot resume {path}: {exc.strerror or exc}") from exc
    with handle:
        good_end = 0  # offset just past the last valid line
        problem: str | None = None
        last_line = b""
        for number, line in enumerate(handle, start=1):
            if problem is not None:  # an invalid line with more after it: not a torn tail
                raise OutputError(
                    f"cannot resume {path}: line {number - 1} {problem}; it is not the torn last line of an "
                    "interrupted run. Fix or remove that line, or start again with --overwrite"
                )
            key = _record_key(line)
            if key is None:
                problem = "is not a complete newsmine record"
                last_line = line
                continue
            held[key] += 1
            good_end += len(line)
        if problem is not None:
            if not held or not last_line.startswith(RECORD_START):
                what = "it holds no newsmine record" if not held else "its last line is not a newsmine record, nor the beginning of one"
                raise OutputError(f"cannot resume {path}: {what}; it was not written by an interrupted run. "
                                  "Write to another file, or replace it with --overwrite")
            handle.truncate(good_end)
            os.fsync(handle.fileno())
    return held


def begins_with_a_record(path: str | Path) -> bool:
    """True when the file's first line is a whole newsmine record: a file ``--resume`` can
    continue. The refusal of an existing output names ``--resume`` only then, since
    :func:`recover` refuses any other file (one's notes, a feed)."""
    try:
        with open(path, "rb") as handle:
            return _record_key(handle.readline()) is not None
    except OSError:
        return False


# How every record line begins (the first field of ArticleRecord): a torn last line that does
# not begin so was not written by newsmine.
RECORD_START = b'{"schema_version":'


def _record_key(line: bytes) -> tuple[str | None, str] | None:
    if not line.endswith(b"\n"):
        return None
    try:
        record = orjson.loads(line)
        return (record["source"]["path"], record["id"])
    except (orjson.JSONDecodeError, KeyError, TypeError):
        return None
