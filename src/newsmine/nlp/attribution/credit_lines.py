"""A pull-quote's credit line: the name set on the line under a display quotation.

Some web layouts set a quotation of the article apart as a paragraph of its own and credit it
on the next line, the closing mark after the credit ('"I worry that … tax cuts. ⏎ Dean Baker,
Center for Economic and Policy Research."', HuffPost on PolNeAR train, where the gold Source is
the credit line). The quotation is then unclosed in its paragraph and no cue word follows it:
without this, the orphan rules (:mod:`.orphans`) gave it the speaker of the attribution before
it, or nobody.
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import DocContext

__all__ = ["credit_line_speaker"]

# At most this many words in a credit line ('Dean Baker, Center for Economic and Policy Research.').
_CREDIT_WORDS = 12
_CLOSING_MARKS = ('"', "”")


def credit_line_speaker(ctx: DocContext, k: int) -> int:
    """The last word of the person's name opening the line right under quotation ``k``, when
    ``k`` is unclosed, opens its paragraph and that line is a credit: a name the recogniser
    tagged a person, a comma, a few words, a full stop and the quotation's closing mark. Else -1."""
    stretch = ctx.stretches[k]
    text = ctx.text
    if stretch.closed or (stretch.start > 0 and text[stretch.start - 1] != "\n"):
        return -1
    line_start = stretch.end
    while line_start < len(text) and text[line_start] in " \t":
        line_start += 1
    if text[line_start : line_start + 1] != "\n":
        return -1
    line_start += 1
    line_end = text.find("\n", line_start)
    line = text[line_start : len(text) if line_end < 0 else line_end].rstrip()
    if not line.endswith(_CLOSING_MARKS):
        return -1
    body = line[:-1].rstrip()
    if not body.endswith(".") or "," not in body or not body[:1].isupper() or len(body.split()) > _CREDIT_WORDS:
        return -1
    comma = line_start + body.index(",")
    first = ctx.token_at_char(line_start)
    name = [j for j in range(first, ctx.n) if ctx.idx[j] < comma]
    if not name or ctx.idx[first] != line_start or ctx.quote_of[first] >= 0:
        return -1
    if any(not ctx.doc[j].is_title and ctx.lower[j] != "." for j in name) or not any(ctx.ent[j] == "PERSON" for j in name):
        return -1
    if _has_verb(ctx, first, line_start + len(body)):
        return -1  # 'Tom Hale, who runs the ferry, disagreed.”': a sentence about him, no credit
    return name[-1]


def _has_verb(ctx: DocContext, first: int, end_char: int) -> bool:
    """Whether a verb stands among the line's words before ``end_char``: a credit line is a
    name and an affiliation ('Dean Baker, Center for Economic and Policy Research.'); a line
    with a verb ('Tom Hale, who runs the ferry, disagreed.') is a sentence of the article,
    which an unclosed quotation before it does not make a credit (review46b)."""
    return any(ctx.pos[j] in ("VERB", "AUX") for j in range(first, ctx.n) if ctx.idx[j] < end_char)
