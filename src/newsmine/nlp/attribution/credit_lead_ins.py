"""A lead-in crediting the quotation after its colon to someone: 'More from the senator: "…"',
'And this from Mayor Ann Lee: "…"', 'Here is more from the report: "…"'.

Such a lead-in has no verb; it names the source after 'from'. When it stands alone before the
colon, :func:`~newsmine.nlp.attribution.orphan_lead_ins._lead_in` already reads its noun
phrase. When a dash sets it off after a clause of the writer's ('Signs of a shift were there
all along - More from Blumenthal and Cohen: "…"', a newsletter's item heading run into its
lead-in), the parse hangs it on that clause's verb, and the lead-in was read as the tail of
that clause ('… spends most of its space on the stadium's cost: "…"'), whose verb reports
nothing: the quotation went on with the speaker before. PolNeAR train: 1 such quotation (the
gold's Source the names after 'from'); two more 'More from X:' lead-ins there stand alone and
were right already. The caller (``orphan_lead_ins._lead_in``) keeps the credit only when its
name can speak: 'More from Tuesday's debate:', 'And this from the campaign trail:' credit an
event, and name no speaker (review54b, session 54).
"""

from __future__ import annotations

from newsmine.nlp.attribution.after_quotation import phrase_head
from newsmine.nlp.attribution.context import DocContext

__all__ = ["credited_lead_in"]

# The words a crediting lead-in opens with, and among them those saying that more of someone's
# words follow (one is needed: 'And from the start: "…"' credits no one).
_OPENERS = frozenset({"more", "this", "and", "also", "plus", "here", "here's"})
_MORE_WORDS = frozenset({"more", "this", "also"})


def credited_lead_in(ctx: DocContext, first: int, colon: int) -> int:
    """The source named by a crediting lead-in ``first``…``colon`` (tokens before the colon
    introducing a quotation, after a sentence end or a dash), or -1.

    The lead-in opens with a word saying more words follow ('More', 'And this', 'Here is'),
    has only such words ('is') before its 'from', and a noun phrase with no verb after
    it up to the colon: that phrase's head. 'More money from the state: "…"' (a noun before
    'from') and 'More from the pier came shouts: "…"' (a verb after it) credit no one."""
    opening = _opening(ctx, first, colon)
    if opening < 0:
        return -1
    words = [i for i in range(opening, colon) if not ctx.punct[i]]
    if len(words) < 3:
        return -1
    credit = next((i for i in words if ctx.lower[i] == "from"), -1)
    if credit < 0:
        return -1
    # Only opener words before the credit: 'More from', 'And this from', 'Here is more from'.
    openers = [_bare(ctx, i) for i in words if i < credit]
    if any(w not in _OPENERS | {"is", "'s"} for w in openers) or not _MORE_WORDS.intersection(openers):
        return -1
    if any(ctx.pos[i] == "VERB" for i in words if i > credit):
        return -1
    head = phrase_head(ctx, credit + 1, colon)
    return head if head >= 0 and ctx.pos[head] in ("PROPN", "NOUN", "PRON") else -1


_DASHES = "-—–"


def _bare(ctx: DocContext, i: int) -> str:
    """Token ``i`` lower-cased without a dash glued to its front ('-More' → 'more')."""
    return ctx.lower[i].lstrip(_DASHES)


def _opening(ctx: DocContext, first: int, colon: int) -> int:
    """Where the lead-in opens in ``first``…``colon``: its first word when that is an opener,
    else an opener right after a dash ('… all along - More from', '… all along -More from',
    the tokenizer gluing the dash to the word); -1 when there is none."""
    if _bare(ctx, first) in _OPENERS:
        return first
    for i in range(first + 1, colon):
        glued = ctx.lower[i][:1] in _DASHES and len(ctx.lower[i]) > 1
        after_dash = ctx.lower[i - 1] in ("-", "—", "–", "--")
        if (glued or after_dash) and _bare(ctx, i) in _OPENERS:
            return i
    return -1
