"""A noun content runs on over the list a colon after it opens.

'reiterated many of the campaign pledges he's been making for months: rebuilding the military,
taking care of veterans, …', 'endorsed one of their preferred methods for stopping Trump:
freeing all the delegates …', 'offered a glimpse of the figure he would like to become: a
politician who …': the colon opens what the noun names, and PolNeAR's content takes the noun
with its list; the kept content stopped at the colon. Only a content that is one noun phrase
(its words the phrase of one noun), when the words after the colon up to the sentence's end
hold no verb of their own but inside a relative clause ('a politician who uses …') and no
quotation: a sentence after a colon ('his most valuable asset: After all, who helped make
him …', 'anxiety: Their fear that Mr. Trump could …') is the writer's. PolNeAR train
(session 28, content10): 6 kept contents changed, 5 nearer the gold (3 new matches, 2 matches
made exact), 1 farther (a strategy 'to achieve what scientists think is necessary: ending …',
where the gold is the inner report only).
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import FINITE_VERB_OR_MODAL_TAGS, DocContext
from newsmine.nlp.attribution.trailing_phrases import end_last_part_before, last_part_after_cue

__all__ = ["with_colon_list"]

_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})


def with_colon_list(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose last part runs on over the list a colon right after it opens
    (:mod:`module docstring <newsmine.nlp.attribution.colon_lists>`). Only contents after their
    cue word, outside quotations."""
    tokens = last_part_after_cue(ctx, cand)
    if tokens is None:
        return cand
    first, last = tokens
    colon = last + 1
    if colon >= ctx.n or ctx.lower[colon] != ":" or ctx.para_of[colon] != ctx.para_of[last]:
        return cand
    noun = next((t for t in range(first, last + 1) if ctx.left[t] == first and ctx.right[t] == last), -1)
    if noun < 0 or ctx.pos[noun] not in ("NOUN", "PROPN", "PRON", "NUM"):
        return cand  # one noun phrase ('the media for ignoring them' hangs 'for' on the cue)
    stop = colon + 1
    while stop < ctx.n and ctx.para_of[stop] == ctx.para_of[colon] and ctx.lower[stop] not in _SENTENCE_ENDS:
        stop += 1
    after = range(colon + 1, stop)
    if not any(not ctx.punct[t] for t in after) or any(ctx.quote_of[t] >= 0 for t in after):
        return cand
    for t in after:
        if ctx.tag[t] in FINITE_VERB_OR_MODAL_TAGS and not _in_relative_clause(ctx, t, colon):
            return cand  # a sentence of the writer's after the colon
    return end_last_part_before(ctx, cand, stop)


def _in_relative_clause(ctx: DocContext, t: int, colon: int) -> bool:
    """Whether ``t`` is inside a relative clause hung on a word after ``colon``."""
    while t != ctx.head[t] and t > colon:
        if ctx.dep[t] == "relcl":
            return True
        t = ctx.head[t]
    return False
