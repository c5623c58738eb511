"""The parts of a plain-text article that are not body text: headline and byline.

Plain-text news files typically start with a headline line and carry a byline ("By Jane
Doe", "By Jane Doe and John Roe, Reuters") near the start or at the end. The byline fills
``authors`` and its line is excluded from entities and quotes; the text itself is never
changed, so offsets stay offsets into the input.
"""

from __future__ import annotations

import re
from itertools import islice
from dataclasses import dataclass

from newsmine.nlp import lexicons

__all__ = ["Byline", "find_byline", "find_dateline", "find_headline"]

_NAME_WORD = r"(?:[A-ZÀ-Þ][\w’'.-]*|de|da|van|von|der|del|la|le|bin|al-\w+)"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}"
_BYLINE_RE = re.compile(rf"^\s*(?:by|BY|By)[:\s]\s*(?P<body>{_NAME}(?:\s*(?:,|\band\b|&)\s*{_NAME})*)\s*(?P<tail>[,|—–-].*)?$")
_SPLIT_NAMES_RE = re.compile(r"\s*(?:,|\band\b|&)\s*")
_MAX_BYLINE_CHARS = 120
_MAX_HEADLINE_CHARS = 300
# How many non-empty lines from the start (after the headline) and from the end to search.
_LINES_FROM_START = 3
_LINES_FROM_END = 2
# A line near the top that holds only a publication date: "March 14, 2025",
# "Published: 14 March 2025 10:32 GMT", "Updated 2025-03-14".
_DATELINE_RE = re.compile(
    r"^\s*(?:(?:published|updated|posted|first published)(?:\s+on)?\s*:?\s*)?"
    r"(?P<date>[A-Za-z0-9 ,.:/+-]{6,60}?)\s*$",
    re.I,
)
_HAS_YEAR_RE = re.compile(r"\b(19|20)\d\d\b")
_LINE_RE = re.compile(r"[^\r\n]+")
# A whole line holding a non-space character; the look-behind lets a match start only at a
# line start, so blank lines are skipped in C at one step a character.
_NON_EMPTY_LINE_RE = re.compile(r"(?<![^\r\n])[^\r\n]*\S[^\r\n]*")


@dataclass(slots=True, frozen=True)
class Byline:
    start: int
    end: int
    authors: tuple[str, ...]
    outlet: str | None


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


def _is_role(piece: str) -> bool:
    """'Staff Writer', 'Reuters', 'Washington Bureau Chief': not a person's name."""
    words = piece.lower().replace(".", ". ").split()
    titles = lexicons.load("titles") | {"staff", "writer", "bureau", "reporter", "correspondent", "contributor", "news", "desk", "wire", "agency"}
    return piece.lower() in lexicons.load("outlets") or any(w in titles for w in words)


def _parse_byline(line: str) -> tuple[tuple[str, ...], str | None] | None:
    if len(line.strip()) > _MAX_BYLINE_CHARS:
        return None
    match = _BYLINE_RE.match(line)
    if not match:
        return None
    authors, outlet = [], None
    pieces = [p.strip() for p in _SPLIT_NAMES_RE.split(match.group("body")) if p.strip()]
    tail = (match.group("tail") or "").strip(" ,|—–-")
    for piece in pieces:
        if _is_role(piece):
            if piece.lower() in lexicons.load("outlets"):
                outlet = outlet or piece
            break
        authors.append(piece.title() if piece.isupper() else piece)
    if tail and tail.lower() in lexicons.load("outlets"):
        outlet = outlet or tail
    if not authors:
        return None
    return tuple(authors), outlet


def find_byline(text: str) -> Byline | None:
    """The byline line near the start (after the headline) or at the end of the text."""
    candidates = _lines(text, _LINES_FROM_START + 1) + _last_lines(text, _LINES_FROM_END)
    seen = set()
    for start, end in candidates:
        if start in seen:
            continue
        seen.add(start)
        parsed = _parse_byline(text[start:end])
        if parsed:
            authors, outlet = parsed
            return Byline(start, end, authors, outlet)
    return None


def find_headline(text: str) -> str | None:
    """The first line, when it stands alone above more text and is short enough to be a headline."""
    lines = _lines(text, 2)
    if len(lines) < 2:
        return None
    start, end = lines[0]
    line = text[start:end].strip()
    if len(line) > _MAX_HEADLINE_CHARS or _parse_byline(line):
        return None
    return line


def find_dateline(text: str) -> str | None:
    """The publication date (``YYYY-MM-DD``) from a date-only line among the first lines.

    Only a line that is nothing but a full date (with a year) counts, so a sentence that
    mentions a date never becomes the publication date.
    """
    from newsmine.articles import normalise_published

    for start, end in _lines(text, _LINES_FROM_START + 2):
        line = text[start:end]
        match = _DATELINE_RE.match(line)
        if not match or not _HAS_YEAR_RE.search(line) or len(line.split()) > 8:
            continue
        candidate = match.group("date")
        if not re.search(r"[A-Za-z]{3}|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{4}", candidate):
            continue
        published = normalise_published(candidate)
        if published:
            return published
    return None
