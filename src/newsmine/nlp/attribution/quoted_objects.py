"""A content that is nothing but quotations ends before the writer's 'as' clause after them.

'Some chanted "No wall, no hate" as supporters filed past the police barricades': the cue's
object is the chant; the 'as' clause, with a subject and a verb of its own, is the writer's
scene, which the parse hangs on the cue, so the content ran on over it. PolNeAR's gold ends such
a content at the quotation ('"Feel the Bern" and "Love you, Bernie" as he passed by, along with
honks …': the two chants alone). Only when every word before 'as' is quoted (quotations joined
by 'and'/'or'): where the content is the speaker's own clause around a quotation ('fundraising
was "stagnant for about a month" as donors waited to see …') the gold keeps the 'as' clause as
part of what was said, and an 'as' phrase with no verb ('"Bill Maher" as his guilty pleasure')
is the report's own. On PolNeAR train (session 52, main's records) 14 kept contents hold a
closing quotation mark followed by 'as': this shape is 1 of them, which the gold cuts there.
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import FINITE_VERB_TAGS, SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.trailing_phrases import end_last_part_before, last_part_after_cue

__all__ = ["end_before_scene_after_quotations"]

_JOINING = frozenset({"and", "or"})


def end_before_scene_after_quotations(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose last part ends before an unquoted 'as' (a subordinator whose
    verb has a subject after it) when every word of the part before it is inside quotation
    marks or joins two quotations."""
    tokens = last_part_after_cue(ctx, cand)
    if tokens is None or ctx.quote_of[tokens[0]] < 0 and not _quote_mark(ctx, tokens[0]):
        return cand
    first, last = tokens
    quoted = False
    for k in range(first, last):
        if ctx.quote_of[k] >= 0:
            quoted = True
            continue
        if ctx.punct[k] or ctx.lower[k] in _JOINING:
            continue
        if ctx.lower[k] != "as" or not quoted or not _opens_a_clause(ctx, k, last):
            return cand
        return end_last_part_before(ctx, cand, k)
    return cand


def _opens_a_clause(ctx: DocContext, k: int, last: int) -> bool:
    """Whether 'as' (token ``k``) opens a clause with a subject and a finite verb of its own
    up to token ``last``: as the verb's subordinator ('as supporters filed past'), or as the
    preposition the parse makes of it, its object bearing the verb ('as [supporters [filed
    past]]'), the object itself the verb's subject: a verb with a subject of its own is a
    relative clause in an 'as' phrase ('"Lock her up" as a chant that lasted several minutes',
    '"Not one more" as the rallying cry that opened the march'). Not an 'as' phrase ('"Bill
    Maher" as his guilty pleasure')."""
    if ctx.dep[k] == "mark":
        verb = ctx.head[k]
        return k < verb <= last and any(ctx.dep[c] in SUBJECT_DEPS and k < c < verb for c in ctx.children[verb])
    if ctx.dep[k] != "prep":
        return False
    for noun in ctx.children[k]:
        if ctx.dep[noun] == "pobj" and any(
            ctx.dep[v] in ("acl", "relcl") and ctx.tag[v] in FINITE_VERB_TAGS and noun < v <= last and not _own_subject(ctx, v)
            for v in ctx.children[noun]
        ):
            return True
    return False


def _own_subject(ctx: DocContext, verb: int) -> bool:
    """Whether ``verb`` has a subject of its own ('that lasted', 'the crowd kept up'): a
    relative clause on the noun, not the noun's own clause the parse hung under it."""
    return any(ctx.dep[c] in SUBJECT_DEPS for c in ctx.children[verb])


def _quote_mark(ctx: DocContext, i: int) -> bool:
    return ctx.punct[i] and ctx.lower[i] in ('"', "“", "”", "'", "‘", "’", "``", "''")
