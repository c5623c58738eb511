"""The speaker of words a passive of hearsay raises: 'The governor is reported to have called the
inspectors "lazy bureaucrats"', 'The minister is said to have described the deal as "a
surrender"'.

Why: the hearsay verb ('is reported', 'is said') reports that someone else tells of it and
names no teller; the words are the subject's, said through the infinitive's verb of speech.
:func:`~.raised_subjects.with_passive_subject` leaves such a content alone for that reason
('Not when the infinitive's own verb reports'), but the kept attribution is often the hearsay
verb's, with its content the infinitive ('to have called …') and no source, so the quotation
had no speaker. PolNeAR's gold gives it the subject ('President Barack Obama also is reported
to have called the Saudis "free riders"': Source 'President Barack Obama'); on train that is
the one attribution of the shape. Not a passive of telling ('was told to …': the subject is
the hearer), nor an infinitive of no speech ('is said to have fled'), nor a passive infinitive
('was reported to have been called "a liar" by his rival', 'is said to have been told …': the
subject is the one spoken of or to, review52b), nor a kept attribution with a source already.
"""

from __future__ import annotations

from dataclasses import replace

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import NOMINAL_POS, DocContext
from newsmine.nlp.attribution.cues import cue_category

__all__ = ["with_raised_speaker"]

# Passives that tell of hearsay and raise the one the hearsay is about: 'is said to', 'is
# reported to', 'is rumored to', 'is alleged to', 'is quoted … to' is 'quoted as' (another shape).
_HEARSAY_LEMMAS = frozenset({"say", "report", "rumor", "rumour", "allege", "believe", "understand", "think", "know"})
# What the infinitive's verb must report for the subject to be the words' speaker.
_SPEECH_CATEGORIES = frozenset({"speech", "writing"})
# Subjects that speak no words ('It is said to have …' opens a clause, not a speaker).
_NO_SPEAKER = frozenset({"it", "this", "there"})


def with_raised_speaker(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose source is the subject of its passive cue word of hearsay,
    when its content is that cue word's infinitive of a verb of speech and it has no source."""
    i = cand.trigger
    if cand.source >= 0 or i < 0 or len(cand.parts) != 1 or ctx.lemma[i] not in _HEARSAY_LEMMAS:
        return cand
    if ctx.tag[i] != "VBN" or not any(ctx.dep[c] == "auxpass" for c in ctx.children[i]):
        return cand
    inner = next((c for c in ctx.children[i] if c > i and ctx.dep[c] == "xcomp"), -1)
    if inner < 0 or cue_category(ctx.lemma[inner], False) not in _SPEECH_CATEGORIES:
        return cand
    if any(ctx.dep[c] == "auxpass" for c in ctx.children[inner]):
        return cand  # 'is reported to have been called "a liar" by his rival': the subject is spoken of
    start, end = cand.parts[0]
    if not start <= ctx.idx[inner] < end:
        return cand  # the content is not the infinitive's
    subject = ctx.child(i, {"nsubjpass"})
    if subject < 0 or subject > i or ctx.pos[subject] not in NOMINAL_POS or ctx.lower[subject] in _NO_SPEAKER:
        return cand
    return replace(cand, source=subject)
