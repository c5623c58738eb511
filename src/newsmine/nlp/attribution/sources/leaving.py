"""Who speaks for a participle after the object of 'leave': the object when it was left doing
something ('The vote left many islanders wondering …'), the subject of 'leave' when the object
is what the subject left — a place, an event, a body's building ('The senator left the hearing
saying …', 'left the White House saying …').

'Leave' is both a causative ('left 62 percent of voters saying': leftovers63) and a verb of
departing (review63a), and the parse hangs the participle either on the verb (`advcl`, `xcomp`)
or on the object as its modifier (`acl`, 'the hearing saying'), whichever reading it is; so the
same test of the object decides both shapes (leftovers64).
"""

from __future__ import annotations

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import NOMINAL_POS, DocContext
from newsmine.nlp.attribution.cues import cue_category
from newsmine.nlp.attribution.sources.clauses import _PEOPLE_QUANTIFIERS
from newsmine.nlp.attribution.sources.sourceless_cues import _SAYING_CATEGORIES
from newsmine.nlp.attribution.sources.speaking_heads import can_speak


def _left_doing(ctx: DocContext, participle: int) -> int:
    """'The killings have left 62 percent of voters saying …', 'has left many Republicans,
    including his supporters, wondering what he believes': a participle right after the object
    of 'leave' says what the object was left doing, so it speaks for the object, as 'leaving
    many to wonder' does (:func:`clauses._object_controller`; leftovers63, PolNeAR train: 2
    sources right, in two publishers; 'leave it thinking', the one lost, is kept out by its
    pronoun of a thing). Only right after the object, or after a comma that closes a phrase set
    off inside it: 'The council left the room, saying …' and 'left no doubt of his support,
    saying …' are the subject's. The object; else -1."""
    verb = ctx.head[participle]
    if ctx.tag[participle] != "VBG" or ctx.lemma[verb] != "leave" or ctx.pos[verb] != "VERB":
        return -1
    obj = ctx.child(verb, {"dobj"})
    if obj < 0 or not verb < obj < participle or ctx.quote_of[obj] >= 0 or ctx.pos[obj] not in NOMINAL_POS:
        return -1
    if ctx.lower[obj] in _THINGS_LEFT:
        return -1  # 'You could leave it thinking that …': a thing thinks nothing (train's one loss)
    if _departed_from(ctx, verb, obj, participle):
        return -1  # 'Ms. Ortiz left the courthouse saying …': a place she left, not a speaker
    end = ctx.right[obj]
    if end == participle - 1:
        return obj
    set_off = any(ctx.lower[k] == "," for k in range(ctx.left[obj], end + 1))
    return obj if end == participle - 2 and ctx.lower[participle - 1] == "," and set_off else -1


def _subject_leaving(ctx: DocContext, participle: int) -> int:
    """'The senator left the hearing saying "…"', 'He left the hearing saying …': the parse
    hangs the participle on the object as its modifier (`acl`), which makes the hearing the
    speaker; when the object is what the subject left (:func:`_departed_from`), the participle
    is the subject's, as it is when the parse hangs it on the verb. A subject outside quotation
    marks. The subject of 'leave'; else -1. Near miss kept: 'A report left on the desk saying
    "…"' (the report's: 'left' is its modifier and has no object)."""
    obj = ctx.head[participle]
    verb = ctx.head[obj]
    if ctx.tag[participle] != "VBG" or ctx.dep[participle] != "acl" or ctx.dep[obj] != "dobj":
        return -1
    if ctx.lemma[verb] != "leave" or ctx.pos[verb] != "VERB" or not verb < obj < participle:
        return -1
    subject = _leaver(ctx, verb)
    if subject < 0 or ctx.quote_of[subject] >= 0 or ctx.quote_of[obj] >= 0:
        return -1
    if not _departed_from(ctx, verb, obj, participle):
        return -1
    return subject


