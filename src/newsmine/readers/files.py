"""Reading one input file (or standard input) into articles, lazily.

Reading never stops on a bad file: it yields an article carrying a failure, which becomes
an error record. A file name that is not valid UTF-8 (a Latin-1 ``caf\\xe9.txt``) is read
all the same; its record's ``source.path`` and id show the undecodable bytes as ``\\xNN``
escapes, and the record's ``warnings`` say so.

Gzipped text and JSON (``feed.jsonl.gz``) are decompressed as they are read, so they give the
records of the file gunzipped (only ``source.path``, and the ``<file name>:<line>`` ids of
objects without an id, name the file as given). A gzip file damaged or cut short part-way
keeps the articles before the damage and ends with one ``DecodeError`` record saying so.
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from newsmine.articles import DEFAULT_MAX_CHARS, DEFAULT_MIN_WORDS, Article, ReadFailure, check_date_order
from newsmine.errors import ArticleError, DecodeError, UnsupportedFormat, UsageError
from newsmine.readers.decoding import decode_bytes, decode_declared, stream_encoding
from newsmine.readers.formats import STDIN, is_gzipped, sniff_format, split_suffix
from newsmine.readers.inputs import InputFile, display_path, list_inputs
from newsmine.readers.json_lines import (
    JsonFields,
    articles_from_json,
    articles_from_json_array_stream,
    articles_from_json_lines,
    line_byte_limit,
    read_lines,
)
from newsmine.readers.limits import GZIP_MAGIC, byte_limit, gunzip, read_limited, too_large_message
from newsmine.readers.mhtml import is_mhtml, page_of_mhtml

__all__ = ["ReadOptions", "read_articles", "read_file"]

_SNIFF_BYTES = 1 << 16


@dataclass(frozen=True, slots=True)
class ReadOptions:
    fields: JsonFields = field(default_factory=JsonFields)
    # Format of standard input; None sniffs it from the first non-blank byte.
    stdin_format: str | None = None
    # Web pages with fewer words of article text are recorded but not analysed (--min-words).
    min_words: int = DEFAULT_MIN_WORDS
    # The outlet of every article whose input names none (--outlet): plain text has no field
    # for it, and a researcher's folder of one outlet's saved articles was all "(unknown)" in
    # the report's per-outlet tables.
    outlet: str | None = None
    # How the inputs write numeric dates in a given 'published' (JSON, CSV, front matter):
    # "DMY" (03/04/2025 is 3 April), "MDY" (March 4), or None: one that reads both ways is null
    # with a warning (--date-order; see newsmine.articles.parse_published).
    date_order: str | None = None

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "date_order", check_date_order(self.date_order))
        except ValueError as exc:
            raise UsageError(str(exc)) from None


def read_articles(paths: Iterable[str | Path] | str | Path, options: ReadOptions | None = None, *,
                  max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article]:
    """All articles under ``paths`` (a list of files and folders, or one path), lazily, one
    file at a time (see :func:`read_file`).

    One path given alone is read as one path: a string is iterable, and ``read_articles("articles/")``
    read each of its characters as a path, "/" first, so it walked the whole file system (session 47).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    options = options or ReadOptions()
    for input_file in list_inputs(paths):
        yield from read_file(input_file, options, max_chars=max_chars)


def _stem(path: str) -> str:
    return split_suffix(os.path.basename(path))[0]


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
            if options.outlet and not article.outlet:
                article.outlet = options.outlet
            yield _with_valid_names(article) if escaped else article
    except UsageError:
        raise
    except _DamagedGzip as exc:  # the file's fault, not newsmine's: no "please report"
        article = _failure_after(input_file, produced, "DecodeError", _damaged_gzip_message(exc, produced))
        yield _with_valid_names(article) if escaped else article
    except Exception as exc:  # one broken file must not stop the batch
        article = _failure_after(input_file, produced, "ReadError", (
            f"reading the file stopped after {produced:,} articles: {type(exc).__name__}: {exc}; the articles before "
            "are kept; please report this file"))
        yield _with_valid_names(article) if escaped else article


def _failure_after(input_file: InputFile, produced: int, kind: str, message: str) -> Article:
    """The error record of a file whose reading stopped part-way (``<file>:0``, or the stem).

    A JSON file that gave no article before the damage gets its stem, as a broken plain
    ``.json`` does (``_whole_file_failure``): ``story.json.gz`` cut short and ``story.json``
    cut short are both ``story``. Once array elements were read (``dump.json.gz:1`` …), the
    error record is ``dump.json.gz:0`` beside them.
    """
    path = input_file.path
    name = "stdin" if path == STDIN else os.path.basename(path)
    single = input_file.format in _SINGLE_ARTICLE_FORMATS or (input_file.format == "json" and not produced)
    return Article(id=(_stem(path) if path != STDIN else "stdin") if single else f"{name}:0", source_path=path,
                   source_format=_record_format(input_file.format), failure=ReadFailure(kind, message))


