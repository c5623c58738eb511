"""What the resolver answers for a mention, and how an entity becomes that answer.

:class:`Resolution` is one mention's answer; :func:`_for_cluster` makes one from an entity (its
kind from the entity's label; a group named by its party stands for the party, any other group
for no one); :func:`add_resolved_references` adds the pronouns and descriptions tied to an
entity to its references once a document is resolved.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.speakers.words import _ORG_LABELS, _PARTY_OF_GROUP
from newsmine.records import SpeakerKind, SpeakerResolution


@dataclass(slots=True)
class Resolution:
    kind: SpeakerKind
    cluster: EntityCluster | None = None
    name: str | None = None
    how: SpeakerResolution = SpeakerResolution.none
    added_mention: Span | None = None  # a pronoun or description resolved to ``cluster``

    def __post_init__(self) -> None:
        self.kind, self.how = SpeakerKind(self.kind), SpeakerResolution(self.how)


def add_resolved_references(resolutions: list[Resolution]) -> None:
    """Add each pronoun or description the resolver tied to an entity to that entity's
    references (never to its mentions, which hold names only)."""
    for resolution in resolutions:
        if resolution.added_mention is not None and resolution.cluster is not None:
            resolution.cluster.add_reference(resolution.added_mention)


def _for_cluster(cluster: EntityCluster, how: str, added: Span | None = None) -> Resolution:
    if cluster.label == "PERSON":
        kind = "person"
    elif cluster.label in _ORG_LABELS:
        kind = "organisation"
    else:
        kind = "unresolved"
    name = cluster.name
    if cluster.label == "NORP":
        if name.lower() not in _PARTY_OF_GROUP:
            return Resolution("anonymous", None, name, "none")  # "Europeans": a group, no one named
        name = _PARTY_OF_GROUP[name.lower()]
    return Resolution(kind, cluster, name, how, added)
