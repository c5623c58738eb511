"""'One of them, Rep. Karen Tully, R-Flagstaff, said': a partitive subject ("One of them", "one
of the senators") with a person named after a comma, which the parse joined to it as a
conjunct instead of an apposition (it does so when a "R-Flagstaff" follows the name). The name
says who the partitive means, as an apposition would (:func:`one_named_after_comma`, asked by
:func:`.description_routes._apposition`). Probe51c.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsmine.nlp.antecedents import DocIndex
from newsmine.nlp.entities import EntityCluster

# Heads of a partitive that picks one person out of a group named before.
_PARTITIVE_HEADS = frozenset({"one", "another"})


def one_named_after_comma(root: Token, index: DocIndex) -> EntityCluster | None:
    """The person named right after a comma behind "One of them" when the parse made the name a
    conjunct of "One": no conjunction or other conjunct joins them, so no list ("One of them
    and Rep. Tully said" is two sources, the first unnamed). None otherwise."""
    if root.lower_ not in _PARTITIVE_HEADS or not any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return None
    joined = [c for c in root.children if c.dep_ in ("cc", "conj", "preconj")]
    if len(joined) != 1 or joined[0].dep_ != "conj" or joined[0].i < root.i:
        return None
    named = joined[0]
    if any(c.dep_ in ("cc", "conj", "preconj") for c in named.children):
        return None
    left = named.left_edge.i
    if left == 0 or root.doc[left - 1].text != ",":
        return None
    cluster = index.cluster_of.get(named.i)
    return cluster if cluster is not None and cluster.label == "PERSON" else None
