"""A described speaker the next sentences name with a copula: '"…," says the study's lead
author, a behavioral ecologist who … ¶ The ecologist is Priya Raman, and …'.

Feature writing introduces a speaker by what they are and gives the name a sentence or two
later in an identifying clause, 'The ecologist is Priya Raman', 'The man in the red cap was Tom
Reyes': the definite description as the subject of 'be', the person's name its complement.
The description repeats the speaker's head noun or a noun of its apposition. The rules for a
description named next (:mod:`.descriptions`, :mod:`.newcomers`) want the name as the subject
of a cue, so the description stayed unresolved (probe46a).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp.speakers.descriptions import _person_word

if TYPE_CHECKING:
    from newsmine.nlp.entities import EntityCluster
    from newsmine.nlp.speakers.resolver import SpeakerResolver

__all__ = ["identified_next"]

# How many sentences after the description the identifying clause may come.
_IDENTIFIED_WITHIN_SENTENCES = 3


def identified_next(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """The person named by 'The NOUN is NAME' within a few sentences after ``mention``, a
    definite description of one person ('the study's lead author, a behavioral ecologist': its
    head a person's word) whose head or apposition is NOUN; None otherwise (also when the name is in a quotation
    or the copula is negated: 'The winner was not Tom Reyes')."""
    root = mention.root
    if mention[0].lower_ != "the" or root.tag_ != "NN" or not _person_word(root.lower_):
        return None
    # the apposition's noun ('a behavioral ecologist') is a person's: no list need hold it
    nouns = {root.lemma_.lower()} | {c.lemma_.lower() for c in root.children if c.dep_ == "appos" and c.tag_ == "NN"}
    doc, index = resolver.doc, resolver.index
    sentences = list(doc.sents)
    at = next((n for n, sent in enumerate(sentences) if sent.start <= root.i < sent.end), -1)
    for sent in sentences[at + 1 : at + 1 + _IDENTIFIED_WITHIN_SENTENCES]:
        for token in sent:
            if token.dep_ != "nsubj" or token.lemma_.lower() not in nouns or token.head.lemma_ != "be":
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                continue
            if any(c.dep_ == "neg" for c in token.head.children):
                continue
            if not _modifiers_in_mention(token, mention):
                continue  # 'The previous coach was Martin Kerr': another coach than the speaker
            for attr in token.head.children:
                cluster = index.cluster_of.get(attr.i) if attr.dep_ == "attr" and attr.i > token.i else None
                if cluster is not None and cluster.label == "PERSON" and not index.in_quote[attr.i]:
                    return cluster
    return None


def _modifiers_in_mention(subject: Token, mention: Span) -> bool:
    """Whether every word modifying the identifying clause's subject, but its 'the', is a word
    of the description: 'The man in the red cap was Tom Reyes' for 'the man in the red cap',
    'The ecologist is …' (none). 'The previous coach was Martin Kerr', 'The coach of the
    visiting side was Bo Nilsson', 'The lawyer for the prosecution is Hannah Cole' name another
    person holding the same noun, not the speaker 'the coach', 'the lawyer for the defence'
    (review46b)."""
    words = {t.lower_ for t in mention}
    for child in subject.children:
        if child.dep_ == "det" and child.lower_ == "the":
            continue
        if any(not t.is_punct and t.lower_ not in words for t in child.subtree):
            return False
    return True
