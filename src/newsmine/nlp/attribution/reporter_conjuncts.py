"""A kept content ends before ', and she asked …': a clause conjoined to the content's last verb
whose subject is the cue's own source again.

'She said that if elected she would sign a jobs bill in her first 100 days, and she asked the
crowd to hold her to it': the parse hangs 'asked' on 'sign', so the content ran on over what the
source went on to do; the subject pronoun repeating the cue's subject, the verb in the cue's
form and the comma before the conjunction make it the writer's narration, not the reported
words. :mod:`~newsmine.nlp.attribution.cue_conjuncts` cuts such a conjunct only without a
subject of its own. On PolNeAR train (session 51, main's records) the kept contents running on
over ', and he …' after a person named as the cue's subject stopped before it in the gold 3
times of 3 ('Rubio … said the real extremist on abortion is Hillary Clinton, and he railed
against …', "but he gave the Texan a back-handed compliment"); where a person is named inside
the content ('Clinton praised her "wonderful donors" …, and she asked the bankers …'), the pronoun
may be that person and the gold keeps the clause: left alone.
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import NOUN_SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.trailing_phrases import end_last_part_before, last_part_after_cue

__all__ = ["end_before_reporter_conjunct"]

_PERSON_PRONOUNS = frozenset({"he", "she"})
_CONJUNCTIONS = frozenset({"and", "but"})


def end_before_reporter_conjunct(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose last part ends before the comma of ', and he/she/they V …'
    closing it: ``V`` conjoined to a verb of the content, in the cue word's form, its subject a
    pronoun that repeats the cue's subject (the same pronoun, or he/she after a person's name),
    no person named in the content before it and no quoted word in the conjunct."""
    tokens = last_part_after_cue(ctx, cand)
    if tokens is None:
        return cand
    first, last = tokens
    cue = cand.trigger
    source = next((c for c in ctx.children[cue] if ctx.dep[c] in NOUN_SUBJECT_DEPS and c < cue), -1)
    if source < 0:
        return cand
    for v in range(first + 3, last + 1):
        if ctx.dep[v] != "conj" or ctx.pos[v] != "VERB" or ctx.tag[v] != ctx.tag[cue] or not first <= ctx.head[v] < v:
            continue
        subject = next((c for c in ctx.children[v] if ctx.dep[c] in NOUN_SUBJECT_DEPS and c < v), -1)
        if subject < 1 or subject != v - 1 or not _repeats_source(ctx, source, subject):
            continue
        cc = subject - 1
        if ctx.lower[cc] not in _CONJUNCTIONS or ctx.lower[cc - 1] != "," or cc - 1 <= first:
            continue
        if ctx.right[v] < last and not all(ctx.punct[t] for t in range(ctx.right[v] + 1, last + 1)):
            continue  # the conjunct must close the content
        if any(ctx.quote_of[t] >= 0 for t in range(cc, last + 1)):
            continue  # the speaker's words ride on it
        if any(ctx.ent[t] == "PERSON" for t in range(first, cc)):
            continue  # the pronoun may stand for the person the content names
        return end_last_part_before(ctx, cand, cc - 1)
    return cand


def _repeats_source(ctx: DocContext, source: int, subject: int) -> bool:
    """Whether pronoun ``subject`` repeats the cue's subject ``source``: the same pronoun
    ('She said … and she asked'), or he / she after a person's name ('Rubio said … and he
    railed')."""
    word = ctx.lower[subject]
    if ctx.pos[subject] != "PRON":
        return False
    if ctx.pos[source] == "PRON":
        return ctx.lower[source] == word
    return word in _PERSON_PRONOUNS and ctx.ent[source] == "PERSON"
