"""The library's logged warnings as the command line's own lines: ``newsmine: warning: …``.

The library configures no logging (README, "Python library"): the WARC reader logs what each
archive held and skipped (``newsmine.readers.warc``), the SQLite writer an id replaced twice.
With no handler anywhere, Python's last-resort handler printed those messages bare, so a
run's stderr mixed ``crawl-02.warc.gz: 40 HTML responses read …`` with the ``newsmine:
warning:`` lines of everything else (newuser51, left; newuser54). The CLI, and only it, gives
the ``newsmine`` logger one handler that writes warnings and errors in the CLI's form."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

__all__ = ["show_library_warnings"]

_LOGGER = "newsmine"


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
    as before."""
    logger = logging.getLogger(_LOGGER)
    if any(isinstance(handler, _CommandLineLines) for handler in logger.handlers):
        return lambda: None  # a command run from inside another's (not done today): one line each
    handler = _CommandLineLines(level=logging.WARNING)
    logger.addHandler(handler)
    return lambda: logger.removeHandler(handler)
