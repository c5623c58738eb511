"""The subject the parse gave a cue verb, set right: the speaker in apposition before a cue set
inside the sentence ('Ruiz, a senior aide said, "…"': :func:`_interrupting_speaker`), a
preposition or a "that" read as the subject, which cannot speak
(:func:`_preposition_read_as_subject`), a verb coordinated with a passive before it sharing its
subject (:func:`_second_passive_verb`), a name that is also a modal verb read as the verb's
auxiliary ("Will wrote": :func:`_name_read_as_modal`). Split from :mod:`.grammar` (session 50),
whose :func:`~.grammar._grammatical_subject` calls them; they call nothing back.
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.sources.words import _CLOSING_MARKS


def _interrupting_speaker(ctx: DocContext, subject: int, verb: int) -> int:
    """``subject``, or its apposition when the two are a reported subject and the speaker of
    a cue set inside the sentence ('Ruiz, a senior aide said, "is very confident …"'): the
    verb hangs on the sentence as an aside (``parataxis``) and follows the apposition with no
    comma between, where an apposition of the speaker ends with one ('Ruiz, a senior aide,
    said')."""
    if ctx.dep[verb] != "parataxis":
        return subject
    appos = ctx.child(subject, {"appos"})
    if appos < 0 or ctx.right[appos] + 1 != verb or ctx.lower[ctx.left[appos] - 1] != ",":
        return subject
    return appos


def _preposition_read_as_subject(ctx: DocContext, k: int) -> bool:
    """Whether subject ``k`` is a preposition with its object ('Of Ruiz, …' parsed as the
    subject of the verb after it), or a 'that' read as a conjunction ('The union disputes
    that, saying it agreed …': the object of the verb before, made the subject of the
    participle), not a word that can speak."""
    return ctx.tag[k] == "IN" and (ctx.child(k, {"pobj"}) >= 0 or ctx.lower[k] == "that")


def _second_passive_verb(ctx: DocContext, verb: int, subjects: list[int]) -> bool:
    """'was jeered and shouted down by residents', 'was heckled and booed by the crowd': whether
    ``verb``, with no subject of its own, is coordinated with a passive before it — a verb
    with a passive subject, or the 'was' the parse made the head of both participles — so
    that it shares the passive's subject (see the agent's test in :func:`_grammatical_subject`)."""
    if subjects or ctx.dep[verb] != "conj" or ctx.tag[verb] not in ("VBN", "VBD"):
        return False
    head = ctx.head[verb]
    if head > verb:
        return False
    if any(ctx.dep[c] == "nsubjpass" for c in ctx.children[head]):
        return True
    return ctx.lemma[head] == "be" and ctx.child(head, {"nsubj"}) >= 0


def _name_read_as_modal(ctx: DocContext, verb: int) -> int:
    """'Citing the attack, Will urged …', '"…," Will wrote.': a name that is also a modal verb
    ('Will', 'May'), capitalised inside its sentence right before a verb in the past or
    present tense or a participle (which no modal takes alone), read by the parse as the verb's auxiliary. That
    word (on PolNeAR train, five cues of one columnist); else -1."""
    if ctx.tag[verb] not in ("VBD", "VBZ", "VBN") or ctx.child(verb, SUBJECT_DEPS) >= 0:
        return -1
    k = verb - 1
    while k >= 0 and ctx.pos[k] == "ADV" and verb - k <= 3:
        k -= 1
    # (opening its sentence only right after a quotation: the parse may end the sentence there)
    opens = k <= ctx.sent_bounds[ctx.sent_of[verb]][0] and not (k > 0 and ctx.lower[k - 1] in _CLOSING_MARKS)
    if k < 0 or opens or ctx.tag[k] != "MD" or ctx.quote_of[k] >= 0:
        return -1
    word = ctx.text[ctx.idx[k] : ctx.idx[k] + ctx.length[k]]
    return k if word[:1].isupper() and word[1:].islower() else -1
