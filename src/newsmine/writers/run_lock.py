"""One run at a time per output: an exclusive lock in a hidden file beside it, naming its run.

Two runs into one output interleave their bytes, duplicate articles or, in a sharded
directory, sweep away each other's temporary parts (review49c: the first run's end-of-run sweep
removed the second's part, which then failed to rename). So every run that writes a file or a
local directory holds ``.<output name>.lock`` beside it for as long as it runs, and a second run
is refused at once (:class:`~newsmine.errors.OutputError`, exit 2) with a message naming the
run that holds it: its pid, its host, when it started and its command, which the holder writes
into the lock file as one JSON object once it holds the lock.

**Why ``fcntl.flock`` and not a file created with ``O_CREAT | O_EXCL``.** The kernel drops a
``flock`` when the last descriptor of its holder closes, so a run killed with SIGKILL, or by
the OOM killer, never leaves a lock that blocks the next one, and nothing has to guess whether
it is stale. A file made with ``O_EXCL`` outlives a ``kill -9``: the next run would have to
judge the pid written in it, which cannot be done for another host (an NFS mount) and is wrong
once the pid is reused. On NFS, Linux maps ``flock`` to the server's byte-range locks, which the
server frees when a crashed client's lease ends. The pid and host are still written, to name the
holder, and the one case where the holder's pid is dead but the lock still held is told apart:
the forked worker processes of a killed run hold its descriptor until they notice their parent
is gone (half a second, :mod:`newsmine.runners.local`), so the message says to retry in a moment.

A sharded run's directory that exists in a folder this user may not write holds its lock inside
instead (``DIR/.newsmine.lock``, :func:`output_lock`'s ``inside``): such a run worked before it
took a lock. The lock file is removed at the end of the run while still held; an acquirer that opened the
old file checks, once it holds the lock, that it is still the file there, and takes the new one
otherwise. A stream (``-``, a pipe, a device) has no lock, nor does an output on an object store
(``s3://``: a sharded run's directory), where no lock spans the clients; nor Windows (no
``flock``).
"""

from __future__ import annotations

import errno
import json
import os
import shlex
import socket
import sys
import time

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
from collections.abc import Iterator
from contextlib import contextmanager

from newsmine.errors import OutputError
from newsmine.writers.target import output_kind, require_folder

__all__ = ["LOCK_SUFFIX", "describe_holder", "lock_path", "output_lock", "read_holder", "this_run"]

LOCK_SUFFIX = ".lock"
# Of the command that holds the lock, this many characters are named (a glob expanded by the
# shell can make it thousands).
_COMMAND_CHARS = 160
# errno values of flock on a lock another descriptor holds; any other failure says the
# filesystem cannot lock (ENOLCK: an NFS mount without its lock daemon).
_HELD = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES}
# How long a refused run waits for the holder's note (written just after it takes the lock).
_HOLDER_WAIT_SECONDS = 0.5


def lock_path(output: str) -> str:
    """The lock file of ``output``: hidden, beside it (so a directory walk skips it). A
    directory named ``.`` or ``..`` is named by its absolute path first; an output that is a
    symbolic link, by the file it names (review50b: a cron job writing ``latest.jsonl``, a link
    to ``2026-12.jsonl``, and a run writing ``2026-12.jsonl`` held two locks and wrote one
    file; a linked folder above the output needs nothing: the lock is in the same folder)."""
    trimmed = output.rstrip("/" + os.sep) or os.sep
    if os.path.islink(trimmed):
        trimmed = os.path.realpath(trimmed)
    directory, name = os.path.split(trimmed)
    if name in ("", ".", ".."):
        directory, name = os.path.split(os.path.abspath(trimmed))
    return os.path.join(directory, f".{name or 'root'}{LOCK_SUFFIX}")


@contextmanager
def output_lock(output: str, *, inside: str | None = None) -> Iterator[None]:
    """Hold the output's lock for the ``with`` block; :class:`OutputError` naming the other run
    if another holds it.

    ``inside``: for an existing directory whose folder this user may not write (a project's
    ``out/`` made for them under a shared root), the name of the lock file to hold inside it
    instead; runs of the same user then all find that folder unwritable, and meet there. Only
    a sharded run passes it: its directory allows the name (a streamed Parquet or CSV
    directory holding a file of no table would be refused as not newsmine's)."""
    if output_kind(output) == "stream" or fcntl is None:  # no flock (Windows): no guard
        yield
        return
    path = lock_path(output)
    try:
        descriptor = _acquire(path, output)
    except _FolderUnwritable as refused:
        if inside is None or not os.path.isdir(output):
            raise OutputError(str(refused)) from refused.__cause__
        path = os.path.join(output, inside)
        try:
            descriptor = _acquire(path, output)
        except _FolderUnwritable as inside_refused:
            raise OutputError(str(inside_refused)) from inside_refused.__cause__
    try:
        _write_holder(descriptor)
        yield
    finally:
        try:
            os.unlink(path)  # while still held: see the module's docstring
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
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise _FolderUnwritable(_unwritable_folder(output, path, exc)) from exc
            if exc.errno in _FOLDER_REFUSALS:  # '-o /proc/x.jsonl': "No such file" of a folder that exists
                raise OutputError(_unwritable_folder(output, path, exc)) from exc
            raise OutputError(f"cannot write {output}: {exc.strerror or exc} (making its lock file {path})") from exc
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(descriptor)
            if exc.errno not in _HELD:
                raise OutputError(f"cannot lock {output}: {exc.strerror or exc} (its filesystem refused a lock on "
                                  f"{path}); write the output on a local disk") from None
            raise OutputError(f"another newsmine run is writing {output} ({describe_holder(_holder_of(path))}); "
                              f"wait for it to finish or write to another output (its lock: {path})") from None
        try:
            if os.path.samestat(os.fstat(descriptor), os.stat(path)):
                return descriptor
        except FileNotFoundError:
            pass
        os.close(descriptor)  # its holder removed it as we opened it: take the new one


