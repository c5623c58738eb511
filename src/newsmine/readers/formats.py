"""Input formats: which suffix is which format, and what standard input holds.

A file's format is told by its suffix alone (any case, the longest matching suffix:
``a.html.gz`` is html); standard input's by ``--stdin-format`` or by its first byte.
Gzipped text and JSON (``feed.jsonl.gz``) are their format, decompressed as they are read
(:func:`is_gzipped`); web pages and WARC files undo their own compression.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

__all__ = [
    "FORMATS", "GZIPPED_FORMATS", "STDIN", "STDIN_FORMATS", "detect_format", "formats_help", "is_bare_gz", "is_gzipped",
    "sniff_format",
    "split_suffix",
]

FORMATS = {
    ".txt": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".html.gz": "html",
    ".htm.gz": "html",
    # A page saved as one file by Chrome, Edge or Internet Explorer (newsmine.readers.mhtml).
    ".mhtml": "html",
    ".mht": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".csv": "csv",
    # A newsletter or press release saved from a mail program (newsmine.readers.email_message).
    ".eml": "email",
    # RSS and Atom feeds, an article an item (newsmine.readers.feeds); an .xml file inside a
    # directory only when it opens a feed (newsmine.readers.inputs).
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}
# News dumps and feeds come gzipped: these are read through gzip (newsmine.readers.files).
# Not .html.gz or .warc.gz: a page is gunzipped by its magic bytes (a page saved as served may
# be gzipped under any name) and a WARC file is read record by record by warcio.
GZIPPED_FORMATS = {
    ".txt.gz": "text",
    ".md.gz": "text",
    ".json.gz": "json",
    ".jsonl.gz": "jsonl",
    ".ndjson.gz": "jsonl",
}
FORMATS.update(GZIPPED_FORMATS)
STDIN = "-"


# Longest first: "a.html.gz" is html, not an unknown ".gz".
_SUFFIXES_LONGEST_FIRST = sorted(FORMATS, key=len, reverse=True)
# What standard input may hold (--stdin-format): the formats of one stream of text.
STDIN_FORMATS = ("text", "html", "json", "jsonl")


def split_suffix(name: str) -> tuple[str, str | None]:
    """``(stem, format)`` of a file name by its suffix (any case): ``("a.b", "html")`` for
    ``a.b.HTML.gz``; ``(name without its last suffix, None)`` when no format has it."""
    lower = name.lower()
    for suffix in _SUFFIXES_LONGEST_FIRST:
        if lower.endswith(suffix):
            return name[: -len(suffix)], FORMATS[suffix]
    return os.path.splitext(name)[0], None


def detect_format(path: str | Path) -> str | None:
    return split_suffix(str(path))[1]


def is_gzipped(path: str | Path) -> bool:
    """Whether ``path`` is gzipped text or JSON, decompressed as it is read (``feed.jsonl.gz``), or
    a bare ``.gz`` (:func:`is_bare_gz`), whose content tells its format (newsmine.readers.gzip_sniff)."""
    return str(path).lower().endswith(tuple(GZIPPED_FORMATS)) or is_bare_gz(path)


# An extension inside a .gz name: "a.tar.gz", "data.csv.gz" (letters, and digits after one: ".mp3").
_INNER_EXTENSION = re.compile(r"\.[a-z][a-z0-9]{0,7}$", re.I)


def is_bare_gz(path: str | Path) -> bool:
    """Whether ``path`` is a gzip file named without an inner extension (``page.gz``, ``story.gz``):
    its format is told by its content, decompressed (web66). A name with an inner extension no
    format has (``a.tar.gz``, ``data.csv.gz``) says what it holds, and is not read."""
    name = os.path.basename(str(path))
    if not name.lower().endswith(".gz"):
        return False
    stem = name[: -len(".gz")]
    return bool(stem.strip(".")) and not _INNER_EXTENSION.search(stem)


def formats_help() -> str:
    """The suffixes newsmine reads, by format, for help texts: ``.txt .md (text), ...``."""
    by_format: dict[str, list[str]] = {}
    for suffix, fmt in FORMATS.items():
        by_format.setdefault(fmt, []).append(suffix)
    return ", ".join(f"{' '.join(suffixes)} ({fmt})" for fmt, suffixes in by_format.items())


def sniff_format(data: bytes) -> str:
    """The format of standard input by its first non-blank bytes (JSON, HTML, WARC or text)."""
    head = data.lstrip()[:1]
    if head in (b"{", b"["):
        return "jsonl" if head == b"{" else "json"
    if head == b"<":
        return "html"
    if data[:4] == b"WARC" or data[:2] == b"\x1f\x8b":
        return "warc"
    return "text"
