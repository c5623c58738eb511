"""Who can speak, for the inversions after a comma that the verb's grammar alone does not tell.

'The plan will pass, predicted the mayor.' — the parse joins 'predicted' to 'pass' as the second
verb of a series, as it joins 'announced' to 'said' in 'The governor said the budget was balanced,
announced the cuts.'; 'Prices will rise, warned Ana Ruiz, …' reads 'warned' with whom it warns
after it, as in '…, warned residents.' The two readings have the same parse; what tells them apart
is who can say something. A series verb shares the subject of the verb before it, so that subject
speaks ('The governor'); an inverted verb has its speaker after it, so that noun speaks ('the
mayor', 'Ana Ruiz'), and the subject before is the content's ('The plan', 'Prices'). Only a noun
after the verb that can speak, with a subject before it that cannot (or none), is an inversion.
"""

from __future__ import annotations

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.sources.words import _SPEAKING_NOUN_LEXICONS, _document_family

# Entities that name someone who can say something: a person, a body, a people; the recogniser
# tags some outlets a building or a place ('the Harbor Gazette' FAC, 'Politico' GPE).
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})

# Verbs of telling that may stand inverted with no one addressed ('…, warned the mayor.',
# '…, reminded Ruiz.'); 'told', 'informed', 'briefed' always name whom they address.
_INVERTIBLE_TELLING = frozenset({"warn", "advise", "assure", "remind"})


def can_speak(ctx: DocContext, j: int, documents: bool = True) -> bool:
    """Whether word ``j``, a noun phrase's head, names someone who can say something: a proper
    noun, a pronoun, a person's, body's or people's entity, or a noun of the lists of bodies,
    people, titles and anonymous sources ('the mayor', 'the union', 'an aide'), or of documents
    when ``documents`` ('the report'); not a thing ('the cuts', 'prices'). A document before an
    inverted verb is as often what is spoken of ('The plan will pass, predicted the mayor.')."""
    if ctx.pos[j] in ("PROPN", "PRON") or ctx.ent[j] in _SPEAKER_ENTS:
        return True
    if _document_family(ctx, j) is not None:
        return documents
    return any(
        ctx.lower[j] in lexicons.load(name) or ctx.lemma[j] in lexicons.load(name) for name in _SPEAKING_NOUN_LEXICONS
    )


def unsure_inversion(ctx: DocContext, i: int) -> bool:
    """Whether cue ``i`` after a comma reads as inverted only if who can speak says so
    (:func:`inverted_by_who_speaks`): a verb the parse joins to the one before it as a series,
    or a verb of telling that may have whom it addresses after it."""
    return ctx.dep[i] == "conj" or ctx.lemma[i] in _INVERTIBLE_TELLING


def inverted_by_who_speaks(ctx: DocContext, i: int, subject: int, after: int) -> bool:
    """Whether cue ``i`` (:func:`unsure_inversion`) is inverted, its speaker ``after`` it: that
    noun can speak, the verb's subject before it (``subject``, -1 if none) is no person or body,
    and no
    coordinator joins the verb to a series ('…, praised Trump, and left': a series however its
    nouns read)."""
    if after < 0 or not can_speak(ctx, after) or (0 <= subject < i and can_speak(ctx, subject, documents=False)):
        return False
    head = ctx.head[i]
    return not any(ctx.dep[c] == "cc" for c in (*ctx.children[i], *ctx.children[head]))
