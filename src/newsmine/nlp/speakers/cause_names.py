"""Names of advocacy groups written as "<people> for <cause>" that the recogniser misses:
"Ohioans for Clean Elections, a nonpartisan watchdog, filed a complaint … The group said".

:func:`.organisations._subject_written` gives "the group" to the subject of the sentence before
when it is a name the recogniser missed, but read only a chain of capitalised compounds ("Harbor
Monthly") or initials: a single word whose name a preposition carries on ("Ohioans for Clean
Elections", "Texans for Safe Roads") was skipped, so "The group" went unresolved (desc53's
invented Senate race; desc52 saw "Utahns for Fair Taxes" cut by the recogniser the same way).
The whole name runs from the subject through "for", "against" or "of" (perhaps "the") to a
capitalised object; every word of it but those is capitalised. A name holding an entity ("Smith
of Ohio") or a person is still refused by the caller. The parser breaks some such names
("Parents Against Toll Roads" parsed with "Against" as the subject): those stay unresolved.
The object must end the phrase: "Members of Local 12" would be cut to "Members of Local"
(review53c).

Two modules read such names, at two depths: :mod:`newsmine.nlp.entities.cause_names` makes the
recogniser's own entity whole when it tags the first words ("Colorado Families" ORG, "Americans"
NORP) and cuts the name at "for"; this one reads the parse only for "the group" when the recogniser
tagged nothing, so no entity exists to extend.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["name_carried_by_preposition"]

_CONNECTORS = frozenset({"for", "against", "of"})


def name_carried_by_preposition(subject: Token) -> Span | None:
    """The span "Ohioans for Clean Elections" when ``subject`` ("Ohioans") is a capitalised
    proper or plural noun whose prepositional phrase ("for", "against", "of") right after it
    ends in a capitalised proper noun and holds only capitalised words but the preposition and
    "the", else None."""
    # the parse tags a demonym opening a paragraph a plural noun as often as a proper noun
    # ("Ohioans" NNS or NNPS by its context)
    if not (subject.pos_ == "PROPN" or subject.tag_ == "NNS") or not subject.text[:1].isupper():
        return None
    prep = next((t for t in subject.rights if t.dep_ == "prep"), None)
    if prep is None or prep.lower_ not in _CONNECTORS or prep.i != subject.i + 1:
        return None
    pobj = next((t for t in prep.rights if t.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ != "PROPN":
        return None
    if prep.right_edge.i != pobj.i:
        return None  # "Members of Local 12 marched": the object runs on past its head, no name ends there
    words = subject.doc[subject.i : pobj.i + 1]
    inner = [t for t in words if t.i not in (subject.i, prep.i) and t.lower_ != "the"]
    if not inner or not all(t.text[:1].isupper() for t in inner):
        return None
    return words
