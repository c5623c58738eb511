"""Bytes -> text, with the encoding used, or a clear refusal.

In order:

1. **Binary formats** newsmine cannot read (gzip, zip, PDF, images...) are recognised by
   their first bytes and refused with a message naming the format.
2. A **byte-order mark** decides: UTF-8, UTF-16 or UTF-32.
3. **NUL bytes** mean UTF-16 without a byte-order mark (every other byte NUL) or binary.
4. **UTF-8**. A file cut short inside a character loses that incomplete character. A file
   that is UTF-8 but for a few invalid bytes (at most one per ten valid non-ASCII
   characters: stray bytes from another encoding pasted in) keeps all of its valid text;
   each invalid byte becomes U+FFFD, and the encoding is noted as
   ``"utf-8 (N invalid bytes replaced)"`` so the record says so.
5. Otherwise **charset-normalizer** guesses, except that cp1252 (the Windows Western
   encoding, a superset of Latin-1's printable characters) wins whenever it reads the bytes
   as cleanly as the detector's pick (by the detector's own "mess" measure), and Latin-1
   or Latin-9 win ties after it: newsmine reads English news, where these are by far the
   most common legacy encodings, and on a short text whose only non-ASCII characters are
   curly quotes and dashes the detector cannot tell cp1252 from cp1250 or a DOS code page
   (it says cp1125 for "rose \x96 again", which turns the dash into a Cyrillic letter).
   The one exception: DOS code page text (cp850, Word's "MS-DOS" plain text), which cp1252 reads
   "cleanly" as punctuation inside words ("S›rensen"), is read as cp850 (see
   ``_dos_letters_in_words``).
   Guesses on short texts in other scripts can be wrong; the record's ``source.encoding``
   tells what was used, and converting the file to UTF-8 removes all doubt.

Text that looks binary after decoding (NUL characters, or more than 1% control characters)
raises :class:`DecodeError`, so junk never reaches the NLP and never produces garbage
entities.
"""

from __future__ import annotations

import codecs
import re

from newsmine.errors import DecodeError

