"""One candidate attribution (:class:`Candidate`), the chosen ones indexed by position
(:class:`Intervals`) and the quote type of a content (:func:`quote_type`).

A leaf module: the modules that propose, score and decide candidates all import it.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

__all__ = ["QUOTATION_SHARE", "Candidate", "Intervals", "quote_type"]

# Share of a content's characters inside quotation marks from which it is a direct quote.
_DIRECT_SHARE = 0.9
# Share from which a content counts as a quotation: the decision's threshold for quotations,
# the filters that leave quoted words alone (someone's words, whatever the parse makes of them),
# and the speaker a quotation's subjectless cue takes from after it (orphans).
QUOTATION_SHARE = 0.5


@dataclass(slots=True)
class Candidate:
    """One possible attribution: cue, content pieces (character ranges) and source."""

    trigger: int  # token index of the cue's head word
    trigger_char: int  # its character offset
    cue: tuple[int, int]  # token range of the cue
    parts: list[tuple[int, int]]  # content character ranges, in order
    relation: str
    source: int  # token index of the source's head word; -1 when none
    # The content's features as their template and values (features.content.feature_values;
    # the strings: ``features``); the content model weighs them as they are.
    values: list[tuple[str, ...]] = field(default_factory=list)
    # The content model's margin of ``values``, when find_candidates weighed them at once (and
    # kept no values); None: weighed from ``values`` when scored.
    content_margin: float | None = None
    # The cue word's features, shared by its candidates, as their template and values
    # (features.cue_word.trigger_values; the strings: ``shared``).
    shared_values: list[tuple[str, ...]] = field(default_factory=list)
    score: float = 0.0
    quoted_share: float = 0.0  # share of the content's characters inside quotation marks
    # Set for constructions the model has (nearly) no training data for: taken as is.
    fixed_score: float | None = None
    # The cue filter's probability of the cue word (the reranker reads it); NaN when unknown.
    cue_probability: float = math.nan
    # Characters of the cue's own time and place phrases between it and its that-clause
    # ('said on Monday that …': features.content.cue_phrase_chars), which the reranker's
    # distance leaves out.
    cue_phrase_chars: int = 0

    @property
    def features(self) -> list[str]:
        """The content's features, written from ``values`` (for the training scripts and tests)."""
        from newsmine.nlp.attribution.features.content import feature_strings  # here: this leaf module is imported by the features

        return feature_strings(self.values)

    @property
    def shared(self) -> list[str]:
        """The cue word's features, written from ``shared_values``."""
        from newsmine.nlp.attribution.features.content import feature_strings  # here: this leaf module is imported by the features

        return feature_strings(self.shared_values)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


class Intervals:
    """Chosen contents by position: the candidates overlapping a range in a bisection, not a
    pass over all of them (an article of thousands of quotes stays linear)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._items: list[Candidate] = []
        self._longest = 0

    def add(self, cand: Candidate) -> None:
        k = bisect_right(self._starts, cand.start)
        self._starts.insert(k, cand.start)
        self._items.insert(k, cand)
        self._longest = max(self._longest, cand.end - cand.start)

    def overlapping(self, start: int, end: int) -> list[Candidate]:
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [c for c in self._items[lo:hi] if c.end > start]


def quote_type(cand: Candidate) -> str:
    """``direct`` when (nearly) all the content is inside quotation marks, ``mixed`` when
    part of it is, ``indirect`` otherwise."""
    if cand.quoted_share >= _DIRECT_SHARE:
        return "direct"
    return "mixed" if cand.quoted_share > 0 else "indirect"
