"""Web archives (``.warc``, ``.warc.gz``; e.g. Common Crawl's CC-NEWS): one article per HTML response.

The archive is streamed record by record with warcio (memory holds one page at a time) and
each HTML page goes through the same trafilatura extraction as ``.html`` files
(:func:`newsmine.readers.html.article_from_html`): title, authors, date and site name from
the page's metadata, the main text as the article text. Nothing is ever fetched: the page
is the bytes stored in the archive.

Decisions:

* **Reader: warcio, not FastWARC.** FastWARC parses records about 7x faster, but the parse is
  ~1% of the time trafilatura then spends on each page, and FastWARC hands back payloads still
  ``Transfer-Encoding: chunked`` or ``Content-Encoding: gzip`` (as wget and many crawlers store
  them), which warcio decodes. ``benchmarks/warc_readers.py`` measures both.
* **Article id: the page URL** (``WARC-Target-URI``), which analysts can join on and which
  makes a re-crawled page replace its earlier record in a DuckDB output; the
  ``WARC-Record-ID`` only when a record has no URL.
* **Outlet:** the site name the page declares (``og:site_name`` and the like), else the URL's
  host without ``www.``. **Published:** the date the page states; never the crawl date.
* **What becomes an article, what is skipped, nothing silently:** every HTTP ``response``
  record with a 2xx status and an HTML content type yields an article (one that cannot be
  decoded or holds no article text yields an error record, as for ``.html`` files).
  Responses that are not HTML (images, PDFs, robots.txt) or not 2xx (redirects, 404s) are
  not articles: they are skipped and counted, as are non-response records (``warcinfo``,
  ``request``, ``metadata``, ``revisit``). The counts are logged (logger
  ``newsmine.readers.warc``) at the end of each file, as a warning when responses were
  skipped, and collected in a :class:`WarcStats` the caller may pass in. An archive damaged
  part-way yields an error record (``InvalidWARC``) after the articles read before the damage,
  and reading goes on at the next record that parses (in a ``.warc.gz``, the next gzip member
  holding a whole record), so one corrupt record costs its own page, not the rest of the file.
"""

from __future__ import annotations

import logging
import os
import zlib
from collections import Counter
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from newsmine.articles import Article, ReadFailure
from newsmine.errors import DecodeError
from newsmine.readers.decoding import binary_format, decode_declared
from newsmine.readers.html import DEFAULT_MIN_WORDS, article_from_html

__all__ = ["HTML_CONTENT_TYPES", "MAX_PAGE_BYTES", "WarcStats", "articles_from_warc"]

logger = logging.getLogger(__name__)

HTML_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# A page larger than this becomes an error record rather than being read into memory.
MAX_PAGE_BYTES = 20 * 1024 * 1024
# A WARC or HTTP header line longer than this is damage (or an attack): warcio reads header
# lines whole, and a 1 MB .warc.gz whose header line expanded to 1 GiB took 3.3 GB.
MAX_HEADER_LINE_BYTES = 1024 * 1024

SKIP_NOT_HTTP = "not an HTTP response"
SKIP_STATUS = "HTTP status not 2xx"
SKIP_NOT_HTML = "not HTML"


@dataclass(slots=True)
class WarcStats:
    """What one or more archives held, by what became of each record."""

    articles: int = 0  # HTML responses handed on as articles (error records included)
    skipped_responses: Counter = field(default_factory=Counter)  # reason -> count
    other_records: Counter = field(default_factory=Counter)  # WARC-Type -> count

    def summary(self, name: str) -> str:
        # In the singular for one ("1 HTML responses read as articles" read oddly on one page).
        read = "1 HTML response read as an article" if self.articles == 1 else \
            f"{self.articles:,} HTML responses read as articles"
        parts = [f"{name}: {read}"]
        if self.skipped_responses:
            reasons = ", ".join(f"{reason} {count:,}" for reason, count in self.skipped_responses.most_common())
            skipped = sum(self.skipped_responses.values())
            parts.append(f"{skipped:,} response{'' if skipped == 1 else 's'} skipped ({reasons})")
        if self.other_records:
            kinds = ", ".join(f"{kind} {count:,}" for kind, count in sorted(self.other_records.items()))
            ignored = sum(self.other_records.values())
            parts.append(f"{ignored:,} other record{'' if ignored == 1 else 's'} ignored ({kinds})")
        return "; ".join(parts)