def _departed_from(ctx: DocContext, verb: int, obj: int, participle: int) -> bool:
    """Whether the object ``obj`` of 'leave' (``verb``) is what the subject left, not people
    left doing the ``participle``: no one who can speak (:func:`_left_people`: a place's name,
    'the hearing', 'the stage'), or a body — its name or a noun of bodies ('the White House',
    'the office'), neither counted nor plural — left by a subject who can speak, saying or
    writing something: 'The governor left the White House saying …' is the governor's, while
    'The ruling left the council scrambling' (a thing as subject, the causative) stays the
    council's. A body is left thinking as often as people are, whoever left it: 'The president
    left Congress wondering whether he would sign', 'Ortiz left the White House scrambling to
    explain' are the causative's (review64b: leftovers64's body rule took them for the subject).
    A body is a noun of the lists ('the legislature', 'the assembly': intl64b, the lists lacked
    them and 'The governor left the legislature guessing' was a place left); a building is not:
    'The governor left the capitol guessing' stays the governor's, since a building guesses
    nothing and the one reading that can speak is the governor leaving it."""
    if not _left_people(ctx, obj):
        return True
    body = ctx.ent[obj] == "ORG" or ctx.lemma[obj] in lexicons.load("organisation_nouns")
    if not body or _counted(ctx, obj) or ctx.tag[obj] in ("NNS", "NNPS"):
        return False
    if cue_category(ctx.lemma[participle], False) not in _SAYING_CATEGORIES:
        return False
    subject = _leaver(ctx, verb)
    return subject >= 0 and can_speak(ctx, subject, documents=False)


def _leaver(ctx: DocContext, verb: int) -> int:
    """The subject of 'leave' at ``verb``, or of the verb it is coordinated with when it has
    none of its own: 'Ruiz spoke for an hour and left the hearing saying …' (review64b; the
    hearing had spoken). -1 when neither has one."""
    subject = ctx.child(verb, {"nsubj"})
    if subject < 0 and ctx.dep[verb] == "conj":
        subject = ctx.child(ctx.head[verb], {"nsubj"})
    return subject


# Pronouns of a thing, which is left in a state but says nothing.
_THINGS_LEFT = frozenset({"it", "this", "that"})


def _left_people(ctx: DocContext, obj: int) -> bool:
    """Whether the object ``obj`` of 'leave' names people who can be left saying something:
    one who can speak (:func:`can_speak`, no document, no place's name), the people of a
    counted partitive ('62 percent of voters': 'percent' speaks for no one, 'voters' do), or a
    counted plural ('many islanders', 'thousands of families', nouns the lists lack). A partitive
    that counts nothing is read by its head ('left the hearing of the committee saying').
    'Leave' is as often leaving a place ('The senator left the hearing saying …',
    'Ruiz left the stage vowing …'), whose participle is the subject's (review63a)."""
    if ctx.ent[obj] in _PLACE_ENTS:
        return False
    if can_speak(ctx, obj, documents=False):
        return True
    if _counted(ctx, obj):
        of = ctx.child(obj, {"prep"})
        people = ctx.child(of, {"pobj"}) if of >= 0 and ctx.lower[of] == "of" else -1
        return people >= 0 and can_speak(ctx, people, documents=False) or ctx.tag[obj] in ("NNS", "NNPS")
    return False


def _counted(ctx: DocContext, noun: int) -> bool:
    """Whether ``noun`` is a count or a counted plural: '62 percent', 'thousands', 'many
    islanders' (a number or a quantifier on it, or the recogniser's number)."""
    if ctx.ent[noun] in ("PERCENT", "CARDINAL"):
        return True
    return any(ctx.dep[c] == "nummod" or ctx.lower[c] in _PEOPLE_QUANTIFIERS for c in ctx.children[noun])


# The recogniser's places, which one leaves ('left Washington saying …').
_PLACE_ENTS = frozenset({"GPE", "FAC", "LOC"})
