"""Whom a participle the parse cut from its clause speaks for.

A participle after a comma the parse cut from its clause speaks for the subject of its
sentence's root ('Trump defended eminent domain, calling …'), also when the parse hung it on
a verb of the quotation after it; a participle right after a quotation closed on a comma goes
with the verb before the quotation ('Giuliani trashed Comey on MSNBC's "Morning Joe," calling
it …'); one opening the sentence speaks for the first subject after its clause ('Noting that
the policy failed, Trump reminded …'); one right after the object of "with" or of a
preposition such as "about" or "despite" has that object for its subject ('closed with Rachel
Lindqvist asking …', 'interviewed about Bishop Ramos calling …'). Whose subject a participle
hung in another clause the parse did attach speaks for is :mod:`~.clauses`' work.
"""

from __future__ import annotations

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import NOMINAL_POS, SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.sources.words import _CLOSING_MARKS, _SPEAKING_NOUN_LEXICONS, _TIME_ENTS, _document_family


def _root_subject_before(ctx: DocContext, i: int) -> int:
    """'Band member Flea shared the news …, writing "…"' with the participle parsed as the
    subject of the quotation, 'Trump defended eminent domain, calling …' with 'Trump' as the
    root: a participle after a comma that the parse cut from its clause speaks for the
    subject of its sentence's root before it (or the root itself, when the parse made the
    speaker the root); else -1."""
    s_start = ctx.sent_bounds[ctx.sent_of[i]][0]
    root = i
    while ctx.head[root] != root:
        root = ctx.head[root]
    if root >= i or root < s_start or ctx.quote_of[root] >= 0:
        return -1
    subject = ctx.child(root, {"nsubj"})
    if subject >= 0:
        return subject if subject < i and ctx.pos[subject] in NOMINAL_POS and ctx.quote_of[subject] < 0 else -1
    if ctx.pos[root] in ("PROPN", "NOUN") and ctx.ent[root] not in _TIME_ENTS and ctx.left[root] == s_start:
        return root
    return -1


def _root_subject_outside_quotation(ctx: DocContext, i: int) -> int:
    """'The mayor seemed to be in no hurry to settle the strike, telling the crowd, "Some people
    get a little carried away"' with the participle hung on a verb of the quotation after it: the
    quotation's subject ('people') is part of what was said, so the participle speaks for the
    subject of its sentence's root, when neither stands inside quotation marks; else -1."""
    root = i
    while ctx.head[root] != root:
        root = ctx.head[root]
    if ctx.quote_of[root] >= 0 or ctx.sent_of[root] != ctx.sent_of[i]:
        return -1
    subject = ctx.child(root, {"nsubj"})
    return subject if subject >= 0 and ctx.pos[subject] in NOMINAL_POS and ctx.quote_of[subject] < 0 else -1


def _verb_before_quotation(ctx: DocContext, i: int) -> int:
    """'Giuliani trashed Comey on MSNBC’s “Morning Joe,” calling it a “no-brainer”', 'Rubio
    fired back: “If they sue us …, they’re going to lose,” referencing …': a participle right
    after a quotation closed on a comma, which the parse made the root of its sentence (cut
    from the clause the quotation ends), goes with the verb before the quotation's opening
    mark, in its sentence, with no other quotation between. That verb; else -1. The parse may
    also hang the participle on a word of the quotation ('… going to lose,” referencing'):
    the same. ('according to' names its own source.)"""
    if ctx.tag[i] != "VBG" or ctx.quote_of[i] >= 0 or i < 3 or ctx.lower[i] == "according":
        return -1
    if ctx.lower[i - 1] not in _CLOSING_MARKS or ctx.lower[i - 2] != "," or ctx.quote_of[i - 2] < 0:
        return -1
    quotation = ctx.quote_of[i - 2]
    if ctx.head[i] != i and ctx.quote_of[ctx.head[i]] != quotation:
        return -1
    first = ctx.stretch_tokens[quotation][0]
    for v in range(first - 1, max(-1, first - 1 - _VERB_BEFORE_QUOTATION), -1):
        if ctx.para_of[v] != ctx.para_of[i] or ctx.quote_of[v] >= 0 or ctx.lower[v] in (".", "!", "?"):
            return -1
        if ctx.pos[v] == "VERB":
            return v
    return -1


# How far (tokens) before a quotation's opening mark the verb it ends the clause of may be.
# Between them stand only the verb's own complements ('trashed Comey on MSNBC’s', 'told
# Newsmax that Mitt Romney': 3 to 6 tokens in every case on train); the walk stops first at a
# sentence end, a paragraph or another quotation, and the bound stops it where no full stop
# does (a run-on sentence, a list), before it reaches the verb of an earlier clause. Not
# after_quotation's _AFTER_WINDOW, also 12: that one reaches over the speaker's noun phrase
# after a quotation, this one over the verb's complements before it.
_VERB_BEFORE_QUOTATION = 12


def _subject_after_opening_participle(ctx: DocContext, i: int) -> int:
    """'Noting that the policy failed, Trump reminded Americans …' parsed with the participle
    as the root: a participle opening its sentence speaks for the first subject after the
    comma that closes its clause; else -1."""
    s_start, s_end = ctx.sent_bounds[ctx.sent_of[i]]
    if any(not ctx.punct[j] for j in range(s_start, i)):
        return -1
    comma = next((j for j in range(i + 1, s_end) if ctx.lower[j] == "," and ctx.quote_of[j] < 0), -1)
    if comma < 0:
        return -1
    return next((j for j in range(comma + 1, s_end) if ctx.dep[j] == "nsubj" and ctx.quote_of[j] < 0), -1)


