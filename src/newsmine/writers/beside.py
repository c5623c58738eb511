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
import re
import shutil

__all__ = ["discard", "put_in_place", "temporary_beside"]


def temporary_beside(path: str, logs: tuple[str, ...]) -> str:
    """A hidden name beside ``path`` for the database that will replace it (this process's: a
    stale one of a killed run with this process id is removed, with its logs, and so are those of
    runs whose process is gone: :func:`_discard_killed_runs`)."""
    directory, name = os.path.split(os.path.abspath(path))
    temporary = os.path.join(directory, f".{name}.newsmine-{os.getpid()}.tmp")
    discard(temporary, logs)
    _discard_killed_runs(directory, name, logs)
    return temporary


def _discard_killed_runs(directory: str, name: str, logs: tuple[str, ...]) -> None:
    """Remove the hidden files a killed run (``kill -9``, a crash) left beside ``name``: no later
    run removed them, unless it had the same process id, so a JSON array's or a database's
    whole copy stayed beside it for good (output66's leftover). Only a run whose process no longer
    exists: one still writing keeps its file."""
    pattern = re.compile(rf"\.{re.escape(name)}\.newsmine-(\d+)\.tmp")
    try:
        entries = os.listdir(directory)
    except OSError:  # a folder one may write in but not list: its leftovers stay, as before
        return
    for entry in entries:
        found = pattern.fullmatch(entry)
        if found and not _is_running(int(found.group(1))):
            discard(os.path.join(directory, entry), logs)


def _is_running(pid: int) -> bool:
    """Whether process ``pid`` exists. Always true on Windows, where ``os.kill`` would end it."""
    if os.name == "nt":
        return True
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):  # gone, or a number no process id can be
        return False
    except PermissionError:  # another user's process
        return True
    return True


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
