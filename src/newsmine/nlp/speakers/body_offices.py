"""An office that an "of" phrase gives a body named by its common noun: "the President of the
company", "the chairman of the board".

'President Obama toured the Kellport turbine plant on Monday. … The President of the company
said …' went to Obama: the description's head is his title, and no word of it contradicted him
(review51c, a strict xfail; :mod:`.place_offices` reads a place after "of" only). A definite
"of the <body noun>" ("company", "firm", "union", "board", the list of organisation nouns)
after a public title says the office is that body's; a person whose titles lack the noun
does not hold it. Only a common noun: a name after "of" ("the former CEO of Hewlett-Packard",
"the president of the United States") is read as before (seen51 lost train speakers reading
any name). Session 52 (seen52). review52d: the body's noun is the object of "of", with names
before it allowed ("The president of the United Auto Workers union" went to Obama: the first
word after "the" was a name, so the noun was never reached). And a person named in a sentence
that names an organisation may hold its office though his title lacks the noun: "Chairman Reince
Priebus of the Republican National Committee … The chairman of the party said" and "Chairman Wade
Pell opened the hearing of the House Energy Committee … The chairman of the committee said" went
to them before seen52 and to nobody after; a body "of" the person or one named beside him whose
name holds the noun keeps him (:func:`_named_beside_a_body`).
"""

from __future__ import annotations

from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents.body_words import COMPANY_HEADS
from newsmine.nlp.entities import EntityCluster

__all__ = ["body_office_unsaid"]

_DETERMINERS = frozenset({"the", "its", "that", "this"})


def body_office_unsaid(
    mention: Span, title_words: set[str] | frozenset[str], cluster: EntityCluster | None = None
) -> bool:
    """Whether the mention's head is followed by "of the [names] <body noun>" (a common noun of
    a body, the object of "of", inside the mention) that ``title_words`` lack, and ``cluster``
    (the titled person, when given) was not named beside such a body."""
    root = mention.root
    doc = mention.doc
    of = root.i + 1
    if of + 2 >= mention.end + 1 or doc[of].lower_ != "of" or doc[of + 1].lower_ not in _DETERMINERS:
        return False
    noun = next((t for t in doc[of].children if t.dep_ == "pobj"), None)
    if noun is None or noun.i >= mention.end or noun.pos_ != "NOUN":
        return False
    if any(doc[j].pos_ != "PROPN" for j in range(of + 2, noun.i)):
        return False  # only names between the article and the body's noun
    word = noun.lower_
    if word not in lexicons.load("organisation_nouns") and word not in COMPANY_HEADS:
        return False
    return word not in title_words and not (cluster is not None and _named_beside_a_body(cluster, mention, word))


def _named_beside_a_body(cluster: EntityCluster, mention: Span, noun: str) -> bool:
    """Whether ``cluster`` was named before ``mention`` with an organisation "of" him
    ("Chairman Reince Priebus of the Republican National Committee") or beside one in his
    sentence whose name holds the body's noun ("… opened the hearing of the House Energy
    Committee" for "the committee"): the office the mention gives a body may be his there."""
    doc = mention.doc
    for named in cluster.mentions:
        if named.start >= mention.start:
            continue
        for ent in named.sent.ents:
            if ent.label_ != "ORG" or named.start <= ent.start < named.end:
                continue
            if named.end < len(doc) and doc[named.end].lower_ == "of" and ent.start - named.end in (1, 2):
                return True
            if noun in {t.lower_ for t in ent}:
                return True
    return False
