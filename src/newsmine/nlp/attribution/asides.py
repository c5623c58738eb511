"""Reports whose that-clause follows an aside: 'Reuters reported, citing three sources, that …'.

Wire copy puts the report's grounds between the verb and its clause ('The ministry said in a
statement, citing preliminary data, that exports fell', 'Police said on Sunday, quoting
witnesses, that the driver fled', 'I've always said, before this campaign began, that I would
…'). The small model parses the clause in three ways: as the complement of the report (the
content then opens with the aside), as the complement of the aside's participle, or with the
report as the complement of the clause's verb. :class:`~.context.DocContext` mends the last two
(:func:`~.context.raise_reports_over_asides`); :func:`start_after_aside` then starts the content
after the 'that', as PolNeAR does with every report's own modifiers ('said on Monday that …').
PolNeAR train holds two such sentences in 840 articles, so neither the cue nor the content
model has learned the shape: news at large writes it more (the brief names "X reports, citing
local media").
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import ASIDE_TOKENS, DocContext
from newsmine.nlp.attribution.trailing_phrases import start_first_part_at

__all__ = ["start_after_aside"]

# A cue word's dependents that make the words before a ', that' part of what is reported, not
# an aside: 'knew it was possible, though not likely, that she could lose' (the parser hangs the
# extraposed clause on 'knew'), 'called the gatherings X, that the foundation held'.
_ARGUMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "dative", "oprd", "attr", "acomp"})


def start_after_aside(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose first part starts after the ', that' closing an aside that opens
    it: its cue word before it, the 'that' the mark of a clause that hangs on the cue word (not
    'knew it was possible, though not likely, that she …'), outside quotation marks, after a
    comma at most ``ASIDE_TOKENS`` tokens into the content."""
    i = cand.trigger
    if i < 0 or cand.relation.startswith(("quote", "orphan")) or cand.trigger_char >= cand.start:
        return cand
    first = ctx.token_at_char(cand.parts[0][0])
    last = ctx.token_at_char(cand.parts[0][1] - 1)
    if not 0 <= first <= last:
        return cand
    for m in range(first, min(first + ASIDE_TOKENS, last)):
        if ctx.head[m] == i and ctx.dep[m] in _ARGUMENT_DEPS:
            return cand  # 'knew it was possible, though not likely, that …', 'called it X, that …'
        if m > first and ctx.lower[m] == "that" and ctx.dep[m] == "mark" and ctx.lower[m - 1] == "," and ctx.quote_of[m] < 0 and _clause_of_cue(ctx, i, int(ctx.head[m])):
            return start_first_part_at(ctx, cand, m + 1)
    return cand


def _clause_of_cue(ctx: DocContext, cue: int, verb: int) -> bool:
    """Whether the clause whose verb is ``verb`` is what the cue word ``cue`` reports: its
    complement, or, parsed the other way round, the verb the cue hangs on as a parataxis ('DES
    MOINES — The Associated Press reports, citing local media, that Brisco will campaign …': the
    dateline's capitals read as the clause's subject; probe57d), the cue before the clause."""
    if ctx.head[verb] == cue:
        return True
    return ctx.head[cue] == verb != cue and ctx.dep[cue] == "parataxis" and cue < verb
