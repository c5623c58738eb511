"""'Rep. Dale Harkins, a Texas Republican who backed the policy': a "who" on a party or
nationality word set in apposition to a named person is that person.

The small model tags "Republican" / "Democrat" (and "a Texas Republican") a nationality or party
(NORP), so the cluster right before "who" is that word's own, and the relative pronoun resolved
to it: the speaker of the stance ("backed the policy", "opposed the exchange") came out an
unnamed "Republican". A party member's word after a named person's comma describes that person,
as a common noun there does (:func:`.pronouns._person_before_apposition`, which asks for a
common noun). Only a singular word ("a Democrat"): "Smith and Lee, Democrats who …" is a group,
and "Democrats who say …" no one named. Probe53c (two stances in the immigration story, one in
the health-care story).
"""

from __future__ import annotations

from newsmine.nlp.antecedents import DocIndex
from newsmine.nlp.entities import EntityCluster

__all__ = ["person_of_party_word"]

_PERSONAL_RELATIVES = frozenset({"who", "whom", "whose"})


def person_of_party_word(index: DocIndex, before: EntityCluster | None, relative: int) -> EntityCluster | None:
    """The person named right before a comma that a singular party or nationality word
    (``before``, a NORP cluster ending right before the "who" at ``relative``) stands in
    apposition to ('Harkins, a Texas Republican who'); None otherwise."""
    doc = index.doc
    if before is None or before.label != "NORP" or doc[relative].lower_ not in _PERSONAL_RELATIVES:
        return None
    j = relative - 1
    while j > 0 and doc[j].is_punct:
        j -= 1
    word = doc[j]
    if index.cluster_of.get(word.i) is not before or word.tag_ != "NNP" or word.dep_ != "appos":
        return None
    name = word.head
    comma = word.left_edge.i - 1
    if comma < 1 or doc[comma].text != "," or not (name.i < comma and doc[comma - 1].i in index.cluster_of):
        return None
    owner = index.cluster_of.get(name.i)
    if owner is None or owner.label != "PERSON" or index.cluster_of.get(doc[comma - 1].i) is not owner:
        return None
    return owner
