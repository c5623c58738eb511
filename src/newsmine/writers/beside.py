"""A database built beside the one an ``--overwrite`` replaces, and renamed over it at close.

Until the rename the old database stays whole: a run stopped before its first record, or whose
write failed, leaves it as it was (and its manifest with it: ``batch._write_manifest_if_replaced``),
and a process that has it open keeps reading its own copy instead of seeing its file deleted
under it. DuckDB's writer did so first; SQLite's, which removed the old file when it opened the
new one, does the same since session 65 (review65e). ``logs`` are the suffixes of the files a
database keeps beside it while open (DuckDB's ``.wal``; SQLite's ``-wal``, ``-shm`` and
``-journal``): the new database's are left behind with it, and the old one's are removed before
the rename, or they would be replayed into the new database.
"""

from __future__ import annotations

import os
import shutil

__all__ = ["discard", "put_in_place", "temporary_beside"]


def temporary_beside(path: str, logs: tuple[str, ...]) -> str:
    """A hidden name beside ``path`` for the database that will replace it (this process's: a
    stale one of a killed run with this process id is removed, with its logs)."""
    directory, name = os.path.split(os.path.abspath(path))
    temporary = os.path.join(directory, f".{name}.newsmine-{os.getpid()}.tmp")
    discard(temporary, logs)
    return temporary


def discard(temporary: str, logs: tuple[str, ...]) -> None:
    """Remove a database built beside another, and its logs: the old one stays."""
    for leftover in (temporary, *(temporary + suffix for suffix in logs)):
        if os.path.exists(leftover):
            os.remove(leftover)


def put_in_place(temporary: str, path: str, logs: tuple[str, ...]) -> None:
    """Rename the database built beside ``path`` over it, once the old one's logs are gone.

    The new file takes the old one's permission bits first: it was made with the process's umask,
    so a private output (``chmod 600``) replaced by an ``--overwrite`` became readable by all
    (review66a). Its owner and group, and any hard link to the old file, are not carried over."""
    for stale_log in (path + suffix for suffix in logs):
        if os.path.exists(stale_log):
            os.remove(stale_log)
    if os.path.exists(path):
        shutil.copymode(path, temporary)
    os.replace(temporary, path)
