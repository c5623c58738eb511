"""Readers: input files -> :class:`~newsmine.articles.Article` objects, lazily.

Formats by extension: ``.txt``/``.md`` plain text; ``.html``/``.htm`` (and gzipped,
``.html.gz``/``.htm.gz``) through trafilatura;
``.json`` (an object or an array) and ``.jsonl``/``.ndjson`` (an object a line);
``.warc``/``.warc.gz`` web archives. Directories are walked recursively in sorted order;
inside them, hidden files and folders, files with other extensions and anything that is not
a regular file (a FIFO, a device, a socket: reading one could block forever) are skipped and
counted. ``-`` reads standard input, whose format is given or sniffed from its first byte.

A file name that is not valid UTF-8 (a Latin-1 ``caf\\xe9.txt``) is read all the same; its
record's ``source.path`` and id show the undecodable bytes as ``\\xNN`` escapes, and the
record's ``warnings`` say so.

Reading never stops on a bad file: it yields an article carrying a failure, which becomes
an error record.
"""

from __future__ import annotations

import codecs
import io
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import BinaryIO, NamedTuple

from newsmine.articles import DEFAULT_MAX_CHARS, DEFAULT_MIN_WORDS, Article, ReadFailure
from newsmine.errors import ArticleError, DecodeError, UnsupportedFormat, UsageError
from newsmine.readers.decoding import decode_bytes, stream_encoding
from newsmine.readers.json_lines import (
    JsonFields,
    articles_from_json,
    articles_from_json_array_stream,
    articles_from_json_lines,
    line_byte_limit,
    read_lines,
)

__all__ = [
    "FORMATS",
    "STDIN_FORMATS",
    "InputFile",
    "ReadOptions",
    "SkippedBecause",
    "SkippedFile",
    "detect_format",
    "display_path",
    "formats_help",
    "list_inputs",
    "read_articles",
    "split_suffix",
]

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
    # Web pages with fewer words of article text are recorded but not analysed (--min-words).
    min_words: int = DEFAULT_MIN_WORDS


@dataclass(frozen=True, slots=True)
class InputFile:
    path: str  # as given or found under a given directory; "-" for stdin
    format: str
    size: int | None  # bytes, for progress; None for stdin


class SkippedBecause(str, Enum):
    """Why a file (or folder) inside an input directory was not read; the value is what the
    run's summary line says."""

    hidden = "hidden"
    unknown_type = "unknown type"
    not_regular = "not a regular file"  # a FIFO, device or socket: reading one could block forever
    output = "the output itself"


class SkippedFile(NamedTuple):
    """A file (or folder) inside an input directory that was not read, and why."""

    path: str
    reason: SkippedBecause


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


def formats_help() -> str:
    """The suffixes newsmine reads, by format, for help texts: ``.txt .md (text), ...``."""
    by_format: dict[str, list[str]] = {}
    for suffix, fmt in FORMATS.items():
        by_format.setdefault(fmt, []).append(suffix)
    return ", ".join(f"{' '.join(suffixes)} ({fmt})" for fmt, suffixes in by_format.items())


def list_inputs(paths: Iterable[str | Path], skipped: list[SkippedFile] | None = None) -> Iterator[InputFile]:
    """The input files named by ``paths`` (directories walked recursively, sorted).

    Raises :class:`UsageError` for a path that does not exist or a file of unknown type
    named explicitly. Inside directories, hidden entries, files of unknown type and
    non-regular files (FIFOs, devices, sockets) go to ``skipped``. A file named explicitly is
    read whatever it is (``<(zcat feed.jsonl.gz)`` is a FIFO the user meant).
    """

    def skip(path: str, reason: SkippedBecause) -> None:
        if skipped is not None:
            skipped.append(SkippedFile(path, reason))

    for raw in paths:
        raw = str(raw)
        if raw == STDIN:
            yield InputFile(STDIN, "stdin", None)
            continue
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                for name in sorted(d for d in dirs if d.startswith(".")):
                    skip(os.path.join(root, name), SkippedBecause.hidden)
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    file_path = os.path.join(root, name)
                    if name.startswith("."):
                        skip(file_path, SkippedBecause.hidden)
                        continue
                    fmt = detect_format(name)
                    if fmt is None:
                        skip(file_path, SkippedBecause.unknown_type)
                        continue
                    if not _regular_or_unreadable(file_path):
                        skip(file_path, SkippedBecause.not_regular)
                        continue
                    yield InputFile(file_path, fmt, _size(file_path))
        elif path.exists():
            fmt = detect_format(raw)
            if fmt is None:
                raise UnsupportedFormat(
                    f"{display_path(raw)}: unknown file type; newsmine reads {', '.join(sorted(FORMATS))} "
                    "(rename the file or convert it)"
                )
            yield InputFile(raw, fmt, _size(raw))
        else:
            raise UsageError(f"{display_path(raw)}: no such file or directory")


