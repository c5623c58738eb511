"""The one person a group of speakers is shown by: "Supporters like Mr. Ortega urged …".

The attribution stage takes the subject's head ("Supporters") for the source, so the quote had a
group nobody named as its speaker although the sentence names the one person it is about. PolNeAR
marks either the whole phrase (a subset, which the speaker gold reads as null with the named
member as an alternative) or the person alone (once in session 54's train-names54 sample) as
the Source: the person's own name is right for both, and his span lies inside both.

Only one person given as the example: two or more ("populists like Mr. Vance and Ms. Moreau") are
the group's examples, none of them its voice; a named subject compared to another ("Sen. Dana
Whitfield, like Tom Hale, said …") is already the speaker; bodies ("firms", "groups") are shown by
bodies, even where the recogniser tags the example a person ("Consulting firms like McKinsey");
"including" lists members of a group that speaks as a whole ("Several senators, including Dana
Whitfield, said …") and is left alone. Nor a "like" set off by commas: "Rural voters, like Lee,
said …" and "Local merchants, like Mayor Ann Lee, said …" compare the group with someone who said
as much before or elsewhere (a senator is no rural voter, a mayor no merchant); the group speaks
(review54d; PolNeAR train's "While many Republicans, like Mr. Ryan, continued to affirm …" has
the group alone as its source). "Such as" gives members even in commas ("Critics, such as Sen.
Dana Whitfield,").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsmine.nlp import lexicons

__all__ = ["person_given_as_example"]

# Named kinds a plural head may carry and still be a group of people: "Many Democrats, like Rep. Tom
# Hale," (a nationality or party, NORP) and untagged nouns ("Critics such as …").
_GROUP_ENTITY_TYPES = frozenset({"", "NORP"})


def person_given_as_example(speaker: Span) -> Span | None:
    """The person named as the one example of a plural speaker ("Supporters like Mr. Ortega",
    "Critics such as Sen. Dana Whitfield"); None unless the speaker's head is a plural noun with a
    "like" or "such as" phrase whose only object is a person's name."""
    root = speaker.root
    if root.tag_ not in ("NNS", "NNPS") or root.ent_type_ not in _GROUP_ENTITY_TYPES:
        return None
    if root.lemma_ in lexicons.load("organisation_nouns"):
        return None  # "Consulting firms like McKinsey": a firm the recogniser took for a person
    for prep in root.children:
        if prep.dep_ != "prep" or prep.i < root.i or not _introduces_example(prep):
            continue
        if prep.lower_ == "like" and prep.i > 0 and prep.doc[prep.i - 1].text == ",":
            return None  # "Rural voters, like Lee, said": a comparison, the group speaks
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objects) != 1:
            return None
        person = objects[0]
        if person.ent_type_ != "PERSON" or any(c.dep_ in ("conj", "cc") for c in person.children):
            return None  # "populists like Mr. Vance and Ms. Moreau": examples, no one voice
        first = person.left_edge.i
        while first < person.i and person.doc[first].ent_type_ != "PERSON" and not person.doc[first].is_title:
            first += 1  # "like the late Sen. Ted Kennedy": the name and its title, not "the late"
        return person.doc[first : person.i + 1]
    return None


def _introduces_example(prep: Token) -> bool:
    """ "like" and "such as" give an example; a bare "as" gives a role ("Democrats as a party")."""
    if prep.lower_ == "like":
        return True
    return prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"
