"""``newsmine explore``: browse a SQLite output in Datasette."""

from __future__ import annotations

import errno
import importlib.util
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from newsmine.cli.common import fail, reported_errors
from newsmine.cli.stops import EXIT_INTERRUPTED, EXIT_TERMINATED, Terminated

__all__ = ["explore_cli"]


def explore_cli(
    database: Annotated[
        Path,
        typer.Argument(exists=True, dir_okay=False, metavar="DATABASE", help="A SQLite output of newsmine extract (--output FILE.db).",
                       show_default=False),
    ],
    host: Annotated[str, typer.Option(metavar="ADDRESS", help="Address to listen on; 0.0.0.0 lets other machines in.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, metavar="PORT", help="Port to listen on.")] = 8001,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the database in the web browser once serving.")] = False,
) -> None:
    """Open a SQLite output in Datasette: tables with descriptions and facets, full-text search,
    and canned queries (quotes by a speaker, who is quoted about an entity, anonymous sources
    by outlet, search quotes) showing each quote in its paragraph. Ctrl-C stops it.

    Needs: pip install 'newsmine[explore]'.

    Example: newsmine explore records.db --open
    """
    if importlib.util.find_spec("datasette") is None:
        fail("newsmine explore needs Datasette: pip install 'newsmine[explore]'")
    # Imported here, like everything only this command needs: every `newsmine extract` loads
    # this module and should not pay for them at start-up.
    import asyncio
    import webbrowser

    import uvicorn

    from newsmine.explore import open_datasette
    from newsmine.explore.metadata import database_name

    with reported_errors():
        datasette = open_datasette(database)
        asyncio.run(datasette.invoke_startup())
    listening = _listen(host, port)
    url = serving_url(host, port, database_name(database))
    with _stopped_quietly():
        print(f"newsmine: serving {database} at {url} (Ctrl-C to stop)", file=sys.stderr)
        if open_browser:
            webbrowser.open(url)
        uvicorn.Server(uvicorn.Config(datasette.app(), log_level="warning")).run(sockets=[listening])


@contextmanager
def _stopped_quietly() -> Iterator[None]:
    """A stop while serving ends the command without a word, exit 130 (Ctrl-C) or 143 (SIGTERM).

    Stopping is how a server ends ("Ctrl-C to stop", a `timeout`, a supervisor's SIGTERM):
    uvicorn shuts down on the signal, then raises it again for the handlers it replaced, and
    the KeyboardInterrupt (``Terminated`` for SIGTERM) reached the command line's top, which
    said "newsmine: error: interrupted" or "terminated" as for an extract cut short (newuser52).
    Nothing is written here, so there is nothing to report; the exit status keeps the shells'
    convention the other commands use, so a script still sees that a signal ended it. A stop
    while Datasette starts, before "serving", is still reported as one."""
    try:
        yield
    except KeyboardInterrupt as stop:
        raise typer.Exit(EXIT_TERMINATED if isinstance(stop, Terminated) else EXIT_INTERRUPTED) from None


def serving_url(host: str, port: int, name: str) -> str:
    """The database's address as Datasette serves it: the name tilde-encoded (``mes résultats``
    is ``/mes+r~C3~A9sultats``). Printed raw, a name with a space ended the link a terminal
    shows at the space, and the URL pasted whole did not load."""
    from datasette.utils import tilde_encode

    return f"http://{'localhost' if host in ('127.0.0.1', '0.0.0.0') else host}:{port}/{tilde_encode(name)}"


def _listen(host: str, port: int) -> socket.socket:
    """The server's socket, bound before "serving" is printed, as uvicorn would bind it.

    A port another program holds made uvicorn print its own ``ERROR: [Errno 98] ... address
    already in use`` after newsmine's "serving" line, and exit 3 (a run stopped part-way):
    the port is the user's choice, so it is a usage error, one line, exit 2."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn: a port left in TIME_WAIT is free
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            fail(f"port {port} is in use (another newsmine explore or server?); pass --port N to use another")
        fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}; pass another --host or --port")
    sock.set_inheritable(True)
    return sock
