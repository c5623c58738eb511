"""Windows line ends (``\\r\\n``): one character for the parser, offsets into the input for records.

The parser reads a ``\\r\\n`` as the one character a ``\\n`` is (:func:`unix_line_ends`): a soft
break of hard-wrapped text then flows into one space, as in the ``\\n`` copy, where two
characters flowed into two spaces and the parser made the second a whitespace token of its own
at every wrapped line (session 50: a wrapped CRLF copy of every 4th train article lost 0.0079
attribution F1 against the published text; parses, entity spans and speakers moved). A hard
``\\r\\n`` reads as ``\\n`` too, so a CRLF file is parsed exactly as its ``\\n`` copy.

Records keep offsets into the text as it came: ``record.text`` is the input with its ``\\r\\n``,
and every span's ``start``/``end`` index it (``record.text[start:end] == span.text``). The
parser's offsets are moved there by :func:`input_offset` from the places the parser text lost a
``\\r`` (:func:`dropped_returns`, kept on the Doc). A tool that reads the file with universal
newlines (Python's default ``open()``, PolNeAR's ``attrib_score.py``) sees the ``\\n`` text:
subtract the ``\\r\\n`` before an offset to use it there (``benchmarks/layouts.sh`` does, through
``training/layout_differences.py --write-back``).
"""

from __future__ import annotations

from bisect import bisect_left

__all__ = ["DROPPED_RETURNS", "READING_COPY", "dropped_returns", "input_offset", "unix_line_ends"]

# Doc.user_data key: where the parser text lost a "\r" (dropped_returns) or an indent it does not
# read (newsmine.layout.flowing.dropped_characters, session 53); absent when it lost none.
DROPPED_RETURNS = "newsmine_dropped_returns"
# The Doc's user_data key of the input's reading copy that those offsets index
# (newsmine.layout.flowing.reading_copy, kept with them so that the record does not read the
# article again: layout62); absent when the parser lost no character.
READING_COPY = "newsmine_reading_copy"


def unix_line_ends(text: str) -> str:
    """``text`` with each ``\\r\\n`` as ``\\n`` (a lone ``\\r`` is left: the flowing step reads it as a
    line break, same length)."""
    return text.replace("\r\n", "\n") if "\r\n" in text else text


def dropped_returns(text: str) -> list[int]:
    """The offset in :func:`unix_line_ends` ``(text)`` of each character that followed a dropped
    ``\\r`` (the ``\\n`` of each ``\\r\\n``), in order; empty when ``text`` has no ``\\r\\n``."""
    offsets = []
    position = text.find("\r\n")
    while position >= 0:
        offsets.append(position - len(offsets))
        position = text.find("\r\n", position + 2)
    return offsets


def input_offset(offset: int, dropped: list[int]) -> int:
    """The offset in the input of ``offset`` in its :func:`unix_line_ends` copy, ``dropped`` being
    :func:`dropped_returns` of the input. A span's start and end alike: one ending before a line
    break stops before its ``\\r``, one starting at a line break starts at its ``\\r``."""
    return offset + bisect_left(dropped, offset)
