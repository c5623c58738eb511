"""A kept content of 'be' opening with an adjective starts at the adjective's complement.

'Republicans are wary of steering the party too far left', 'Mr. Sanders has been critical of
Clinton's use of personal email', 'His aides are optimistic that he'll make a comeback': the
parse makes 'be' the cue word and the adjective its ``acomp``, so the kept content opens with
the adjective ('wary of steering …', 'optimistic that …'); PolNeAR's cue is the copula with its
adjective and preposition ('are wary of', 'are optimistic') and the content what the adjective
is about ('steering the party too far left', 'that he'll make a comeback'). Why it generalises:
an adjective of attitude ('wary', 'critical', 'proud', 'aware', 'confident') says how the
subject stands towards its complement, in any text; the stance is the cue, its object the
content. On PolNeAR train (session 25 reference records), of the kept contents of 'be' or
'become' opening with their adjective: the gold starts at the complement 39 times after a
preposition ('of', 'with', 'about', 'on'…) and 14 times elsewhere (mostly one word off: 'unhappy
with the direction' where the gold keeps 'with'), and 27 times at a clause ('that …'), 1
elsewhere. Left alone: an infinitive ('likely to help', 'keen to make': 5 right, 9 wrong) and
other verbs ('remains committed to …', 'sounds weirdly sophisticated with …', 'feel trapped in
…': the gold keeps the subject or the adjective; 5 right, 10 wrong). Train against main (session
25, content6): about 105 kept contents changed, 57 to the gold's extent, 22 nearer, 1 farther,
none wrong; content matches +4 with the topic rule of :mod:`~.cue_prepositions`.
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.trailing_phrases import start_first_part_at

__all__ = ["start_at_adjective_complement"]

_COPULAS = frozenset({"be", "become"})
# Complements of the adjective that open the content: a preposition's object ('wary of X': after
# the preposition) or a clause ('optimistic that …': at it, without its 'that', which
# DocContext.char_range drops from the start of every content).
_COMPLEMENT_DEPS = frozenset({"prep", "ccomp"})
# Prepositions that compare rather than name what the adjective is about ('harder than …').
_COMPARATIVE = frozenset({"than"})


def start_at_adjective_complement(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose first part starts at the complement of the adjective opening
    it, when its cue word is 'be' or 'become' and that adjective is the cue word's ``acomp``."""
    i = cand.trigger
    if i < 0 or cand.relation.startswith(("quote", "orphan")) or cand.trigger_char >= cand.start:
        return cand
    if ctx.lemma[i] not in _COPULAS:
        return cand
    start, end = cand.parts[0]
    first = ctx.token_at_char(start)
    if not 0 <= first < ctx.n or ctx.idx[first] != start:
        return cand
    adjective = next((c for c in ctx.children[i] if ctx.dep[c] == "acomp" and ctx.left[c] == first), -1)
    if adjective < 0 or ctx.quote_of[adjective] >= 0:
        return cand
    complement = next(
        (c for c in ctx.children[adjective] if c > adjective and ctx.dep[c] in _COMPLEMENT_DEPS and ctx.idx[c] < end),
        -1,
    )
    if complement < 0 or ctx.lower[complement] in _COMPARATIVE:
        return cand
    new_start = complement + 1 if ctx.dep[complement] == "prep" else ctx.left[complement]
    return start_first_part_at(ctx, cand, new_start)
