"""Size limits on reading: a file surely holding an article over ``--max-chars`` is refused
unread, and nothing (a growing log, ``/dev/zero``, a gzip bomb) is read past its limit."""

from __future__ import annotations

import zlib
from typing import BinaryIO

from newsmine.readers.json_lines import line_byte_limit

__all__ = ["FEED_BYTES_PER_CHAR", "GZIP_MAGIC", "HTML_BYTES_PER_CHAR", "byte_limit", "gunzip", "read_limited", "too_large_message"]

# An HTML file over this many bytes per --max-chars character is refused unread: 20 MB by
# default, the size newsmine's WARC reader also stops at.
HTML_BYTES_PER_CHAR = 10
# An RSS or Atom file (read whole, by feedparser) or an e-mail (with its attachments) over this
# many bytes per --max-chars character is refused unread: 100 MB by default, a feed of thousands
# of items or a newsletter with a large attachment; reading stops somewhere.
FEED_BYTES_PER_CHAR = 50


def byte_limit(fmt: str, max_chars: int) -> int | None:
    """Files of ``fmt`` longer than this hold an article over ``max_chars`` characters for sure
    (for JSON read whole, not streamed: one object, or an array not in UTF-8)."""
    if fmt == "text":
        return 4 * max_chars + 4  # no encoding takes more than 4 bytes a character, plus a BOM
    if fmt == "html":
        return HTML_BYTES_PER_CHAR * max_chars  # markup is most of a page
    if fmt in ("feed", "email"):
        # many articles, or attachments: a file's size says little of its article's
        return FEED_BYTES_PER_CHAR * max_chars
    if fmt == "json":
        return line_byte_limit(max_chars)  # what one JSON Lines line may take
    return None


_READ_CHUNK = 1 << 20


def read_limited(stream: BinaryIO, limit: int | None) -> bytes:
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


GZIP_MAGIC = b"\x1f\x8b"


def gunzip(data: bytes, limit: int | None) -> bytes:
    """A gzipped page's bytes, at most ``limit + 1`` of them: a gzip bomb stops at the limit."""
    decompressor = zlib.decompressobj(wbits=31)
    if limit is None:
        return decompressor.decompress(data)
    page = decompressor.decompress(data, limit + 1)
    if len(page) <= limit and not decompressor.eof:
        raise EOFError("the compressed data ends early")
    return page


def too_large_message(fmt: str, limit: int, max_chars: int) -> str:
    if fmt in ("feed", "email"):
        what = "feed" if fmt == "feed" else "e-mail (with its attachments)"
        return (f"the {what} is over {limit:,} bytes, and it is read whole; it was not read: split it, or raise "
                f"--max-chars (the limit is {FEED_BYTES_PER_CHAR} bytes a character of it)")
    if fmt == "json":
        return (f"the file is over {limit:,} bytes and is not a UTF-8 JSON array (which would be read an element at "
                "a time); it was not read: convert it to UTF-8, or to JSON Lines (.jsonl)")
    return (f"the file is over {limit:,} bytes, so its text is surely over --max-chars ({max_chars:,} characters); "
            "it was not read (raise --max-chars to process it)")