def _damaged_gzip_message(damage: _DamagedGzip, produced: int) -> str:
    cause = damage.__cause__
    reason = f"{type(cause).__name__}: {' '.join(str(cause).split())[:200]}"
    if not damage.started and isinstance(cause, gzip.BadGzipFile):
        return (f"the file is named .gz but is not gzipped ({reason}); rename it without .gz (feed.jsonl), "
                "or gzip it")
    problem = "is cut short (a download or copy that stopped?)" if isinstance(cause, EOFError) else "is damaged"
    kept = {0: "no article was read before the damage", 1: "the article before the damage is kept"}.get(
        produced, f"the {produced:,} articles before the damage are kept")
    return f"the gzip file {problem} ({reason}); {kept}. Check it with gzip -t, or download it again"


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


_SINGLE_ARTICLE_FORMATS = ("text", "html", "email")


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
    # A gzipped feed is read through gzip as it streams: every limit below (a line's bytes,
    # a text file's) counts decompressed bytes, so a gzip bomb stops at the same limit.
    gunzip = _Gunzip(raw) if path != STDIN and is_gzipped(path) else None
    try:
        # Standard input is read like a file, incrementally: its first 64 KiB tell the format
        # (when not given) and the encoding, and are then read again as part of the stream.
        # A gzip file damaged inside them raises once they are read again (the lines before
        # the damage are articles).
        head, damage = _gunzipped_head(gunzip) if gunzip is not None else (raw.read(_SNIFF_BYTES), None)
        if path == STDIN and not head.strip() and len(head) < _SNIFF_BYTES:
            # Nothing was piped in (`grep … | newsmine extract -` matched nothing, `echo |` gave a
            # line break): no article, as an empty feed, whatever the format. It was one
            # EmptyArticle (text) or InvalidJSON (json) error record and exit 1, where an empty
            # jsonl stream found no article (exit 4).
            return
        stream = io.BufferedReader(_Replay(head, gunzip if gunzip is not None else raw, damage))
        if path == STDIN:
            fmt = options.stdin_format or sniff_format(head)
            if fmt == "warc" and head[:2] == GZIP_MAGIC and options.stdin_format is None:
                # gzip's magic bytes open a .warc.gz and a gzipped feed alike: "WARC input" named
                # the one a piped feed.jsonl.gz is not
                raise UsageError("gzip-compressed standard input is not read; pass the file's path (newsmine reads "
                                 ".jsonl.gz, .json.gz, .txt.gz and .warc.gz files as they decompress), or decompress "
                                 "it into the pipe (zcat feed.jsonl.gz | newsmine extract - --stdin-format jsonl)")
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
    return Article(id=stem if single else f"{name}:0", source_path=path, source_format=_record_format(fmt),
                   failure=ReadFailure(kind, message))


