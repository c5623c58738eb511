"""Narration between two quotations of a paragraph: a sentence of the reporter's own
('"…," Tom Ebeling said, pointing to his ears. Betsy Ebeling shook her head. "…"') ends the
quote before it, so the quotation after it does not go on with that quote.
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import FINITE_TAGS, SUBJECT_DEPS, DocContext

__all__ = ["narration_between"]


def narration_between(ctx: DocContext, end_char: int, start_char: int, trigger: int) -> bool:
    """Whether a sentence of the reporter's own stands between a quotation ending at
    ``end_char`` and the next one opening at ``start_char`` in the same paragraph ('"…," Tom
    Ebeling said, pointing to his ears. Betsy Ebeling shook her head. "…"'): the narration
    took over, and the next quotation is as often another speaker's as the cue's. Only a
    sentence after the one of cue word ``trigger`` counts ('"…?" Trump said. "…"' parses
    'Trump said.' as a sentence of its own), and only one whose root is a finite verb with a
    subject, so that an abbreviation the parser read as a sentence end ('said Sen. ¶ Lindsey
    Graham, R-S.C.') does not."""
    first = ctx.token_at_char(end_char)
    if first >= ctx.n:
        return False
    sent = ctx.sent_of[first]
    j = first
    while j < ctx.n and ctx.idx[j] < start_char:
        if ctx.sent_of[j] != sent and ctx.quote_of[j] < 0 and ctx.dep[j] == "ROOT" and ctx.tag[j] in FINITE_TAGS:
            s_start, s_end = ctx.sent_bounds[ctx.sent_of[j]]
            inside = s_start > max(first, trigger) and (s_end >= ctx.n or ctx.idx[s_end - 1] < start_char)
            if inside and ctx.child(j, SUBJECT_DEPS) >= 0:
                return True
        j += 1
    return False
