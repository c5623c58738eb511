"""Helpers shared by the commands: error reporting and common options."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, NoReturn

import typer

from newsmine.errors import NewsmineError, OutputError, UsageError

__all__ = [
    "EXIT_INTERRUPTED",
    "EXIT_PARTIAL",
    "EXIT_STOPPED",
    "EXIT_USAGE",
    "ModelOption",
    "fail",
    "reported_errors",
]

EXIT_PARTIAL = 1  # some articles failed; their error records are in the output
EXIT_USAGE = 2  # the run could not start: bad arguments, missing paths, existing or unwritable output
EXIT_STOPPED = 3  # the run stopped part-way (disk full, I/O error, a bug); the records written are intact
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as shells report it); the records written are intact

ModelOption = Annotated[
    str,
    typer.Option(
        "--model",
        "-m",
        help="spaCy pipeline to parse with: an installed package name or a pipeline directory "
        "(e.g. en_core_web_trf). Default: the bundled small English model.",
    ),
]


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print one line to stderr and exit: no traceback for problems the user can fix."""
    print(f"newsmine: error: {message}", file=sys.stderr)
    raise typer.Exit(code)


@contextmanager
def reported_errors(*, on_stop: Callable[[], None] = lambda: None, records_written: Callable[[], int] = lambda: 0,
                    output: str | None = None) -> Iterator[None]:
    """Turn whatever escapes a command into one line on stderr and an exit code; never a traceback.

    ``records_written`` tells how far the run got: an output error before any record was
    written means the run could not start (exit 2); after, that it stopped part-way (exit 3).
    Set ``NEWSMINE_DEBUG=1`` to see the traceback of an unexpected error.
    """
    try:
        yield
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        on_stop()
        fail(f"interrupted{_kept(records_written(), output)}", EXIT_INTERRUPTED)
    except UsageError as exc:
        on_stop()
        fail(str(exc), EXIT_USAGE)
    except OutputError as exc:
        on_stop()
        if isinstance(exc.__cause__, BrokenPipeError):
            _silence_stdout()  # `newsmine extract ... -o - | head`: the reader has all it wanted
            raise typer.Exit(EXIT_STOPPED) from None
        written = records_written()
        fail(f"{exc}{_kept(written, output)}" if written else str(exc), EXIT_STOPPED if written else EXIT_USAGE)
    except (NewsmineError, OSError) as exc:
        on_stop()
        fail(f"{_describe(exc)}{_kept(records_written(), output)}", EXIT_STOPPED)
    except Exception as exc:
        if os.environ.get("NEWSMINE_DEBUG"):
            raise
        on_stop()
        fail(f"unexpected {type(exc).__name__}: {exc}{_kept(records_written(), output)}; please report this "
             "(NEWSMINE_DEBUG=1 shows the traceback)", EXIT_STOPPED)


def _describe(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    return str(exc)


def _kept(records: int, output: str | None) -> str:
    if not records or not output or output == "-":
        return ""
    return f"; the {records:,} records written to {output} before are intact"


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that Python's exit-time flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
