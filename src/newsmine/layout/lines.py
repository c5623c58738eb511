"""The first and last non-empty lines of a text, where a headline, byline, dateline or credit
is looked for (:func:`_lines`, :func:`_last_lines`): found lazily, so an article of a million
short lines or blank lines costs no more than one of a few."""

from __future__ import annotations

import re
from itertools import islice

# How many non-empty lines from the start (after the headline) and from the end to search.
_LINES_FROM_START = 3
_LINES_FROM_END = 2


_LINE_RE = re.compile(r"[^\r\n]+")
# A whole line holding a non-space character; the look-behind lets a match start only at a
# line start, so blank lines are skipped in C at one step a character.
_NON_EMPTY_LINE_RE = re.compile(r"(?<![^\r\n])[^\r\n]*\S[^\r\n]*")


def _lines(text: str, count: int) -> list[tuple[int, int]]:
    """(start, end) of the first ``count`` non-empty lines, without their line endings.

    Lazily: an article of a million short lines costs no more than one of a few.
    """
    return [match.span() for match in islice(_NON_EMPTY_LINE_RE.finditer(text), count)]


def _last_lines(text: str, count: int) -> list[tuple[int, int]]:
    """(start, end) of the last ``count`` non-empty lines, in text order."""
    result: list[tuple[int, int]] = []
    end = len(text)
    while len(result) < count:
        # The last non-whitespace character before `end` lies on the last non-empty line
        # (rstrip and rfind run in C, so a million blank lines cost next to nothing).
        last = len(text[:end].rstrip()) - 1
        if last < 0:
            break
        start = max(text.rfind("\n", 0, last), text.rfind("\r", 0, last)) + 1
        result.append(_LINE_RE.match(text, start).span())
        end = start
    return result[::-1]
