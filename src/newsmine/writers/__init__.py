"""Writers: records -> files, chosen by the output path's suffix or an explicit format.

Every writer implements :class:`RecordWriter`. :func:`open_writer` is the one entry point
the batch runner uses; add a format by adding a writer module and a line to
``_WRITERS`` / ``_SUFFIXES``.
"""

from __future__ import annotations

from typing import Protocol

from newsmine.errors import UsageError
from newsmine.records import ArticleRecord
from newsmine.writers.jsonl import JsonLinesWriter

__all__ = ["OUTPUT_FORMATS", "JsonLinesWriter", "RecordWriter", "detect_output_format", "open_writer"]

# mode: "new" refuses an existing output, "overwrite" replaces it, "append" adds to it.
WRITE_MODES = ("new", "overwrite", "append")


class RecordWriter(Protocol):
    def write(self, record: ArticleRecord) -> None: ...

    def close(self) -> None: ...


_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl"}
_WRITERS = {"jsonl": JsonLinesWriter}
OUTPUT_FORMATS = tuple(_WRITERS)


def detect_output_format(target: str, format: str | None = None) -> str:
    """The output format: ``format`` if given, else from the suffix; JSON Lines by default."""
    if format is not None:
        if format not in _WRITERS:
            raise UsageError(f"unknown output format {format!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
        return format
    lower = target.lower()
    for suffix, name in _SUFFIXES.items():
        if lower.endswith(suffix):
            return name
    return "jsonl"


def open_writer(target: str, *, format: str | None = None, mode: str = "new") -> RecordWriter:
    if mode not in WRITE_MODES:
        raise ValueError(f"mode must be one of {WRITE_MODES}, not {mode!r}")
    return _WRITERS[detect_output_format(target, format)](target, mode=mode)
