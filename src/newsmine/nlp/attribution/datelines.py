"""A content opening its paragraph starts after the paragraph's dateline.

'VALPARAÍSO, Chile — Voters in Chile's second city turned out in record numbers on Sunday,
election officials said': the content is what the officials said, not the place the writer
files from; a candidate whose content is the cue's clause from the paragraph's first word took
the dateline with it. A dateline is what the source rules already know as one
(:func:`~newsmine.nlp.attribution.sources.dateline_subjects.dateline_dash`: names, numbers and
punctuation up to a dash near the paragraph's start, marked by a place in capitals, an agency
in parentheses, a date or a live blog's time stamp), so 'Ana Ruiz — the mayor — said …' keeps
its first words.
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.sources.dateline_subjects import dateline_dash
from newsmine.nlp.attribution.trailing_phrases import start_first_part_at

__all__ = ["start_after_dateline"]


def start_after_dateline(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose first part starts after the dateline its paragraph opens
    with, when that part starts inside the dateline ('VALPARAÍSO, Chile — …', or 'Chile — …'
    where the parse cut the place's first word off) and ends after its dash."""
    if not cand.parts:
        return cand
    start, end = cand.parts[0]
    dash = dateline_dash(ctx, ctx.token_at_char(start))
    if dash < 0 or ctx.idx[dash] >= end:
        return cand
    return start_first_part_at(ctx, cand, dash + 1)