def _subject_after_with(ctx: DocContext, i: int) -> int:
    """'The hearing closed with Rachel Lindqvist asking the minister whether …': in the absolute "with" + noun
    + participle, the noun is the participle's subject, though the parse hangs the participle on
    the verb before (whose subject is then taken). The noun right before participle ``i``, the
    object of a "with" governed by the same verb; else -1."""
    head = ctx.head[i]
    if ctx.tag[i] != "VBG" or head == i or i == 0:
        return -1
    for prep in ctx.children[head]:
        if ctx.dep[prep] == "prep" and ctx.lower[prep] == "with" and prep < i:
            noun = ctx.child(prep, {"pobj"})
            clause = ctx.verbs_before[i] > ctx.verbs_before[noun + 1]  # 'with an ad in which children play …, shouting'
            if noun >= 0 and ctx.right[noun] == i - 1 and not clause and ctx.pos[noun] in NOMINAL_POS and ctx.quote_of[noun] < 0:
                return noun
    return -1


# Prepositions whose object, named, is the subject of a participle right after it ('interviewed
# about Bishop Ramos calling …', 'tempers flared over Voss calling …', 'despite Voss saying …',
# 'the spectacle of Voss denouncing …'); "with" takes any noun (:func:`_subject_after_with`).
_GERUND_SUBJECT_PREPOSITIONS = frozenset({"about", "over", "despite", "without", "regarding", "against", "of"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _named_subject_before_participle(ctx: DocContext, i: int) -> int:
    """'Our reporter will be interviewed about Bishop Ramos calling the festival a sham', 'the
    spectacle of Mr. Voss denouncing the council': a participle right after the named object of
    a preposition (no comma between) has that name for its subject, though the parse hangs the
    participle on the verb or the noun the preposition belongs to (whose subject, or which, was
    then taken). The name (one person's or body's, or untagged; or him, her, them), the object
    of such a preposition whose phrase hangs below the participle's head ('flared at the meeting
    over Voss calling …'); else -1. Not a place ('spoke in Ohio calling for …': 'in' is no such
    preposition, nor is a place such a name), nor the object of 'of' after a noun that speaks
    itself ('a member of Congress calling for …'), nor a plural ('the share of Republicans
    saying …'). On PolNeAR train (session 47): 11 quotes changed, 6 better, 2 worse (a pronoun
    ranking's knock-on), 3 neither."""
    head = ctx.head[i]
    if ctx.tag[i] != "VBG" or head == i or i == 0 or ctx.quote_of[i] >= 0 or ctx.child(i, SUBJECT_DEPS) >= 0:
        return -1
    noun = i - 1  # the head of the phrase that ends right before the participle
    while ctx.head[noun] != noun and ctx.dep[noun] != "pobj" and ctx.right[ctx.head[noun]] == i - 1 and ctx.head[noun] < i:
        noun = ctx.head[noun]
    prep = ctx.head[noun]
    if ctx.dep[noun] != "pobj" or ctx.lower[prep] not in _GERUND_SUBJECT_PREPOSITIONS or ctx.quote_of[noun] >= 0:
        return -1
    # one named (a plural, 'the share of Republicans saying', 'a family of super PACs supporting',
    # is a group of whom some speak, not the party or a body)
    named = ctx.tag[noun] == "NNP" and ctx.ent[noun] in ("PERSON", "ORG", "NORP", "")
    if not (named or ctx.lower[noun] in _OBJECT_PRONOUNS) or not _hangs_above(ctx, head, prep):
        return -1
    owner = ctx.head[prep]
    if ctx.lower[prep] == "of" and any(
        ctx.lower[owner] in lexicons.load(name) or ctx.lemma[owner] in lexicons.load(name) for name in _SPEAKING_NOUN_LEXICONS
    ):
        return -1
    if ctx.lower[prep] != "of" and _document_owner(ctx, owner):
        return -1  # 'a complaint against Halvorsen Shipping alleging …': the complaint alleges
    return noun


def _document_owner(ctx: DocContext, owner: int) -> bool:
    """Whether the preposition's phrase belongs to a document ('a complaint against Halvorsen
    Shipping alleging …', 'a petition against Councillor Brandt warning …', 'a lawsuit filed
    last year against the council claiming …', through the participle that carries the phrase):
    the participle after the name then says what the document says, as a participle right after
    a document does ('a lawsuit alleging …'), and the named object is whom it is aimed at or about.
    Not 'of', which names who is shown: 'a video of Christie talking', 'a clip of McCain saying'
    (PolNeAR train: Christie and McCain speak)."""
    if ctx.tag[owner] == "VBN" and ctx.dep[owner] == "acl":
        owner = ctx.head[owner]  # 'a lawsuit filed … against'
    return ctx.pos[owner] == "NOUN" and _document_family(ctx, owner) is not None


def _hangs_above(ctx: DocContext, head: int, k: int) -> bool:
    """Whether ``head`` is ``k`` or an ancestor of it within a few steps (the participle hung on
    the verb or noun the preposition's phrase belongs to, not on another clause)."""
    for _ in range(4):
        if k == head:
            return True
        if ctx.head[k] == k:
            return False
        k = ctx.head[k]
    return k == head
