"""A town, city or state that files a lawsuit is its author.

"Millbrook filed a lawsuit against Harlan County on Wednesday. The lawsuit claims …": a
document's author is a person, a body or a party (``author_entities._author_entity``: not a
place, so that "his speech from Trump Tower" is no one's), so the lawsuit of a place had no
author and "The lawsuit claims" stayed unresolved, though "Millbrook sued …" already gave it
the town (``verb_documents``). A place named as the subject of the verb that files a court paper
("filed a lawsuit", "filed suit", "filed a complaint") sues as a body: the gold names the town
or state. Only court papers: a place that "released a report" is written so for its government
or an office the article names. Not a word a person of the article is named by too ("Georgia
Mills … Georgia filed a complaint": review52). Seen on invented articles in session 52 (desc52).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsmine.nlp.antecedents import DocIndex
from newsmine.nlp.entities import EntityCluster

# Court papers a plaintiff files ("a lawsuit", "suit", "a complaint", "a petition").
_PLAINTIFFS_PAPERS = frozenset({"lawsuit", "suit", "complaint", "petition"})
_FILING_VERBS = frozenset({"file"})


def place_plaintiff(subject: Token, noun: Token, index: DocIndex) -> EntityCluster | None:
    """The place named as ``subject`` of the verb that files the court paper ``noun``, else None."""
    verb = noun.head
    if noun.lower_ not in _PLAINTIFFS_PAPERS or noun.dep_ != "dobj" or verb.lemma_.lower() not in _FILING_VERBS:
        return None
    if subject.head.i != verb.i or subject.dep_ != "nsubj":
        return None
    cluster = index.cluster_of.get(subject.i)
    if cluster is None and subject.pos_ == "PROPN" and subject.text[:1].isupper():
        # the recogniser tags a town's name once and misses it at a sentence's start
        cluster = index.by_name_word(subject.text, subject.idx, ("GPE",))
    if cluster is None or cluster.label != "GPE":
        return None
    if index.by_name_word(subject.text, subject.idx, ("PERSON",)) is not None:
        return None  # "Georgia Mills, a nurse, … Georgia filed a complaint": a person's name too (review52)
    return cluster
