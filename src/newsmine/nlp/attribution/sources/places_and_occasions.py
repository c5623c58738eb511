"""Subjects the parse gave a cue that name no speaker, and the speaker instead: a place or a lone
word opening the sentence ('Outside court, the victim's mother, …, said':
:func:`_opening_place_phrase`), an occasion given to a participle ('The first incident came
during a speech, when protesters interrupted her, shouting': :func:`_subject_before_participle`,
:data:`_OCCASION_NOUNS`), spoken words a participle tells what their speaker did in ('his
speech praising her': :func:`_speech_doing`). Split from :mod:`.subject` (session 51), whose
:func:`~.subject.subject_of` asks them.
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import NOMINAL_POS, SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.sources.words import (
    _document_family,
)

# Prepositions of place the parser reads as adjectives before a bare noun ("Outside court").
_PLACE_PREPOSITIONS = frozenset({"outside", "inside"})
# Adverbs of place and time that open a sentence before its subject ("Backstage, one model, …").
_OPENING_ADVERBS = frozenset({
    "backstage", "offstage", "afterward", "afterwards", "later", "earlier", "meanwhile", "nearby", "downstairs",
    "upstairs", "overseas", "abroad", "outside", "inside", "today", "yesterday", "tonight",
})  # fmt: skip


def _opening_place_phrase(ctx: DocContext, subject: int) -> int:
    """'Outside court, the victim's mother, Grace Adeyemi, said …': a sentence opening with a
    preposition of place before a bare singular noun, read as an adjective, makes the place
    the subject, and the speaker after the comma its apposition (or conjunct). The speaker is
    the noun phrase after the comma (then its name, :func:`_named_in_apposition`); else -1.
    With a determiner ('Outside the courthouse, …') the parse reads a preposition and finds
    the speaker itself. So does a lone word that names nobody, before its comma ('Backstage,
    one model, who …, said'), and a participle read as the subject's adjective ('Opening Prime
    Minister's Questions, the Leader of the Opposition, …')."""
    first = ctx.left[subject]
    # 'Backstage, one model, …, said': a lone opening word that names nobody (an adverb of
    # place or time, which the small parser tags a name or an interjection) taken for the subject.
    lone_word = first == subject and (ctx.pos[subject] not in NOMINAL_POS or ctx.lower[subject] in _OPENING_ADVERBS)
    placed = ctx.tag[subject] == "NN" and first == subject - 1 and ctx.dep[first] == "amod" and ctx.lower[first] in _PLACE_PREPOSITIONS
    # 'Opening Prime Minister's Questions, the Leader of the Opposition, …, accused': a
    # participle opening the sentence, read as an adjective of the name it takes as object (not
    # of a person's name: 'Leading Democrat Ann Cole, a senator, said' is Cole's)
    opening = first < subject and ctx.tag[first] == "VBG" and ctx.dep[first] in ("amod", "compound") and ctx.ent[subject] != "PERSON"
    if not (lone_word or placed or opening):
        return -1
    if first != ctx.sent_bounds[ctx.sent_of[subject]][0] or subject + 1 >= ctx.n or ctx.lower[subject + 1] != ",":
        return -1
    after = [c for c in ctx.children[subject] if ctx.dep[c] in ("appos", "conj") and ctx.left[c] == subject + 2]
    return after[0] if after and ctx.quote_of[after[0]] < 0 else -1


def _subject_before_participle(ctx: DocContext, occasion: int, i: int) -> int:
    """'The first incident came during a speech, when protesters interrupted her, shouting
    "…"', 'He sent out an email as the meeting began, vowing to …': a participle the parse
    gave an occasion for subject (an incident, a meeting, a vote, 'at one point') speaks for
    the nearest other subject before it in its sentence, outside quotation marks; with none,
    the occasion stays."""
    start = ctx.sent_bounds[ctx.sent_of[i]][0]
    for j in range(i - 1, start - 1, -1):
        if (
            j != occasion
            and ctx.dep[j] in SUBJECT_DEPS
            and ctx.pos[j] in NOMINAL_POS
            and ctx.quote_of[j] < 0
            and ctx.lower[j] not in ("it", "there")
            and ctx.lemma[j] not in _OCCASION_NOUNS
        ):
            return j
    return occasion


def _speech_doing(ctx: DocContext, speech: int, i: int) -> bool:
    """'… comments Ruiz made during a speech attacking the mayor', 'he spent much of his speech
    praising her': a participle hung on a word of spoken words (a speech, remarks, an
    interview: lexicons/document_nouns.txt's speech family) tells what the speaker did in
    them; words spoken do not act of themselves, as a written statement or an ad is said to.
    On PolNeAR train's gold cues, 3 sources gained, none lost."""
    return ctx.head[i] == speech and ctx.dep[i] == "acl" and _document_family(ctx, speech) == "speech"


# Nouns of occasions and moments, which never speak: a participle given one of them as
# subject speaks for another subject of its sentence (:func:`_subject_before_participle`).
_OCCASION_NOUNS = frozenset(
    "incident episode fracas meeting rally event session vote caucus point moment conversation run-up visit ceremony gathering".split()
)
