"""'said only: "Not this week."', 'wrote on Twitter during the night: "Watching …"': when the
quotation parses as no clause of the cue's own (a fragment, a bare noun phrase), the content ran
from the cue's next word to the quotation's end and kept the cue's adverb or its phrase of
medium, time or manner ('only: "…"', 'Twitter during the night: "…"'). A colon after words that
only modify the cue (adverbs, prepositional phrases, no verb, no object) sets the quotation off
as what was said: the content is the quotation (:func:`start_at_colon_quotation`). Probe54b.

How train writes them: of the reference's contents opening with words and a colon before a
quotation (session 52 counted 18), the gold starts at the quotation for 'responded with a smile:
"…"' (the one whose words are the cue's phrase) and at the words when they are the cue's object
('reveals a few relevant facts: "…"', 'emailed a link … with one sentence: "…"') or a clause:
those are left alone. The comma's case of a phrase of place or time is
:func:`.set_off_quotations.quotation_after_phrase`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsmine.nlp.attribution.set_off_quotations import quotation_after_mark
from newsmine.nlp.attribution.trailing_phrases import start_first_part_at

if TYPE_CHECKING:
    from newsmine.nlp.attribution.candidate import Candidate
    from newsmine.nlp.attribution.context import DocContext

__all__ = ["start_at_colon_quotation"]

# How the words before the colon hang on the cue word: its adverbs and its prepositional
# phrases ('only', 'on Twitter during the night', 'with a smile'); never an object or a clause.
_MODIFIER_DEPS = frozenset({"advmod", "prep", "npadvmod"})
# Parts of speech that make the words a clause or a predicate of their own.
_CLAUSE_POS = frozenset({"VERB", "AUX"})


def start_at_colon_quotation(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose content is the quotation after a colon when the words before
    the colon, from the content's start, only modify the cue word."""
    i = cand.trigger
    if (
        i < 0
        or cand.relation.startswith(("quote", "orphan"))
        or cand.trigger_char >= cand.start
        or len(cand.parts) != 1
    ):
        return cand
    start, end = cand.parts[0]
    first = ctx.token_at_char(start)
    if not 0 <= first < ctx.n or ctx.quote_of[first] >= 0:
        return cand
    colon = first
    while colon < ctx.n and ctx.idx[colon] < end and ctx.lower[colon] != ":":
        if ctx.quote_of[colon] >= 0 or ctx.pos[colon] in _CLAUSE_POS or not _modifies_cue(ctx, colon, i):
            return cand
        colon += 1
    if colon == first or colon >= ctx.n or ctx.idx[colon] >= end:
        return cand
    quotation = quotation_after_mark(ctx, colon, end)
    return cand if quotation < 0 else start_first_part_at(ctx, cand, quotation)


def _modifies_cue(ctx: DocContext, t: int, cue: int) -> bool:
    """Whether token ``t`` lies in an adverb or a prepositional phrase hung on cue word ``cue``
    (punctuation inside the phrase included)."""
    while ctx.head[t] != cue:
        if ctx.head[t] == t:
            return False
        t = ctx.head[t]
    return ctx.dep[t] in _MODIFIER_DEPS
