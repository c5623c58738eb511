"""The format of a bare ``.gz`` file (``page.gz``, ``story.gz``), told by its content decompressed.

A page saved as served, or a file a script gzipped without keeping its extension, has only
``.gz`` to its name: it was skipped as of an unknown type (web65), and the message listed
``.html.gz`` among the types read without saying to rename it. Its first decompressed bytes say
what it holds as standard input's do (:func:`~newsmine.readers.formats.sniff_format`): a web
page, JSON (an object a line, or one value), a WARC archive, or text; anything else (a tar
archive, an image, bytes that decode to no text) is refused with a message naming what it is.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import stat
import zlib

from newsmine.errors import DecodeError
from newsmine.readers.decoding import binary_format, decode_bytes
from newsmine.readers.formats import is_bare_gz, sniff_format
from newsmine.readers.limits import GZIP_MAGIC

__all__ = ["bare_gz_format", "gzipped_content_format"]

_HEAD_BYTES = 1 << 16
# A tar archive's mark, at this offset of its first header ("ustar"): a .tar.gz renamed .gz.
_TAR_MARK_AT = 257
# What JSON allows after its opening bracket or brace: a text opening with one ("[Updated 3 pm] The
# council…", "{Editor's note} …") is no JSON, and read as JSON it was one error record (review66a).
_JSON_OPENING = re.compile(rb'\s*(?:\{\s*["}]|\[\s*(?:[\[\]{"\-0-9]|true|false|null))')


def bare_gz_format(path: str) -> tuple[str | None, str]:
    """The format of a bare ``.gz`` file by its content (``(None, why)`` when none), and ``(None,
    "")`` for any other file of unknown type (:func:`~newsmine.readers.formats.is_bare_gz`).

    Both the input listing and a sharded run's task ask it: the task, which is given only the
    path, read a sharded ``page.gz`` as text, markup and all, where a streamed run read it as the
    web page it holds (review66a)."""
    if not is_bare_gz(path) or not _regular_or_unknown(path):
        return None, ""
    return gzipped_content_format(path)


def _regular_or_unknown(path: str) -> bool:
    """False for a FIFO, a device or a socket: opening one to sniff it blocks until a writer comes
    (a FIFO named 'stream.gz' in an input folder hung the run's listing), or eats the bytes its
    reader needs; it is of an unknown type, as before web66. True where ``stat`` fails: reading
    the file then gives the error record that says why."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True


def gzipped_content_format(path: str) -> tuple[str | None, str]:
    """``(format, "")`` of a bare ``.gz`` file by its first 64 KiB decompressed, or ``(None, why)``
    when it holds none newsmine reads: why says what it is and what to do."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(_HEAD_BYTES)
    except OSError:
        return "text", ""  # reading it gives the error record that says why
    if not raw.startswith(GZIP_MAGIC):
        return None, ("the file is named .gz but is not gzipped; rename it with the extension of what it holds "
                      "(.html, .jsonl, .txt)")
    try:
        head = zlib.decompressobj(wbits=31).decompress(raw, _HEAD_BYTES)
    except zlib.error as exc:
        return None, f"the file is not a valid gzip file ({exc}); check it with gzip -t, or download it again"
    fmt = content_format(head)
    if fmt is not None:
        return fmt, ""
    return None, (f"it is gzipped, and what it holds is {_what_it_holds(head, path)}, not a web page, JSON or text; "
                  "newsmine reads .html.gz, .json.gz, .jsonl.gz, .txt.gz and .warc.gz")


def content_format(head: bytes) -> str | None:
    """The format of decompressed bytes (their first 64 KiB): html, json, jsonl, warc or text; None
    for bytes that are none of them (binary, a tar archive).

    An object on the first line alone is JSON Lines; an object spread over lines (pretty-printed)
    is one JSON value, which the JSON Lines reader would refuse at its first line. A bracket or
    brace JSON could not open with (a letter after it) is a text's."""
    if head.startswith(b"WARC/"):
        return "warc"
    if binary_format(head) is not None or _is_tar(head):
        return None
    try:
        decode_bytes(head)
    except DecodeError:
        return None
    unmarked = head.removeprefix(b"\xef\xbb\xbf")
    fmt = sniff_format(unmarked)
    if fmt in ("json", "jsonl") and not _JSON_OPENING.match(unmarked):
        return "text"
    if fmt == "jsonl":
        first, newline, _ = unmarked.lstrip().partition(b"\n")
        return "jsonl" if not newline or _is_json(first) else "json"
    return fmt if fmt != "warc" else None  # "warc" from sniff_format: gzip inside gzip


def _is_json(line: bytes) -> bool:
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


def _is_tar(head: bytes) -> bool:
    return head[_TAR_MARK_AT:_TAR_MARK_AT + 5] == b"ustar"


def _what_it_holds(head: bytes, path: str) -> str:
    if _is_tar(head):
        name = shlex.quote(os.path.basename(path))
        return f"a tar archive (unpack it: tar -xzf {name}, and name the folder it makes)"
    return binary_format(head) or "binary data"
