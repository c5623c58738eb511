"""A content before its cue ends before its own source: 'The bridge will reopen in May, the
mayor, Ana Ruiz, said.'

When a statement ends on a noun and the credit after it opens with a description set off by
commas ('…, her son, Victor Delgado, said', '…, the mayor, Ana Ruiz, said'), the small parse
hangs the description on the statement's last noun as an apposition, and the name after it
with it: the content then runs over the description and the speaker's own name ('The cause was
heart failure, her son, Victor Delgado'). A content never holds the mention of the speaker it is
credited to at its end, so it is cut before the comma that opens the description (a
determiner or possessive and a few words with no verb), or before the comma right before the
name when there is none.

Found by probe64 (session 64) in an obituary; the shape is every kind of story's ('…, his
lawyer, Mark Hale, said', '…, a spokeswoman, Jo Lane, said') but the parse runs on only when
the statement ends on a noun the description can hang on. A name with its description after
it ('…, Patrick F. Kennedy, the undersecretary for management, wrote') is cut before the
name's comma. On PolNeAR train (main's reference records) it changes 1 content of 18,346, that
shape, now the gold's exactly; contents, attributions and sources unchanged. A passive 'by …'
agent closing a content (2 on train) has no comma before it and is left alone.
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.trailing_phrases import end_last_part_before

__all__ = ["end_before_own_source"]

# Longest description set off before the name ('her son', 'the club's longtime head groundsman').
_MAX_DESCRIPTION_TOKENS = 8
# Words that open a description of the speaker: a determiner or a possessive pronoun.
_DESCRIPTION_OPENING_TAGS = frozenset({"DT", "PRP$"})


def end_before_own_source(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose last part ends before its own source when the content comes
    before its cue and runs, after a comma, to the source's last word."""
    source = cand.source
    if source < 0 or cand.trigger < 0 or cand.relation.startswith(("quote", "orphan")):
        return cand
    start, end = cand.parts[-1]
    if cand.trigger_char < end:
        return cand  # a content after its cue word, or around it
    first = ctx.left[source]
    comma = first - 1
    if comma <= 0 or ctx.lower[comma] != "," or ctx.idx[comma] <= start:
        return cand
    last = ctx.token_at_char(end - 1)
    while last > first and ctx.punct[last]:
        last -= 1
    if ctx.right[source] != last:
        return cand  # the source is not where the content ends
    return end_last_part_before(ctx, cand, _description_comma(ctx, comma, start))


def _description_comma(ctx: DocContext, comma: int, start: int) -> int:
    """The comma opening the description set off before the name whose comma is ``comma``
    ('…, her son, Victor Delgado'), or ``comma`` when no such description is there."""
    for k in range(comma - 1, max(comma - 2 - _MAX_DESCRIPTION_TOKENS, 0), -1):
        if ctx.idx[k] <= start:
            return comma
        if ctx.lower[k] == ",":
            opening = k + 1
            if opening < comma and ctx.tag[opening] in _DESCRIPTION_OPENING_TAGS:
                return k
            return comma
        if ctx.tag[k].startswith("VB") or ctx.tag[k] == "MD" or ctx.quote_of[k] >= 0:
            return comma
    return comma
