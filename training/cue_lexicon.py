"""A learned cue lexicon as content features, for ``train_attribution.py --cue-lexicon`` (a study:
off by default, not in inference).

Why. The out-of-sample direct misses are mixed quotes under weak cues ('feel about', 'took
credit for', 'rated … "True."'): the content model knows a cue lemma only by its own weights
(``lem``, ``lem|rel``, ``lem|q`` …), kept when the lemma is seen twice or more and shrunk toward
zero by the regularisation, so a rare cue lemma's candidates score as an unknown word's.
Here each cue lemma gets a *rate* from train gold: of its cue words (the words the cue
filter looks at), the share that are the cue of a gold content (``any``) and of a gold content
holding a quotation mark (``quoted``), smoothed toward the rate of its class (in the cue lexicon
or not, and its coarse part of speech) with ``SMOOTHING`` pseudo-counts, so that a lemma seen
once reads as its class. The rate is binned and crossed with the candidate's quoted share and
relation (:func:`lexicon_features`).

Cross-fitted. A row's rate never counts its own fifth of train (:func:`fold_rates`: the counts
of the other four, the same fifths as the cross-validation): the content model of fifth k is
fitted on rows whose rates count fifth k's gold, but a row's own label never enters its own
feature, and fifth k's rows (which it scores) read rates of the other four only. Inference
would read rates of all of train (not wired: this module is study code until a refit passes
the bar of docs/history/attribution.md, session 63).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = ["SMOOTHING", "LemmaCounts", "fold_rates", "lexicon_features", "rate_bin"]

# Pseudo-counts of the class's rate added to a lemma's: a lemma seen fewer times than this
# reads mostly as its class.
SMOOTHING = 10.0
# The rate's bins (a share of a lemma's cue words): the weak cues sit in the lowest ones.
_RATE_EDGES = (0.01, 0.03, 0.07, 0.15, 0.3, 0.5, 0.7)


@dataclass
class LemmaCounts:
    """Cue words counted by lemma and by class: seen, cue of a gold content, cue of a quoted one."""

    seen: Counter = field(default_factory=Counter)
    cue: Counter = field(default_factory=Counter)
    near_quotation: Counter = field(default_factory=Counter)
    quoted: Counter = field(default_factory=Counter)

    def add(self, lemma: str, klass: str, is_cue: bool, near_quotation: bool, is_quoted: bool) -> None:
        """One cue word: ``near_quotation`` a quotation in its sentence, ``is_quoted`` the cue of
        a gold content holding a quotation mark."""
        for key in (lemma, klass):
            self.seen[key] += 1
            self.cue[key] += is_cue
            self.near_quotation[key] += near_quotation
            self.quoted[key] += is_quoted

    def __iadd__(self, other: LemmaCounts) -> LemmaCounts:
        self.seen += other.seen
        self.cue += other.cue
        self.near_quotation += other.near_quotation
        self.quoted += other.quoted
        return self

    def rates(self, lemma: str, klass: str) -> tuple[float, float]:
        """The lemma's smoothed rates: cue of a gold content among its cue words, and cue of a
        quoted one among those with a quotation in their sentence (the weak verbs' mixed
        quotes: 'called it "…"' against 'called the meeting')."""
        return (
            _smoothed(self.cue, self.seen, lemma, klass),
            _smoothed(self.quoted, self.near_quotation, lemma, klass),
        )


def _smoothed(hits: Counter, seen: Counter, lemma: str, klass: str) -> float:
    """``hits / seen`` of a lemma with SMOOTHING pseudo-counts at its class's rate (itself
    smoothed by one hit in two)."""
    prior = (hits[klass] + 1.0) / (seen[klass] + 2.0)
    return (hits[lemma] + SMOOTHING * prior) / (seen[lemma] + SMOOTHING)


def rate_bin(rate: float) -> str:
    """The bin of a rate, as text ('0' the lowest)."""
    return str(sum(rate >= edge for edge in _RATE_EDGES))


def lexicon_features(any_bin: str, quoted_bin: str, quoted_share_bin: str, relation: str) -> list[str]:
    """A candidate's lexicon features: the cue lemma's rate bins alone and crossed with the
    candidate's quoted share ('none', 'some', 'most', 'all') and short relation."""
    return [
        f"cuelex={any_bin}",
        f"cuelexq={quoted_bin}",
        f"cuelex|q={any_bin}|{quoted_share_bin}",
        f"cuelexq|q={quoted_bin}|{quoted_share_bin}",
        f"cuelex|rel={any_bin}|{relation}",
    ]


def fold_rates(
    counts_by_article: Sequence[LemmaCounts], folds: Sequence[tuple[int, int]]
) -> list[LemmaCounts]:
    """For each article, the counts of the articles of the other fifths (``folds``: [a, b)
    ranges of articles), as one :class:`LemmaCounts` a fifth shared by its articles."""
    by_fold = []
    for a, b in folds:
        total = LemmaCounts()
        for k, counts in enumerate(counts_by_article):
            if not a <= k < b:
                total += counts
        by_fold.append(total)
    out: list[LemmaCounts] = []
    for (a, b), total in zip(folds, by_fold):
        out.extend([total] * (b - a))
    return out
