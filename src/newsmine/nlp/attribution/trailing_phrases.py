"""A kept content ends before the writer's apposition at its right edge.

'backing Bush, the former Florida governor', 'voted for Ben Carson, a neurosurgeon who has
never held federal political office', 'has vowed to repeal the Hyde Amendment, a
longstanding federal provision that …': the parse hangs the writer's description of the
last thing named on the reported words, so the kept content runs on; PolNeAR's content
stops before the comma. Only an apposition opening with a determiner or a possessive ('a
…', 'the …', 'his …'): a place ('Jupiter, Fla.'), an age, a name ('the nominee, Donald J.
Trump') or an example ('some consumers, particularly those who …') belongs to the content.
On PolNeAR train (session 23): 96 kept contents cut, 32 gold contents gained, 7 lost; of the
cut contents overlapping a gold one, 54 nearer to it and 26 farther (the gold keeps a
description of a name inside a reported clause about as often as it leaves it out).
"""

from __future__ import annotations

from dataclasses import replace

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import DocContext

__all__ = ["end_before_apposition"]


def end_before_apposition(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose last part ends before the comma of an apposition that
    closes it (:func:`_writers_apposition`). Only contents after their cue word (a quotation
    ends at its closing mark already; '…, he said' is the attribution)."""
    if cand.trigger < 0 or cand.relation.startswith(("quote", "orphan")):
        return cand
    start, end = cand.parts[-1]
    if cand.trigger_char >= end:
        return cand
    last = ctx.token_at_char(end - 1)
    while last > 0 and ctx.punct[last] and ctx.idx[last] >= start:
        last -= 1
    # Up from the last word, through the phrases it closes, to an apposition inside the content.
    node = last
    while node != ctx.head[node]:
        head = ctx.head[node]
        if ctx.right[node] != last or ctx.idx[head] < max(start, cand.trigger_char):
            return cand
        comma = ctx.left[node] - 1
        if ctx.dep[node] == "appos" and head < comma and ctx.lower[comma] == "," and ctx.idx[comma] > start and _writers_apposition(ctx, node, comma, last):
            rng = ctx.char_range(ctx.token_at_char(start), comma)
            if rng is None:
                return cand
            parts = cand.parts[:-1] + [(start, rng[1])]
            return replace(cand, parts=parts, quoted_share=ctx.quoted_share(parts))
        node = head
    return cand


def _writers_apposition(ctx: DocContext, node: int, comma: int, last: int) -> bool:
    """Whether the apposition headed by ``node`` (its words after ``comma`` up to ``last``)
    is the writer's description: it opens with a determiner or a possessive ('a neurosurgeon
    who …', "the party's nominee", 'his rival'), holds no quotation, and is no list the parse
    took for an apposition ('Israel, the nuclear deal and …'). A place ('Dayton, Ohio'), a
    name ('the nominee, Donald J. Trump') and an example ('some families, particularly those
    …') open otherwise: they belong to the content."""
    if any(ctx.quote_of[j] >= 0 for j in range(comma, last + 1)):
        return False  # the speaker's words ('a "loser," a "liar"'; 'nothing, nothing')
    if any(ctx.dep[k] in ("cc", "conj") and node in (ctx.head[k], ctx.head[ctx.head[k]]) for k in range(comma, last + 1)):
        return False  # a list: 'on Israel, the Iranian nuclear deal and the possibility …'
    return any(c < node and ctx.dep[c] in ("det", "poss") and ctx.left[c] == comma + 1 for c in ctx.children[node])

