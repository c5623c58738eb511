"""Features of a content among its cue's others, for the choice model
(:func:`choice_features`); :class:`CueTops` and the overlapping mass serve the reranker's rows
too (:mod:`~newsmine.nlp.attribution.reranker`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from newsmine.nlp.attribution.candidate import quote_type
from newsmine.nlp.attribution.features.bins import bucket, logit
from newsmine.nlp.attribution.features.content import short_relation

if TYPE_CHECKING:
    from newsmine.nlp.attribution.candidate import Candidate

__all__ = ["MASS_LIMIT", "CueTops", "choice_features", "nesting", "nesting_of", "overlapping_masses"]

# Edges of the bins of a content model's log-odds, and of the gaps between two of them.
_LOGIT_EDGES = (-5.0, -4.0, -3.0, -2.5, -2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 3.0)
_GAP_EDGES = (0.25, 0.5, 1.0, 2.0, 4.0)
_GROUP_SIZE_EDGES = (2, 3, 4, 6, 10)


# The overlapping mass is capped below 1: contents nested in each other share one truth.
MASS_LIMIT = 0.999


def overlapping_masses(group: list[Candidate]) -> list[float]:
    """For each candidate of ``group``, in its order, the summed content scores of the cue's
    candidates overlapping it (itself included): when a cue's content is clear but its extent
    is not ('questioned each other's fitness | to lead'), the content model spreads its belief
    over nested spans, each of which alone looks unlikely, while the scorer counts any of them
    that covers most of the gold one. Quadratic in a group: the edges are read once."""
    edges = [(c.parts[0][0], c.parts[-1][1]) for c in group]
    scores = [c.score for c in group]
    return [sum([score for score, (s, e) in zip(scores, edges) if s < end and start < e]) for start, end in edges]


def nesting(cand: Candidate, best: Candidate) -> str:
    """Where a content lies against its cue's best one."""
    if cand is best:
        return "best"
    return nesting_of(cand.start, cand.end, best.start, best.end)


def nesting_of(start: int, end: int, best_start: int, best_end: int) -> str:
    """Where a content that is not its cue's best lies against the best, by their character
    ranges (:func:`nesting`; the reranker reads each candidate's range once)."""
    if best_start <= start and end <= best_end:
        return "inside"
    if start <= best_start and best_end <= end:
        return "contains"
    if start < best_end and best_start < end:
        return "overlaps"
    return "apart"


class CueTops:
    """Each cue word's candidates ranked by score, and each cue's best content by position,
    for the other cues around a content (:func:`choice_features`, the reranker's rows)."""

    def __init__(self, groups: list[list[Candidate]]):
        self.ranked = [sorted(group, key=lambda c: -c.score) for group in groups]
        # (cue word's character, best log-odds, best), by the cue word's character
        self.tops = sorted(((r[0].trigger_char, logit(r[0].score), r[0]) for r in self.ranked), key=lambda t: t[0])
        self.top_chars = [t[0] for t in self.tops]
        # The best contents by start, for "which best content holds this cue word": a window of
        # the longest one's length, not a pass over all (an article of thousands of cues stays linear).
        self.by_start = sorted(self.tops, key=lambda t: t[2].start)
        self.starts = [t[2].start for t in self.by_start]
        self.longest = max((t[2].end - t[2].start for t in self.tops), default=0)

    def outer(self, trigger_char: int) -> float | None:
        """The best log-odds of another cue whose best content holds this cue word (None: none)."""
        window = self.by_start[bisect_left(self.starts, trigger_char - self.longest) : bisect_right(self.starts, trigger_char)]
        return max((z for char, z, top in window if char != trigger_char and trigger_char < top.end), default=None)

    def inner(self, cand: Candidate, trigger_char: int) -> float | None:
        """The best log-odds of another cue word inside ``cand``'s content (None: none)."""
        return self.inner_of(cand.start, cand.end, trigger_char)

    def inner_of(self, start: int, end: int, trigger_char: int) -> float | None:
        """:meth:`inner` of a content by its character range."""
        top_chars = self.top_chars
        lo = bisect_left(top_chars, start)
        hi = bisect_left(top_chars, end, lo)
        if lo == hi:
            return None  # most contents hold no cue word: no generator made
        tops = self.tops
        return max((tops[k][1] for k in range(lo, hi) if tops[k][0] != trigger_char), default=None)


def choice_features(groups: list[list[Candidate]]) -> list[list[list[str]]]:
    """Features of each candidate among its cue's others, for the choice model: the content
    model's log-odds (binned), its rank among the cue's contents and the gap to the best (or,
    for the best, to the second), how many contents the cue has, where the content lies
    against the best one, the best's log-odds (the cue's "keep any?"), and the other cues
    around: the best log-odds of a cue word inside the content (a nested attribution taken
    whole) and of a cue whose best content holds this cue word (this one nested in it); and
    the summed scores of the cue's contents overlapping this one (binned as log-odds).

    ``groups``: the scored candidates (``score`` set, by the content model), one list per cue
    word; returns the features in the same nesting. Reads scores and offsets only, so that
    inference and training compute the same strings from the same scores.
    """
    tops = CueTops(groups)
    out = []
    for group, ranked in zip(groups, tops.ranked):
        best = ranked[0]
        z_best = logit(best.score)
        z_second = logit(ranked[1].score) if len(ranked) > 1 else None
        rank_of = {id(c): r for r, c in enumerate(ranked)}
        size = bucket(len(group), _GROUP_SIZE_EDGES)
        trigger_char = best.trigger_char
        outer = tops.outer(trigger_char)
        outer_bin = "none" if outer is None else bucket(outer, _LOGIT_EDGES[4:])
        top_bin = bucket(z_best, _LOGIT_EDGES)
        features_of = []
        for cand, mass in zip(group, overlapping_masses(group)):
            z = logit(cand.score)
            rank = min(rank_of[id(cand)], 3)
            gap = (z - z_second if z_second is not None else None) if cand is best else z_best - z
            gap_bin = "single" if gap is None else bucket(gap, _GAP_EDGES)
            inner = tops.inner(cand, trigger_char)
            inner_bin = "none" if inner is None else bucket(inner, _LOGIT_EDGES[4:])
            kind = quote_type(cand)
            rel_short = short_relation(cand.relation)
            nest = nesting(cand, best)
            z_bin = bucket(z, _LOGIT_EDGES)
            mass_bin = bucket(logit(min(mass, MASS_LIMIT)), _LOGIT_EDGES)
            features_of.append([
                "j:bias",
                f"j:z={z_bin}",
                f"j:z|kind={z_bin}|{kind}",
                f"j:rank={rank}",
                f"j:rank|gap={rank}|{gap_bin}",
                f"j:rank|size={rank}|{size}",
                f"j:nest={nest}",
                f"j:nest|rank={nest}|{rank}",
                f"j:top|rank={top_bin}|{rank == 0}",
                f"j:rel|rank={rel_short}|{rank}",
                f"j:kind|rank={kind}|{rank}",
                f"j:inner={inner_bin}",
                f"j:inner|rank={inner_bin}|{rank}",
                f"j:outer={outer_bin}",
                f"j:outer|rank={outer_bin}|{rank == 0}",
                f"j:mass={mass_bin}",  # alone: conjoined with the rank, it let a nested part outrank the whole
            ])  # fmt: skip
        out.append(features_of)
    return out
