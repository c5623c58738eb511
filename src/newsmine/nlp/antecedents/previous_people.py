"""The genders of the people a sentence's pronouns may carry over from the sentence before.

'The Republican nominee, businessman Curtis Vail, wasted no time. Within an hour of Okafor's
speech, his campaign sent supporters an email …': the "his" is Vail's, named in the sentence
before, yet the sentence names Okafor alone, and :func:`.gender._gender_from_pronouns` counted
the "his" as a vote that Okafor is a man (probe54b: every "she" for her then went to her rival,
the only woman left). A pronoun of the gender of a person of known gender named in the
sentence before votes for no one, as one of the gender of another person named in the same
sentence does.

Not when the person named is the subject of a clause that holds the pronoun (review54d):
"Within an hour, Adeyemi said he would concede" binds the "he" to Adeyemi, the subject of
"said", whoever was named the sentence before; the rule first took those votes too, and a
man's own "he" (a woman's own "she") no longer told his (her) gender.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsmine.nlp.antecedents.named import _Named

__all__ = ["bound_by_subject", "previous_sentence_genders"]


def previous_sentence_genders(named: list[_Named], known: dict[int, str]) -> dict[int, set[str]]:
    """For each sentence number, the known genders of the people named (outside quotation
    marks) in the sentence before it."""
    genders: dict[int, set[str]] = {}
    for n in named:
        gender = known.get(id(n.cluster))
        if n.cluster.label == "PERSON" and not n.in_quote and gender is not None:
            genders.setdefault(n.sentence + 1, set()).add(gender)
    return genders


def bound_by_subject(doc: Doc, name_roots: list[int], i: int) -> bool:
    """Whether pronoun ``i`` lies in the clause of a verb whose subject, before it, is one of
    ``name_roots`` (a named person's mention roots): "Adeyemi said he would concede", "Adeyemi
    conceded, and he thanked …", "Adeyemi said his campaign would fold". Not a name that is
    no subject ("Within an hour of Adeyemi's speech, his campaign …")."""
    pronoun = doc[i]
    return any(
        root < i and doc[root].dep_ in NOUN_SUBJECT_DEPS and doc[root].head.is_ancestor(pronoun) for root in name_roots
    )
