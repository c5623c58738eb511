"""Chants: a quotation named by the noun before it ('their chants of "Ted! Ted!"', 'was met
with chants of "Trump, Trump, Trump"', 'a thunderous chant of "Feel the Bern!"') or right
after it ('drawing loud jeers and "Bernie!" chants', 'their "Lock her up" chants': the
quotation as the noun's modifier; session 48, train's one such chant had no quote at all).

A crowd's chant is its words, and PolNeAR annotates it as an attribution whatever verb the
sentence has: on PolNeAR train every quotation written right after 'chant', 'chants of',
'chanting' or 'chanted' is (part of) a gold content, 18 of 18. The cue-driven
choice keeps those a verb introduces ('the crowd chanted "Lock her up!"'), but not those a
noun names: the noun is no cue word of the candidates. A short chant is no orphan quotation
either (:mod:`~.orphans`), and a long one ('chants of "Lock her up! Lock her up!"') would be
one, given to the speaker quoted before it or to a word of its sentence: so chants are taken
before orphans (:func:`~newsmine.nlp.attribution.decide.decide`). Here the noun is the cue and its possessor ('their')
the source, else the subject of a verb producing the chant ('the activists joined in a chant
of "…"', 'led a chant of'); other verbs' subjects hear the chant ('Amid chants of "…", Trump
took the stage'), and a chant without its chanters is a crowd's, left without a speaker as
the gold leaves it.
'cries of "…"' is left out: the one on train is part of a writer's longer gold content.
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidates import Candidate, Intervals
from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.orphans import ORPHAN_MIN_WORDS

__all__ = ["chant_quotations"]

# Nouns naming a crowd's words written after them in quotation marks.
_CHANT_NOUNS = frozenset({"chant"})
_NOUN_TAGS = frozenset({"NN", "NNS"})
# The opening mark and a comma before it ('chants of, "…"'): every mark that opens a quotation
# (:mod:`~newsmine.nlp.quote_marks`: straight, curly, low '„', guillemet '«', doubled single).
_BEFORE_MARK = frozenset({",", '"', "“", "``", "„", "«", "''"})
# Verbs whose subject chants: joining in the chant ('joined in', 'broke into', 'erupted in')
# or leading it as the object ('led a chant of', 'started', 'struck up'), or taking it up
# again ('the crowd reprised the chant "…"', 'repeated', 'resumed', 'renewed'). Other verbs'
# subjects hear the chant ('took the stage amid chants of', 'drew chants of').
_JOINING_VERBS = frozenset({"join", "break", "erupt", "burst"})
_JOINING_PREPOSITIONS = frozenset({"in", "into"})
_LEADING_VERBS = frozenset({"lead", "start", "begin", "raise", "strike", "reprise", "repeat", "resume", "renew"})


def chant_quotations(ctx: DocContext, chosen: list[Candidate], min_words: int = ORPHAN_MIN_WORDS) -> list[Candidate]:
    """``chosen`` plus a quote for each quotation no chosen content touches that a chant noun
    names right before it ('chants of "…"', 'the chant "…"'), in text order.

    A chant is a quotation no cue word covers, like an orphan (:mod:`~.orphans`), and obeys
    the orphans' setting the way a short orphan opening its sentence does: by default any
    chant of a word or more; ``min_words`` raised by k asks for more than k words, so raising
    it far turns the chants off with the orphans."""
    taken = Intervals()
    for cand in chosen:
        taken.add(cand)
    added = []
    for k, stretch in enumerate(ctx.stretches):
        if taken.overlapping(stretch.inner_start, stretch.inner_end):
            continue
        if len(ctx.text[stretch.inner_start : stretch.inner_end].split()) <= min_words - ORPHAN_MIN_WORDS:
            continue
        noun, cue_end = _chant_noun(ctx, k)
        before = -1  # the chant noun comes after the quotation: its possessor may stand before it
        if noun < 0:
            noun = _chant_noun_after(ctx, k)
            if noun < 0:
                continue
            cue_end, before = noun + 1, _possessive_before(ctx, k)
        source = _chanters(ctx, noun)
        if source < 0:
            source = before
        added.append(Candidate(noun, ctx.idx[noun], (noun, cue_end), list(stretch.pieces), "chant", source, quoted_share=1.0))
    if not added:
        return chosen
    return sorted(chosen + added, key=lambda c: c.start)


def _chanters(ctx: DocContext, noun: int) -> int:
    """Who chants: the noun's possessor ('their chants of'), else the active subject of a
    verb that produces the chant: joining in it ('the activists joined in a chant of', 'broke
    into chants of'), leading it ('led a chant of', 'struck up a chant of') or taking it up
    again ('the crowd reprised the chant'); -1 otherwise ('was met with chants of', 'Amid
    chants of "…", Trump took the stage', 'walked onstage to chants of', 'drew chants of': the
    subject hears the chant, it does not chant)."""
    owner = ctx.child(noun, {"poss"})
    if owner >= 0:
        return owner
    verb = ctx.head[noun]
    if ctx.dep[noun] == "pobj":
        if ctx.lower[verb] not in _JOINING_PREPOSITIONS:
            return -1
        verb = ctx.head[verb]
        if ctx.lemma[verb] not in _JOINING_VERBS:
            return -1
    elif ctx.dep[noun] != "dobj" or ctx.lemma[verb] not in _LEADING_VERBS:
        return -1
    return ctx.child(verb, {"nsubj"}) if ctx.pos[verb] == "VERB" else -1


def _chant_noun(ctx: DocContext, k: int) -> tuple[int, int]:
    """The chant noun right before quotation ``k`` and the end of its cue ('chants of'), or
    (-1, -1): the word before the opening mark (a comma between allowed), or 'of' after the
    noun; in the quotation's paragraph. A quotation holding no whole token of its own ('0«0',
    one token to the parser) names no chant."""
    first, last = ctx.stretch_tokens[k]
    if first >= last:
        return -1, -1
    j = first - 1
    while j >= 0 and ctx.lower[j] in _BEFORE_MARK:
        j -= 1
    cue_end = j + 1
    if j >= 0 and ctx.lower[j] == "of":
        j -= 1
    if j < 0 or ctx.quote_of[j] >= 0 or ctx.para_of[j] != ctx.para_of[first]:
        return -1, -1
    if ctx.tag[j] not in _NOUN_TAGS or ctx.lemma[j] not in _CHANT_NOUNS:
        return -1, -1
    return j, cue_end


def _chant_noun_after(ctx: DocContext, k: int) -> int:
    """The chant noun right after quotation ``k`` that the quotation names ('drawing loud jeers
    and “BERNIE!” chants', 'the "Lock her up" chants grew louder'), or -1: the first word after
    the closing mark, with nothing between them, in the quotation's paragraph. A quotation
    closed by a comma is credited after it ('"Four more years," chants the crowd'): the word
    after it is the verb of its credit, however the tagger reads it, and no noun of chanting."""
    first, last = ctx.stretch_tokens[k]
    stretch = ctx.stretches[k]
    if first >= last or ctx.text[stretch.inner_start : stretch.inner_end].rstrip().endswith(","):
        return -1
    j = last
    while j < ctx.n and ctx.idx[j] < stretch.end:
        j += 1  # the closing mark
    if j >= ctx.n or ctx.quote_of[j] >= 0 or ctx.para_of[j] != ctx.para_of[first]:
        return -1
    if ctx.idx[j] != stretch.end and ctx.text[stretch.end : ctx.idx[j]].strip():
        return -1  # punctuation between the mark and the word
    if ctx.tag[j] not in _NOUN_TAGS or ctx.lemma[j] not in _CHANT_NOUNS:
        return -1
    return j


def _possessive_before(ctx: DocContext, k: int) -> int:
    """The possessive word right before quotation ``k``'s opening mark ('their "Keep the
    pier!" chants'), or -1: the parser hangs it on a word inside the quotation, not on the
    chant noun after it."""
    j = ctx.stretch_tokens[k][0] - 1
    while j >= 0 and ctx.lower[j] in _BEFORE_MARK:
        j -= 1
    if j < 0 or ctx.quote_of[j] >= 0:
        return -1
    if ctx.tag[j] == "PRP$":
        return j
    if ctx.tag[j] == "POS" and ctx.quote_of[ctx.head[j]] < 0:
        return ctx.head[j]  # "the dockers' "…" chants": the owner the possessive mark hangs on
    return -1