class _Damaged(Exception):
    """The archive is cut short or corrupt at this point; nothing after it can be read."""


def articles_from_warc(path: str, *, stats: WarcStats | None = None, min_words: int = DEFAULT_MIN_WORDS) -> Iterator[Article]:
    """The articles in the WARC file at ``path`` (gzipped or not), lazily, in archive order."""
    file_stats = WarcStats()
    name = os.path.basename(path)
    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield Article(id=name, source_path=path, source_format="warc",
                      failure=ReadFailure("ReadError", f"cannot read the file: {exc.strerror or exc}"))
        return
    with handle:
        position: int | None = 0
        while position is not None:  # each damaged stretch ends one pass; the next starts after it
            position = yield from _read_from(handle, position, path, file_stats, min_words)
    if stats is not None:
        stats.articles += file_stats.articles
        stats.skipped_responses.update(file_stats.skipped_responses)
        stats.other_records.update(file_stats.other_records)
    level = logging.WARNING if file_stats.skipped_responses else logging.INFO
    logger.log(level, "%s", file_stats.summary(name))


def _read_from(handle, position: int, path: str, file_stats: WarcStats,
               min_words: int) -> Generator[Article, None, int | None]:
    """The articles of the records from byte ``position`` on, up to the end of the file (returns
    None) or to damage: then an ``InvalidWARC`` article, and the offset of the next record that
    can be read (None when there is none), where reading goes on. Before, the first damaged
    record ended the file: one corrupt record of a CC-NEWS archive cost every page after it."""
    name = os.path.basename(path)
    iterator = _records_at(handle, position)
    # warcio prints a raw multi-line "WARNING: Record not followed by newline" to stderr when a
    # record runs past its Content-Length; it is counted (err_count) and logged below instead.
    iterator.INC_RECORD = ""
    records = iter(iterator)
    previous = None
    while True:
        try:
            # warcio reads a record to its end only when asked for the next one: check it then.
            mismatches = iterator.err_count
            record = next(records, None)
            if iterator.err_count > mismatches:
                logger.warning("%s: the record before byte %s runs past its Content-Length (its page may be cut "
                               "short); the records after it are read", name, f"{iterator.offset:,}")
            _check_complete(previous)
            if record is None:
                _check_nothing_after(handle, iterator, previous, position)
                return None
            _check_header(record)
            article = _article_from_record(record, path, file_stats, min_words)
        except Exception as exc:  # warcio raises assorted errors on damaged input
            damage = exc.args[0] if isinstance(exc, _Damaged) else f"{type(exc).__name__}: {_printable(str(exc))}"
            where = iterator.offset if isinstance(getattr(iterator, "offset", None), int) else handle.tell()
            failed_id = exc.args[1] if isinstance(exc, _Damaged) and len(exc.args) > 1 else f"{name}@{where}"
            # A record found cut short when the next was read: the next one parsed, so look there.
            resume = _next_readable_record(handle, max(where if isinstance(exc, _CutShort) else where + 1, position + 1))
            after = ("the rest of the file was not read" if resume is None else
                     f"reading went on at byte {resume:,}, the next record that could be read")
            message = f"the archive is damaged near byte {where:,} ({damage}); {_articles_before(file_stats.articles)}, {after}"
            if position == 0 and previous is None and resume is None:
                message = _not_a_warc(handle) or message
            yield Article(id=failed_id, source_path=path, source_format="warc",
                          url=failed_id if failed_id.startswith(("http://", "https://")) else None,
                          failure=ReadFailure("InvalidWARC", message))
            return resume
        previous = record
        if article is not None:
            yield article


