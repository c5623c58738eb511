"""The genders of the people a sentence's pronouns may carry over from the sentence before.

'The Republican nominee, businessman Curtis Vail, wasted no time. Within an hour of Okafor's
speech, his campaign sent supporters an email …': the "his" is Vail's, named in the sentence
before, yet the sentence names Okafor alone, and :func:`.gender._gender_from_pronouns` counted
the "his" as a vote that Okafor is a man (probe54b: every "she" for her then went to her rival,
the only woman left). A pronoun of the gender of a person of known gender named in the
sentence before votes for no one, as one of the gender of another person named in the same
sentence does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsmine.nlp.antecedents.named import _Named

__all__ = ["previous_sentence_genders"]


def previous_sentence_genders(named: list[_Named], known: dict[int, str]) -> dict[int, set[str]]:
    """For each sentence number, the known genders of the people named (outside quotation
    marks) in the sentence before it."""
    genders: dict[int, set[str]] = {}
    for n in named:
        gender = known.get(id(n.cluster))
        if n.cluster.label == "PERSON" and not n.in_quote and gender is not None:
            genders.setdefault(n.sentence + 1, set()).add(gender)
    return genders
