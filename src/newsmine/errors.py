"""One exception tree for newsmine. Messages say what was wrong and what to do.

Per-article problems (:class:`ArticleError` and subclasses) become error records and the
batch goes on; :class:`UsageError` problems stop a run before it starts (the CLI maps them
to exit code 2 with a one-line message); :class:`OutputError` stops a run that cannot write.

The names of the :class:`ArticleError` subclasses are exactly the ``error.type`` values a
record can carry (README, "Bad input and failures", lists them; a test keeps the two and
the code in step). Readers and the pipeline set a type by name (``ReadFailure("DecodeError",
...)``) rather than raising, so that a failed article still becomes a record.
"""

from __future__ import annotations

__all__ = [
    "ArticleError",
    "ArticleTimeout",
    "DecodeError",
    "EmptyArticle",
    "InputTooLarge",
    "InvalidJSON",
    "InvalidWARC",
    "MissingText",
    "NewsmineError",
    "NoArticleText",
    "NothingFound",
    "OutputError",
    "ProcessingError",
    "ReadError",
    "UnsupportedFormat",
    "UsageError",
    "WorkerError",
]


class NewsmineError(Exception):
    """Base of every error newsmine raises on purpose."""


class UsageError(NewsmineError):
    """The run cannot start: bad arguments, missing paths, an unloadable model."""


class UnsupportedFormat(UsageError):
    """An input file's extension names no format newsmine reads."""


class NothingFound(NewsmineError):
    """The input exists but holds nothing to work on (records without an article): the CLI's
    exit code 4, as for a run that finds no article, not 2 (the command is right) nor 0."""


class OutputError(NewsmineError):
    """The output cannot be written (exists without --overwrite/--resume, disk full, no permission)."""


class WorkerError(NewsmineError):
    """A worker process or a Dask cluster failed mid-run; what was written so far is intact."""


class ArticleError(NewsmineError):
    """One article cannot be processed; it becomes an error record and the batch continues."""

    @property
    def type_name(self) -> str:
        return type(self).__name__


class DecodeError(ArticleError):
    """The bytes are not text in any encoding we can trust (binary, or undecodable)."""


class InvalidJSON(ArticleError):
    """A JSON or JSON Lines input line does not parse."""


class MissingText(ArticleError):
    """A JSON object has no usable text field."""


class EmptyArticle(ArticleError):
    """The article holds no text after decoding."""


class InputTooLarge(ArticleError):
    """The article is longer than --max-chars (or its file or JSON line surely is: refused unread)."""


class NoArticleText(ArticleError):
    """An HTML page in which trafilatura finds no main text."""


class ReadError(ArticleError):
    """The file cannot be read (permissions, vanished, I/O error), or reading it failed part-way."""


class InvalidWARC(ArticleError):
    """A web archive is cut short or corrupt; the articles before the damage are kept."""


class ProcessingError(ArticleError):
    """A pipeline component failed on this article: a bug to report, with the article."""


class ArticleTimeout(ArticleError):
    """The analysis of this article took longer than --article-timeout (a runaway article)."""
