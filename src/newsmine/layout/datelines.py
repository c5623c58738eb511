"""Datelines: the publication date from a date-only line near the top or a press release's
dateline (:func:`find_dateline`), and the news agency a wire story's dateline names
("JAKARTA, Dec 3 (Reuters) - …": :func:`find_wire_outlet`). The wire dateline's pattern is
also what tells a wire story's first paragraph from a headline, and a line that starts a
part of the story from a wrapped one."""

from __future__ import annotations

import re

from newsmine.layout.lines import _LINES_FROM_START, _lines
from newsmine.nlp import lexicons

__all__ = ["find_dateline", "find_wire_outlet"]


# A line near the top that holds only a publication date: "March 14, 2025",
# "Published: 14 March 2025 10:32 GMT", "Updated 2025-03-14", a live page's "Last updated 16:45
# GMT, 21 January 2026".
_DATELINE_RE = re.compile(
    r"^\s*(?:(?:published|updated|posted|first published|last updated|last modified)(?:\s+on)?\s*:?\s*)?"
    r"(?P<date>[A-Za-z0-9 ,.:/+-]{6,60}?)\s*$",
    re.I,
)
_HAS_YEAR_RE = re.compile(r"\b(19|20)\d\d\b")
# A press release's dateline opening its first paragraph: the city in capitals, maybe its
# state, the full date and the wire in slashes before a dash ("RENO, Nev., Feb. 3, 2026
# /PRNewswire/ -- Brightwell Energy …", "AUSTIN, Texas, March 9, 2025 /Business Wire/ —"), the
# day first in British and European releases ("LEEDS, England, 9 April 2025 /PRNewswire/ --").
_RELEASE_DATELINE_RE = re.compile(
    r"^\s*[A-Z][A-Z .'-]+,(?:\s+[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?,)?"
    r"\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d)"
    r"\s*(?:/[^/\n]{2,40}/\s*)?(?:--|—|–)"
)


# A wire story's dateline naming its agency in parentheses before the dash: "JAKARTA, Dec 3
# (Reuters) - …", "NAIROBI, Kenya (AP) — …", "PARIS (AFP) -"; a place's capitals may carry
# accents ("DÜSSELDORF, Germany (Reuters) -", "SÃO PAULO (Reuters) -").
_WIRE_DATELINE_RE = re.compile(
    r"^\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’-]+(?:,[^()\n]{1,40}?)?\s*\((?P<wire>[A-Za-z][A-Za-z .&-]{0,30})\)\s*(?:--|—|–|-)\s"
)


def find_wire_outlet(text: str) -> str | None:
    """The news agency a wire story's dateline names in parentheses ("JAKARTA, Dec 3 (Reuters) -
    …"), when it is a known outlet: among the first paragraphs (after the headline and
    byline), the one that opens with such a dateline."""
    outlets = lexicons.load("outlets")
    for start, end in _lines(text, _LINES_FROM_START + 2):
        match = _WIRE_DATELINE_RE.match(text[start:end])
        if match and match.group("wire").strip().lower() in outlets:
            return match.group("wire").strip()
    return None


def find_dateline(text: str) -> str | None:
    """The publication date (``YYYY-MM-DD``) from a date-only line among the first lines,
    or from a press release's dateline opening a paragraph.

    Only a line that is nothing but a full date (with a year) counts, or a full date between
    a city in capitals and the dash that opens the story, so a sentence that mentions a date
    never becomes the publication date.
    """
    from newsmine.articles import normalise_published

    for start, end in _lines(text, _LINES_FROM_START + 2):
        line = text[start:end]
        release = _RELEASE_DATELINE_RE.match(line)
        if release and (published := normalise_published(release.group("date"))):
            return published
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
