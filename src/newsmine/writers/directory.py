"""Output directories for the formats that write one file (or dataset) per table."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable

from newsmine.errors import OutputError

__all__ = ["prepare_directory", "remove_replaced"]


def prepare_directory(path: str, mode: str, owned_patterns: Iterable[str]) -> list[str]:
    """Make ``path`` ready for writing in ``mode``; the files an ``"overwrite"`` replaces.

    ``owned_patterns`` glob (relative to ``path``) the files this writer creates: ``"new"``
    accepts a missing or empty directory, ``"append"`` keeps them and refuses a non-empty
    directory holding none of them (someone else's folder), ``"replace"`` (a directory holding
    no record) deletes them. ``"overwrite"`` deletes nothing yet: the writer writes its files
    under hidden names and, when the run finishes, removes these (:func:`remove_replaced`) and
    gives its own their names, so a run stopped or failed part-way leaves the old tables whole
    (session 66; they were deleted here, before the model had loaded). Either way only those
    files go, never the rest of a directory the user pointed us at.
    """
    if path == "-":
        raise OutputError("this output format writes a directory of tables, not standard output; give a directory path")
    if os.path.exists(path) and not os.path.isdir(path):
        raise OutputError(f"{path} is a file; this output format writes a directory of tables, one per table")
    owned = sorted(name for pattern in owned_patterns for name in glob.glob(os.path.join(glob.escape(path), pattern)))
    if mode == "new" and os.path.isdir(path) and os.listdir(path):
        raise OutputError(f"{path} exists and is not empty; pass --overwrite to replace newsmine's tables in it, "
                          "or name a new directory")
    if mode == "append" and not owned and os.path.isdir(path) and os.listdir(path):
        # As for a database newsmine did not write: --append added its tables to any folder.
        raise OutputError(f"{path} holds files newsmine did not write and none of its tables; --append adds to a "
                          "newsmine output directory or an empty one, and left this one untouched: name a new directory")
    if mode == "replace":
        remove_replaced(owned, keep=())
    try:
        os.makedirs(path, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the directory {path}: {exc.strerror or exc}") from exc
    return owned if mode == "overwrite" else []


def remove_replaced(files: Iterable[str], keep: Iterable[str]) -> None:
    """Remove the files of the tables an ``--overwrite`` replaces, but those in ``keep`` (this run's
    own: a hidden name a killed run of this process id left is reused)."""
    kept = set(keep)
    for stale in files:
        if stale not in kept and os.path.lexists(stale):
            os.remove(stale)