def _not_a_warc(handle) -> str | None:
    """The message for a file that does not open with a WARC record (decompressed, for gzip), or
    None when it does (then it is damaged). A download that saved an object store's "Access
    Denied" page, or a zip, under the archive's name was "damaged near byte 0 (ArchiveLoadFailed:
    Unknown archive format, first line: ['<?xml', ...])", as if a good archive had been cut."""
    handle.seek(0)
    head = handle.read(_HEAD_BYTES)
    compressed = head.startswith(_GZIP_MEMBER[:2])
    if compressed:
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, _HEAD_BYTES)
        except zlib.error:
            return None  # damaged compression: the damage message says so
    if head.lstrip().startswith(b"WARC/"):
        return None
    it = "gzip-compressed, but what it holds" if compressed else "it"
    if (binary := binary_format(head)) is not None:
        what = f"{it} is {binary}"
    else:
        opening = head.lstrip()[:_OPENING_BYTES].decode("utf-8", "replace")
        shown = _printable(" ".join(opening.split()), limit=_OPENING_BYTES)
        what = f"{it} begins with '{shown}'" if shown else f"{it} holds nothing but blank space"
        if opening.startswith("<"):
            what += " (a web page or XML: an error page saved in the archive's place?)"
    return (f"not a web archive: {what}, where a WARC file begins with a 'WARC/1.x' record; no article was read "
            "from it; fetch the archive again, or remove the file")


# How much of a file's head tells whether it opens a WARC record, and how much of it a message quotes.
_HEAD_BYTES = 4096
_OPENING_BYTES = 80


def _printable(message: str, limit: int = 120) -> str:
    """An exception's message fit for a record: warcio quotes the bytes it could not read
    ("Invalid WARC record, first line: " and a line of compressed binary)."""
    shown = "".join(character if character.isprintable() else "?" for character in message.strip())
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _articles_before(count: int) -> str:
    if not count:  # "the 0 articles before it were read", of an archive damaged in its first record
        return "no article came before it"
    return f"the {count:,} article{'' if count == 1 else 's'} before it {'was' if count == 1 else 'were'} read"


# Where a record may start: a gzip member (a .warc.gz holds one record a member), else a WARC
# version line at the start of a line.
_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_LINE = b"\nWARC/1."
_SCAN_BYTES = 1 << 20


def _next_readable_record(handle, start: int) -> int | None:
    """The offset of the first record at or after byte ``start`` that parses (its headers read
    and a valid Content-Length), or None. A candidate inside a damaged record (the marker's bytes
    occur by chance in compressed data) does not parse and is passed over."""
    handle.seek(0)
    marker = _GZIP_MEMBER if handle.read(2) == _GZIP_MEMBER[:2] else _WARC_LINE
    skip = 1 if marker == _WARC_LINE else 0  # the offset is that of the "W", after the line break
    offset = max(start - skip, 0)
    while (candidate := _find(handle, marker, offset)) is not None:
        if _parses_at(handle, candidate + skip):
            return candidate + skip
        offset = candidate + 1
    return None


def _find(handle, marker: bytes, offset: int) -> int | None:
    handle.seek(offset)
    carried = b""
    while chunk := handle.read(_SCAN_BYTES):
        data = carried + chunk
        found = data.find(marker)
        if found >= 0:
            return offset - len(carried) + found
        carried = data[-(len(marker) - 1):]
        offset += len(chunk)
    return None


def _records_at(handle, offset: int):
    """warcio's iterator over the records from byte ``offset`` on, reading headers through
    :func:`_bounded_line_reader`."""
    from warcio.archiveiterator import ArchiveIterator

    handle.seek(offset)
    iterator = ArchiveIterator(handle)
    iterator.reader = _bounded_line_reader(handle)  # before any reading: the iterator reads through it
    return iterator


def _parses_at(handle, offset: int) -> bool:
    try:
        record = next(iter(_records_at(handle, offset)), None)
        if record is None:
            return False
        _check_header(record)
        return True
    except Exception:  # noqa: BLE001 - any failure means no record starts here
        return False


