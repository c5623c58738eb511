"""The entity handed on to the records.

:class:`EntityCluster` is one canonical entity of an article: its mentions by name, its
titles, and the pronouns and descriptions the speaker resolver ties to it later.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Span


@dataclass(slots=True)
class EntityCluster:
    """One canonical entity of an article: its mentions by name and the pronouns and
    descriptions resolved to it (token spans into the Doc)."""

    label: str
    name: str
    mentions: list[Span]
    titles: list[str] = field(default_factory=list)
    id: str = ""
    references: list[Span] = field(default_factory=list)

    def add_reference(self, span: Span) -> bool:
        """Add a pronoun or description resolved to this entity, in text order, unless it holds
        that span already; whether it was added."""
        return _insert_in_text_order(self.references, span)


def _insert_in_text_order(spans: list[Span], span: Span) -> bool:
    # A bisection, not a scan and a sort: pronouns resolved to one person can number thousands.
    position = bisect_right(spans, span.start_char, key=lambda m: m.start_char)
    k = position
    while k > 0 and spans[k - 1].start_char == span.start_char:
        if spans[k - 1].end_char == span.end_char:
            return False
        k -= 1
    spans.insert(position, span)
    return True

