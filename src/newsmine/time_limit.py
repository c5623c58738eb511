"""A wall-clock limit on one article's analysis, so a runaway article cannot stall a worker.

newsmine's own steps are linear in the article, but a limit guards against what nobody has
found yet: past it, the article becomes an ``ArticleTimeout`` error record and the run goes
on. The limit uses ``SIGALRM`` (a timer signal raises :class:`ArticleTimeout` in the code
that is running), so it holds in a process's main thread on POSIX systems — the CLI, local
worker processes — and is not applied elsewhere (threads of a Dask worker, Windows), where
the run simply has no limit.

Reading the next article is not part of its analysis, and a signal raised in the middle of a
read could tear the input (a file, a worker's queue): such code runs inside :func:`paused`,
where the clock stops and a signal that still arrives is put off until the block ends.

A program that embeds newsmine may run a ``SIGALRM`` timer of its own (a notebook or a script
guarding a call with ``signal.setitimer``): then newsmine sets no limit and leaves the timer and
its handler alone. It used to set its own timer over the caller's and zero it on the way out,
so the caller's deadline never fired (session 47).

What the caller's handler raises must reach the caller, too: raised inside spaCy, a plain
``Exception`` sent the pipeline to its retry path (a failing component), which analysed the
article again from the start and returned an ``ok`` record, late — the caller's deadline was
swallowed (review47b). Inside :func:`time_limit` the caller's handler is therefore called through
a relay that carries what it raises as a :class:`CallersSignal` (a ``BaseException``, which no
``except Exception`` of newsmine or spaCy takes), and :func:`callers_exceptions`, around
``Pipeline.process``, raises the caller's own exception again.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from types import FrameType

from newsmine.errors import ArticleTimeout

__all__ = ["DEFAULT_ARTICLE_TIMEOUT", "ArticleTimeout", "CallersSignal", "callers_exceptions", "paused", "time_limit"]

# Generous: the slowest real article seen (1 MB in one line) took about 100 s.
DEFAULT_ARTICLE_TIMEOUT = 600.0
# A signal that arrives inside paused() fires again this many seconds later.
_DEFER_SECONDS = 0.001
_paused_depth = 0
# time_limit blocks whose timer is running; paused() acts only inside one.
_limits_running = 0


def _usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _callers_timer_running() -> bool:
    """A ``SIGALRM`` timer set by the program around newsmine, not by a :func:`time_limit`."""
    return not _limits_running and signal.getitimer(signal.ITIMER_REAL)[0] > 0


class CallersSignal(BaseException):
    """What the calling program's own ``SIGALRM`` handler raised inside newsmine's code, carried
    past every ``except Exception`` to :func:`callers_exceptions`, which raises ``exception``."""

    def __init__(self, exception: BaseException) -> None:
        super().__init__(exception)
        self.exception = exception


@contextmanager
def callers_exceptions() -> Iterator[None]:
    """Raise a :class:`CallersSignal`'s exception as the caller's own, where newsmine hands
    control back to its caller (``Pipeline.process``)."""
    try:
        yield
    except CallersSignal as carried:
        raise carried.exception from None


_Handler = Callable[[int, FrameType | None], object]


def _relay(handler: _Handler, carried: type[BaseException]) -> _Handler:
    """A signal handler calling the caller's ``handler`` and carrying what it raises of
    ``carried`` as a :class:`CallersSignal`; one carried already (a relay around a relay:
    time_limit within time_limit) passes as it is."""

    def relay(signum: int, frame: FrameType | None) -> None:
        try:
            handler(signum, frame)
        except CallersSignal:
            raise
        except carried as exc:
            raise CallersSignal(exc) from None

    relay._relay = True  # type: ignore[attr-defined]
    return relay


@contextmanager
def _relaying_callers_handler() -> Iterator[None]:
    """The block, with the caller's ``SIGALRM`` handler called through a relay that carries
    what it raises as a :class:`CallersSignal`; the caller's timer runs on untouched, and its
    handler is back in place after."""
    handler = signal.getsignal(signal.SIGALRM)
    if not callable(handler):  # SIG_DFL ends the process, SIG_IGN does nothing: nothing to carry
        yield
        return
    relay = _relay(handler, carried=BaseException)
    signal.signal(signal.SIGALRM, relay)
    try:
        yield
    finally:
        if signal.getsignal(signal.SIGALRM) is relay:  # unless the block set a handler of its own
            signal.signal(signal.SIGALRM, handler)


@cache
def _other_signals() -> tuple[int, ...]:
    """The signals a handler may be set for, but ``SIGALRM``: once (``valid_signals()`` costs
    0.2 ms, a look at each handler 0.08 ms, against 167 ms an article)."""
    uncatchable = {signal.SIGALRM} | {getattr(signal, name) for name in ("SIGKILL", "SIGSTOP") if hasattr(signal, name)}
    return tuple(signum for signum in signal.valid_signals() if signum not in uncatchable)


@contextmanager
def _relaying_other_handlers() -> Iterator[None]:
    """The block, with the caller's Python handlers of signals other than ``SIGALRM`` (a
    ``SIGUSR1`` a monitoring loop sends, say) called through relays that carry the ``Exception``
    they raise as a :class:`CallersSignal`, as :func:`_relaying_callers_handler` does for the
    caller's timer: raised inside spaCy it was taken for a failing component and the article
    analysed again (review48, from review47b's note). What is no ``Exception`` (Ctrl-C's
    ``KeyboardInterrupt``, the CLI's stops) passes every ``except Exception`` already and is left
    as it is; Python's own Ctrl-C handler is not wrapped."""
    relays = {}
    for signum in _other_signals():
        try:
            handler = signal.getsignal(signum)
        except (OSError, ValueError):
            continue
        if not callable(handler) or handler is signal.default_int_handler or getattr(handler, "_relay", False):
            continue
        relay = _relay(handler, carried=Exception)
        relays[signum] = (relay, signal.signal(signum, relay))
    try:
        yield
    finally:
        for signum, (relay, handler) in relays.items():
            if signal.getsignal(signum) is relay:  # unless the block set a handler of its own
                signal.signal(signum, handler)


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`ArticleTimeout` in the block once it has run ``seconds`` (None or 0: no
    limit). Under a timer of the caller's own, no limit: the caller's handler is relayed. The
    caller's handlers of other signals are relayed in every case."""
    if not _usable():
        yield
        return
    with _relaying_other_handlers():
        with _limited(seconds):
            yield


@contextmanager
def _limited(seconds: float | None) -> Iterator[None]:
    """:func:`time_limit`'s ``SIGALRM`` part: the caller's timer relayed, else ours set."""
    global _limits_running
    if _callers_timer_running():
        with _relaying_callers_handler():
            yield
        return
    if not seconds:
        yield
        return

    started_on_a_processor = time.process_time()

    def _expired(signum, frame):
        if _paused_depth:
            signal.setitimer(signal.ITIMER_REAL, _DEFER_SECONDS)
            return
        on_a_processor = time.process_time() - started_on_a_processor
        raise ArticleTimeout(f"the analysis took longer than {seconds:g} s{_processor_share(seconds, on_a_processor)}")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    _limits_running += 1
    try:
        yield
    finally:
        _limits_running -= 1
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _processor_share(seconds: float, on_a_processor: float) -> str:
    """What the message adds when the process had less than half the limit on a processor: the
    limit is the clock's, and a machine busy with other work gives an article a share of it. A
    5 MB article (``--max-chars`` raised) on two cores shared by a dozen processes timed out at
    600 s having had 110 s; "took longer than 600 s" alone read as an article that needed them."""
    if on_a_processor >= seconds / 2:
        return ""
    # Tenths under 10 s: a limit of a second or two said "though it had 0 s" (review65e); under a
    # twentieth, "under 0.1", since "0.0 s" reads as none at all (review66a).
    had = ("under 0.1" if on_a_processor < 0.05 else f"{on_a_processor:.1f}" if on_a_processor < 10
           else f"{on_a_processor:,.0f}")
    return f", though it had {had} s on a processor (the machine was busy with other work)"


@contextmanager
def paused() -> Iterator[None]:
    """Stop the clock of an enclosing :func:`time_limit` in the block; it runs on afterwards
    with the time that was left."""
    global _paused_depth
    if not _usable() or not _limits_running:  # no limit of ours: a caller's own timer runs on
        yield
        return
    _paused_depth += 1
    left, _ = signal.setitimer(signal.ITIMER_REAL, 0)
    try:
        yield
    finally:
        _paused_depth -= 1
        if left > 0:
            signal.setitimer(signal.ITIMER_REAL, left)
