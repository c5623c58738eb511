"""Helpers shared by the commands: error reporting and common options (the stop handling they
share with :func:`newsmine.cli.main` is in :mod:`newsmine.cli.stops`, re-exported here)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, NoReturn

import typer

from newsmine.cli.stops import EXIT_INTERRUPTED, EXIT_TERMINATED, Terminated, terminate_like_interrupt
from newsmine.errors import NewsmineError, OutputError, UsageError

__all__ = [
    "EXIT_INTERRUPTED",
    "EXIT_PARTIAL",
    "EXIT_STOPPED",
    "EXIT_TERMINATED",
    "EXIT_USAGE",
    "ModelOption",
    "Terminated",
    "fail",
    "reported_errors",
    "terminate_like_interrupt",
]

EXIT_PARTIAL = 1  # some articles failed; their error records are in the output
EXIT_USAGE = 2  # the run could not start: bad arguments, missing paths, existing or unwritable output
EXIT_STOPPED = 3  # the run stopped part-way (disk full, I/O error, a bug); the records written are intact
# EXIT_INTERRUPTED (130) and EXIT_TERMINATED (143): newsmine.cli.stops, which main() needs before typer.


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
                    records_kept: Callable[[], int | None] = lambda: None, output: str | None = None) -> Iterator[None]:
    """Turn whatever escapes a command into one line on stderr and an exit code; never a traceback.

    ``records_written`` tells how far the run got: an output error before any record was
    written means the run could not start (exit 2); after, that it stopped part-way (exit 3).
    ``records_kept`` (when known) is how many of them are wholly in the output: what the
    message promises is intact. Set ``NEWSMINE_DEBUG=1`` to see the traceback of an unexpected error.
    """

    def kept() -> str:
        count = records_kept()
        return _kept(records_written() if count is None else count, records_written(), output)

    try:
        yield
    except typer.Exit:
        raise
    except KeyboardInterrupt as exc:
        on_stop()
        if isinstance(exc, Terminated):
            fail(f"terminated{kept()}", EXIT_TERMINATED)
        fail(f"interrupted{kept()}", EXIT_INTERRUPTED)
    except UsageError as exc:
        on_stop()
        fail(str(exc), EXIT_USAGE)
    except OutputError as exc:
        on_stop()
        if isinstance(exc.__cause__, BrokenPipeError):
            _silence_stdout()  # `newsmine extract ... -o - | head`: the reader has all it wanted
            raise typer.Exit(0) from None
        written = records_written()
        fail(f"{exc}{kept()}" if written else str(exc), EXIT_STOPPED if written else EXIT_USAGE)
    except (NewsmineError, OSError) as exc:
        on_stop()
        fail(f"{_describe(exc)}{kept()}", EXIT_STOPPED)
    except Exception as exc:
        if os.environ.get("NEWSMINE_DEBUG"):
            raise
        on_stop()
        fail(f"unexpected {type(exc).__name__}: {exc}{kept()}; please report this "
             "(NEWSMINE_DEBUG=1 shows the traceback)", EXIT_STOPPED)


def _describe(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    return str(exc)


def _kept(kept: int, written: int, output: str | None) -> str:
    if not written or not output or output == "-":
        return ""
    if not kept:
        return f"; {output} holds none of this run's {written:,} records"
    return f"; the {kept:,} records written to {output} before are intact"


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that Python's exit-time flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
