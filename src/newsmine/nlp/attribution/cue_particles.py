"""A content that opens with its own cue's particle: 'He went on: "The way the place works …"'
kept as 'on: "The way …"' (session 53, probe53).

Why: the proposal of a sentence's words around its cue (``rest:sent`` in
:mod:`.candidates`) starts right after the cue's verb, and a phrasal cue's particle ('went
on', 'shot back', 'chimed in') follows the verb, so the content took the particle (and the
colon after it) that the cue already holds. The particle is the cue's; the content starts
after it.
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.trailing_phrases import start_first_part_at

__all__ = ["start_after_cue_particle"]


def start_after_cue_particle(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose first part starts after its cue when that part opens inside
    the cue (a phrasal cue's particle after its verb)."""
    i = cand.trigger
    if i < 0 or not cand.parts:
        return cand
    first = ctx.token_at_char(cand.parts[0][0])
    cue_start, cue_end = cand.cue
    if not cue_start < first < cue_end or ctx.dep[first] != "prt":
        return cand
    return start_first_part_at(ctx, cand, cue_end)
