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
word after "the" was a name, so the noun was never reached).
"""

from __future__ import annotations

from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents.body_words import COMPANY_HEADS

__all__ = ["body_office_unsaid"]

_DETERMINERS = frozenset({"the", "its", "that", "this"})


def body_office_unsaid(mention: Span, title_words: set[str] | frozenset[str]) -> bool:
    """Whether the mention's head is followed by "of the [names] <body noun>" (a common noun of
    a body, the object of "of", inside the mention) that ``title_words`` lack."""
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
    return word not in title_words
