"""How a failing article becomes its error record, so that one bad article never stops the
batch: spaCy's error handler marks the Doc (:func:`remember_failure`), and the message says
what to do (report it, or raise ``--article-timeout``). Split from :mod:`newsmine.pipeline`
(session 50).
"""

from __future__ import annotations

from newsmine.articles import Article
from newsmine.chunking import ComponentFailed
from newsmine.extract import error_record
from newsmine.records import ArticleRecord
from newsmine.time_limit import ArticleTimeout

FAILURE_KEY = "newsmine_failure"


def failure_message(exc: Exception) -> str:
    if isinstance(exc, ComponentFailed):
        return f"{exc}; the article was skipped, please report it"
    return f"{type(exc).__name__}: {exc}; the article was skipped, please report it"


def remember_failure(proc_name: str, proc: object, docs: list, error: Exception) -> None:
    """spaCy error handler: mark the doc failed instead of stopping the batch."""
    for doc in docs:
        doc.user_data[FAILURE_KEY] = error if isinstance(error, ArticleTimeout) else f"{proc_name} failed: {type(error).__name__}: {error}"


def timeout_record(article: Article, timeout: ArticleTimeout) -> ArticleRecord:
    """The record of an article past ``--article-timeout``: its length is said, so that "report it
    if it is not huge" can be judged from the message (it asked the user to open the article), and
    what to do comes first (session 66: "(raise --article-timeout, …)" read as an aside)."""
    message = (f"{timeout}; the article ({len(article.text):,} characters) was skipped: run it again with a longer "
               "--article-timeout, or report it if it is not huge")
    return error_record(article, "ArticleTimeout", message)