def _regular_or_unreadable(path: str) -> bool:
    """False for a FIFO, device or socket (opening one may block forever). A file that cannot
    even be examined (a dangling link, no permission) is kept: reading it gives a ReadError
    record that says why."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True


def display_path(path: str) -> str:
    """``path`` as valid text: bytes that are not UTF-8 (kept by Python as lone surrogates,
    which no JSON or database can hold) shown as ``\\xNN`` escapes."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _size(path: str) -> int | None:
    try:
        return os.path.getsize(path)
    except OSError:
        return None


def read_articles(paths: Iterable[str | Path], options: ReadOptions | None = None, *,
                  max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article]:
    """All articles under ``paths``, lazily, one file at a time (see :func:`read_file`)."""
    options = options or ReadOptions()
    for input_file in list_inputs(paths):
        yield from read_file(input_file, options, max_chars=max_chars)


def _stem(path: str) -> str:
    return split_suffix(os.path.basename(path))[0]


def _sniff(data: bytes) -> str:
    head = data.lstrip()[:1]
    if head in (b"{", b"["):
        return "jsonl" if head == b"{" else "json"
    if head == b"<":
        return "html"
    if data[:4] == b"WARC" or data[:2] == b"\x1f\x8b":
        return "warc"
    return "text"


def read_file(input_file: InputFile, options: ReadOptions, *, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article]:
    """The articles of one input file (or standard input).

    Never raises for a bad file: an unreadable, binary, oversized or broken file becomes
    error articles, and so does an unexpected failure part-way (after the articles read
    before it). Only a usage problem (WARC on standard input) raises. ``max_chars`` is the
    pipeline's (``PipelineSettings.max_chars``): a file or line that surely holds a longer
    article is refused unread, and the pipeline refuses the rest.
    """
    produced = 0
    escaped = display_path(input_file.path) != input_file.path
    try:
        for article in _read_file(input_file, options, max_chars):
            produced += 1
            yield _with_valid_names(article) if escaped else article
    except UsageError:
        raise
    except Exception as exc:  # one broken file must not stop the batch
        path = input_file.path
        name = "stdin" if path == STDIN else os.path.basename(path)
        single = input_file.format in _SINGLE_ARTICLE_FORMATS
        article = Article(
            id=(_stem(path) if path != STDIN else "stdin") if single else f"{name}:0",
            source_path=path,
            source_format=input_file.format,
            failure=ReadFailure("ReadError", f"reading the file stopped after {produced:,} articles: "
                                f"{type(exc).__name__}: {exc}; the articles before are kept; please report this file"),
        )
        yield _with_valid_names(article) if escaped else article


NAME_NOT_UTF8 = ("the file name is not valid UTF-8: source.path and the id show its undecodable bytes "
                 "as \\xNN escapes")


def _with_valid_names(article: Article) -> Article:
    """An article of a file whose name is not UTF-8, with that name escaped (and a warning)."""
    article.source_path = display_path(article.source_path) if article.source_path else article.source_path
    article.id = display_path(article.id)
    if article.failure is not None:
        article.failure.message = display_path(article.failure.message)
    article.warnings.append(NAME_NOT_UTF8)
    return article


_SINGLE_ARTICLE_FORMATS = ("text", "html")


def _byte_limit(fmt: str, max_chars: int) -> int | None:
    """Files of ``fmt`` longer than this hold an article over ``max_chars`` characters for sure
    (for JSON read whole, not streamed: one object, or an array not in UTF-8)."""
    if fmt == "text":
        return 4 * max_chars + 4  # no encoding takes more than 4 bytes a character, plus a BOM
    if fmt == "html":
        return HTML_BYTES_PER_CHAR * max_chars  # markup is most of a page
    if fmt == "json":
        return line_byte_limit(max_chars)  # what one JSON Lines line may take
    return None


_READ_CHUNK = 1 << 20


