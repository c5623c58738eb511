"""The library's logged warnings as the command line's own lines: ``newsmine: warning: …``.

The library configures no logging (README, "Python library"): the WARC reader logs what each
archive held and skipped (``newsmine.readers.warc``), the SQLite writer an id replaced twice.
With no handler anywhere, Python's last-resort handler printed those messages bare, so a
run's stderr mixed ``crawl-02.warc.gz: 40 HTML responses read …`` with the ``newsmine:
warning:`` lines of everything else (newuser51, left; newuser54). The CLI, and only it, gives
the ``newsmine`` logger one handler that writes warnings and errors in the CLI's form.

A run's own worker processes write the same lines: forked local workers inherit the handler,
and the Dask workers of ``--dask local:N`` (started afresh, not forked, so with no handler)
find :data:`WORKER_LINES_ENV` in the environment they inherit and add it in their Dask preload
(:func:`newsmine.runners.dask.dask_setup`). Before, a sharded ``--dask local:2`` run printed
each WARC's line bare among the ``newsmine: warning:`` lines of the same run on local workers
(newuser59). Workers started with ``dask worker`` elsewhere log as their owner set them up."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable

__all__ = ["WORKER_LINES_ENV", "show_library_warnings"]

_LOGGER = "newsmine"
# Set while a command runs: the processes it starts write the library's warnings as it does.
WORKER_LINES_ENV = "NEWSMINE_WARNING_LINES"


class _CommandLineLines(logging.Handler):
    """Writes to the ``sys.stderr`` of the moment (a test's runner replaces it per call)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            print(f"newsmine: {record.levelname.lower()}: {self.format(record)}", file=sys.stderr)
        except Exception:
            self.handleError(record)


def show_library_warnings() -> Callable[[], None]:
    """Give the ``newsmine`` logger the command line's handler for one command, and return what
    takes it off again (the command's context calls it as the command closes, so that a program
    or a test process that runs a command leaves no handler behind for its own library calls).
    Records still propagate: a handler of the embedding program's own, pytest's capture, see them
    as before. While the handler is on, :data:`WORKER_LINES_ENV` is set in the environment, which
    the worker processes of a ``--dask local:N`` cluster inherit (see the module's docstring)."""
    logger = logging.getLogger(_LOGGER)
    if any(isinstance(handler, _CommandLineLines) for handler in logger.handlers):
        return lambda: None  # a command run from inside another's (not done today): one line each
    handler = _CommandLineLines(level=logging.WARNING)
    logger.addHandler(handler)
    before = os.environ.get(WORKER_LINES_ENV)
    os.environ[WORKER_LINES_ENV] = "1"

    def take_off() -> None:
        logger.removeHandler(handler)
        if before is None:
            os.environ.pop(WORKER_LINES_ENV, None)
        else:
            os.environ[WORKER_LINES_ENV] = before

    return take_off
