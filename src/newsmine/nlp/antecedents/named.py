"""A named mention as the ranking reads it, and what makes it the subject of its sentence.

:class:`_Named` is one entry of :attr:`DocIndex.named`; the rankings, the gender votes and
the index all read it, so it lives apart from all of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsmine.nlp import lexicons
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS


@dataclass(slots=True)
class _Named:
    start_char: int
    token: int  # the mention's root token
    sentence: int
    in_quote: bool
    subject: bool
    possessor: bool  # "Lee's parents": a possessor is as good an antecedent as a subject in its own sentence
    cluster: EntityCluster


_PERSON_HEADS = frozenset({
    "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "widow", "aide", "aides",
    "spokesman", "spokeswoman", "lawyer", "attorney", "adviser", "advisers", "campaign", "family", "friend", "rival",
})  # fmt: skip


def is_subject(root) -> bool:
    """A clause's subject, or the possessor of one ("Lee's plan drew a crowd"): what the
    sentence is about, as a pronoun after it takes it."""
    if root.dep_ in NOUN_SUBJECT_DEPS:
        return not _small_clause(root.head)
    head = root.head
    if root.dep_ != "poss" or head.dep_ not in NOUN_SUBJECT_DEPS:
        return False
    # "Lee's husband, Bo, said": the husband is the subject, not Lee
    person = head.lower_ in _PERSON_HEADS or head.ent_type_ == "PERSON" or any(c.dep_ == "appos" for c in head.children)
    return not person and head.lower_ not in lexicons.load("person_nouns") and head.lower_ not in lexicons.load("titles")


def _names_the_subject(name) -> bool:
    """'Her predecessor, Richard Ode, resigned': a name set off by a comma in apposition to a
    description that is a clause's subject, which a "he" or "she" after it takes as it takes
    the subject (not a name's own apposition, "Peter Welch, Democrat of Vermont", nor a name
    the parse hangs on its noun, "the gossip site Gawker"). Not a subject for a description
    ("the retired surgeon"), whose own words say more than the sentence's shape."""
    head, left = name.head, name.left_edge.i
    return (
        name.dep_ == "appos" and head.dep_ in NOUN_SUBJECT_DEPS and head.pos_ == "NOUN" and head.i < name.i
        and left > 0 and name.doc[left - 1].text == "," and not _small_clause(head.head)
    )  # fmt: skip


def _small_clause(verb) -> bool:
    """'hold Berg accountable', 'let Lee go': the object of a verb parsed as the subject of a
    bare complement, which is not what the sentence is about."""
    return (
        verb.dep_ in ("ccomp", "xcomp", "oprd")
        and verb.tag_ in ("JJ", "VB")
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)
    )
