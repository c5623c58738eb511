"""A relative pronoun right after a time ('a survey released Wednesday, which found …'): the
time is no antecedent of a speaking 'which' or 'who'; the clause hangs from the noun before it
(the survey), which the parse's antecedent gives. Read as the entity just before, the day was the
speaker ('Wednesday', probe51d)."""

from __future__ import annotations

__all__ = ["TIME_LABELS", "is_time", "is_time_antecedent", "noun_past_time"]

# The recogniser's labels of a time or a quantity: none of them speaks.
TIME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})


def is_time(cluster) -> bool:
    """Whether an entity cluster is a time or a quantity, never a relative pronoun's speaker."""
    return cluster is not None and cluster.label in TIME_LABELS


# How far up the parse a time's noun may be ('survey' ← 'released' ← 'Wednesday').
_MAX_CLIMB = 3
_NOUN_PHRASE_LEFTS = ("compound", "det", "amod", "poss", "nmod")


def noun_past_time(antecedent, cluster_of: dict):
    """The noun phrase a time the parse made a relative clause's antecedent modifies ('a …
    survey' for 'Wednesday' in 'a survey released Wednesday, which found'): the nearest noun
    above it that is no time, with its determiner and modifiers; None when the antecedent is no
    time or no such noun is near."""
    token = antecedent.root
    if not _a_time(token, cluster_of):
        return None
    for _ in range(_MAX_CLIMB):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("NOUN", "PROPN") and not _a_time(token, cluster_of):
            left = min((c.left_edge.i for c in token.lefts if c.dep_ in _NOUN_PHRASE_LEFTS), default=token.i)
            return token.doc[left : token.i + 1]
    return None


def is_time_antecedent(antecedent, cluster_of: dict) -> bool:
    """Whether the parse's antecedent of a relative pronoun is a time ('Monday' in 'The poll was
    taken by Gallup on Monday, which said …'). When :func:`noun_past_time` finds no noun above
    it (the day hangs from a verb), the pronoun is left to no one: read as the antecedent, the
    day was the speaker (review51e)."""
    return _a_time(antecedent.root, cluster_of)


def _a_time(token, cluster_of: dict) -> bool:
    """Whether a token is a time: in a time's cluster, or tagged one (the index clusters no dates)."""
    return is_time(cluster_of.get(token.i)) or token.ent_type_ in TIME_LABELS
