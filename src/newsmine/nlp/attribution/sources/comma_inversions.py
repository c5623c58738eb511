"""A reporting verb inverted after a comma, its speaker after it ('"…," said Geert Wilders,
founder of …', 'The contrast, said Doyle and others, would be clear': :func:`_named_after_comma`;
a name closed by a comma before a relative clause the parse read as the subject:
:func:`_name_before_its_clause`), and the subject whose words set off by commas close before
its verb, which is then not inverted (:func:`_set_off`, :func:`_set_off_on_the_verb`). Split
from :mod:`.subject` (session 51), whose :func:`~.subject.subject_of` asks them.
"""

from __future__ import annotations

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import FINITE_VERB_TAGS, SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.sources.speaking_heads import inverted_by_who_speaks, unsure_inversion
from newsmine.nlp.attribution.sources.words import (
    _ADDRESSEE_CUES,
    _TIME_ENTS,
)


def _named_after_comma(ctx: DocContext, i: int, subject: int = -1) -> int:
    """'The rejection of the treaty signals "the beginning of the end," said Geert Wilders,
    founder of …', 'The contrast, said Doyle and others, would be clear': a reporting verb
    right after a comma and right before a noun phrase that a punctuation mark closes is
    inverted, its speaker after it, though the parse may give it the clause before as
    subject (``subject``). The head of that noun phrase; else -1. Not a verb coordinated with
    another ('…, praised Trump, and left'), nor one whose object is whom it addresses ('…, told
    reporters.'), unless who can speak says it is inverted ('The plan will pass, predicted the
    mayor.', 'Prices will rise, warned Ana Ruiz.': :mod:`.speaking_heads`)."""
    if ctx.tag[i] not in FINITE_VERB_TAGS or ctx.pos[i] != "VERB" or ctx.quote_of[i] >= 0:
        return -1
    unsure = unsure_inversion(ctx, i)
    if ctx.lemma[i] not in lexicons.load("cues") or (ctx.lemma[i] in _ADDRESSEE_CUES and ctx.lemma[i] != "ask" and not unsure):
        return -1
    if i == 0 or ctx.lower[i - 1] != "," or ctx.quote_of[i - 1] >= 0:
        return -1
    s_end = ctx.sent_bounds[ctx.sent_of[i]][1]
    end = i + 1
    while end < s_end and not ctx.punct[end] and ctx.quote_of[end] < 0 and ctx.ent[end] not in _TIME_ENTS and end - i <= _NAME_AFTER_VERB:
        if ctx.pos[end] not in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ") or ctx.lower[end] in ("that", "this"):
            return -1
        end += 1
    closed = end >= s_end or ctx.lower[end] in _PHRASE_CLOSERS or ctx.ent[end] in _TIME_ENTS or ctx.lower[end] in ("on", "in", "at")
    if end == i + 1 or not closed or ctx.quote_of[min(end, ctx.n - 1)] >= 0:
        return -1
    words = range(i + 1, end)
    heads = [k for k in words if ctx.pos[k] in ("NOUN", "PROPN") and not (i < ctx.head[k] < end)]
    if heads and unsure and not inverted_by_who_speaks(ctx, i, subject, heads[0]):
        return -1
    return heads[0] if heads else -1


def _name_before_its_clause(ctx: DocContext, i: int, found: int) -> int:
    """'"…," said Marco Bellini, who runs a fleet of twelve barges out of Ostburg.': the parse
    may read a plural noun of the relative clause ('barges') as the inverted cue's subject and
    the name as that noun's. A person's name right after a finite cue, closed by a comma before
    the parse's subject, is the speaker (its last word); else ``found``."""
    if ctx.tag[i] not in FINITE_VERB_TAGS or ctx.quote_of[i] >= 0 or ctx.ent[i + 1] != "PERSON":
        return found
    end = i + 1
    while end < found and ctx.ent[end] == "PERSON":
        end += 1
    if end >= found or ctx.lower[end] != "," or ctx.quote_of[end - 1] >= 0:
        return found
    return end - 1


def _set_off(ctx: DocContext, subject: int, verb: int) -> bool:
    """Whether ``subject`` has words set off by a comma after it ('Mike Murphy, who ran a super
    PAC, said …', 'Cruz, leading in Iowa, questioned …'): then it is the verb's subject, the
    comma before the verb closes them. The parse may hang those words on the verb instead
    ('In a statement on Monday, Paris, still reeling from the strikes, announced new rules':
    the participle an adverbial clause of 'announced', the city an apposition of the day):
    :func:`_set_off_on_the_verb`."""
    if subject < 0:
        return False
    if any(c > subject and ctx.dep[c] in _SET_OFF_DEPS and ctx.left[c] > 0 and ctx.lower[ctx.left[c] - 1] == "," for c in ctx.children[subject]):
        return True
    return _set_off_on_the_verb(ctx, subject, verb)


def _set_off_on_the_verb(ctx: DocContext, subject: int, verb: int) -> bool:
    """Whether a phrase hung on ``verb`` stands between ``subject`` and it, opened by a comma
    right after the subject's phrase and closed by the comma right before the verb ('Paris,
    still reeling from the strikes, announced …'): that comma closes an aside, so the verb is
    not inverted and the noun phrase after it is its object, not its speaker ('…, said Geert
    Wilders.', 'The contrast, said Doyle, would …' have no words between the two commas)."""
    opening, closing = ctx.right[subject] + 1, verb - 1
    if not subject < opening < closing - 1 or ctx.lower[opening] != "," or ctx.lower[closing] != ",":
        return False
    if any(c > verb and ctx.dep[c] in SUBJECT_DEPS for c in ctx.children[verb]):
        return False  # 'The plan, in any case, said Ruiz, would fail': the parse reads the inversion itself
    between = range(opening + 1, closing)
    if any(ctx.quote_of[k] >= 0 or ctx.lower[k] in (",", ";") or ctx.dep[k] in SUBJECT_DEPS for k in between):
        return False  # a clause with a subject of its own may be what the inverted verb reports
    # The phrase's own heads (its words whose head lies outside it) hang on the verb or on a
    # word before the subject (the opening phrase the parse ran it into: 'In a statement on
    # Monday, …'); one on a word after the verb is part of the clause the verb is set inside
    # ('The plan, in any case, said Ruiz, would fail').
    return all(ctx.head[k] <= verb for k in between if not opening < ctx.head[k] < closing)


# How many words the speaker's noun phrase after an inverted verb may have ('said Geert Wilders').
_NAME_AFTER_VERB = 8
_PHRASE_CLOSERS = frozenset({",", ".", ";", ":", "!", "?", ")", "—", "–", "--"})
_SET_OFF_DEPS = frozenset({"relcl", "appos", "acl", "advcl", "amod", "prep", "npadvmod"})
