"""What an output path is, and the guards around writing it: one run at a time, never an input.

* **Kinds.** An output is ``missing``, a regular ``file``, a ``directory``, or a ``stream``: a
  character device, FIFO or socket (``/dev/null``, ``/dev/stdout`` on a terminal, a named
  pipe). A stream is written as it comes (JSON Lines or JSON), never replaced, locked or
  resumed; the formats that need a real file or directory refuse it.
* **One run per output.** :func:`output_lock` holds an exclusive OS lock (``flock``) on a
  hidden ``.<output name>.lock`` beside the output for the whole run: two runs into one
  output would interleave their bytes or duplicate articles, so the second is refused at
  once. The lock file is removed at the end of the run; the OS drops the lock when its
  process dies, so a killed run never blocks the next one (its empty lock file stays).
* **Never an input.** :func:`is_same_file` compares by device and inode, so
  ``./feed.jsonl``, ``feed.jsonl`` and a link to it are one file.
"""

from __future__ import annotations

import os
import shlex
import stat

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

from newsmine.errors import OutputError

__all__ = [
    "LOCK_SUFFIX", "foreign_database_message", "holds_no_records", "is_same_file", "lock_path", "output_kind",
    "output_lock", "require_folder", "write_all",
]

LOCK_SUFFIX = ".lock"


def output_kind(path: str) -> str:
    """``missing``, ``file``, ``directory`` or ``stream`` (``-`` is a stream)."""
    if path == "-":
        return "stream"
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "file"  # exists but cannot be examined: opening it reports why
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "directory"
    return "stream"


def holds_no_records(path: str, fmt: str) -> bool:
    """True when an existing output holds no record: what a run killed before its first record
    leaves (an empty file, an empty JSON array, a DuckDB or SQLite database with tables but no
    article, CSV files with headers alone, Parquet parts that were never closed and so hold
    nothing readable). Such an output is replaced rather than refused."""
    kind = output_kind(path)
    try:
        if kind == "file":
            size = os.path.getsize(path)
            if size == 0:
                return True
            if fmt == "json" and size <= 64:
                with open(path, "rb") as handle:
                    return b"".join(handle.read().split()) == b"[]"
            if fmt == "duckdb":
                from newsmine.writers.duckdb import holds_no_articles

                return holds_no_articles(path)
            if fmt == "sqlite":
                from newsmine.writers.sqlite import holds_no_articles as sqlite_holds_no_articles

                return sqlite_holds_no_articles(path)
        if kind == "directory" and fmt == "csv":
            from newsmine.writers.csv import holds_header_only

            return holds_header_only(path)
        if kind == "directory" and fmt == "parquet":
            from newsmine.writers.parquet import holds_torn_parts_only

            return holds_torn_parts_only(path)
    except OSError:
        pass
    return False


def foreign_database_message(path: str, kind: str, names: list[str], example: str) -> str:
    """What ``--append`` and ``--resume`` say of a DuckDB or SQLite database newsmine did not
    write (tables or views, and no ``newsmine_meta``): it is left as it is."""
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5:,} more" if len(names) > 5 else "")
    return (f"{path} is a {kind} database newsmine did not write (its tables: {shown}); newsmine adds its tables "
            f"only to a database it wrote or an empty one, and left this one untouched: write to another file "
            f"(--output {example}), then ATTACH it in SQL to query both together")


def require_folder(output: str) -> None:
    """Raise :class:`OutputError` when the folder ``output`` would be written in does not exist,
    saying so (extract's lock file, merge's temporary database and report's page each failed
    with a message about a file the user never named)."""
    folder = os.path.dirname(output.rstrip("/" + os.sep)) or "."
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise OutputError(f"cannot write {output}: {folder} is a file, not a folder; write the output elsewhere")
    if not os.path.isdir(folder):
        # The command quoted for the shell, to be pasted: `mkdir -p with out` made two folders.
        raise OutputError(f"cannot write {output}: the folder {folder} does not exist; create it first "
                          f"(mkdir -p {shlex.quote(folder)}) or write the output elsewhere")


def is_same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def lock_path(output: str) -> str:
    """The lock file of ``output``: hidden, beside it (so a directory walk skips it)."""
    directory, name = os.path.split(output.rstrip("/" + os.sep))
    return os.path.join(directory, f".{name}{LOCK_SUFFIX}")


@contextmanager
def output_lock(output: str) -> Iterator[None]:
    """Hold the output's lock for the ``with`` block; :class:`OutputError` if another run holds it."""
    if output_kind(output) == "stream" or fcntl is None:  # no flock (Windows): no guard
        yield
        return
    path = lock_path(output)
    descriptor = _acquire(path, output)
    try:
        yield
    finally:
        # Removed while still held, so that no lock file outlives its run; an acquirer that
        # opened the old file checks, once it holds the lock, that it is still the file there.
        try:
            os.unlink(path)
        except OSError:
            pass
        os.close(descriptor)


def _acquire(path: str, output: str) -> int:
    while True:
        try:
            descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            # Its directory is the output's: if the lock cannot be made there, neither can the output.
            require_folder(output)  # a missing folder said plainly: the message named the lock file, which no one asked for
            raise OutputError(f"cannot write {output}: {exc.strerror or exc} (making its lock file {path})") from exc
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(descriptor)
            raise OutputError(f"another newsmine run is writing {output} (it holds {path}); wait for it to finish "
                              "or write to another output") from None
        try:
            if os.path.samestat(os.fstat(descriptor), os.stat(path)):
                return descriptor
        except FileNotFoundError:
            pass
        os.close(descriptor)  # its holder removed it as we opened it: take the new one


def write_all(handle: BinaryIO, data: bytes) -> None:
    """Write all of ``data``: a raw (unbuffered) write may take only part of it (long lines, pipes)."""
    view = memoryview(data)
    while view:
        written = handle.write(view)
        view = view[written if written is not None else len(view) :]
