"""Readers: input files -> :class:`~newsmine.articles.Article` objects, lazily.

Formats by extension: ``.txt``/``.md`` plain text; ``.html``/``.htm`` (and gzipped,
``.html.gz``/``.htm.gz``) through trafilatura;
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
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsmine.articles import DEFAULT_MAX_CHARS, DEFAULT_MIN_WORDS, Article, ReadFailure
from newsmine.errors import ArticleError, DecodeError, UnsupportedFormat, UsageError
from newsmine.readers.decoding import decode_bytes, stream_encoding
from newsmine.readers.json_lines import (
    JsonFields,
    articles_from_json,
    articles_from_json_lines,
    line_byte_limit,
    read_lines,
)

__all__ = ["FORMATS", "InputFile", "ReadOptions", "detect_format", "list_inputs", "read_articles"]

FORMATS = {
    ".txt": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".html.gz": "html",
    ".htm.gz": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
}
STDIN = "-"
# An HTML file over this many bytes per --max-chars character is refused unread: 20 MB by
# default, the size newsmine's WARC reader also stops at.
HTML_BYTES_PER_CHAR = 10
_SNIFF_BYTES = 1 << 16


@dataclass(frozen=True, slots=True)
class ReadOptions:
    fields: JsonFields = field(default_factory=JsonFields)
    # Format of standard input; None sniffs it from the first non-blank byte.
    stdin_format: str | None = None
    # Files that surely hold an article longer than this are refused unread (the pipeline
    # refuses the rest); keep it equal to the pipeline's max_chars.
    max_chars: int = DEFAULT_MAX_CHARS
    # Web pages with fewer words of article text are recorded but not analysed (--min-words).
    min_words: int = DEFAULT_MIN_WORDS


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
    """The articles of one input file (or standard input).

    Never raises for a bad file: an unreadable, binary, oversized or broken file becomes
    error articles, and so does an unexpected failure part-way (after the articles read
    before it). Only a usage problem (WARC on standard input) raises.
    """
    produced = 0
    try:
        for article in _read_file(input_file, options):
            produced += 1
            yield article
    except UsageError:
        raise
    except Exception as exc:  # one broken file must not stop the batch
        path = input_file.path
        name = "stdin" if path == STDIN else os.path.basename(path)
        single = input_file.format in _SINGLE_ARTICLE_FORMATS
        yield Article(
            id=(_stem(path) if path != STDIN else "stdin") if single else f"{name}:0",
            source_path=path,
            source_format=input_file.format,
            failure=ReadFailure("ReadError", f"reading the file stopped after {produced:,} articles: "
                                f"{type(exc).__name__}: {exc}; the articles before are kept; please report this file"),
        )


_SINGLE_ARTICLE_FORMATS = ("text", "html")


def _byte_limit(fmt: str, max_chars: int) -> int | None:
    """Files of ``fmt`` longer than this hold an article over ``max_chars`` characters for sure."""
    if fmt == "text":
        return 4 * max_chars + 4  # no encoding takes more than 4 bytes a character, plus a BOM
    if fmt == "html":
        return HTML_BYTES_PER_CHAR * max_chars  # markup is most of a page
    return None


def _read_bytes(path: str, limit: int | None) -> bytes:
    with open(path, "rb") as handle:
        return handle.read() if limit is None else handle.read(limit + 1)


_GZIP_MAGIC = b"\x1f\x8b"


def _gunzip(data: bytes, limit: int | None) -> bytes:
    """A gzipped page's bytes, at most ``limit + 1`` of them: a gzip bomb stops at the limit."""
    decompressor = zlib.decompressobj(wbits=31)
    if limit is None:
        return decompressor.decompress(data)
    page = decompressor.decompress(data, limit + 1)
    if len(page) <= limit and not decompressor.eof:
        raise EOFError("the compressed data ends early")
    return page


def _read_file(input_file: InputFile, options: ReadOptions) -> Iterator[Article]:
    path, fmt = input_file.path, input_file.format
    if fmt == "warc":
        from newsmine.readers.warc import articles_from_warc

        yield from articles_from_warc(path, min_words=options.min_words)
        return
    if fmt == "jsonl" and path != STDIN:
        yield from _read_json_lines_file(path, options)
        return
    stem = "stdin" if path == STDIN else _stem(path)
    limit = _byte_limit(fmt, options.max_chars)
    try:
        data = sys.stdin.buffer.read() if path == STDIN else _read_bytes(path, limit)
    except OSError as exc:
        yield Article(id=stem, source_path=path, source_format=fmt, failure=ReadFailure("ReadError", f"cannot read the file: {exc.strerror or exc}"))
        return
    if path == STDIN:
        fmt = options.stdin_format or _sniff(data)
        if fmt == "warc":
            raise UsageError("WARC input on standard input is not supported; pass the .warc/.warc.gz file path")
        limit = _byte_limit(fmt, options.max_chars)
    if fmt == "html" and data[:2] == _GZIP_MAGIC:
        try:
            data = _gunzip(data, limit)
        except (OSError, EOFError, zlib.error) as exc:
            yield Article(id=stem, source_path=path, source_format=fmt, failure=ReadFailure(
                "DecodeError", f"the file is not a valid gzip file ({exc}); decompress it and check it, or re-download it"))
            return
    if limit is not None and len(data) > limit:
        yield Article(id=stem, source_path=path, source_format=fmt, failure=ReadFailure(
            "InputTooLarge", f"the file is over {limit:,} bytes, so its text is surely over --max-chars "
            f"({options.max_chars:,} characters); it was not read (raise --max-chars to process it)"))
        return
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

        yield article_from_html(stem, text, path=path, encoding=encoding, min_words=options.min_words)
    elif fmt == "json":
        yield from articles_from_json(text, name, stem, options.fields, path=path, encoding=encoding)
    elif fmt == "jsonl":
        # Split on "\n" only: str.splitlines() also splits at U+2028 and other characters
        # that are valid inside a JSON string, and would break good lines in two.
        lines = (line.encode("utf-8") for line in text.split("\n"))
        yield from articles_from_json_lines(lines, name, options.fields, path=path, encoding=encoding)
    else:  # pragma: no cover - FORMATS and this dispatch are kept in step
        raise UnsupportedFormat(f"{path}: format {fmt!r} has no reader")


def _read_json_lines_file(path: str, options: ReadOptions) -> Iterator[Article]:
    """Stream a JSON Lines file line by line: memory does not grow with the file."""
    name = os.path.basename(path)

    def whole_file_failure(kind: str, message: str) -> Article:
        return Article(id=f"{name}:0", source_path=path, source_format="jsonl", failure=ReadFailure(kind, message))

    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield whole_file_failure("ReadError", f"cannot read the file: {exc.strerror or exc}")
        return
    with handle:
        try:
            encoding = stream_encoding(handle.read(_SNIFF_BYTES))
            handle.seek(0)
        except DecodeError as exc:
            yield whole_file_failure(exc.type_name, str(exc))
            return
        limit = line_byte_limit(options.max_chars)
        yield from articles_from_json_lines(read_lines(handle, encoding, limit), name, options.fields, path=path,
                                            encoding=encoding, max_line_bytes=limit)
