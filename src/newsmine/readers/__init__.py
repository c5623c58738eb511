"""Readers: input files -> :class:`~newsmine.articles.Article` objects, lazily.

Formats by extension: ``.txt``/``.md`` plain text; ``.html``/``.htm`` through trafilatura;
``.json`` (an object or an array) and ``.jsonl``/``.ndjson`` (an object a line);
``.warc``/``.warc.gz`` web archives. Directories are walked recursively in sorted order
(files with other extensions inside a directory are skipped and counted); ``-`` reads
standard input, whose format is given or sniffed from its first byte.

Reading never stops on a bad file: it yields an article carrying a failure, which becomes
an error record.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsmine.articles import Article, ReadFailure
from newsmine.errors import ArticleError, UnsupportedFormat, UsageError
from newsmine.readers.decoding import decode_bytes
from newsmine.readers.json_lines import JsonFields, articles_from_json, articles_from_json_lines

__all__ = ["FORMATS", "InputFile", "ReadOptions", "detect_format", "list_inputs", "read_articles"]

FORMATS = {
    ".txt": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
}
STDIN = "-"


@dataclass(frozen=True, slots=True)
class ReadOptions:
    fields: JsonFields = field(default_factory=JsonFields)
    # Format of standard input; None sniffs it from the first non-blank byte.
    stdin_format: str | None = None


@dataclass(frozen=True, slots=True)
class InputFile:
    path: str  # as given or found under a given directory; "-" for stdin
    format: str
    size: int | None  # bytes, for progress; None for stdin


def detect_format(path: str | Path) -> str | None:
    name = str(path).lower()
    for suffix in sorted(FORMATS, key=len, reverse=True):
        if name.endswith(suffix):
            return FORMATS[suffix]
    return None


def list_inputs(paths: Iterable[str | Path], skipped: list[str] | None = None) -> Iterator[InputFile]:
    """The input files named by ``paths`` (directories walked recursively, sorted).

    Raises :class:`UsageError` for a path that does not exist or a file of unknown type
    named explicitly. Files of unknown type inside directories go to ``skipped``.
    """
    for raw in paths:
        raw = str(raw)
        if raw == STDIN:
            yield InputFile(STDIN, "stdin", None)
            continue
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    file_path = os.path.join(root, name)
                    fmt = detect_format(name)
                    if fmt is None:
                        if skipped is not None:
                            skipped.append(file_path)
                        continue
                    yield InputFile(file_path, fmt, _size(file_path))
        elif path.exists():
            fmt = detect_format(raw)
            if fmt is None:
                raise UnsupportedFormat(
                    f"{raw}: unknown file type; newsmine reads {', '.join(sorted(FORMATS))} (rename the file or convert it)"
                )
            yield InputFile(raw, fmt, _size(raw))
        else:
            raise UsageError(f"{raw}: no such file or directory")


def _size(path: str) -> int | None:
    try:
        return os.path.getsize(path)
    except OSError:
        return None


def read_articles(paths: Iterable[str | Path], options: ReadOptions | None = None) -> Iterator[Article]:
    """All articles under ``paths``, lazily, one file at a time."""
    options = options or ReadOptions()
    for input_file in list_inputs(paths):
        yield from read_file(input_file, options)


def _stem(path: str) -> str:
    name = os.path.basename(path)
    for suffix in sorted(FORMATS, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return os.path.splitext(name)[0]


def _sniff(data: bytes) -> str:
    head = data.lstrip()[:1]
    if head in (b"{", b"["):
        return "jsonl" if head == b"{" else "json"
    if head == b"<":
        return "html"
    if data[:4] == b"WARC" or data[:2] == b"\x1f\x8b":
        return "warc"
    return "text"


def read_file(input_file: InputFile, options: ReadOptions) -> Iterator[Article]:
    """The articles of one input file (or standard input)."""
    path, fmt = input_file.path, input_file.format
    if fmt == "warc":
        from newsmine.readers.warc import articles_from_warc

        yield from articles_from_warc(path)
        return
    if fmt == "jsonl" and path != STDIN:
        yield from _read_json_lines_file(path, options)
        return
    stem = "stdin" if path == STDIN else _stem(path)
    try:
        data = sys.stdin.buffer.read() if path == STDIN else Path(path).read_bytes()
    except OSError as exc:
        yield Article(id=stem, source_path=path, source_format=fmt, failure=ReadFailure("ReadError", f"cannot read the file: {exc.strerror or exc}"))
        return
    if path == STDIN:
        fmt = options.stdin_format or _sniff(data)
        if fmt == "warc":
            raise UsageError("WARC input on standard input is not supported; pass the .warc/.warc.gz file path")
    try:
        text, encoding = decode_bytes(data)
    except ArticleError as exc:
        yield Article(id=stem, source_path=path, source_format=fmt, failure=ReadFailure(exc.type_name, str(exc)))
        return
    name = os.path.basename(path) if path != STDIN else "stdin"
    if fmt == "text":
        from newsmine.readers.plain_text import article_from_text

        yield article_from_text(stem, text, path=path, encoding=encoding)
    elif fmt == "html":
        from newsmine.readers.html import article_from_html

        yield article_from_html(stem, text, path=path, encoding=encoding)
    elif fmt == "json":
        yield from articles_from_json(text, name, stem, options.fields, path=path, encoding=encoding)
    elif fmt == "jsonl":
        lines = (line.encode("utf-8") for line in text.splitlines())
        yield from articles_from_json_lines(lines, name, options.fields, path=path, encoding=encoding)
    else:  # pragma: no cover - FORMATS and this dispatch are kept in step
        raise UnsupportedFormat(f"{path}: format {fmt!r} has no reader")


def _read_json_lines_file(path: str, options: ReadOptions) -> Iterator[Article]:
    """Stream a JSON Lines file line by line: memory does not grow with the file."""
    name = os.path.basename(path)
    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield Article(id=f"{name}:0", source_path=path, source_format="jsonl",
                      failure=ReadFailure("ReadError", f"cannot read the file: {exc.strerror or exc}"))
        return
    with handle:
        first = handle.read(3)
        if first != b"\xef\xbb\xbf":  # skip a UTF-8 byte-order mark
            handle.seek(0)
        yield from articles_from_json_lines(iter(handle), name, options.fields, path=path)
