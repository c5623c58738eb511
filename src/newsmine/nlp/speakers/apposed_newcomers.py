"""The name set in apposition to a description's noun in the sentence after it: 'A former aide to
the county executive testified on Tuesday that … ¶ The aide, Danielle Ferris, 29, spoke quietly
…'.

News describe a newcomer in the lead and name them in the next sentence; the name may be the
subject ('… / Corey Lewandowski, in a statement, said', :func:`.newcomers._one_named_next`) or
an apposition to the same noun made definite ('The aide, Danielle Ferris,'), which repeats the
description and so names the one it described — even for a noun news usually leave unnamed
('aide', 'witness', 'official': ``newcomers._KEPT_UNNAMED``), since here the article names
them. That shape left the description an unnamed source (probe52b's 'A former aide', probe45d's
'A lawyer for the ride-share company … said …. The lawyer, Owen Farrugia, said', a strict xfail
since session 45; probe51's 'his running mate … / The running mate, Gov. Mark Pruitt' has a
possessive and a paragraph in between, not covered). PolNeAR train has no such pair: its records
do not change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS

if TYPE_CHECKING:
    from newsmine.nlp.antecedents import DocIndex
    from newsmine.nlp.entities import EntityCluster

__all__ = ["name_apposed_next", "next_sentence", "sentence_subject"]


def name_apposed_next(index: DocIndex, root: Token, head: Token) -> EntityCluster | None:
    """The person named in apposition to the subject of the sentence right after ``root``'s
    (an indefinite description's noun) when that subject opens the sentence and is ``head``'s
    noun again with 'the' ('The aide, Danielle Ferris,' after 'A former aide'), the name a
    person the recogniser tagged, outside quotation marks and not named before the
    description; None otherwise (another noun: 'The lawyer, Ann Lee,' after 'a witness' is
    someone else)."""
    following = next_sentence(index, root)
    subject = sentence_subject(following) if following is not None else None
    if subject is None or subject.left_edge.i != following.start or subject.lemma_.lower() != head.lemma_.lower():
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None
    for child in subject.children:
        cluster = index.cluster_of.get(child.i) if child.dep_ == "appos" else None
        if cluster is None or cluster.label != "PERSON" or index.in_quote[child.i]:
            continue
        if index.first_start(cluster) < root.idx:
            return None  # named before: someone the article had in mind, not the one introduced
        return cluster
    return None


def next_sentence(index: DocIndex, token: Token) -> Span | None:
    """The sentence right after ``token``'s, None at the document's end (or when the index
    numbers them apart: a sentence the parser split across a paragraph break)."""
    doc = token.doc
    if token.sent.end >= len(doc):
        return None
    following = doc[token.sent.end].sent
    return following if index.sentence_of[following.start] == index.sentence_of[token.i] + 1 else None


def sentence_subject(sentence: Span) -> Token | None:
    """The subject of ``sentence``'s root verb, if it has one."""
    return next((c for c in sentence.root.children if c.dep_ in NOUN_SUBJECT_DEPS), None)