def _bounded_line_reader(handle):
    """warcio's decompressing reader, but a header line over MAX_HEADER_LINE_BYTES is damage
    (raised as such) instead of being read whole. Only headers are read by line: page bodies
    are read by size."""
    from warcio.bufferedreaders import DecompressingBufferedReader

    class BoundedLines(DecompressingBufferedReader):
        def readline(self, length=None):
            bound = MAX_HEADER_LINE_BYTES + 1
            line = super().readline(bound if length is None or length > bound else length)
            if len(line) > MAX_HEADER_LINE_BYTES:
                raise _Damaged(f"a header line is over {MAX_HEADER_LINE_BYTES // (1024 * 1024)} MiB")
            return line

    return BoundedLines(handle)


def _check_header(record) -> None:
    length = record.rec_headers.get_header("Content-Length")
    if length is None or not length.strip().isdigit():
        raise _Damaged("a record header is cut short or broken (no valid Content-Length)")


class _CutShort(_Damaged):
    """The record before the one just read is cut short (its Content-Length runs past its data)."""


def _check_complete(record) -> None:
    if record is not None and record.raw_stream.limit > 0:
        raise _CutShort(f"a record is cut short: {record.raw_stream.limit:,} bytes missing")


def _check_nothing_after(handle, iterator, last, start: int = 0) -> None:
    """After the last record only blank lines may follow; anything else is a partial record."""
    end = start if last is None else iterator.get_record_offset() + iterator.get_record_length()
    handle.seek(end)
    if handle.read(4096).strip():
        raise _Damaged("a partial record follows the last complete one")


def _article_from_record(record, path: str, stats: WarcStats, min_words: int = DEFAULT_MIN_WORDS) -> Article | None:
    """The article in one WARC record, or None (counted in ``stats``) when it holds none."""
    if record.rec_type != "response":
        stats.other_records[record.rec_type or "unknown"] += 1
        return None
    http = record.http_headers
    if http is None:
        stats.skipped_responses[SKIP_NOT_HTTP] += 1
        return None
    status = http.get_statuscode()
    if not (status and status.startswith("2")):
        stats.skipped_responses[SKIP_STATUS] += 1
        return None
    content_type, charset = _content_type(http.get_header("Content-Type"))
    if content_type is not None and content_type not in HTML_CONTENT_TYPES:
        stats.skipped_responses[SKIP_NOT_HTML] += 1  # skipped unread: warcio moves past the payload
        return None
    body = record.content_stream().read(MAX_PAGE_BYTES + 1)  # content_stream() undoes chunking and gzip
    if len(body) <= MAX_PAGE_BYTES and record.raw_stream.limit > 0:
        raise _Damaged(f"the page's record is cut short: {record.raw_stream.limit:,} bytes missing", _target_uri(record))
    if content_type is None and body.lstrip()[:1] != b"<":  # no Content-Type: HTML only if it looks like markup
        stats.skipped_responses[SKIP_NOT_HTML] += 1
        return None
    stats.articles += 1
    url = _target_uri(record)
    article_id = url or record.rec_headers.get_header("WARC-Record-ID") or f"{os.path.basename(path)}@{stats.articles}"
    common = dict(id=article_id, source_path=path, source_format="warc", url=url)
    if len(body) > MAX_PAGE_BYTES:
        return Article(**common, failure=ReadFailure(
            "InputTooLarge", f"the page is over {MAX_PAGE_BYTES // (1024 * 1024)} MiB; it was not read"))
    try:
        html, encoding = decode_declared(body, charset)
    except DecodeError as exc:
        return Article(**common, failure=ReadFailure(exc.type_name, str(exc)))
    article = article_from_html(article_id, html, path=path, encoding=encoding, url=url, source_format="warc",
                                min_words=min_words)
    if article.failure is None and not article.outlet and url:
        article.outlet = _site(url)
    return article


def _content_type(value: str | None) -> tuple[str | None, str | None]:
    """``('text/html', 'utf-8')`` from ``'text/html; charset=UTF-8'``."""
    if not value:
        return None, None
    media_type, *params = value.split(";")
    charset = None
    for param in params:
        key, _, param_value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = param_value.strip().strip("\"'").lower() or None
    return media_type.strip().lower() or None, charset


def _target_uri(record) -> str | None:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    return uri.strip().strip("<>") or None if uri else None  # WARC 1.0 drafts wrote <uri>


def _site(url: str) -> str | None:
    host = urlsplit(url).hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host
