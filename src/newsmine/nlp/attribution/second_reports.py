"""A kept content ends before a second report joined to it: ', and SUBJECT CUE …'.

'Forty percent said the race was unfair, and a third said the opposite', 'his allies think the
bill is dead, and most don't expect it back': the parse may hang the second clause, a reporting
verb with a subject of its own, on the first content's verb, so the kept content runs on over
another source's report. PolNeAR gives that report its own attribution and stops the first
content before the conjunction. On train (session 32, content17), over the kept contents that
hold a gold cue with its own gold source after 'and' (with or without a comma), the gold content
stops before it 22 times and runs on over it once.

Only a finite reporting verb (``lexicons/cues.txt``) whose subject opens right after 'and' or
'but': a clause of the content's own ('said the deficit grew, and unemployment rose') has a verb
that reports nothing and is left alone, as is a coordinated 'that' clause ('said that …, and
that aides believe …': the cue's second complement) and a verb inside a quotation.
"""

from __future__ import annotations

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import FINITE_TAGS, DocContext
from newsmine.nlp.attribution.trailing_phrases import end_last_part_before, last_part_after_cue

__all__ = ["end_before_second_report"]

# Conjunctions that join two statements of equal rank ('and', 'but'); 'or' offers alternatives.
_JOINING_WORDS = frozenset({"and", "but"})
# The subject of a report: a person or group (a clause or 'there' reports nothing).
_REPORT_SUBJECT_DEPS = frozenset({"nsubj"})


def _is_finite(ctx: DocContext, v: int) -> bool:
    """Whether verb ``v`` heads a finite clause: a finite form or a finite auxiliary ('do n't
    expect', 'has said')."""
    return ctx.tag[v] in FINITE_TAGS or any(ctx.dep[c] in ("aux", "auxpass") and ctx.tag[c] in FINITE_TAGS for c in ctx.children[v] if c < v)


def end_before_second_report(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose last part ends before the 'and' (or 'but', and a comma before
    it) opening a finite reporting verb conjoined to a word of the content or to the cue word, with its own subject
    right after the conjunction (:mod:`module docstring <newsmine.nlp.attribution.second_reports>`).
    Only contents after their cue word, outside quotations."""
    edges = last_part_after_cue(ctx, cand)
    if edges is None:
        return cand
    first, last = edges
    i = cand.trigger
    cues = lexicons.load("cues")
    for v in range(first + 1, last + 1):
        if ctx.dep[v] != "conj" or ctx.pos[v] != "VERB" or ctx.lemma[v] not in cues or ctx.quote_of[v] >= 0 or not _is_finite(ctx, v):
            continue
        h = ctx.head[v]
        if h != i and not first <= h < v:
            continue  # (the cue word itself: the parse's own reading, yet the span ran on over it)
        cc = next((c for c in ctx.children[h] if ctx.dep[c] == "cc" and h < c < v), -1)
        if cc < 0 or ctx.lower[cc] not in _JOINING_WORDS:
            continue
        subject = next((c for c in ctx.children[v] if ctx.dep[c] in _REPORT_SUBJECT_DEPS and c < v), -1)
        if subject < 0 or ctx.left[subject] != cc + 1:
            continue  # right after the conjunction: not 'and that aides believe …' (the cue's second complement)
        return end_last_part_before(ctx, cand, cc)
    return cand
