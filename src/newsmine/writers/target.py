"""What an output path is, and the guards around writing it: one run at a time, never an input.

* **Kinds.** An output is ``missing``, a regular ``file``, a ``directory``, or a ``stream``: a
  character device, FIFO or socket (``/dev/null``, ``/dev/stdout`` on a terminal, a named
  pipe). A stream is written as it comes (JSON Lines or JSON), never replaced, locked or
  resumed; the formats that need a real file or directory refuse it.
* **One run per output**: :mod:`newsmine.writers.run_lock` (a lock beside the output).
* **Never an input.** :func:`is_same_file` compares by device and inode, so
  ``./feed.jsonl``, ``feed.jsonl`` and a link to it are one file.
"""

from __future__ import annotations

import os
import shlex
import stat
from typing import BinaryIO

from newsmine.errors import OutputError

__all__ = ["foreign_database_message", "holds_no_records", "is_same_file", "output_kind", "require_folder", "write_all"]


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


def write_all(handle: BinaryIO, data: bytes) -> None:
    """Write all of ``data``: a raw (unbuffered) write may take only part of it (long lines, pipes)."""
    view = memoryview(data)
    while view:
        written = handle.write(view)
        view = view[written if written is not None else len(view) :]
