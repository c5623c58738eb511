"""A speaker written after its verb, which the parse did not take for the subject.

'"…," said Jane Doe' with the name parsed as the object, 'Said Ellis: …' with the verb parsed
as a compound, '"…," wrote a retired teacher' with the quotation as the subject, '"…," said
David Brock, a Clinton confidant who heads …' with the name the subject of a later word, ',"
said Oversight ranking Democrat Elijah Cummings' with a title before the name; and, after a
closing quotation, the name right before the verb the parse cut off ('…," harbour police Chief
Ana Ruiz said Monday'). Whether the verb stands where a speaker may follow it
(:func:`_inverted_position`) is asked by the source checks too (:mod:`~.subject`).
"""

from __future__ import annotations

from collections.abc import Callable

from newsmine.nlp.attribution.context import FINITE_VERB_TAGS, NOMINAL_POS, PRONOUN_WORDS, SPEAKER_ENTITIES, DocContext
from newsmine.nlp.attribution.sources.set_off_subjects import _before_verb
from newsmine.nlp.attribution.sources.words import _ADDRESSEE_CUES, _TIME_ENTS


def _inverted_subject(ctx: DocContext, i: int) -> int:
    """'"Too late," wrote a retired teacher': the quotation parsed as the subject, the speaker as
    an object after the verb (any noun phrase, not only a name)."""
    return _after_verb(ctx, i, lambda c: ctx.pos[c] in NOMINAL_POS and ctx.ent[c] not in _TIME_ENTS)


def _after_verb(ctx: DocContext, i: int, accept: Callable[[int], bool]) -> int:
    """The first dependent of verb ``i`` after it, outside quotation marks, in a role a
    misparsed subject takes ('"…," said Jane Doe' with the name as an object), that ``accept`` takes."""
    # 'told AFP', 'told the Gazette': the object of a verb of telling is whom it addresses.
    addressed = _ADDRESSED_DEPS if ctx.lemma[i] in _ADDRESSEE_CUES else ()
    for c in ctx.children[i]:
        if c > i and ctx.dep[c] in _MISPARSED_SUBJECT_DEPS and ctx.dep[c] not in addressed and ctx.quote_of[c] < 0 and accept(c):
            return c
    return -1


_ADDRESSED_DEPS = ("dobj", "dative")


def _loose_subject(ctx: DocContext, i: int) -> int:
    """A source the parse did not attach: 'Said Ellis: …' (the verb parsed as a compound),
    or '…," said Jane Doe' with the name parsed as an object (never a date: 'said Monday')."""
    head = ctx.head[i]
    if ctx.dep[i] == "compound" and ctx.pos[head] in ("PROPN", "PRON"):
        return head
    found = _after_verb(
        ctx, i, lambda c: ctx.ent[c] in SPEAKER_ENTITIES or (ctx.pos[c] == "PROPN" and ctx.ent[c] not in _TIME_ENTS)
    )
    if found >= 0 and _inverted_position(ctx, i):
        return found
    # '…," harbour police Chief Ana Ruiz said Monday' parsed apart: the name right before the verb.
    j = _before_verb(ctx, i)
    if j >= 0 and ctx.quote_of[j] < 0 and ctx.sent_of[j] == ctx.sent_of[i] and (
        ctx.pos[j] == "PROPN" or (ctx.pos[j] == "PRON" and ctx.lower[j] in PRONOUN_WORDS)
    ):
        return _owner_of_of_phrase(ctx, j)
    return _name_after_quotation(ctx, i)


def _owner_of_of_phrase(ctx: DocContext, k: int) -> int:
    """'after the governor of the Bank of Wessex said …' parsed apart: the name an 'of' phrase
    ends on gives way to the noun the phrase belongs to (the governor speaks, not Wessex)."""
    while ctx.dep[k] == "pobj" and ctx.lower[ctx.head[k]] == "of" and ctx.pos[ctx.head[ctx.head[k]]] in ("NOUN", "PROPN"):
        k = ctx.head[ctx.head[k]]
    return k


def _inverted_position(ctx: DocContext, verb: int) -> bool:
    """Whether ``verb`` stands where a speaker may follow it: right after punctuation (a
    closing quotation, a comma, a colon: '…," said Jane Doe') or opening its sentence ('Said
    Ellis: …'). After a word of its clause ('Clinton, without naming him, also accused
    Sanders', 'most in both states supported Sanders') the name after it is its object."""
    s_start = ctx.sent_bounds[ctx.sent_of[verb]][0]
    return verb == s_start or ctx.punct[verb - 1]


