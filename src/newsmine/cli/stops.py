"""Ctrl-C and SIGTERM in the command line: one line on stderr and exit 130 or 143, never a
traceback, from the first moment of a run to its last.

This module imports the standard library only, and nothing of newsmine, so that
:func:`newsmine.cli.main` can set the stop handling up *before* it imports the commands:
those import spaCy, which takes seconds (2.4 CPU s, more on a busy machine). A Ctrl-C then
used to print a ``KeyboardInterrupt`` traceback from the middle of spaCy's imports, and a
SIGTERM to kill the process where it stood (exit -15, no message). The command modules
(:mod:`newsmine.cli.common`) re-export what they use from here.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import NoReturn

__all__ = [
    "EXIT_INTERRUPTED", "EXIT_TERMINATED", "NOTHING_WRITTEN", "START_OVER", "WHILE_STARTING", "Terminated", "exit_stopped",
    "terminate_like_interrupt",
]

EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as shells report it); the records written are intact
EXIT_TERMINATED = 143  # SIGTERM (128 + 15), handled like Ctrl-C


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread so that a terminated run stops as cleanly as Ctrl-C."""


# The stop handlers of the terminate_like_interrupt blocks running now. A command's block runs inside main()'s, whose
# handler it then finds for Ctrl-C instead of Python's: it takes Ctrl-C over all the same
# (else a stop some library swallowed there would go unseen by the command's checks).
_ENCLOSING: set[Callable[[int, object], None]] = set()


@contextmanager
def terminate_like_interrupt() -> Iterator[Callable[[], None]]:
    """While the block runs, SIGTERM raises :class:`Terminated` (workers stopped, output
    closed, exit 143) instead of killing the process where it stands, and Ctrl-C raises
    ``KeyboardInterrupt`` as usual (unless this process was started with Ctrl-C ignored).
    Blocks nest: the innermost handles both signals.

    Yields a check to call between records: it raises the stop again if a signal came and
    the run is still going. A signal's exception is raised wherever the main thread stands,
    and a few places swallow it (a ``__del__``, a weakref callback, an after-fork hook: Python
    prints "Exception ignored" and carries on), which would leave the run parsing on to its
    end; the check makes such a run stop at its next record.

    A block that received a stop and ends in an error instead raises the stop, the error
    chained: the error came of the stop, which something swallowed (or a cleanup failed as
    the stop unwound), and the user stopped the run. spaCy's ``util.is_package`` has a bare
    ``except``: a Ctrl-C while the model loads made it answer "not a package", and the run
    exited 2 saying the model was not installed (1 start in 6 stopped as its output opened).

    Where Python swallows the stop's exception it prints it ("Exception ignored in: <function
    _get_module_lock.<locals>.cb>" and a traceback, when Ctrl-C lands as importlib drops a
    module lock): the block's ``sys.unraisablehook`` keeps quiet about a stop it has recorded,
    since the check raises it again, and passes anything else on. Other threads log what the
    stop sets off: a Dask client's event loop, cancelling the wait the stop cut short, hit
    ``distributed.utils.sync``'s own race (``cancel`` reads ``future`` before it is assigned:
    "tornado.application - ERROR - Exception in callback … NameError" and "Couldn't gather
    keys", about 1 Ctrl-C in 10 on a fast host). So a recorded stop turns logging off up to
    ERROR until the block ends: the stop is reported once, by the command, and nothing a
    stopped run logs after it is the user's business."""
    received: list[int] = []

    def stop(signum: int, frame: object) -> None:
        received.append(signum)
        logging.disable(logging.ERROR)  # what the stop sets off in other threads (below)
        _raise_stop(signum)

    def raise_if_stopped() -> None:
        if received:
            _raise_stop(received[0])

    handled = [signal.SIGTERM]
    ctrl_c = signal.getsignal(signal.SIGINT)
    if ctrl_c is signal.default_int_handler or ctrl_c in _ENCLOSING:
        handled.append(signal.SIGINT)
    try:
        previous = {signum: signal.signal(signum, stop) for signum in handled}
    except ValueError:  # not the main thread: leave the defaults
        yield lambda: None
        return
    previous_hook = sys.unraisablehook
    previous_disable = logging.root.manager.disable

    def quiet_about_stops(unraisable) -> None:
        if not (received and isinstance(unraisable.exc_value, KeyboardInterrupt)):
            previous_hook(unraisable)

    _ENCLOSING.add(stop)
    sys.unraisablehook = quiet_about_stops
    try:
        yield raise_if_stopped
    except Exception:
        if received:
            _raise_stop(received[0])  # with the error as its __context__
        raise
    finally:
        sys.unraisablehook = previous_hook
        logging.disable(previous_disable)
        _ENCLOSING.discard(stop)
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _raise_stop(signum: int) -> NoReturn:
    raise Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()


# How to go on after a stop that came before anything was written: the same command starts
# the run afresh (an output a stopped run left empty is replaced, not refused as existing).
START_OVER = "rerun the same command to start over"
# What a stop before a run wrote anything adds to its line: while the command looked for its
# inputs (listing folders, expanding globs), before its first record.
NOTHING_WRITTEN = f"; nothing was written; {START_OVER}"
# What a stop while the command line starts (Python importing the commands, typer reading the
# arguments) adds to its line: no command has begun, so no output was touched, whatever the
# command (a --resume run's records included).
WHILE_STARTING = f"; nothing was read or written; {START_OVER}"


def exit_stopped(stop: KeyboardInterrupt, detail: str = "", *, at_once: bool = False) -> NoReturn:
    """Exit as a stop that reached the top of the command line does: one line on stderr and
    130 (Ctrl-C) or 143 (SIGTERM). A stop that comes while a command works is reported by the
    command itself, with what its output holds (``cli.common.reported_errors``); this one came
    before (Python importing the commands, typer reading the arguments) or after. ``detail``
    follows the first word (:data:`WHILE_STARTING`).

    ``at_once`` (a stop while the commands are imported) ends the process with ``os._exit``
    once stderr is flushed, skipping the interpreter's shutdown: a Ctrl-C that lands in code an
    extension module's initialisation runs through ``PyRun_String`` (Cython modules do) sets
    CPython's "unhandled KeyboardInterrupt" flag although newsmine catches it, and at shutdown
    CPython then kills the process with SIGINT (exit -2, not 130: about 1 run in 10 of
    ``test_stop_at_start_up``'s Ctrl-C cases, before and after session 21). Nothing is open
    then that a shutdown would need to close."""
    terminated = isinstance(stop, Terminated)
    print(f"newsmine: error: {'terminated' if terminated else 'interrupted'}{detail}", file=sys.stderr)
    code = EXIT_TERMINATED if terminated else EXIT_INTERRUPTED
    if at_once:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)