def _record_format(fmt: str) -> str:
    """The record's ``source.format`` of an input format: an e-mail's article is its text or page."""
    return "text" if fmt == "email" else fmt


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
                                            encoding=encoding, max_line_bytes=limit, date_order=options.date_order)
        return
    if fmt == "json" and _utf8_array(head):
        # An array in UTF-8 is streamed an element at a time (a 150 MB array took 751 MB whole).
        # Gzipped, in pieces: a buffered read(64 KiB) meeting the damage would drop the elements
        # decompressed before it in that read.
        pieces = _OnePieceReads(stream) if path != STDIN and is_gzipped(path) else stream
        yield from articles_from_json_array_stream(pieces, name, options.fields, path=path,
                                                   skip_bom=head.startswith(codecs.BOM_UTF8),
                                                   date_order=options.date_order)
        return
    limit = byte_limit(fmt, max_chars)
    data = read_limited(stream, limit)
    if fmt == "html" and data[:2] == GZIP_MAGIC:
        try:
            data = gunzip(data, limit)
        except (OSError, EOFError, zlib.error) as exc:
            yield Article(id=stem, source_path=path, source_format=fmt, failure=ReadFailure(
                "DecodeError", f"the file is not a valid gzip file ({exc}); decompress it and check it, or re-download it"))
            return
    if limit is not None and len(data) > limit:
        yield _whole_file_failure(path, fmt, stem, "InputTooLarge", too_large_message(fmt, limit, max_chars))
        return
    if fmt == "feed":  # XML: the feed declares its encoding, and feedparser reads it
        from newsmine.readers.feeds import articles_from_feed

        yield from articles_from_feed(data, name, path=path, date_order=options.date_order)
        return
    if fmt == "email":  # a MIME message: its parts carry their own encodings
        from newsmine.readers.email_message import article_from_email

        yield article_from_email(stem, data, path=path, min_words=options.min_words)
        return
    saved_from = None  # the address an MHTML file says its page was saved from
    try:
        if fmt == "html" and is_mhtml(data):  # a page saved as one file (.mhtml), or one renamed .html
            page = page_of_mhtml(data)
            if page is None:
                yield _whole_file_failure(path, fmt, stem, "NoArticleText", (
                    "the file is a web page saved as one file (MHTML) but holds no HTML page; save the page again "
                    "(Save as: Webpage, Complete or Single File)"))
                return
            saved_from = page.url
            text, encoding = decode_declared(page.html, page.charset)
        else:
            text, encoding = decode_bytes(data)
    except ArticleError as exc:
        yield _whole_file_failure(path, fmt, stem, exc.type_name, str(exc))
        return
    if fmt == "text":
        from newsmine.readers.plain_text import article_from_text

        yield article_from_text(stem, text, path=path, encoding=encoding, date_order=options.date_order)
    elif fmt == "html":
        from newsmine.readers.html import article_from_html

        yield article_from_html(stem, text, path=path, encoding=encoding, saved_from=saved_from,
                                min_words=options.min_words)
    elif fmt == "json":
        yield from articles_from_json(text, name, stem, options.fields, path=path, encoding=encoding,
                                      date_order=options.date_order)
    elif fmt == "csv":
        from newsmine.readers.csv_table import articles_from_csv

        yield from articles_from_csv(text, name, options.fields, path=path, encoding=encoding,
                                     date_order=options.date_order)
    else:  # pragma: no cover - FORMATS and this dispatch are kept in step
        raise UnsupportedFormat(f"{path}: format {fmt!r} has no reader")


def _utf8_array(head: bytes) -> bool:
    try:
        encoding = stream_encoding(head)
    except DecodeError:
        return False
    return encoding in ("utf-8", "utf-8-sig") and head.removeprefix(codecs.BOM_UTF8).lstrip()[:1] == b"["


class _Replay(io.RawIOBase):
    """A stream that gives ``head`` (bytes already read from ``rest``) again, then the rest."""

    def __init__(self, head: bytes, rest: BinaryIO, damage: Exception | None = None):
        self._head = memoryview(head)
        self._rest = rest
        self._damage = damage  # raised after the head: the rest could not be read

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            count = min(len(buffer), len(self._head))
            buffer[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        if self._damage is not None:
            raise self._damage
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class _DamagedGzip(Exception):
    """A gzipped input that cannot be decompressed further (``__cause__`` says why; ``started``:
    whether any byte was decompressed before). Not an OSError, so that it reaches
    :func:`read_file`, which knows how many articles came before."""

    def __init__(self, message: str, started: bool):
        super().__init__(message)
        self.started = started


class _OnePieceReads:
    """``stream`` whose ``read`` returns at most one piece read from below (``read1``); it has no
    ``readinto``, so that ijson calls ``read``."""

    def __init__(self, stream: io.BufferedReader):
        self._stream = stream

    def read(self, size: int = -1) -> bytes:
        return self._stream.read1(size)


def _gunzipped_head(gunzip: _Gunzip) -> tuple[bytes, _DamagedGzip | None]:
    """The first ``_SNIFF_BYTES`` decompressed bytes (fewer if the file is shorter or damaged
    within them) and the damage, if any."""
    pieces, total = [], 0
    try:
        while total < _SNIFF_BYTES and (piece := gunzip.read(_SNIFF_BYTES - total)):
            pieces.append(piece)
            total += len(piece)
    except _DamagedGzip as damage:
        return b"".join(pieces), damage
    return b"".join(pieces), None


class _Gunzip(io.RawIOBase):
    """The decompressed bytes of the gzip file ``raw``; its failures raise :class:`_DamagedGzip`.

    Unbuffered, and each read decompresses at most one piece (``read1``): a read that meets the
    damage returns nothing, so no byte decompressed before the damage is dropped with it."""

    def __init__(self, raw: BinaryIO):
        self._gzip = gzip.GzipFile(fileobj=raw, mode="rb")
        self._started = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:
            data = self._gzip.read1(len(buffer))
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            raise _DamagedGzip(str(exc), self._started) from exc
        buffer[: len(data)] = data
        self._started = self._started or bool(data)
        return len(data)
