"""A content opening with a restricting adverb before its 'that': 'A spokesman said only that
the speaker "has a lot of respect for him."' kept as 'only that the speaker …' (session 53,
probe53).

Why: the parse hangs 'only' (or 'simply', 'merely') on the that-clause's verb, so the clause's
subtree opens with it, and the step that leaves out a content's opening 'that' finds the
adverb first. The adverb says how little the source said, not what: PolNeAR train's gold
contents of 'said only that …' / 'saying only that …' open at 'that' (3 of 3), and newsmine's
contents leave 'that' out, so the content starts after both.
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.trailing_phrases import start_first_part_at

__all__ = ["start_after_only_that"]

_RESTRICTING = frozenset({"only", "simply", "merely"})


def start_after_only_that(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose first part starts after 'only that' ('simply that', 'merely
    that') opening it right after its cue."""
    if cand.trigger < 0 or not cand.parts:
        return cand
    first = ctx.token_at_char(cand.parts[0][0])
    if not 0 <= first < ctx.n - 2 or ctx.lower[first] not in _RESTRICTING or ctx.quote_of[first] >= 0:
        return cand
    if ctx.lower[first + 1] != "that" or ctx.dep[first + 1] != "mark" or first < cand.cue[1]:
        return cand
    return start_first_part_at(ctx, cand, first + 2)
