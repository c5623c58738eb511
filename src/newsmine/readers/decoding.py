"""Bytes -> text, with the encoding used, or a clear refusal.

Order: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; then strict UTF-8; then
charset-normalizer's best guess. Content that looks binary (NUL bytes, many control
characters) or that no encoding decodes convincingly raises :class:`DecodeError`, so junk
never reaches the NLP and never produces garbage entities.
"""

from __future__ import annotations

import codecs

from newsmine.errors import DecodeError

__all__ = ["decode_bytes"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Share of control characters (other than tab, newline, carriage return, form feed) above
# which decoded text is treated as binary.
_MAX_CONTROL_SHARE = 0.01
_SNIFF_BYTES = 1 << 16


def _control_share(text: str) -> float:
    sample = text[:_SNIFF_BYTES]
    if not sample:
        return 0.0
    controls = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or 0x7F <= ord(ch) < 0xA0)
    return controls / len(sample)


def _check_text(text: str, encoding: str) -> tuple[str, str]:
    if "\x00" in text or _control_share(text) > _MAX_CONTROL_SHARE:
        raise DecodeError(f"the content looks binary, not text (decoded as {encoding}); is this the right file?")
    return text, encoding


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data``; returns ``(text, encoding)``. Raises :class:`DecodeError`."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"the file starts with a {encoding} byte-order mark but is not valid {encoding}: {exc.reason}") from exc
            return _check_text(text.lstrip("\ufeff"), encoding)
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise DecodeError("the content holds NUL bytes: it is binary or UTF-16 without a byte-order mark; convert it to UTF-8")
    try:
        return _check_text(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for the rare non-UTF-8 input

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("the bytes are not text in any encoding newsmine can detect; convert the file to UTF-8")
    return _check_text(str(best), best.encoding)
