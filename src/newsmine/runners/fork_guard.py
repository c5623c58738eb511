"""newsmine's own background threads, which may run while local workers are forked.

Local workers are forked from the run's process when it runs no other thread
(:func:`newsmine.runners.local._context`): a thread holding a lock at the fork leaves that
lock held for ever in every worker. A process with threads of unknown makers (a notebook, a
test runner, a Dask client) gets workers from a fork server instead, each loading the model
itself (seconds of CPU and a model's memory more per worker).

The CLI's progress line runs threads of its own (the quiet-run watch that names the long
article in work; the count of a feed's articles), started before the workers are. Counted as
foreign they sent every `extract --workers N` to the fork server (found by the speed benchmark
in the fifty-first session: the workers' CPU no longer came back to the run, the model loaded
once per worker). Such a thread is started here instead: it is known to the fork check, and it
takes :func:`no_fork` around anything a forked worker could later need (a write to stderr),
while :func:`newsmine.runners.local.worker_pool` forks its workers inside :func:`no_fork` too,
so a fork never lands half-way through such a write.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_FORK_LOCK = threading.Lock()
_OWN_THREADS: weakref.WeakSet[threading.Thread] = weakref.WeakSet()


def start_fork_safe_thread(target: Callable[[], None], name: str) -> threading.Thread:
    """Start a daemon thread the fork check does not count. ``target`` must hold no lock a
    worker could need at a fork, except inside :func:`no_fork`."""
    thread = threading.Thread(target=target, name=name, daemon=True)
    _OWN_THREADS.add(thread)
    thread.start()
    return thread


@contextmanager
def no_fork() -> Iterator[None]:
    """No local worker is forked while this is held (and nothing else holds it at a fork)."""
    with _FORK_LOCK:
        yield


def foreign_threads() -> int:
    """Threads running in this process other than the calling one and newsmine's own."""
    current = threading.current_thread()
    return sum(1 for thread in threading.enumerate() if thread is not current and thread not in _OWN_THREADS)
