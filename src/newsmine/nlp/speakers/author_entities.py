"""The entity a noun names as a document's author (:func:`_author_entity`: its cluster, the first
of a joint poll's partners: :func:`_joint_outlet`, :func:`_first_author_joined`; the candidate
whose campaign it is; a name in apposition: :func:`_appositive_entity`), and an author as the
speaker (:func:`_authored`: an ad of a person speaks for the person's campaign); with the verbs
that put a document out (:data:`_AUTHOR_VERBS`, :data:`_AUTHORING_VERBS`). Split from
:mod:`.authors` (session 51); :mod:`.named_authors` and :mod:`.clause_authors` read them.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsmine.nlp.antecedents import DocIndex, outlet_name
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.speakers.campaigns import _surname
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.words import (
    _BODY_TYPES,
    _CAMPAIGN_NOUNS,
    _PARTY_OF_GROUP,
    _PARTY_WORDS,
)


def _authored(author: _Author, family: str, how: str) -> Resolution:
    """A document's author as the speaker; an ad of a person, or a document its campaign put
    out ("a statement issued by the Lee campaign"), speaks for the person's campaign."""
    cluster, by_campaign = author
    if isinstance(cluster, str):
        return Resolution("organisation", None, cluster, how)  # a name written, no entity holds it
    if (by_campaign or family == "ad") and cluster.label == "PERSON":
        return Resolution("organisation", None, f"{_surname(cluster)} campaign", how)
    return _for_cluster(cluster, how)


_AUTHOR_VERBS = frozenset({"release", "publish", "conduct", "commission", "issue", "produce", "run", "sponsor", "pay", "file", "write", "post", "compile"})  # fmt: skip
# Verbs whose subject authors their object ("Lee released a statement", "the group will air an ad").
_AUTHORING_VERBS = _AUTHOR_VERBS | frozenset({
    "air", "launch", "unveil", "provide", "send", "submit", "sign", "pen", "tweet", "draft", "prepare", "distribute",
    "circulate", "debut", "cut", "put", "roll", "give", "deliver", "author", "co-author", "introduce",
})  # fmt: skip
# An author, and whether the document came from the author's campaign ("the Lee campaign"); in
# the list of an article's documents the author may be a name as written that no entity holds
# ("a Morning Consult poll", never a campaign's).
_Author = tuple[EntityCluster | str, bool]


def _author_entity(token: Token, index: DocIndex) -> _Author | None:
    """The entity a noun names as an author: its cluster, or the candidate whose campaign it
    is ("the Lee campaign", "Lee's campaign")."""
    cluster = _first_author_joined(token, index.cluster_of.get(token.i), index)
    if cluster is not None:
        cluster = _joint_outlet(cluster, index)
        # "a report by the Ledger", not "his speech from Trump Tower"
        return (cluster, False) if cluster.label in ("PERSON", "ORG", "NORP") else None
    if token.lower_ in _CAMPAIGN_NOUNS:
        for child in token.children:
            owner = index.cluster_of.get(child.i)
            if child.dep_ in ("compound", "poss") and owner is not None and owner.label == "PERSON":
                return owner, True
        owner = _person_of_phrase(token, index)
        if owner is not None:
            return owner, True  # "The campaign of Democratic nominee Ann Lee filed a complaint" (probe57b)
    named = _appositive_entity(token, index)
    if token.pos_ == "NOUN" and named is not None and named.label == "PERSON":
        return named, False  # "from the club's executive director, Jeremy Boreing"
    if token.pos_ == "NOUN" and named is not None and named.label == "ORG" and token.lower_ in _BODY_TYPES:
        return named, False  # "a projection by the consulting firm Harlow Analytics"
    return None


def _person_of_phrase(noun: Token, index: DocIndex) -> EntityCluster | None:
    """The person an "of" phrase right on ``noun`` names ("the campaign of Democratic nominee
    Ann Lee"), not one deeper in it ("a campaign of attacks on Lee"); only after "the" and one
    person: "a team of Ann Lee …", "the team of Ann Lee and Tom Ruiz" list a team's members,
    not its owner (review57d)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.lefts):
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                owner = index.cluster_of.get(obj.i)
                if obj.dep_ == "pobj" and owner is not None and owner.label == "PERSON":
                    return None if any(c.dep_ == "conj" for c in obj.children) else owner
    return None


def _appositive_entity(token: Token, index: DocIndex) -> EntityCluster | None:
    """The entity named in apposition to a common noun ("the consulting firm Harlow Analytics",
    "the club's executive director, Jeremy Boreing"): the noun is that entity, not the latest
    one its description would stand for."""
    return next((index.cluster_of[c.i] for c in token.children if c.dep_ == "appos" and c.i in index.cluster_of), None)


def _first_author_joined(token: Token, cluster: EntityCluster | None, index: DocIndex) -> EntityCluster | None:
    """'a poll conducted by the Daily Ledger and ABC News' (or '… and television networks'),
    parsed with "News" as the head: the author named first (the gold's convention for a
    conjunction), else ``cluster``."""
    words = token.doc[token.left_edge.i : token.i]
    joint = next((t.i for t in words if t.lower_ in ("and", "&") and t.dep_ == "cc"), None)
    if joint is None:
        return cluster
    first = next((index.cluster_of[t.i] for t in words if t.i < joint and t.i in index.cluster_of), None)
    return first if first is not None and first is not cluster and first.label in ("PERSON", "ORG") else cluster


_JOINT_NAME = re.compile(r"([A-Z][\w.&]*)[-–]([A-Z][\w.&]*)")


def _joint_outlet(cluster: EntityCluster, index: DocIndex) -> EntityCluster:
    """'the new Post-ABC poll' in a story that names The Washington Post: a joint poll stands
    for its first partner (the gold's convention for a conjunction), here an outlet the article
    names in full whose last word the short name is. Else ``cluster`` ("CNN-ORC" stays whole)."""
    joint = _JOINT_NAME.fullmatch(cluster.name)
    if cluster.label != "ORG" or joint is None:
        return cluster
    first = joint.group(1).lower()
    for other in {id(c): c for c in index.cluster_of.values()}.values():
        words = other.name.lower().split()
        if other is not cluster and other.label == "ORG" and len(words) > 1 and words[-1] == first and outlet_name(other.name):
            return other
    return cluster


def _party_group(cluster: EntityCluster) -> bool:
    """A NORP cluster that names a party ("Republican", "Democrats", "GOP")."""
    words = cluster.name.lower().split()
    return bool(words) and (words[0] in _PARTY_WORDS or words[0] in _PARTY_OF_GROUP)
