"""The ``newsmine`` command line: :func:`main`, and the typer app (:mod:`newsmine.cli.commands`).

This module imports almost nothing, so that :func:`main` can set the stop handling up first
and only then import the commands, which import spaCy (see :func:`main`). ``app`` is
imported on first use (``from newsmine.cli import app`` for tests and embedding).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsmine.cli.stops import WHILE_STARTING, exit_stopped, terminate_like_interrupt

if TYPE_CHECKING:
    from newsmine.cli.commands import app

__all__ = ["app", "main"]


def main() -> None:
    """Run the command line (the ``newsmine`` script and ``python -m newsmine``).

    Ctrl-C and SIGTERM end the run with one line on stderr and exit 130 or 143 from the very
    start, not only once a command works. Before, the first seconds of every run (Python
    importing spaCy, which the commands import, 2.4 CPU s and more on a busy machine) had no
    handler: a Ctrl-C pressed right after starting a long run printed a KeyboardInterrupt
    traceback from deep inside spaCy's imports, and a SIGTERM killed the process with no
    message (exit -15). So the handlers come first and the imports after: SIGTERM raises
    :class:`~newsmine.cli.stops.Terminated` like Ctrl-C its ``KeyboardInterrupt``, whichever
    import it interrupts, and a stop that reaches this function exits as the commands' own do.

    Why not catch ``KeyboardInterrupt`` around the script alone: the script's first line
    (``from newsmine.cli import main``) is where the seconds went, before any code of ours
    could catch anything; hence this light module and the lazy ``newsmine`` package (its
    ``__init__``). What is left is Python's own start and these light imports (0.07-0.16 s on
    a busy 2-core machine, against 5-6 s before). Nothing is written before
    a command starts, and a command that stops removes an output it left empty."""
    try:
        with terminate_like_interrupt() as raise_if_stopped:
            try:
                from newsmine.cli.commands import app

                raise_if_stopped()  # a stop some import swallowed (a bare except): stop now, as asked
            except KeyboardInterrupt as stop:
                exit_stopped(stop, WHILE_STARTING, at_once=True)  # a --resume run's user learns its output is untouched
            app()
    except KeyboardInterrupt as stop:
        exit_stopped(stop)


def __getattr__(name: str) -> Any:
    if name == "app":
        from newsmine.cli.commands import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
