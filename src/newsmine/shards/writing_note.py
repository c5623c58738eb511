"""The note a sharded run into an object store (``s3://``, ``gs://``, ``az://``) leaves in its
directory while it runs: the guard such an output has instead of a lock.

**Why a note and not a lock.** A local output is locked with ``flock``
(:mod:`newsmine.writers.run_lock`), which the kernel drops when its holder dies, so a killed run
never blocks the next. An object store has nothing of the kind that fsspec reaches on every store:
an object created "if absent" (S3's conditional writes, GCS's generation preconditions) is a lock
that outlives a ``kill -9`` of its client, the OOM killer or a lost machine, and no run can judge
from another host whether its holder still runs; a lease renewed by a heartbeat would need a
thread writing to the store all run long. Refusing on a left-over lock would stop the
``--resume`` that follows a killed run, the commonest reason to start a second run into the same
directory. So the limit stays — one run at a time into an object store, said in ``--help`` and
the README — and two runs are *told*, not prevented:

* a run that finds another run's note (:data:`NOTE_NAME`, its pid, host, start and command, as a
  lock file names its holder) warns at once, naming that run: it is still writing, or was killed
  before it could remove the note, which from here cannot be told apart;
* a run whose note was replaced by another's while it ran warns at its end that the other one
  started meanwhile;
* in both cases the run does not sweep the temporary files of unfinished attempts at its end
  (:func:`newsmine.shards.output_directory._sweep_temporaries`): that sweep is what broke the
  other run's parts when two ran into one directory (review49c); they stay hidden until a
  ``--resume`` clears them.

A run removes its note when it ends (stopped included), if the note is still its own.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from newsmine.writers.run_lock import describe_holder, this_run

__all__ = ["NOTE_NAME", "WritingNote", "writing_note"]

NOTE_NAME = "_newsmine-writing.json"  # inside an object-store output directory, while a run writes it


class WritingNote:
    """This run's note in ``root`` of ``fs`` (None: a local directory, which its lock guards)."""

    def __init__(self, fs, root: str | None, output_dir: str, on_warning: Callable[[str], None] | None):
        self._fs, self._output_dir, self._on_warning = fs, output_dir, on_warning
        self._path = None if root is None else f"{root.rstrip('/')}/{NOTE_NAME}"
        self._run = uuid.uuid4().hex
        self.shared = False  # another run wrote here while this one ran (or had not ended when it began)

    def begin(self) -> None:
        if self._path is None:
            return
        other = self._read()
        if other is not None and other.get("run") != self._run:
            self.shared = True
            self._warn(f"{self._output_dir} holds the note of another newsmine run ({describe_holder(other, locked=False)}) that "
                       f"has not ended, or was killed before it could remove it ({NOTE_NAME}); an object store "
                       "takes no lock, so two runs into one directory can break each other's parts: if that run is "
                       "still writing, stop this one (Ctrl-C) and run it with --resume once the other has ended. "
                       "This run leaves the temporary files of unfinished attempts for a later --resume to clear")
        self._fs.pipe_file(self._path, json.dumps({"run": self._run, **this_run()}, ensure_ascii=False).encode() + b"\n")

    def may_sweep(self) -> bool:
        """Whether this run may remove the temporary files of unfinished attempts: not when another
        run wrote into the directory while it ran (its attempts' files may be among them)."""
        if self._path is None or self.shared:
            return self._path is None
        other = self._read()
        if other is not None and other.get("run") != self._run:
            self.shared = True
            self._warn(f"another newsmine run ({describe_holder(other, locked=False)}) started writing {self._output_dir} while this "
                       "one ran (an object store takes no lock: one run at a time); the temporary files of unfinished "
                       "attempts are left for a later --resume, run once both have ended, to clear")
        return not self.shared

    def end(self) -> None:
        if self._path is None:
            return
        try:
            if (self._read() or {}).get("run") == self._run:
                self._fs.rm(self._path)
        except OSError:
            pass  # a note left behind is warned of, never fatal

    def _read(self) -> dict | None:
        try:
            with self._fs.open(self._path, "rb") as handle:
                note = json.loads(handle.read(4096))
        except (OSError, ValueError):
            return None
        return note if isinstance(note, dict) else None

    def _warn(self, message: str) -> None:
        if self._on_warning is not None:
            self._on_warning(message)


@contextmanager
def writing_note(output_dir: str, on_warning: Callable[[str], None] | None = None) -> Iterator[WritingNote]:
    """This run's :class:`WritingNote` in ``output_dir`` for the ``with`` block, on an object
    store; on a local directory (locked by :func:`newsmine.writers.run_lock.output_lock`) one
    that writes nothing and always lets the run sweep."""
    import fsspec
    from fsspec.implementations.local import LocalFileSystem

    fs, root = fsspec.core.url_to_fs(output_dir)
    note = WritingNote(fs, None if isinstance(fs, LocalFileSystem) else root, output_dir, on_warning)
    note.begin()
    try:
        yield note
    finally:
        note.end()