# The possessive ending the parse splits off a noun ("the study's lead author").
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def _name_after_quotation(ctx: DocContext, i: int) -> int:
    """'"…," said David Brock, a Clinton confidant who heads …' with the name parsed as the
    subject of a later word: a name right after a verb that follows a closing quotation
    ('," said' / '" said'). The head of the name (the word it hangs from outside it is not
    a part of it); else -1."""
    j = i - 1
    while j >= 0 and ctx.punct[j] and ctx.quote_of[j] < 0 and i - j <= 3:
        j -= 1
    if j < 0 or ctx.quote_of[j] < 0 or ctx.quote_of[i] >= 0:
        return -1
    start = end = i + 1
    while end < ctx.n and _name_word(ctx, end):
        end += 1
    if end == start:
        if start < ctx.n and ctx.lower[start] in _PRONOUN_SPEAKERS and ctx.head[start] == i and ctx.quote_of[start] < 0:
            # '"…," tweeted another', '"…," read one': a pronoun parsed as the object.
            return start
        # '"…," said the woman, who …' parsed with 'woman' as the subject of a later verb; the
        # phrase runs on over a possessive ('says the study's lead author, a … who …': the
        # author speaks, not the study).
        if start >= ctx.n or ctx.pos[start] != "DET" or ctx.lower[start] not in ("the", "a", "an"):
            return -1
        end = start + 1
        while end < ctx.n and ctx.quote_of[end] < 0 and ctx.ent[end] not in _TIME_ENTS and (
            ctx.pos[end] in ("ADJ", "NOUN", "PROPN") or (ctx.lower[end] in _POSSESSIVE_MARKS and end > start + 1)
        ):
            end += 1
        return end - 1 if end - 1 > start and ctx.pos[end - 1] in ("NOUN", "PROPN") else -1
    if ctx.ent[start] not in ("PERSON", "ORG", ""):
        return -1
    person = _person_after_title(ctx, start, end)
    if person >= 0:
        return person
    return next((k for k in range(start, end) if not start <= ctx.head[k] < end), end - 1)


def _person_after_title(ctx: DocContext, start: int, end: int) -> int:
    """'," said Oversight ranking Democrat Elijah Cummings (D-Md.)': the name words after the
    verb (``start``..``end``) hold no person, and a title of a few words runs on to a name
    before the next punctuation (a person, or two proper nouns or more): the name's last
    word; else -1."""
    if any(ctx.ent[k] == "PERSON" for k in range(start, end)):
        return -1
    k, last_run = end, 0
    while k < min(ctx.n, start + _TITLE_BEFORE_NAME) and not ctx.punct[k] and ctx.quote_of[k] < 0:
        if ctx.pos[k] not in ("PROPN", "NOUN", "ADJ", "VERB") or ctx.tag[k] in FINITE_VERB_TAGS or ctx.ent[k] in _TIME_ENTS:
            return -1
        last_run = last_run + 1 if ctx.pos[k] == "PROPN" else 0
        k += 1
    if last_run and (last_run >= 2 or ctx.ent[k - 1] == "PERSON") and (k >= ctx.n or ctx.punct[k]):
        return k - 1
    return -1


# How many words a title may run before the name after '," said' ('Oversight ranking Democrat').
_TITLE_BEFORE_NAME = 8


def _name_word(ctx: DocContext, k: int) -> bool:
    """Whether token ``k`` can be a word of a name written after '," said': a proper noun, or a
    capitalised word the tagger took for something else ('said Skelly' tagged an adverb)."""
    if ctx.quote_of[k] >= 0 or ctx.ent[k] in _TIME_ENTS:
        return False
    if ctx.pos[k] == "PROPN":
        return True
    word = ctx.text[ctx.idx[k] : ctx.idx[k] + ctx.length[k]]
    return word[:1].isupper() and word[1:].islower() and ctx.pos[k] in ("ADV", "ADJ", "NOUN", "X") and ctx.lower[k] not in _NOT_NAMES


# Pronouns that speak after '," said' ('tweeted another', 'wrote one', 'said many').
_PRONOUN_SPEAKERS = frozenset("another one others some many most several both".split())
# Capitalised adverbs that follow '," said' and are no name.
_NOT_NAMES = frozenset("today yesterday tonight now then here there however also".split())


# Roles the parser gives a speaker after its verb when it misses the inversion.
_MISPARSED_SUBJECT_DEPS = frozenset({"dobj", "attr", "npadvmod", "dep", "appos", "nsubj"})
