"""A wall-clock limit on one article's analysis, so a runaway article cannot stall a worker.

newsmine's own steps are linear in the article, but a limit guards against what nobody has
found yet: past it, the article becomes an ``ArticleTimeout`` error record and the run goes
on. The limit uses ``SIGALRM`` (a timer signal raises :class:`ArticleTimeout` in the code
that is running), so it holds in a process's main thread on POSIX systems — the CLI, local
worker processes — and is not applied elsewhere (threads of a Dask worker, Windows), where
the run simply has no limit.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from newsmine.errors import ArticleTimeout

__all__ = ["DEFAULT_ARTICLE_TIMEOUT", "ArticleTimeout", "time_limit"]

# Generous: the slowest real article seen (1 MB in one line) took about 100 s.
DEFAULT_ARTICLE_TIMEOUT = 600.0


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`ArticleTimeout` in the block once it has run ``seconds`` (None or 0: no limit)."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def _expired(signum, frame):
        raise ArticleTimeout(f"the analysis took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
