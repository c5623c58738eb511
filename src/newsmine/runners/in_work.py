"""The articles a streamed run has handed to its workers and not yet had back as records.

Why: progress is drawn as records come, so a run busy with one very long article said nothing
until it ended (a 360,000-character line ran 1 min 48 s silent, and a run of one big file looked
hung). The progress line asks this, from a thread of its own, what the run is waiting on: the
longest article in work, its length and since when. The run's thread notes each article as it
hands it out and each record as it comes back; the lock keeps the progress thread's reads whole.

An article is known by its key (source path, id), as ``--resume`` knows it; a key handed out
twice (one id twice in a file) is held twice. The count is bounded (:data:`MOST_HELD`): keys
the runner never gives back (none should) cannot grow it past a window's worth.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from newsmine.articles import Article
from newsmine.runners.work import ArticleKey, article_key

__all__ = ["ArticleInWork", "ArticlesInWork", "InWork", "MOST_HELD"]

# Far above what any runner holds at once (3 tasks of at most 16 articles per worker).
MOST_HELD = 10_000


@dataclass(frozen=True, slots=True)
class ArticleInWork:
    path: str | None  # the article's source path as its record gives it
    id: str
    chars: int  # characters of its text
    since: float  # when the run handed it out (the clock of ArticlesInWork)


class InWork(Protocol):
    """What the progress line's watch reads: a streamed run's :class:`ArticlesInWork`, or a
    sharded run's store of what its running shards parse (``newsmine.shards.ShardsInWork``)."""

    def longest(self) -> ArticleInWork | None: ...

    def __len__(self) -> int: ...


class ArticlesInWork:
    """Articles handed out and not yet back, safe to read from another thread."""

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self._clock = clock
        self._lock = threading.Lock()
        self._held: OrderedDict[ArticleKey, deque[ArticleInWork]] = OrderedDict()
        self._count = 0

    def handing_out(self, articles: Iterable[Article]) -> Iterator[Article]:
        """``articles`` as they are, each noted as in work when the runner takes it."""
        for article in articles:
            self.handed_out(article)
            yield article

    def handed_out(self, article: Article) -> None:
        key = article_key(article)
        held = ArticleInWork(key[0], key[1], len(article.text or ""), self._clock())
        with self._lock:
            self._held.setdefault(key, deque()).append(held)
            self._count += 1
            while self._count > MOST_HELD:
                self._drop(next(iter(self._held)))

    def done(self, key: ArticleKey) -> None:
        """The record of the article of ``key`` came back (the first of that key handed out)."""
        with self._lock:
            if key in self._held:
                self._drop(key)

    def _drop(self, key: ArticleKey) -> None:
        held = self._held[key]
        held.popleft()
        self._count -= 1
        if not held:
            del self._held[key]

    def __len__(self) -> int:
        return self._count

    def longest(self) -> ArticleInWork | None:
        """The longest article in work (of equal ones, the first handed out), or None."""
        with self._lock:
            articles = [article for held in self._held.values() for article in held]
        return max(articles, key=lambda article: (article.chars, -article.since), default=None)