def _read_limited(stream: BinaryIO, limit: int | None) -> bytes:
    """The stream's bytes, at most ``limit + 1`` of them (one more tells it is over the limit).

    Read in chunks: ``read(limit + 1)`` would allocate the whole limit up front (and overflow
    for a huge --max-chars), and a file's size cannot be trusted (``/dev/zero``, a growing log)."""
    if limit is None:
        return stream.read()
    chunks, total = [], 0
    while total <= limit:
        chunk = stream.read(min(_READ_CHUNK, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


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


def _read_file(input_file: InputFile, options: ReadOptions, max_chars: int) -> Iterator[Article]:
    path, fmt = input_file.path, input_file.format
    if fmt == "warc":
        from newsmine.readers.warc import articles_from_warc

        yield from articles_from_warc(path, min_words=options.min_words)
        return
    stem = "stdin" if path == STDIN else _stem(path)
    try:
        raw = sys.stdin.buffer if path == STDIN else open(path, "rb")
    except OSError as exc:
        yield _whole_file_failure(path, fmt, stem, "ReadError", f"cannot read the file: {exc.strerror or exc}")
        return
    try:
        # Standard input is read like a file, incrementally: its first 64 KiB tell the format
        # (when not given) and the encoding, and are then read again as part of the stream.
        head = raw.read(_SNIFF_BYTES)
        stream = io.BufferedReader(_Replay(head, raw))
        if path == STDIN:
            fmt = options.stdin_format or _sniff(head)
            if fmt == "warc":
                raise UsageError("WARC input on standard input is not supported; pass the .warc/.warc.gz file path")
        yield from _read_stream(stream, head, path, fmt, stem, options, max_chars)
    except OSError as exc:
        yield _whole_file_failure(path, fmt, stem, "ReadError", f"cannot read the file: {exc.strerror or exc}")
    finally:
        if path != STDIN:
            raw.close()


def _whole_file_failure(path: str, fmt: str, stem: str, kind: str, message: str) -> Article:
    """The one error record of a file refused as a whole (``<file>:0`` for a file of many articles)."""
    single = fmt in _SINGLE_ARTICLE_FORMATS or fmt == "json"
    name = "stdin" if path == STDIN else os.path.basename(path)
    return Article(id=stem if single else f"{name}:0", source_path=path, source_format=fmt, failure=ReadFailure(kind, message))


def _read_stream(stream: BinaryIO, head: bytes, path: str, fmt: str, stem: str, options: ReadOptions,
                 max_chars: int) -> Iterator[Article]:
    name = os.path.basename(path) if path != STDIN else "stdin"
    if fmt == "jsonl":
        # Streamed a line at a time: memory does not grow with the file.
        try:
            encoding = stream_encoding(head)
        except DecodeError as exc:
            yield _whole_file_failure(path, fmt, stem, exc.type_name, str(exc))
            return
        limit = line_byte_limit(max_chars)
        yield from articles_from_json_lines(read_lines(stream, encoding, limit), name, options.fields, path=path,
                                            encoding=encoding, max_line_bytes=limit)
        return
    if fmt == "json" and _utf8_array(head):
        # An array in UTF-8 is streamed an element at a time (a 150 MB array took 751 MB whole).
        yield from articles_from_json_array_stream(stream, name, options.fields, path=path,
                                                   skip_bom=head.startswith(codecs.BOM_UTF8))
        return
    limit = _byte_limit(fmt, max_chars)
    data = _read_limited(stream, limit)
    if fmt == "html" and data[:2] == _GZIP_MAGIC:
        try:
            data = _gunzip(data, limit)
        except (OSError, EOFError, zlib.error) as exc:
            yield Article(id=stem, source_path=path, source_format=fmt, failure=ReadFailure(
                "DecodeError", f"the file is not a valid gzip file ({exc}); decompress it and check it, or re-download it"))
            return
    if limit is not None and len(data) > limit:
        yield _whole_file_failure(path, fmt, stem, "InputTooLarge", _too_large_message(fmt, limit, max_chars))
        return
    try:
        text, encoding = decode_bytes(data)
    except ArticleError as exc:
        yield _whole_file_failure(path, fmt, stem, exc.type_name, str(exc))
        return
    if fmt == "text":
        from newsmine.readers.plain_text import article_from_text

        yield article_from_text(stem, text, path=path, encoding=encoding)
    elif fmt == "html":
        from newsmine.readers.html import article_from_html

        yield article_from_html(stem, text, path=path, encoding=encoding, min_words=options.min_words)
    elif fmt == "json":
        yield from articles_from_json(text, name, stem, options.fields, path=path, encoding=encoding)
    else:  # pragma: no cover - FORMATS and this dispatch are kept in step
        raise UnsupportedFormat(f"{path}: format {fmt!r} has no reader")


def _too_large_message(fmt: str, limit: int, max_chars: int) -> str:
    if fmt == "json":
        return (f"the file is over {limit:,} bytes and is not a UTF-8 JSON array (which would be read an element at "
                "a time); it was not read: convert it to UTF-8, or to JSON Lines (.jsonl)")
    return (f"the file is over {limit:,} bytes, so its text is surely over --max-chars ({max_chars:,} characters); "
            "it was not read (raise --max-chars to process it)")


def _utf8_array(head: bytes) -> bool:
    try:
        encoding = stream_encoding(head)
    except DecodeError:
        return False
    return encoding in ("utf-8", "utf-8-sig") and head.removeprefix(codecs.BOM_UTF8).lstrip()[:1] == b"["


class _Replay(io.RawIOBase):
    """A stream that gives ``head`` (bytes already read from ``rest``) again, then the rest."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            count = min(len(buffer), len(self._head))
            buffer[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
