"""'according to X' set off inside a relative clause attributes that clause: 'a former store
clerk who, according to court papers, has agreed to cooperate with prosecutors'.

:func:`~newsmine.nlp.attribution.according_contents._propose_according` offers the words of
the sentence before the phrase, after it, or both; between a relative word and its verb none of
them is right: 'before' is the whole sentence up to 'who', 'after' runs on past the clause. The
phrase vouches only for the clause it interrupts. PolNeAR's gold marks an 'according to' in the
middle of its clause as the clause in two parts around it (6 of 6 such contents on train, of the
shape 'The plan ;; will cost …' for 'The plan, according to aides, will cost …'), and a relative
clause it closes as the clause from its relative word (of the shape 'which would cut taxes …' for
'…, which would cut taxes …, according to its backers'). So the
content becomes the relative word, then the clause after the phrase up to the clause's end.
No train sentence has the phrase right after a relative word (found by probe64, session 64, in
a trial story); on all 840 train articles the stage changes nothing.
"""

from __future__ import annotations

from dataclasses import replace

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import DocContext

__all__ = ["within_relative_clause"]

# The relative words a clause the phrase interrupts opens with ('that' is left out: after a
# comma it is mostly a complementizer or a demonstrative).
_RELATIVE_WORDS = frozenset({"who", "which", "whom"})


def within_relative_clause(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose content is the relative clause 'according to X' interrupts:
    the relative word, then the words after the phrase to the clause's end."""
    i = cand.trigger
    if i < 2 or not cand.relation.startswith("according:") or ctx.lower[i] != "according":
        return cand
    comma, relative = i - 1, i - 2
    if ctx.lower[comma] != "," or ctx.lower[relative] not in _RELATIVE_WORDS:
        return cand
    resumed = _clause_after_the_phrase(ctx, i)
    if resumed is None:
        return cand  # no clause after the phrase: the relative word's verb came before it
    start, verb = resumed
    first = ctx.char_range(relative, relative + 1)
    rest = ctx.char_range(start, ctx.right[verb] + 1)
    if first is None or rest is None:
        return cand
    parts = [first, rest]
    return replace(cand, parts=parts, quoted_share=ctx.quoted_share(parts))


def _clause_after_the_phrase(ctx: DocContext, according: int) -> tuple[int, int] | None:
    """The first token and the verb of the clause that resumes after the comma closing
    'according to X', or None. That comma is the last one in or right after the phrase's
    subtree whose next word opens a clause, so a source with commas of its own is passed over
    whole ('according to Ellen Park, the county prosecutor, has agreed', 'according to records
    filed in Dallas, Texas, has not paid')."""
    end = min(ctx.right[according] + 2, ctx.n - 1)
    for comma in range(end - 1, according, -1):
        if ctx.lower[comma] != "," or ctx.sent_of[comma + 1] != ctx.sent_of[according]:
            continue
        verb = _clause_head(ctx, comma + 1)
        if ctx.tag[verb].startswith("VB") or ctx.tag[verb] == "MD":
            return comma + 1, verb
    return None


def _clause_head(ctx: DocContext, start: int) -> int:
    """The highest token above ``start`` that does not come before it: the head of the clause
    that opens there ('has' -> 'agreed' in 'who, according to …, has agreed to cooperate')."""
    k = start
    for _ in range(8):
        head = ctx.head[k]
        if head == k or head < start:
            break
        k = head
    return k
