"""Find quoted stretches of text by pairing quotation marks.

Works on the raw text (no parse needed) and copes with what news text really holds:

- straight (``"``) and curly (``“ ”``) double marks, mixed in one article;
- a quote running over several paragraphs: by convention each paragraph opens with a
  mark and only the last one closes, so an unclosed quote continues when the next
  paragraph opens with a mark;
- unbalanced marks: an unclosed quote ends at the end of its paragraph, so one stray mark
  never swallows the rest of the article;
- single marks (``‘ ’``) are only used inside a double-quoted stretch (nested quotes) and
  otherwise ignored: they double as apostrophes.

Linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QuotedStretch", "find_quoted"]

_OPENING = "“„«"
_CLOSING = "”»"
_STRAIGHT = '"'
_PARAGRAPH_BREAK_RE = re.compile(r"\n\s*\n|\r\n\s*\r\n")


@dataclass(slots=True, frozen=True)
class QuotedStretch:
    """A quotation: marks included in ``[start, end)``, content in ``[inner_start, inner_end)``.

    ``pieces`` are the per-paragraph (inner) pieces of a quote running over paragraphs; one
    piece otherwise. ``closed`` is False when the closing mark was missing.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    pieces: tuple[tuple[int, int], ...]
    closed: bool


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds = []
    pos = 0
    for match in _PARAGRAPH_BREAK_RE.finditer(text):
        bounds.append((pos, match.start()))
        pos = match.end()
    bounds.append((pos, len(text)))
    # Single newlines also end a paragraph in many feeds (one paragraph a line).
    result = []
    for start, end in bounds:
        line_start = start
        for match in re.finditer(r"\r?\n", text[start:end]):
            result.append((line_start, start + match.start()))
            line_start = start + match.end()
        result.append((line_start, end))
    return [(s, e) for s, e in result if text[s:e].strip()]


def _is_opening_straight(text: str, i: int, para_start: int) -> bool:
    """A straight mark opens when it follows a space/start/opening bracket and precedes a non-space."""
    before = text[i - 1] if i > para_start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-:" or i == para_start:
        return not after.isspace()
    return False


def _marks_in(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, 'open'|'close'|'either') for the double quotation marks in a paragraph."""
    marks = []
    for i in range(start, end):
        ch = text[i]
        if ch in _OPENING:
            marks.append((i, "open"))
        elif ch in _CLOSING:
            marks.append((i, "close"))
        elif ch == _STRAIGHT:
            marks.append((i, "open" if _is_opening_straight(text, i, start) else "close"))
    return marks


def _pair_paragraph(text: str, start: int, end: int) -> list[tuple[int, int | None]]:
    """Pairs (open offset, close offset or None if unclosed at paragraph end)."""
    pairs: list[tuple[int, int | None]] = []
    open_at: int | None = None
    for offset, role in _marks_in(text, start, end):
        if open_at is None:
            if role == "open":
                open_at = offset
            # A closing mark with nothing open is a stray (or an inch sign): ignored.
        else:
            if role == "close" or (role == "open" and text[offset] == _STRAIGHT):
                pairs.append((open_at, offset))
                open_at = None
            # An opening curly mark while open: a typo; keep the first opening.
    if open_at is not None:
        pairs.append((open_at, None))
    return pairs


def find_quoted(text: str) -> list[QuotedStretch]:
    """All quoted stretches in ``text``, in order, never overlapping."""
    stretches: list[QuotedStretch] = []
    paragraphs = _paragraph_bounds(text)
    carry: list[tuple[int, int]] | None = None  # pieces of a quote continuing into the next paragraph
    carry_start = 0
    for para_start, para_end in paragraphs:
        pairs = _pair_paragraph(text, para_start, para_end)
        lead = para_start
        while lead < para_end and text[lead].isspace():
            lead += 1
        if carry is not None:
            if pairs and pairs[0][0] == lead and text[lead] in _OPENING + _STRAIGHT:
                open_at, close_at = pairs.pop(0)
                if close_at is None:
                    carry.append((open_at + 1, _rstrip(text, open_at + 1, para_end)))
                    continue
                carry.append((open_at + 1, close_at))
                stretches.append(_stretch(carry_start, close_at + 1, carry, closed=True))
                carry = None
            else:
                # The quote never closed and the next paragraph does not continue it.
                stretches.append(_stretch(carry_start, carry[-1][1], carry, closed=False))
                carry = None
        for index, (open_at, close_at) in enumerate(pairs):
            if close_at is not None:
                if close_at > open_at + 1:
                    stretches.append(_stretch(open_at, close_at + 1, [(open_at + 1, close_at)], closed=True))
            elif index == len(pairs) - 1:
                carry = [(open_at + 1, _rstrip(text, open_at + 1, para_end))]
                carry_start = open_at
    if carry is not None:
        stretches.append(_stretch(carry_start, carry[-1][1], carry, closed=False))
    return [s for s in stretches if s.inner_end > s.inner_start]


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _stretch(start: int, end: int, pieces: list[tuple[int, int]], *, closed: bool) -> QuotedStretch:
    return QuotedStretch(start, end, pieces[0][0], pieces[-1][1], tuple(pieces), closed)