__all__ = ["check_text", "decode_bytes", "decode_declared", "stream_encoding"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# (leading bytes, what the file is, what to do); checked before anything else.
_BINARY_SIGNATURES = (
    # Standard input has no name to give .gz: there, decompress it into the pipe.
    (b"\x1f\x8b", "gzip-compressed", "name it with .gz at the end (feed.jsonl.gz), which newsmine reads as it "
     "decompresses it, or decompress it first (gunzip; on standard input, zcat feed.jsonl.gz | newsmine extract -)"),
    (b"PK\x03\x04", "a zip archive (or an Office document)", "extract or convert the text first"),
    (b"%PDF-", "a PDF document", "extract its text first (e.g. with pdftotext)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "remove it from the input"),
    (b"\xff\xd8\xff", "a JPEG image", "remove it from the input"),
    (b"GIF8", "a GIF image", "remove it from the input"),
    (b"BZh", "bzip2-compressed", "decompress it first (bunzip2)"),
    (b"\xfd7zXZ\x00", "xz-compressed", "decompress it first (unxz)"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed", "decompress it first (unzstd)"),
    (b"\x7fELF", "a program (ELF executable)", "remove it from the input"),
)
# Share of control characters (other than tab, newline, carriage return, form feed, U+0085) above
# which decoded text is treated as binary.
_MAX_CONTROL_SHARE = 0.01
_SNIFF_BYTES = 1 << 16
# A UTF-8 text may hold at most one invalid byte per this many valid non-ASCII characters
# and still be read as UTF-8 (with U+FFFD for the invalid bytes).
_VALID_PER_INVALID = 10
# Preferred among charset-normalizer's equally good guesses, best first (see the module doc).
_PREFERRED_GUESSES = ("latin_1", "iso8859_15")
_SAME_MESS = 0.01  # guesses whose chaos differs by less than this are equally good


# U+0085 (NEXT LINE) is left out: it is a line break, which some editors and old mainframe
# text use, not a sign of binary content.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f]")
# The same among raw bytes, without the C1 range (UTF-8 continuation bytes live there).
_C0_CONTROL_RE = re.compile(b"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# ... and at least this many of them: in a short file one stray control byte is 1% already.
_MIN_BINARY_CONTROLS = 16


def _control_share(text: str) -> float:
    sample = text[:_SNIFF_BYTES]
    if not sample:
        return 0.0
    return len(_CONTROL_RE.findall(sample)) / len(sample)


def check_text(text: str, encoding: str) -> tuple[str, str]:
    """``(text, encoding)`` unchanged, or :class:`DecodeError` when the text looks binary."""
    nul = text.find("\x00")
    if nul >= 0:
        raise DecodeError(
            f"the content holds a NUL character (at character {nul:,}; decoded as {encoding}): it is binary, "
            "not text; is this the right file?"
        )
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise DecodeError(f"the content looks binary, not text (decoded as {encoding}: too many control characters); "
                          "is this the right file?")
    return text, encoding


def _binary_signature(data: bytes) -> None:
    for magic, what, advice in _BINARY_SIGNATURES:
        if data.startswith(magic):
            raise DecodeError(f"the file is {what}, not text; {advice}")


def binary_format(data: bytes) -> str | None:
    """What a known binary format ``data`` opens (``"a zip archive (or an Office document)"``), or None."""
    return next((what for magic, what, _ in _BINARY_SIGNATURES if data.startswith(magic)), None)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the NUL bytes sit where ASCII text in UTF-16 puts them."""
    sample = data[: _SNIFF_BYTES & ~1]
    if len(sample) < 4:
        return None
    half = len(sample) // 2
    even_nul = sample[0::2].count(0) / half
    odd_nul = sample[1::2].count(0) / half
    if odd_nul >= 0.3 and even_nul <= 0.02:
        return "utf-16-le"
    if even_nul >= 0.3 and odd_nul <= 0.02:
        return "utf-16-be"
    return None


def _decode_utf8(data: bytes, label: str = "utf-8") -> tuple[str, str] | None:
    """UTF-8 text, tolerating a truncated last character and a few invalid bytes; None if not UTF-8."""
    try:
        return data.decode("utf-8"), label
    except UnicodeDecodeError as exc:
        if exc.end == len(data) and exc.reason == "unexpected end of data":
            # Cut short inside the last character: drop that incomplete character.
            try:
                return data[: exc.start].decode("utf-8"), label
            except UnicodeDecodeError:
                pass
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")  # U+FFFD already in the text is valid
    valid_non_ascii = sum(1 for ch in text if ord(ch) > 0x7F) - invalid
    if invalid * _VALID_PER_INVALID > valid_non_ascii:
        return None
    return text, f"{label} ({invalid:,} invalid byte{'s' if invalid != 1 else ''} replaced)"


def _guess(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # only for the rare non-UTF-8 input
    from charset_normalizer.md import mess_ratio

    matches = list(from_bytes(data))
    if not matches:
        raise DecodeError("the bytes are not text in any encoding newsmine can detect; convert the file to UTF-8")
    best = matches[0]
    # cp1252 whenever it reads the text as cleanly as the detector's pick (see the module doc):
    # the detector often says cp1250 or a DOS code page for English with curly quotes.
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and mess_ratio(western[:_SNIFF_BYTES], 1.0) <= best.chaos + _SAME_MESS:
        if _dos_letters_in_words(data, western):
            return data.decode("cp850"), "cp850"
        return western, "cp1252"
    ties = {m.encoding: m for m in matches if m.chaos <= best.chaos + _SAME_MESS}
    chosen = next((ties[name] for name in _PREFERRED_GUESSES if name in ties), best)
    return str(chosen), codecs.lookup(chosen.encoding).name


# What a DOS code page's accented letters (cp850: "MS-DOS" plain text from Word, old exports) are
# in cp1252: punctuation and symbols. Left out: ’ ‘ – — (between letters in English too: "don’t"),
# … (glued between words: "wait…what"), Š š Ž ž œ (letters in cp1252 too) and the no-break space.
_DOS_LETTERS_AS_CP1252 = "‚ƒ„†‡ˆ‰‹Œ“”•˜™›Ÿ¡¢£¤¥"
_GLUED = re.compile(f"(?<=[A-Za-z])[{_DOS_LETTERS_AS_CP1252}\xa0]+(?=[a-z])")


def _dos_letters_in_words(data: bytes, western: str) -> bool:
    """Whether ``data``, read cleanly as cp1252, is DOS code page text (cp850): most of its cp1252
    punctuation sits inside words ("S›rensen", "Ib\xa0¤ez": Sørensen, Ibáñez), and no byte is one of
    cp1252's accented letters (0xC0 and up: é, ö, ñ in real cp1252 text). charset-normalizer scores
    such a reading as clean, so the names of speakers came out garbled without a word."""
    if max(data, default=0) >= 0xC0:
        return False
    runs = "".join(_GLUED.findall(western)).replace("\xa0", "")
    marks = _DOS_LETTERS_AS_CP1252
    if western.count("“") == western.count("”") > 0:  # quotation marks in pairs are quotation marks
        marks = marks.replace("“", "").replace("”", "")
        runs = runs.replace("“", "").replace("”", "")
    total = sum(western.count(mark) for mark in marks)
    return bool(runs) and len(runs) * 2 > total


def decode_declared(data: bytes, charset: str | None) -> tuple[str, str]:
    """Decode ``data`` with the charset its source declared (an HTTP ``Content-Type``), under
    the same binary checks as detection: a declared charset says how text is encoded, not that
    the bytes are text (random bytes read as ISO-8859-1 "decode" without error). A charset that
    is unknown or does not decode the bytes falls back to :func:`decode_bytes`."""
    if charset:
        try:
            codecs.lookup(charset)
            text = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # servers often declare a wrong charset; detect instead
        else:
            _binary_signature(data[:_SNIFF_BYTES])
            return check_text(text.lstrip("\ufeff"), charset)
    return decode_bytes(data)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data``; returns ``(text, encoding)``. Raises :class:`DecodeError`."""
    encoding = _marked_encoding(data[:_SNIFF_BYTES])
    if encoding is None or encoding == "utf-8-sig":
        if b"\x00" in data:
            raise DecodeError(
                f"the content holds NUL bytes (the first at byte {data.index(0):,}): it is binary, or UTF-16/UTF-32 "
                "without a byte-order mark; convert it to UTF-8"
            )
        if encoding == "utf-8-sig":
            decoded = _decode_utf8(data[len(codecs.BOM_UTF8) :], encoding)
            if decoded is None:
                raise DecodeError("the file starts with a UTF-8 byte-order mark but is not UTF-8; convert it to UTF-8")
        else:
            decoded = _decode_utf8(data) or _guess(data)
        return check_text(*decoded)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"the content is not valid {encoding} ({exc.reason} at byte {exc.start:,}); convert it to UTF-8"
        ) from exc
    return check_text(text.lstrip("\ufeff"), encoding)


def _marked_encoding(head: bytes) -> str | None:
    """The encoding the first bytes show (a byte-order mark, UTF-16's NUL pattern), else None.

    Raises :class:`DecodeError` for a known binary format.
    """
    _binary_signature(head)
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    if b"\x00" in head:
        return _utf16_without_bom(head)
    return None


def stream_encoding(head: bytes) -> str:
    """The encoding of a stream read line by line, from its first bytes ``head``.

    ``utf-8-sig`` when it starts with a UTF-8 byte-order mark; UTF-16 and UTF-32 by their
    marks (or UTF-16 by its NUL pattern); ``utf-8`` otherwise (lines that are not UTF-8 are
    then decoded one by one). Raises :class:`DecodeError` for a known binary format or
    content of which more than 1% (and at least 16) are control bytes; a few stray NUL
    bytes only spoil their own lines.
    """
    encoding = _marked_encoding(head)
    if encoding is not None:
        return encoding
    controls = len(_C0_CONTROL_RE.findall(head))
    if controls > _MAX_CONTROL_SHARE * len(head) and controls >= _MIN_BINARY_CONTROLS:
        raise DecodeError("the content is binary, not text (too many control bytes); is this the right file?")
    return "utf-8"
