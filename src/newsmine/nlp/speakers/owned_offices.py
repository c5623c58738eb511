"""An office owned by one place is not held by a person named as another place's.

"Germany's president and … ministers all urged …. Weeks later, Russia's leader, President
Vladimir V. Putin, annexed Crimea": the description opening the paragraph was given to the
first person named after it whose titles fit ("President"), though the article names him as
Russia's leader. The description's possessor says whose office it is, as an "of" phrase does
(:func:`~newsmine.nlp.speakers.titled_people._office_elsewhere`); a person set in apposition to a noun
another proper noun owns holds that one's office.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.entity_keys import country_name
from newsmine.nlp.entities import EntityCluster

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver


def _owned_elsewhere(resolver: SpeakerResolver, mention: Span, cluster: EntityCluster) -> bool:
    """Whether ``mention`` ("Germany's president") has a proper-noun possessor and ``cluster`` is
    named in apposition to a noun owned by another proper noun ("Russia's leader, President
    Vladimir V. Putin")."""
    owner = _proper_possessor(mention.root)
    if owner is None:
        return False
    for m in cluster.mentions:
        root = m.root
        nouns = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            nouns.append(root.head)
        for noun in nouns:
            other = _proper_possessor(noun)
            if other is not None and not _same_owner(resolver, owner, other):
                return True
    return False


def _same_owner(resolver: SpeakerResolver, owner: Token, other: Token) -> bool:
    """Whether two possessors name one owner: the same word, one entity ("Acme's" and "Acme
    Corp.'s"), or one country under two names ("Britain's prime minister … the U.K.'s leader,
    Prime Minister …": review51b; the country keys of :func:`newsmine.entity_keys.country_name`)."""
    if other.lower_ == owner.lower_:
        return True
    cluster_of = resolver.index.cluster_of
    if cluster_of.get(owner.i) is not None and cluster_of.get(owner.i) is cluster_of.get(other.i):
        return True
    country = country_name(_possessor_words(owner))
    return country is not None and country == country_name(_possessor_words(other))


def _possessor_words(token: Token) -> str:
    """The possessor's name with the words compounded before it ("United Kingdom")."""
    return " ".join(w.text for w in [*(c for c in token.lefts if c.dep_ == "compound"), token])


def _proper_possessor(noun: Token) -> Token | None:
    """The proper noun that owns ``noun`` ("Germany" of "Germany's president"), else None."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
