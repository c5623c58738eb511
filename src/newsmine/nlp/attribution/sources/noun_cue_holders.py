"""Who holds what a noun cue reports when the subject of its verb does not: the subject of a verb
that provokes or receives it is its cause or its target ("The documents raised new questions",
"Ruiz received criticism from the unions": :func:`_provoked_holder`, with
:data:`_PROVOKING_VERBS`, :data:`_RECEIVING_VERBS` and :func:`_is_person`); the people after
"among" hold a view ("strong support among evangelicals": :func:`_holder_among`); the owner of
the noun a cue is said of speaks ("Trump's first tweet was a measured comment about …":
:func:`_owner_of_noun_said_of`). Split from :mod:`.grammar` (session 50), whose
:func:`~.grammar._grammatical_subject` calls them; they call nothing back.
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import NOMINAL_POS, DocContext
from newsmine.nlp.attribution.sources.words import _TIME_ENTS


def _provoked_holder(ctx: DocContext, verb: int) -> int:
    """'The documents raised new questions about …', 'Ruiz received criticism from the unions',
    'Clinton is already receiving criticism': the subject of a verb that provokes or receives
    what its object reports is its cause or its target, not who holds it (on PolNeAR train's
    gold cues, such objects mostly have no source). Who holds it when the sentence says, after
    'from' or 'among' on the verb ('from the unions'); else -1."""
    for c in ctx.children[verb]:
        if ctx.dep[c] == "prep" and ctx.lower[c] in ("from", "among") and c > verb:
            pobj = ctx.child(c, {"pobj"})
            if pobj >= 0 and ctx.pos[pobj] in NOMINAL_POS and ctx.quote_of[pobj] < 0:
                return pobj
    return -1


def _holder_among(ctx: DocContext, noun: int) -> int:
    """'a sign of growing unease among many Jewish leaders', 'strong support among
    evangelicals', 'his greatest support among the Marines surveyed': a noun cue of a view
    or a feeling with 'among' after it is held by the people 'among' names, whoever else
    the sentence links it to (an owner is whom the view is about: 'his support' is given to
    him). On PolNeAR train's gold cues, 19 sources gained, 1 lost ('Trump's diverse appeal
    among Republicans': an appeal is its owner's). The head of the object of 'among',
    outside quotation marks; else -1."""
    for c in ctx.children[noun]:
        if ctx.dep[c] == "prep" and ctx.lower[c] == "among" and c > noun:
            pobj = ctx.child(c, {"pobj"})
            if pobj >= 0 and ctx.pos[pobj] in NOMINAL_POS and ctx.quote_of[pobj] < 0 and ctx.ent[pobj] not in _TIME_ENTS:
                return pobj
    return -1


def _owner_of_noun_said_of(ctx: DocContext, noun: int) -> int:
    """'Trump's first tweet Sunday was a measured comment about …', "Mr. Trump's hot wash of
    Bush, including a suggestion that …": a noun cue with no owner of its own, said of another
    noun of its clause (the subject of the 'be' it completes, or the subject whose 'including'
    it follows), reports the words of that noun's owner when the owner is a person or a body
    (a possessive pronoun, or a name tagged a person or an organisation: not "Germany's crisis
    should be a call to …"). Not a noun after a preposition ('criticism about his life,
    including allegations that …': what the cue is about), nor a noun for what befalls the
    owner or what the owner scores ("His arrest was a message that …", "Their win was a
    statement that …": the writer's reading, :data:`_BEFALLING_NOUNS`). On PolNeAR train's 840 articles, 3
    sources gained in 3 articles, none lost (session 43). The owner; else -1."""
    head = ctx.head[noun]
    if ctx.dep[noun] == "attr" and ctx.lemma[head] == "be":
        said_of = ctx.child(head, {"nsubj"})
    elif ctx.dep[noun] == "pobj" and ctx.lower[head] == "including" and ctx.dep[head] == "prep":
        said_of = ctx.head[head]
        if ctx.dep[said_of] != "nsubj":
            return -1  # 'criticism about his life, including allegations that …': what they are about
    else:
        return -1
    if said_of < 0 or ctx.pos[said_of] != "NOUN" or ctx.lemma[said_of] in _BEFALLING_NOUNS:
        return -1  # 'His arrest was a message that …', 'Their win was a statement that …': the writer's reading
    owner = ctx.child(said_of, {"poss"})
    if owner < 0 or ctx.quote_of[owner] >= 0:
        return -1
    named = ctx.pos[owner] == "PROPN" and ctx.ent[owner] in ("PERSON", "ORG")
    return owner if named or ctx.lower[owner] in _OWNING_PRONOUNS else -1


_OWNING_PRONOUNS = frozenset({"his", "her", "their", "our", "my"})
# What befalls its owner or what the owner scores, not what the owner says: "Smith's conviction
# was a warning that fraud does not pay", "Garcia's death was a reminder that …", "Their win was
# a statement that the club is back", "Garcia's performance was a statement that he is ready"
# (crime, obituary and sport copy) read the event, and no one in it speaks.
_BEFALLING_NOUNS = frozenset({
    "death", "murder", "killing", "arrest", "conviction", "acquittal", "sentence", "injury", "illness", "firing",
    "ouster", "defeat", "loss", "victory", "win", "goal", "performance", "collapse", "decline", "success", "failure",
})  # fmt: skip


def _is_person(ctx: DocContext, j: int) -> bool:
    """Whether source ``j`` names or stands for a person or an organisation ('Ruiz raised
    questions', 'she raised concerns', 'while raising questions'), who then holds what a
    provoking verb's object reports."""
    return ctx.lower[j] in _PERSON_PRONOUNS or (ctx.pos[j] == "PROPN" and ctx.ent[j] in ("PERSON", "ORG", ""))


_PERSON_PRONOUNS = frozenset({"i", "we", "he", "she", "who"})
# Verbs whose subject provokes what their object reports ('The documents raised questions',
# 'stoking fears'); a person who raises questions asks them ('Ruiz raised questions about').
_PROVOKING_VERBS = frozenset("raise spark stoke prompt beg provoke elicit fuel".split())
# Verbs whose subject receives what their object reports ('Clinton is receiving criticism',
# 'was attracting complaints'; 'faces accusations' is not one: PolNeAR gives it a source as often).
_RECEIVING_VERBS = frozenset("receive attract".split())
