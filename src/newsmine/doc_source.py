"""The Docs spaCy pipes: each article read, checked and prepared by the pipeline, and noted in
line (``pending``) so that records keep input order.

An article whose turn comes to be parsed in pieces waits as :class:`InPieces`; the articles
iterable's own failure passes through spaCy as :class:`InputFailed`, which the pipeline
re-raises as the caller's. Split from :mod:`newsmine.pipeline` (session 50).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newsmine.articles import Article, check_article
from newsmine.extract import error_record
from newsmine.failed_articles import failure_message
from newsmine.layout import LayoutReading
from newsmine.records import ArticleRecord
from newsmine.time_limit import paused

if TYPE_CHECKING:
    from newsmine.pipeline import Pipeline


@dataclass(frozen=True, slots=True)
class InPieces:
    """A long (or token-dense) article waiting in line to be parsed in pieces."""

    article: Article
    reading: LayoutReading  # its text as the parser reads it (layout.read_layout): wrapped lines joined, a "\r\n" one "\n"


class DocSource:
    """The Docs spaCy pipes, prepared from the articles, with each article noted in ``pending``.

    An iterator object rather than a generator: an :class:`ArticleTimeout` raised while spaCy
    asks for the next Doc must not end the input (an exception kills a generator). Reading and
    preparing run with the clock paused; an article taken but not yet handed over is in
    ``pending``, which the pipeline retries.
    """

    def __init__(self, pipeline: Pipeline, articles: Iterator[Article], pending: deque) -> None:
        self._pipeline = pipeline
        self._articles = articles
        self._pending = pending

    def __iter__(self) -> DocSource:
        return self

    def _prepared(self, article: Article) -> Doc | ArticleRecord | InPieces:
        """:meth:`Pipeline._prepare`, or the error record of an article it raised on. Raised
        through spaCy, the exception sent the pipeline to its retry path, which took the next
        article and lost this one without a record (an Article whose text was bytes, session 47);
        one whose error record cannot be made either (its id is no str) is the caller's to see."""
        try:
            return self._pipeline._prepare(article)
        except Exception as exc:
            try:
                return error_record(article, "ProcessingError", failure_message(exc))
            except Exception:
                raise InputFailed() from exc

    def __next__(self) -> tuple[Doc, Article]:
        with paused():
            while True:
                try:
                    article = next(self._articles)
                except StopIteration:
                    raise
                except Exception as exc:  # the input's own failure: not a pipeline problem
                    raise InputFailed() from exc
                if not isinstance(article, Article):
                    raise InputFailed() from TypeError(
                        f"Pipeline.process takes newsmine.Article objects, not {type(article).__name__}: give each text as "
                        "newsmine.Article(id=..., text=...), or call pipeline.analyze(text) for one")
                try:
                    check_article(article)  # again: a field set after Article() was made (article.text = raw_bytes)
                except TypeError as exc:  # the caller's mistake, theirs to see, as from Article()
                    raise InputFailed() from exc
                prepared = self._prepared(article)
                if not isinstance(prepared, Doc):
                    self._pending.append(prepared)
                else:
                    self._pending.append((article, prepared))
                    return prepared, article


class InputFailed(Exception):
    """Raised through spaCy when the articles iterable itself fails; the cause is re-raised."""
