"""The characters that scoring compares, defined as the shared scorer defines them.

A content is compared by its non-space characters once its edges are trimmed (quotation
marks, punctuation, a leading "that"), so that "'Yes,' she said" and 'Yes' match; a gold
content in parts leaves the characters between its parts (the attribution inside a split
quote) free for a prediction to cover. The training scripts compare spans with these same
definitions, which is why they are public.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsmine.evaluate.gold import GoldAttribution

# Characters trimmed from both edges of a content before comparing (the shared scorer's set).
_TRIM = " \t\n\r\"'“”‘’«»,.;:—–-()[]"
_LEADING_THAT_RE = re.compile(r"that\b\s*", re.IGNORECASE)
_DIRECT_MARKS = "\"“”"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    match = _LEADING_THAT_RE.match(text, start, end)
    if match and end - start > match.end() - start:
        start = match.end()
    return start, end


def span_chars(text: str, start: int, end: int) -> set[int]:
    """The characters of a predicted content that scoring compares: its non-space characters
    once the edges are trimmed as the shared scorer trims them (quotation marks, punctuation,
    a leading "that")."""
    start, end = _trim(text, start, end)
    return {i for i in range(start, end) if not text[i].isspace()}


def is_direct(text: str, attribution: GoldAttribution) -> bool:
    """Whether a gold content holds a quotation mark: what direct-quote recall counts."""
    return any(mark in text[s:e] for s, e in attribution.content for mark in _DIRECT_MARKS)


def gold_chars(text: str, attribution: GoldAttribution) -> set[int]:
    """The characters of a gold attribution's content: each of its parts as :func:`span_chars`."""
    return set().union(*(span_chars(text, start, end) for start, end in attribution.content))


def gold_gaps(attribution: GoldAttribution) -> set[int]:
    """The offsets between the parts of a gold content ('"X," he said, "Y."': the attribution
    between the two pieces), which a prediction may cover without penalty."""
    parts = sorted(attribution.content)
    return {i for (_, end), (start, _) in zip(parts, parts[1:]) for i in range(end, start)}


def _overlap(a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> bool:
    b = list(b)
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)
