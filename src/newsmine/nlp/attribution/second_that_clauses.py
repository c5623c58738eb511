"""A kept content runs on over a second 'that' clause the parse hung on a word of the content.

'Carson defended his campaign, telling reporters that "we tell the truth, we deal with the
issues" and that he had seen steady support from voters'; 'Lynch announced that Clinton would
face some punishment, but that her conduct did not rise to a crime': 'and that …' / 'but that
…' right after a reported clause is the cue's second complement — the source said both, and
PolNeAR's content runs over both. :mod:`~newsmine.nlp.attribution.that_conjuncts` carries the
content on when the parse makes the second clause's verb a conjunct of the cue word; the parse
as often makes it a conjunct of a verb inside the first clause ('deal', 'face'), and then the
content's candidate stopped before 'and' (at its closing quotation mark, often) and the second
clause was left alone or kept as a report of its own ('he had seen steady support' with 'seen'
as its cue).

Here the verb the 'that' marks (a subject of its own, a conjunct) may hang on the cue word or
on any word of the content; only 'and' / 'but' and punctuation (the content's closing mark, a
comma) stand between the content and 'that'. The content is carried to the end of that verb's
phrase, and stops before a semicolon, a colon or a spaced dash in it ('…, and that it was now
recovering - though economists doubted it': the writer's aside), and before a comma after its
verb: what follows is the writer's tail or another report (', adding that …', ', the third this
year', ', according to the minutes', ', the chief said'), which the stages before this one cut
from a content but which this one would carry in. A verb hung on a word outside
the content (another report's clause: 'makes clear that he is being polite and showing
"respect", and that he …', where the outer 'makes clear' owns both) is left alone, as is a
demonstrative 'that' ('…, but that group voted …': not a 'mark').

PolNeAR train (session 52, direct52b): of the kept contents followed by 'and/but that' with
'that' a complementizer, the gold runs over the second clause in all five (one stopping at a
dash); the stage changes 3 kept contents, all to their gold content (1 direct quote gained, 2
contents made exact), none worse.
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import CLAUSE_SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.trailing_phrases import end_last_part_before, last_part_after_cue

__all__ = ["over_second_that_clause"]

_CONJUNCTIONS = frozenset({"and", "but"})
# What ends the carried clause: the writer's aside or a second sentence part after it.
_STOPS = frozenset({";", ":", "—", "–", "--"})
# How a cue word hangs on a word it completes ('to say' on 'went', 'to point out' on 'quick',
# 'quick' on 'are'): the second clause hung there is still the cue's.
_CUE_UNDER = frozenset({"xcomp", "acomp"})


def over_second_that_clause(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose last part runs on to the end of a 'that' clause conjoined to
    the cue word or to a word of the content right after it (:mod:`module docstring
    <newsmine.nlp.attribution.second_that_clauses>`). Only contents after their cue word."""
    tokens = last_part_after_cue(ctx, cand)
    if tokens is None:
        return cand
    mark = _that_after(ctx, tokens[1])
    if mark < 0:
        return cand
    v = ctx.head[mark]
    if v <= mark or ctx.dep[v] != "conj" or ctx.pos[v] not in ("VERB", "AUX"):
        return cand
    if not any(ctx.dep[c] in CLAUSE_SUBJECT_DEPS for c in ctx.children[v]):
        return cand
    if not _hangs_on_report(ctx, cand, ctx.head[v]):
        return cand
    stop = ctx.right[v] + 1
    for t in range(mark + 1, stop):
        if ctx.quote_of[t] >= 0:
            continue
        if ctx.lower[t] in _STOPS or _spaced_hyphen(ctx, t) or (ctx.lower[t] == "," and t > v):
            stop = t
            break
    return end_last_part_before(ctx, cand, stop)


def _that_after(ctx: DocContext, last: int) -> int:
    """The complementizer 'that' after token ``last`` with only punctuation and one 'and' /
    'but' between (',” and that', '" but that', ', and that'), or -1."""
    conjunction = False
    for t in range(last + 1, min(ctx.n, last + 5)):
        word = ctx.lower[t]
        if word == "that":
            return t if conjunction and ctx.dep[t] == "mark" else -1
        if word in _CONJUNCTIONS and not conjunction:
            conjunction = True
        elif not ctx.punct[t] or word in _STOPS:
            return -1
    return -1


def _hangs_on_report(ctx: DocContext, cand: Candidate, h: int) -> bool:
    """Whether token ``h`` (what the second clause's verb is a conjunct of) is the cue word, a
    word the cue word is the complement of ('went out of his way to say that …', 'are quick
    to point out that …': the parse hangs the second clause on the sentence's root), or a word
    of the content: the same report goes on."""
    i = cand.trigger
    while True:
        if h == i:
            return True
        if ctx.dep[i] not in _CUE_UNDER or ctx.head[i] == i:
            break
        i = ctx.head[i]
    at = ctx.idx[h]
    return any(s <= at < e for s, e in cand.parts)


def _spaced_hyphen(ctx: DocContext, t: int) -> bool:
    """A hyphen with a space before it, typed for a dash ('recovering - though')."""
    return ctx.lower[t] == "-" and ctx.text[ctx.idx[t] - 1 : ctx.idx[t]].isspace()