# What else an existing folder answers when no file can be made in it: a virtual filesystem
# (/proc), a full disk, a quota.
_FOLDER_REFUSALS = frozenset({errno.ENOENT, errno.ENOSPC, errno.EDQUOT})


def _unwritable_folder(output: str, path: str, exc: OSError) -> str:
    """The folder that refused the lock file, named as the user knows it, and what to do: the
    message named the hidden lock file ("Operation not permitted (making its lock file
    out/.records.jsonl.lock)"), a file no one asked for, and said nothing of writing elsewhere."""
    folder = os.path.dirname(path) or "."
    why = "is on a read-only filesystem" if exc.errno == errno.EROFS else f"refuses new files ({exc.strerror or exc})"
    return f"cannot write {output}: the folder {folder} {why}; write the output elsewhere, or make the folder writable"


class _FolderUnwritable(Exception):
    """The lock file's folder refuses this user (permissions, a read-only mount)."""


def this_run() -> dict[str, object]:
    """This run as a lock file (or an object store's note, :mod:`newsmine.shards.writing_note`)
    names it: pid, host, start (UTC) and command."""
    command = shlex.join([os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else "python", *sys.argv[1:]])
    if command.startswith("__main__.py"):  # python -m newsmine
        command = "newsmine" + command.removeprefix("__main__.py")
    return {"pid": os.getpid(), "host": socket.gethostname(),
            "started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
            "command": command[:_COMMAND_CHARS] + ("…" if len(command) > _COMMAND_CHARS else "")}


def _write_holder(descriptor: int) -> None:
    """This run, written into the lock file it holds (:func:`this_run`)."""
    data = json.dumps(this_run(), ensure_ascii=False).encode() + b"\n"
    try:
        os.ftruncate(descriptor, 0)
        os.pwrite(descriptor, data, 0)
    except OSError:
        pass  # the lock holds without its note; a refused run then names no holder


def _holder_of(path: str) -> dict[str, object]:
    """:func:`read_holder`, waiting a moment for a holder that has just taken the lock to write
    itself: two runs started together (a cron job and its overlap) arrive within a millisecond,
    and the second read the first's lock file before a byte was in it."""
    deadline = time.monotonic() + _HOLDER_WAIT_SECONDS
    while not (holder := read_holder(path)) and time.monotonic() < deadline:
        time.sleep(0.02)
    return holder


def read_holder(path: str) -> dict[str, object]:
    """What the run holding ``path`` wrote of itself: ``{}`` when nothing can be read (a lock
    written by a newsmine before session 50, or taken a moment ago and not yet written)."""
    try:
        with open(path, "rb") as handle:
            holder = json.loads(handle.read(4096))
    except (OSError, ValueError):
        return {}
    return holder if isinstance(holder, dict) else {}


def describe_holder(holder: dict[str, object], *, locked: bool = True) -> str:
    """The holding run in words: ``pid 4242 on this machine, since … UTC: newsmine extract …``;
    a pid of this machine that no longer runs says that its workers are finishing (``locked``:
    the lock is still held), or, for a note no lock keeps (an object store's), that it has ended."""
    pid, host = holder.get("pid"), holder.get("host")
    if not isinstance(pid, int):
        return "its lock does not say which run it is"
    here = host == socket.gethostname()
    where = "this machine" if here else f"host {host}"
    said = f"pid {pid} on {where}"
    if holder.get("started"):
        said += f", since {holder['started']}"
    if holder.get("command"):
        said += f": {holder['command']}"
    if here and not _alive(pid) and not locked:
        said += f"; pid {pid} has ended (killed?)"
    elif here and not _alive(pid):
        said += (f"; pid {pid} has ended, and a process it started (a worker noticing its parent is gone) "
                 "still holds the lock: run again in a few seconds")
    return said


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process (EPERM): it exists
        return True
    return True
