"""A name given to an unnamed mention by a naming construction.

"a former deckhand named Oskar Lindqvist said", "wrote a woman calling herself Greta Greta",
"said the harbour master known as Sven", "tweeted a commuter going by the handle Fjordrider",
"a group called Fair Crossings said": the parse makes the description the subject and hangs the
name on a participle after it, so the speaker mention is the description alone. The name the
participle gives is who speaks (the gold's convention: the name the article gives the referent,
even a pseudonym or a first name alone). This is a construction of the language, not of one
article: the participle and its preposition say that what follows is a name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS
from newsmine.nlp.speakers.descriptions import _person_word
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.words import _DOCUMENT_NOUNS, _capitalised

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver

# Participles that name what they follow, with the preposition their name comes after ("" for a
# name that is the participle's own complement: "named X", "called X", "calling himself X").
_NAMING = {"named": "", "called": "", "dubbed": "", "nicknamed": "", "calling": "", "known": "as", "identified": "as", "going": "by"}  # fmt: skip
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
# Who may be named so and speak: a name given to a bill, a report or a place is not its author.
_NAMED_LABELS = ("PERSON", "ORG", "NORP")


def _name_after(participle: Token) -> Token | None:
    """The last word of the name a naming participle gives, or None."""
    word = participle.lower_
    if word not in _NAMING:
        return None
    children = list(participle.children)
    if word == "calling" and not any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in children):
        return None  # "a man calling the plan a scandal": not a name given to the man
    if word in ("named", "called", "dubbed", "nicknamed") and participle.tag_ != "VBN":
        return None
    if _NAMING[word]:
        heads = [c for c in children if c.dep_ in ("prep", "agent") and c.lower_ == _NAMING[word]]
        children = [c for head in heads for c in head.children if c.dep_ == "pobj"]
    else:
        children = [c for c in children if c.dep_ in ("oprd", "attr", "dobj") and c.lower_ not in _REFLEXIVES]
    name = next(iter(children), None)
    return name if name is not None and name.pos_ == "PROPN" and _capitalised(name) else None


# A relative clause naming its noun: "who gave his name only as Yusuf", "who identified herself
# as Mara": the verb with the object it takes before "as".
_NAMING_CLAUSES = {"give": "name", "identify": "self"}
# Objects of "give" that are a name ("who gave only her first name, Petra", "his surname").
_NAME_NOUNS = frozenset({"name", "surname"})


def _name_given_by_relative(clause: Token) -> Token | None:
    """The last word of the name a relative clause gives its noun ("a teacher who gave his
    name only as Yusuf", "a nurse who identified herself as Mara Lind", "a man who was identified
    only as Yousif"), or None: the speaker
    offers the name, so it is who speaks, as with a naming participle. The name given may
    also stand in apposition to the object ("a shopkeeper who gave only her first name,
    Petra"), unless the name was given to someone else ("who gave the band its name, Lola")."""
    wanted = _NAMING_CLAUSES.get(clause.lemma_.lower())
    children = list(clause.children)
    if wanted is None or not any(c.dep_ in NOUN_SUBJECT_DEPS and c.lower_ in ("who", "that") for c in children):
        return None
    objects = [c for c in children if c.dep_ == "dobj"]
    if wanted == "self" and not objects and any(c.dep_ == "nsubjpass" for c in children):
        given = True  # "who was identified only as Yousif": the passive names its subject
    elif not objects:
        return None
    else:
        given = objects[0].lower_ in _REFLEXIVES if wanted == "self" else objects[0].lemma_.lower() in _NAME_NOUNS
    if not given:
        return None  # "who gave the speech as mayor"
    names = [p for c in children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
    if wanted == "name" and not any(c.dep_ == "dative" for c in children):
        # not "the singer, who gave the band its name, Lola,": the name is the band's
        names += [c for c in objects[0].rights if c.dep_ == "appos"]
    name = next(iter(names), None)
    return name if name is not None and name.pos_ == "PROPN" and _capitalised(name) else None


# Verbs of a relative clause that name its noun after a preposition: "a commander who goes by
# the nom de guerre Sokol", "a fan who is known as Lumo" (the clause of the participles above).
_NAMING_RELATIVE_VERBS = {"go": "by", "know": "as"}
_PLACE_TYPES = ("FAC", "GPE", "LOC")


def _name_by_relative_verb(clause: Token) -> Token | None:
    """The last word of the name a relative clause's verb gives its noun after its preposition
    ("who goes by the nom de guerre Sokol"), or None. Not a place passed on the way ("a
    driver who goes by Main Street every morning")."""
    preposition = _NAMING_RELATIVE_VERBS.get(clause.lemma_.lower())
    children = list(clause.children)
    if preposition is None or not any(c.dep_ in NOUN_SUBJECT_DEPS and c.lower_ in ("who", "that") for c in children):
        return None
    names = [p for c in children if c.dep_ == "prep" and c.lower_ == preposition for p in c.children if p.dep_ == "pobj"]
    name = next(iter(names), None)
    if name is not None and name.ent_type_ in _PLACE_TYPES:
        return None
    return name if name is not None and name.pos_ == "PROPN" and _capitalised(name) else None


def _name_span(last: Token) -> Span:
    """'Oskar Lindqvist', 'Fjordrider' (not 'the handle'), '“The Local”' (its article inside the
    quotation marks): the capitalised words ending at the name's head ("handle" is tagged a
    proper noun before a name)."""
    start = last.i
    while start > 0 and last.doc[start - 1].dep_ == "compound" and _capitalised(last.doc[start - 1]):
        start -= 1
    if start > 1 and last.doc[start - 1].text == "The" and last.doc[start - 2].is_quote:
        start -= 1  # 'called “The Local”': the article opens the quoted name
    return last.doc[start : last.i + 1]


def _epithet_follows(name: Span) -> bool:
    """'called Lindqvist "the pirate king"': a quotation opening right after the name (not one
    closing a name in quotation marks, 'known as "Guccifer"') is what the verb calls someone."""
    doc = name.doc
    after = doc[name.end] if name.end < len(doc) else None
    before = doc[name.start - 1] if name.start > 0 else None
    return after is not None and after.is_quote and not (before is not None and before.is_quote)


def _quoted_name_of_a_body(root: Token, name: Span) -> bool:
    """'A German news organization called “The Local” cited …', 'a group called "Harbor
    Watch" said': a name in quotation marks, which the recogniser tags a title (a work of
    art), given to a noun of a body is that body's name, and the body speaks by it. Not a
    name in quotation marks given to anything else ("a film called 'Harbor Watch'": a work's
    title, no one speaking)."""
    doc = name.doc
    if root.lemma_.lower() not in lexicons.load("organisation_nouns"):
        return False
    return name.start > 0 and doc[name.start - 1].is_quote and name.end < len(doc) and doc[name.end].is_quote


def _called_by_name(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """The name a naming participle after an unnamed mention's noun gives it: that name's
    entity when one holds it, else the name as written (a pseudonym or a first name the
    recogniser left untagged)."""
    for noun in (mention.root, *_appositive_nouns(mention.root)):
        found = _named_by_participle(resolver, noun)
        if found is not None:
            return found
    return None


def _appositive_nouns(root: Token) -> list[Token]:
    """'One of them, a nurse named Ada Lind, said': the description in apposition to the
    subject carries the naming participle, not the subject's own head."""
    return [c for c in root.rights if c.dep_ == "appos" and c.pos_ == "NOUN"]


def _who_clauses_on_a_place(root: Token) -> list[Token]:
    """'A man held at the barracks, who gave only his first name, Yousif, said': the parse
    hangs the "who" clause on the last noun of the participle's phrase after the speaker's
    noun ('held at the barracks', 'living in the camp'). "Who" is said of people: on a noun
    there that names no person it is the speaker's clause. Only through a participle: after
    a preposition of the noun itself ('a neighbour of the victim, who …', 'a lawyer for the
    detainees, who …') either may be meant."""
    clauses = []
    for participle in root.rights:
        if participle.dep_ != "acl":
            continue
        for noun in participle.subtree:
            if noun.dep_ != "pobj" or noun.ent_type_ in ("PERSON", "NORP") or _person_word(noun.lemma_.lower()):
                continue
            clauses += [
                c for c in noun.rights
                if c.dep_ == "relcl" and any(s.dep_ in NOUN_SUBJECT_DEPS and s.lower_ == "who" for s in c.children)
            ]  # fmt: skip
    return clauses


def _named_by_participle(resolver: SpeakerResolver, root: Token) -> Resolution | None:
    """The name a naming participle after the noun ``root`` gives it (see :func:`_called_by_name`)."""
    if root.pos_ != "NOUN" or root.i in resolver.index.cluster_of or root.lower_ in _DOCUMENT_NOUNS:
        return None
    for participle in (*root.rights, *_who_clauses_on_a_place(root)):
        if participle.dep_ == "relcl":
            last = _name_given_by_relative(participle) or _name_by_relative_verb(participle)
        elif participle.dep_ == "acl":
            last = _name_after(participle)
        else:
            continue
        if last is None or _epithet_follows(_name_span(last)):
            continue
        cluster = resolver.index.cluster_of.get(last.i)
        if cluster is not None and participle.dep_ == "relcl" and cluster.label != "PERSON":
            cluster = None  # "who gave his name as Yusuf" names a person, whatever the tag ("Yusuf" a work of art, "Hana" an organisation)
        if cluster is not None and cluster.label == "WORK_OF_ART" and _quoted_name_of_a_body(root, _name_span(last)):
            cluster = None  # 'a news organization called “The Local”': the recogniser's title tag
        if cluster is not None:
            return _for_cluster(cluster, "apposition") if cluster.label in _NAMED_LABELS else None
        name = _name_span(last).text.strip("\"'“”‘’ ")
        if not name:
            return None
        body = root.lemma_.lower() in lexicons.load("organisation_nouns")
        return Resolution("organisation" if body else "person", None, name, "apposition")
    return None
