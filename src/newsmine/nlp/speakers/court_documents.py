"""A court's documents speak for the court or the judge who issued them ("the brief order gave no
reasons", "the order reads": :func:`_court_document`). Split from :mod:`.documents`
(session 50).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsmine.nlp.antecedents.weights import MAX_SENTENCES as _MAX_SENTENCES
from newsmine.nlp.speakers.pronouns import _in_reported_clause
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver


# What a court or a judge puts out ("the brief order gave no reasons", "the unsigned opinion
# said", "the ruling states"): written by whoever decided, never by a party to the case. Not
# "decision": an administration's or a campaign's as often as a court's.
_COURT_DOCUMENTS = frozenset({"order", "opinion", "ruling"})
# The nouns that name the court or the judge such a document is of ("the court announced",
# "The judge pointed to …").
_COURT_NOUNS = frozenset({"court", "judge", "justice", "tribunal"})
# How far back the court or judge of a court's document may have been written (sentences): as
# far as a pronoun looks for the person it stands for (the antecedent ranking's bound). Session
# 29 (desc11) wrote that number, 12, with no reason of its own and tried no other.
_COURT_DOCUMENT_SENTENCES = _MAX_SENTENCES


# Participles whose agent wrote or issued a court's document: "The order, signed by Magistrate
# Judge Karen Whitfield," (not "filed by", a party's act on a motion or a proposed order).
_SIGNING_VERBS = frozenset({"sign", "write", "issue", "author", "hand", "enter", "pen"})


def _signed_by(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'The order, signed by Magistrate Judge Karen Whitfield, says …': the person or body the
    document's own participle names as its author (the agent of "signed", "written",
    "issued", "handed down"), before any court or judge written earlier (probe57)."""
    for participle in mention.root.rights:
        if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.lemma_.lower() not in _SIGNING_VERBS:
            continue
        if any(c.dep_ == "neg" for c in participle.children):
            continue  # "The order, not signed by Judge Ann Lee, …": denied, no author (review57)
        for agent in participle.children:
            if agent.dep_ != "agent":
                continue
            for author in agent.children:
                cluster = resolver.index.cluster_of.get(author.i) if author.dep_ == "pobj" else None
                if cluster is not None and cluster.label in ("PERSON", "ORG"):
                    return _for_cluster(cluster, "name")
    return None


def _court_document(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'the court announced that it had deadlocked in the case. As is the custom, the brief
    order gave no reasons', 'The judge pointed to … "…," the order released Friday said': a
    definite order, opinion or ruling with no author of its own speaks for the court or judge
    last written before it: a singular "court", "judge", "justice" or "tribunal" heading its
    phrase, resolved as a speaker's description would be, a judge's title before a name ("Judge Alan Whitfield"), or
    the owner of an earlier "his order", "Curiel's ruling". Not a court in what someone was
    reported to say in an earlier sentence ("the case could reach the Supreme Court")."""
    root = mention.root
    if root.lower_ not in _COURT_DOCUMENTS or root.tag_ != "NN" or mention[0].lower_ != "the":
        return None
    signer = _signed_by(resolver, mention)
    if signer is not None:
        return signer
    if any(c.dep_ in ("poss", "compound") for c in root.lefts):
        return None  # "the judge's order", "the court order": read by the rules of its own words
    index, doc = resolver.index, resolver.doc
    sentence = index.sentence_of[root.i]
    for i in range(mention.start - 1, -1, -1):
        if sentence - index.sentence_of[i] > _COURT_DOCUMENT_SENTENCES:
            return None
        token = doc[i]
        if index.in_quote[i] or token.tag_ not in ("NN", "NNP"):
            continue
        named = index.cluster_of.get(token.head.i) if token.dep_ == "compound" else None
        if token.lower_ in _COURT_NOUNS and named is not None and named.label in ("PERSON", "ORG"):
            return _for_cluster(named, "description")  # "Judge Alan Whitfield", "Justice Kennedy"
        if token.dep_ in ("compound", "poss"):
            continue
        if token.lower_ in _COURT_NOUNS:
            if index.sentence_of[i] != sentence and _in_reported_clause(token, index):
                continue  # "Scholars said the case could reach the Supreme Court": their words, not who ruled
            phrase = doc[token.left_edge.i : i + 1]
        elif token.lower_ in _COURT_DOCUMENTS:
            owner = next((c for c in token.lefts if c.dep_ == "poss"), None)
            if owner is None:
                continue
            phrase = doc[owner.left_edge.i : owner.i + 1]  # "Curiel's order", "In his order"
        else:
            continue
        found = resolver._resolve(phrase, depth=1)
        if found.cluster is None or found.kind not in ("person", "organisation"):
            return None  # the last court written is one the article does not name
        return Resolution(found.kind, found.cluster, found.name, "description")
    return None
