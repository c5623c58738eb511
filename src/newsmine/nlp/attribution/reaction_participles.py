"""A kept content ends before the writer's participle telling what the report drew from others
(', drawing sharp questions from Republicans', ', prompting a walkout', ', sparking jeers').

'told the committee that agents had found "no evidence of intent" …, drawing sharp questions
from Republicans who …': the parse hangs the participle on the reported clause's verb, so the
content ran on to the sentence's end, yet the participle is the writer's account of how the
words were received, not the speaker's. On PolNeAR train (session 51, main's records) every
kept content running on over ', drawing …' had its gold content stop before the comma (6 of
6: 'drawing boos from the crowd', 'drawing a sharp reply from Khan', 'drawing a fresh round of
comparisons …'). Only verbs of a reaction drawn ('draw', 'prompt', 'spark', 'provoke',
'trigger', 'elicit') with an object of their own: 'drawing on data from …' (a source relied on)
and 'leaving him unqualified' or 'bringing its total to …' (where the gold keeps the participle
as often as not) stay in the content.
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.trailing_phrases import end_last_part_before, last_part_after_cue

__all__ = ["end_before_reaction_participle"]

# A reaction a report draws from its hearers: 'drawing boos', 'prompting a walkout'.
_REACTION_LEMMAS = frozenset({"draw", "prompt", "spark", "provoke", "trigger", "elicit"})


def end_before_reaction_participle(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose last part ends before the comma of a ', drawing …' participle
    (:data:`_REACTION_LEMMAS`, with a direct object, no quoted word) that runs to the content's
    end. Only a kept content after its cue word (a quotation ends at its closing mark)."""
    tokens = last_part_after_cue(ctx, cand)
    if tokens is None:
        return cand
    first, last = tokens
    for t in range(first + 2, last + 1):
        if ctx.tag[t] != "VBG" or ctx.lemma[t] not in _REACTION_LEMMAS or ctx.lower[t - 1] != ",":
            continue
        if ctx.right[t] < last or ctx.quote_of[t] >= 0:
            continue
        if not any(ctx.dep[c] == "dobj" for c in ctx.children[t]):
            continue  # 'drawing on data from …', 'drawing near'
        if any(ctx.quote_of[j] >= 0 for j in range(t, last + 1)):
            continue  # the speaker's words ride on it
        return end_last_part_before(ctx, cand, t - 1)
    return cand
