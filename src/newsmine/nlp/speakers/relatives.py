"""Relatives named by their relation to someone: "Lee's wife", 'his ex-wife' is the other person
of the article with the possessor's surname, or the one an apposition called so ("his wife of
55 years, Margaret": :func:`_relative`, :func:`_called_relation_of`); :func:`apposed`, the
nouns in apposition to a word either way (read by :mod:`.headline_people` too). Split from
:mod:`.people` (session 51).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp.antecedents import rank_people
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.words import (
    _FEMALE,
    _MALE,
)

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver


# Relatives named by their relation to someone, and the gender the relation gives them.
_RELATIONS = {
    "wife": "f", "ex-wife": "f", "widow": "f", "mother": "f", "daughter": "f", "sister": "f", "husband": "m",
    "ex-husband": "m", "widower": "m", "father": "m", "son": "m", "brother": "m", "ex": None,
}  # fmt: skip


def apposed(token: Token) -> list[Token]:
    """The nouns in apposition to ``token`` either way: "Lee Park, another shopper," and
    "Another shopper, Lee Park,"."""
    return [c for c in token.children if c.dep_ == "appos"] + ([token.head] if token.dep_ == "appos" else [])


def _called_relation_of(resolver: SpeakerResolver, cluster: EntityCluster, relation: str, owner: EntityCluster, by_pronoun: bool) -> bool:
    """Whether an apposition named ``cluster`` as ``owner``'s ``relation``: "Mr. Cruz's father,
    Rafael" (a name: that person's only, so never "Mr. Rubio's father"), "his wife of 55 years,
    Margaret" (a possessive pronoun: only for a mention owned by a pronoun too, "his wife said";
    "Mr. Rubio's father" is not the "his father, Rafael" of a paragraph about Cruz)."""
    if relation not in resolver.index.described_as.get(id(cluster), ()):
        return False
    for mention in cluster.mentions:
        for noun in apposed(mention.root):
            if noun.lower_ != relation:
                continue
            for child in noun.children:
                if child.dep_ == "poss":
                    named = resolver.index.cluster_of.get(child.i)
                    return named is owner if named is not None else by_pronoun and child.lower_ in _MALE | _FEMALE
    return False


def _relative(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """ "Lee's wife", 'his ex-wife': the other person of the article with the possessor's surname."""
    root = mention.root
    relation = root.lower_
    if relation not in _RELATIONS:
        return None
    owner: EntityCluster | None = None
    for child in root.children:
        if child.dep_ == "poss":
            if child.i in resolver.index.cluster_of:
                owner = resolver.index.cluster_of[child.i]
            elif child.lower_ in _MALE | _FEMALE:
                previous = resolver.previous.cluster if resolver.previous is not None else None
                ranked = rank_people(resolver.index, mention, "m" if child.lower_ in _MALE else "f", previous)
                owner = ranked[0][0] if ranked else None
    if owner is None or owner.label != "PERSON":
        return None
    people = resolver.index.people_before(mention.start_char) + resolver.index.people_after(mention.end_char)
    # 'He is survived by his wife of 55 years, Margaret; his children, Ruth and Daniel' … "his
    # wife said": the one person an apposition called so, before anyone sharing the surname
    by_pronoun = any(c.dep_ == "poss" and c.lower_ in _MALE | _FEMALE for c in root.children)
    described = [c for c in people if c is not owner and _called_relation_of(resolver, c, relation, owner, by_pronoun)]
    if len(described) == 1:
        return _for_cluster(described[0], "description")
    surname = owner.name.split()[-1]
    gender = _RELATIONS[relation]
    for cluster in people:
        if cluster is owner or cluster.name.split()[-1] != surname or len(cluster.name.split()) < 2:
            continue
        if gender and resolver.index.gender.get(id(cluster), gender) != gender:
            continue
        return _for_cluster(cluster, "description")
    return None
