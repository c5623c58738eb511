"""'one woman shouted from the bleachers, "What about the tariffs?"', 'One man yelled from the back
of the room, "Build the wall!"': when the quotation parses as no clause of its own, the content
ran from the cue's prepositional phrase to the quotation's end, and moving it past the
preposition (:func:`.cue_prepositions.start_after_preposition`) left 'the bleachers, "…"'. A
phrase of place or time of the cue's, set off by a comma before a quotation that ends the
content, is where or when the words were said, not what: the content is the quotation
(:func:`quotation_after_phrase`). Probe51c. A colon sets the phrase off as a comma does ('she
wrote from their home in Augusta: "Do what you think is right …"', a letter quoted whole; the
content was 'their home in Augusta: "…"') — xfail53.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsmine.nlp.attribution.context import DocContext

# Prepositions of where or when the words were said. Not a phrasal cue's own preposition
# ("calls for credit score reform, 'to make …'", "reported about an email …, 'just to …'":
# PolNeAR train holds the object in the content) nor "on" ("commented on the bill, '…'").
_PLACE_PREPOSITIONS = frozenset(
    {"from", "at", "in", "inside", "outside", "near", "during", "after", "before", "behind", "across", "through"}
)

# The marks that set the phrase off from the quotation: 'shouted from the bleachers, "…"',
# 'wrote from their home in Augusta: "…"'.
_SETTING_OFF = frozenset({",", ":"})


def quotation_after_phrase(ctx: DocContext, prep: int, end_char: int) -> int:
    """The first token of the quotation that follows the phrase of place or time preposition
    ``prep`` after a comma or a colon and runs to the content's end (``end_char``), or -1: the
    phrase outside quotation marks, a comma or colon, then only that quotation (its marks
    included)."""
    if ctx.lower[prep] not in _PLACE_PREPOSITIONS:
        return -1
    comma = ctx.right[prep] + 1
    while comma < ctx.n and ctx.dep[comma] == "prep" and ctx.head[comma] == ctx.head[prep] and ctx.lower[comma] in _PLACE_PREPOSITIONS:
        comma = ctx.right[comma] + 1  # 'from his barracks| in Kent:', the second phrase hung on the verb too
    return quotation_after_mark(ctx, comma, end_char)


def quotation_after_mark(ctx: DocContext, mark: int, end_char: int) -> int:
    """The first token of the quotation that follows token ``mark``, a comma or a colon outside
    quotation marks, and runs to the content's end (``end_char``), or -1."""
    if mark + 1 >= ctx.n or ctx.lower[mark] not in _SETTING_OFF or ctx.quote_of[mark] >= 0:
        return -1
    k = mark + 1
    while k < ctx.n and ctx.quote_of[k] < 0 and ctx.punct[k]:
        k += 1  # the opening mark
    if k >= ctx.n or ctx.quote_of[k] < 0:
        return -1
    quote = ctx.quote_of[k]
    t = k
    while t < ctx.n and ctx.idx[t] < end_char:
        if ctx.quote_of[t] != quote and not ctx.punct[t]:
            return -1  # words outside the quotation before the content ends
        t += 1
    return k
