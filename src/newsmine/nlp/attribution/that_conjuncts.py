"""A kept content runs on over a second 'that' clause the parse hung on the cue.

'The governor said the country needs to secure its border, but that he would not support mass
deportation': the second clause is the cue's second complement (the source said both), and
PolNeAR's content runs over it, but the parse often makes 'support' a conjunct of 'said'
rather than of 'needs', so the content stopped at 'border'. When the cue word has a conjunct
verb after the content, with a subject of its own and the complementizer 'that' right after
'and' / 'but' (',' allowed), and nothing but that punctuation and conjunction between the
content and 'that', the content's last part is carried to the end of that verb's phrase.
A demonstrative ('…, but that group was …', 'and that's it') is a subject or determiner, not
a 'mark', and is left alone. PolNeAR train (session 27, content9): 8 kept contents changed,
5 new matches (4 exact), 3 matches made exact, none farther.
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import CLAUSE_SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.trailing_phrases import end_last_part_before

__all__ = ["with_that_conjunct"]

_CONJUNCTIONS = frozenset({"and", "but"})


def with_that_conjunct(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose last part runs on to the end of a 'that' clause conjoined to
    the cue word right after the content (:mod:`module docstring
    <newsmine.nlp.attribution.that_conjuncts>`). Only contents after their cue word, outside
    quotations."""
    i = cand.trigger
    if i < 0 or cand.relation.startswith(("quote", "orphan")):
        return cand
    start, end = cand.parts[-1]
    if cand.trigger_char >= start:
        return cand
    last = ctx.token_at_char(end - 1)
    for v in ctx.children[i]:
        if v <= last or ctx.dep[v] != "conj" or ctx.pos[v] not in ("VERB", "AUX"):
            continue
        mark = ctx.left[v]
        if ctx.lower[mark] != "that" or ctx.dep[mark] != "mark" or ctx.head[mark] != v:
            continue
        if not any(ctx.dep[c] in CLAUSE_SUBJECT_DEPS for c in ctx.children[v]):
            continue
        between = range(last + 1, mark)
        if not any(ctx.lower[t] in _CONJUNCTIONS for t in between):
            continue
        if any(not ctx.punct[t] and ctx.lower[t] not in _CONJUNCTIONS for t in between):
            continue
        if any(ctx.quote_of[t] >= 0 for t in range(last + 1, ctx.right[v] + 1)):
            continue
        return end_last_part_before(ctx, cand, ctx.right[v] + 1)  # (here after the part's old end)
    return cand
