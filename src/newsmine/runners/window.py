"""Bounded streaming of batches through a pool of workers (local processes or Dask).

The input is consumed a batch at a time, and at most ``max_in_flight`` batches are ever
submitted and not yet written, so memory does not grow with the corpus. In ordered mode the
window doubles as the reordering buffer: a finished batch waits until every batch before it
is written. Unordered mode writes batches as they finish.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol, TypeVar

__all__ = ["batched", "stream_batches"]

T = TypeVar("T")


class _Future(Protocol):
    def done(self) -> bool: ...

    def result(self) -> Any: ...


def batched(
    items: Iterable[T], size: int, *, max_weight: int | None = None, weight: Callable[[T], int] | None = None
) -> Iterator[list[T]]:
    """Lists of at most ``size`` items and, with ``max_weight``, of at most that total
    ``weight(item)``; an item heavier than ``max_weight`` makes a batch of its own."""
    batch: list[T] = []
    total = 0
    for item in items:
        item_weight = weight(item) if max_weight is not None and weight is not None else 0
        if batch and (len(batch) >= size or (max_weight is not None and total + item_weight > max_weight)):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += item_weight
    if batch:
        yield batch


def stream_batches(
    batches: Iterable[T],
    submit: Callable[[T], _Future],
    wait_first: Callable[[set], set],
    *,
    max_in_flight: int,
    ordered: bool = True,
) -> Iterator[Any]:
    """Submit ``batches`` and yield each one's result: in submission order, or as they finish.

    ``submit`` starts a batch and returns a future; ``wait_first`` blocks until at least one
    of a set of futures is done and returns the done ones.
    """
    if ordered:
        queue: deque[_Future] = deque()
        for batch in batches:
            queue.append(submit(batch))
            while queue and (len(queue) >= max_in_flight or queue[0].done()):
                yield queue.popleft().result()
        while queue:
            yield queue.popleft().result()
        return
    pending: set = set()
    for batch in batches:
        pending.add(submit(batch))
        while pending:
            done = wait_first(pending) if len(pending) >= max_in_flight else {f for f in pending if f.done()}
            if not done:
                break
            for future in done:
                pending.discard(future)
                yield future.result()
    while pending:
        for future in wait_first(pending):
            pending.discard(future)
            yield future.result()
