"""A quote in its paragraph: what a reader needs to judge an attribution.

Paragraphs are what :mod:`newsmine.layout` says they are: text between hard line breaks,
where the soft breaks of hard-wrapped text do not count. Offsets are characters, as
everywhere in newsmine, so a quote's ``start_char``/``end_char`` from the tables apply as
they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsmine.layout import flow_text

__all__ = ["QuoteInContext", "paragraph_bounds", "quote_in_context"]

# Paragraph lookups come a page of quotes at a time, several from the same article.
_CACHED_ARTICLES = 64


@lru_cache(maxsize=_CACHED_ARTICLES)
def _flowed(text: str) -> str:
    return flow_text(text)


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` of the paragraph(s) holding ``text[start:end]``, without their outer
    white space: from the hard line break before ``start`` to the one after ``end``."""
    flowed = _flowed(text)
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    para_start = flowed.rfind("\n", 0, start) + 1
    newline = flowed.find("\n", end)
    para_end = len(text) if newline == -1 else newline
    while para_start < para_end and text[para_start].isspace():
        para_start += 1
    while para_end > para_start and text[para_end - 1].isspace():
        para_end -= 1
    return para_start, para_end


@dataclass(frozen=True, slots=True)
class QuoteInContext:
    paragraph: str
    quote: tuple[tuple[int, int], ...]  # the quote's own words (its parts), offsets into paragraph
    speaker: tuple[int, int] | None  # offsets into paragraph; None when unknown or outside it

    def as_dict(self) -> dict:
        return {"paragraph": self.paragraph, "quote": [list(part) for part in self.quote],
                "speaker": list(self.speaker) if self.speaker else None}


def quote_in_context(text: str, start: int, end: int, parts: list[tuple[int, int]] | None = None,
                     speaker_start: int | None = None, speaker_end: int | None = None) -> QuoteInContext:
    """The paragraph around a quote, with the offsets of the quote's words (``parts``, else the
    whole quote: a split quote is marked without the attribution inside it) and of the speaker's
    mention inside it. The paragraph is widened to take in the speaker's mention when that sits
    in the next or previous paragraph ("...," she said. on a line of its own).
    """
    lo, hi = start, end
    if speaker_start is not None and speaker_end is not None:
        lo, hi = min(lo, speaker_start), max(hi, speaker_end)
    para_start, para_end = paragraph_bounds(text, lo, hi)

    def inside(a: int | None, b: int | None) -> tuple[int, int] | None:
        if a is None or b is None or a < para_start or b > para_end:
            return None
        return a - para_start, b - para_start

    pieces = [piece for a, b in (parts or [(start, end)]) if (piece := inside(a, b))]
    return QuoteInContext(text[para_start:para_end], tuple(pieces), inside(speaker_start, speaker_end))
