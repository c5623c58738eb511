"""'Both campaigns', 'the two campaigns' after two candidates named together: the first one's campaign.

The gold gives a group of named members its first member, and a person's campaign its own name
("Lee campaign"). The pair rule found the pair of candidates and answered with the first of them,
the person: "Mayor Carl Benning and his challenger, Ray Dunn, met … Both campaigns said" came out
"Carl Benning", where the campaigns speak, not the man (desc53b, the brief's "both campaigns").
A pair of bodies ("both companies") and a pair of people ("both candidates") are left as they
were; only a plural of campaign nouns whose pair is people turns to the campaign.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.speakers.campaigns import _surname
from newsmine.nlp.speakers.resolution import Resolution

# Plural heads that name the campaigns of a pair, not the candidates.
_CAMPAIGN_PLURALS = frozenset({"campaigns"})  # not "camps": often the supporters of each ("the two camps agreed")


def campaign_of_pair(mention: Span, first: EntityCluster) -> Resolution | None:
    """The campaign of ``first`` (the pair's first member) when ``mention`` is a plural of
    campaign nouns ("Both campaigns", "the two campaigns") and ``first`` a person; else None."""
    if mention.root.lower_ not in _CAMPAIGN_PLURALS or first.label != "PERSON":
        return None
    return Resolution("organisation", None, f"{_surname(first)} campaign", "description")
