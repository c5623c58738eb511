"""The person set off by commas after a description whose own phrase ends in another person:
"One pastor supporting Mr. Vance, Daniel Whitmore of Grace Chapel, said …".

The parse hangs the name in commas on the nearer name ("Vance, Daniel Whitmore": an apposition of
the object), so the speaker was the description ("One pastor") and the quote had no name, though
the name set off right before the verb is the description's (PolNeAR's gold takes the name for
such a source). Two different people's names are never one another's apposition; a name of the
same surname may be ("Mr. Vance, J.D. Vance,").

The name may be one the recogniser leaves untagged (train-fresh's one source of this shape): the
speaker routes then read it as a name of its own, not as a description of the object's person
(``speakers.joined_names._another_full_name``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS

__all__ = ["person_apposed_past_object"]

# The phrases after a description that may end in someone else's name: "supporting Mr. Vance",
# "close to Mr. Vance", "for Sen. Hale".
_PHRASE_DEPS = frozenset({"acl", "prep", "relcl"})


def person_apposed_past_object(speaker: Span) -> Span | None:
    """The name in commas after a description's phrase, when the parse made it an apposition of
    the person that phrase ends in; None unless the speaker is a common noun, the subject of the
    verb right after that name's closing comma."""
    root = speaker.root
    if root.pos_ != "NOUN" or root.dep_ not in NOUN_SUBJECT_DEPS or root.head.i < root.i:
        return None
    doc = root.doc
    for phrase in root.children:
        if phrase.dep_ not in _PHRASE_DEPS or phrase.i < root.i:
            continue
        for named in phrase.subtree:
            if not _apposed_to_another_person(named):
                continue
            end = named.right_edge.i
            if end + 2 < len(doc) and doc[end + 1].text == "," and doc[end + 2].i == root.head.i:
                first = named.left_edge.i
                return doc[first : named.i + 1]
    return None


def _apposed_to_another_person(named: Token) -> bool:
    """A person's name hung as an apposition on a name of another surname ("Vance, Daniel
    Whitmore"), with a comma between them."""
    head = named.head
    if named.dep_ != "appos" or head.ent_type_ != "PERSON" or head.i > named.i or not _full_name(named):
        return False
    if named.text.lower() == head.text.lower():
        return False  # "Mr. Vance, J.D. Vance,": the same man named again
    return any(t.text == "," for t in named.doc[head.i + 1 : named.left_edge.i])


def _full_name(named: Token) -> bool:
    """A person's name of two words or more: tagged a person, or left untagged with every word a
    proper noun ("Darran Quillby", a first name the recogniser does not know); never a body or a
    place ("Vance, Grace Chapel Linden")."""
    words = [t for t in named.lefts if t.dep_ == "compound"] + [named]
    if len(words) < 2 or any(t.pos_ != "PROPN" for t in words):
        return False
    return all(t.ent_type_ == "PERSON" for t in words) or all(t.ent_type_ == "" for t in words)
