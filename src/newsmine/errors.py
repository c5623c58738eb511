"""One exception tree for newsmine. Messages say what was wrong and what to do.

Per-article problems (:class:`ArticleError` and subclasses) become error records and the
batch goes on; :class:`UsageError` problems stop a run before it starts (the CLI maps them
to exit code 2 with a one-line message).
"""

from __future__ import annotations

__all__ = [
    "ArticleError",
    "DecodeError",
    "EmptyArticle",
    "InputTooLarge",
    "InvalidJSON",
    "MissingText",
    "NewsmineError",
    "OutputError",
    "UnsupportedFormat",
    "UsageError",
]


class NewsmineError(Exception):
    """Base of every error newsmine raises on purpose."""


class UsageError(NewsmineError):
    """The run cannot start: bad arguments, missing paths, an unloadable model."""


class UnsupportedFormat(UsageError):
    """An input file's extension names no format newsmine reads."""


class OutputError(NewsmineError):
    """The output cannot be written (exists without --overwrite/--resume, disk full, no permission)."""


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
    """The article is longer than --max-chars."""
