"""Helpers shared by the commands: error reporting and common options."""

from __future__ import annotations

import os
import signal
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
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as shells report it); the records written are intact
EXIT_TERMINATED = 143  # SIGTERM (128 + 15), handled like Ctrl-C


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread so that a terminated run stops as cleanly as Ctrl-C."""


@contextmanager
def terminate_like_interrupt() -> Iterator[Callable[[], None]]:
    """While the block runs, SIGTERM raises :class:`Terminated` (workers stopped, output
    closed, exit 143) instead of killing the process where it stands, and Ctrl-C raises
    ``KeyboardInterrupt`` as usual (unless this process was started with Ctrl-C ignored).

    Yields a check to call between records: it raises the stop again if a signal came and
    the run is still going. A signal's exception is raised wherever the main thread stands,
    and a few places swallow it (a ``__del__``, a weakref callback, an after-fork hook: Python
    prints "Exception ignored" and carries on), which would leave the run parsing on to its
    end; the check makes such a run stop at its next record."""
    received: list[int] = []

    def stop(signum: int, frame: object) -> None:
        received.append(signum)
        _raise_stop(signum)

    def raise_if_stopped() -> None:
        if received:
            _raise_stop(received[0])

    handled = [signal.SIGTERM]
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        handled.append(signal.SIGINT)
    try:
        previous = {signum: signal.signal(signum, stop) for signum in handled}
    except ValueError:  # not the main thread: leave the defaults
        yield lambda: None
        return
    try:
        yield raise_if_stopped
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _raise_stop(signum: int) -> NoReturn:
    raise Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()


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
