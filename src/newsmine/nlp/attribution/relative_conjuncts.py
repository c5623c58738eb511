"""A relative-clause content ends before a second relative clause joined to it: '… and who …'.

'a hacker who officials say is tied to a foreign service and who claimed credit for the leak',
'voters who are expected to make up half the electorate and who maintain a fondness for …': the
kept content is the first relative clause (its relative pronoun stands for the head noun, the
cue sits inside), and the parse hangs the second relative clause on its verb, so the span runs
on over it. The second clause is the writer's next description of the head noun, outside the
cue's reach: PolNeAR's content stops before 'and'. On train (session 32, content17), over the
kept contents holding 'and who / whom / which / that', the gold stops before it 2 times where
the content opens with the relative pronoun (the rule's 2 firings) and runs on in none; where
the content opens elsewhere (a reported clause holding 'those who are struggling and who have
been left behind') the gold runs on 171 times and stops 5, and those are left alone.
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import FINITE_VERB_OR_MODAL_TAGS, DocContext
from newsmine.nlp.attribution.trailing_phrases import end_last_part_before

__all__ = ["end_before_second_relative_clause"]

# Relative pronouns that stand for the noun a clause describes ('that' is left out: after
# 'and' it is far more often a second reported 'that' clause).
_RELATIVE_WORDS = frozenset({"who", "whom", "which"})


def _is_finite(ctx: DocContext, v: int) -> bool:
    """Whether verb ``v`` heads a finite clause: a finite form or a finite auxiliary."""
    return ctx.tag[v] in FINITE_VERB_OR_MODAL_TAGS or any(ctx.dep[c] in ("aux", "auxpass") and ctx.tag[c] in FINITE_VERB_OR_MODAL_TAGS for c in ctx.children[v] if c < v)


def end_before_second_relative_clause(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose last part ends before the 'and' (and a comma before it) of a
    finite relative clause opened by 'who', 'whom' or 'which' right after it and conjoined to
    a verb of the content, when the content itself opens with such a relative pronoun
    (:mod:`module docstring <newsmine.nlp.attribution.relative_conjuncts>`). Not quotations."""
    if cand.trigger < 0 or cand.relation.startswith(("quote", "orphan")):
        return cand
    start, end = cand.parts[-1]
    first, last = ctx.token_at_char(cand.parts[0][0]), ctx.token_at_char(end - 1)
    if ctx.lower[first] not in _RELATIVE_WORDS:
        return cand
    for v in range(ctx.token_at_char(start) + 1, last + 1):
        if ctx.dep[v] != "conj" or ctx.pos[v] not in ("VERB", "AUX") or ctx.quote_of[v] >= 0 or not _is_finite(ctx, v):
            continue
        h = ctx.head[v]
        if not first < h < v:
            continue
        cc = next((c for c in ctx.children[h] if ctx.dep[c] == "cc" and h < c < v), -1)
        if cc < 0 or ctx.lower[cc] != "and" or ctx.lower[cc + 1] not in _RELATIVE_WORDS or ctx.left[v] > cc + 1:
            continue  # the second clause opens with its own relative pronoun right after 'and'
        return end_last_part_before(ctx, cand, cc)
    return cand
