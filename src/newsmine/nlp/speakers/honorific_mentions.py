"""A speaker written as a Malaysian honorific alone ('"…," the Tan Sri said', 'the Datuk
said') is the one person the article named with that honorific before (:func:`holder_of_honorific`).

Malaysian copy names a person once in full ('Tan Sri Ahmad Faizal Ismail') and then by the
federal title alone, as British copy does with 'the Duke' (:mod:`..entities.royal_styles`).
Since leftovers61 the honorific's words are no part of the name, so such a mention had no name
word left to match (review61b's strict xfail). Only the Malaysian titles: 'the Lord said', 'the
Lady said', 'the Sir said' are no such mentions (a deity, a description). One person so named
before the mention, no more: two 'Datuk's leave 'the Datuk' unresolved (leftovers62).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsmine.nlp.entities.word_lists import cut_honorific_apostrophe, malaysian_honorific_word
from newsmine.nlp.speakers.words import _DETERMINERS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from newsmine.nlp.entities import EntityCluster

__all__ = ["holder_of_honorific"]


def holder_of_honorific(mention: Span, clusters: list[EntityCluster]) -> EntityCluster | None:
    """The one person of ``clusters`` named right after the honorific ``mention`` is made of
    ('Tan Sri' of 'the Tan Sri'), before it; None when the mention holds anything but a
    determiner and capitalised words of a Malaysian honorific, or when no one or several were."""
    words = [t for t in mention if t.lower_ not in _DETERMINERS and t.text not in _APOSTROPHES]
    if not words or not all(_honorific_word(t) for t in words):
        return None
    honorific = [t.text for t in words]
    holders = [
        cluster
        for cluster in clusters
        if cluster.label == "PERSON"
        and any(
            m.start_char < mention.start_char and (_after_honorific(m, honorific) or _apposed_honorific(m, honorific))
            for m in cluster.mentions
        )
    ]
    return holders[0] if len(holders) == 1 else None


def _after_honorific(name: Span, honorific: list[str]) -> bool:
    """Whether the honorific written with ``name`` — the capitalised honorific words right
    before it (past a 'Dr' or 'Prof') and opening it — begins with the words ``honorific``:
    'the Datuk' is the one named 'Datuk Musa Hassan' and the one named 'Datuk Seri Dr Musa
    Hassan', the higher grade of the same title, which the copy shortens so. Read by words, not
    by the name's text (leftovers63): the recogniser often leaves the honorific out of the name
    ('Musa Hassan' after 'Datuk Seri Dr '), where the text before it ends in 'Seri Dr ', not in
    'Datuk '. Not the other way: 'the Datuk Seri' is no plain 'Datuk Musa Hassan', and 'the
    Datuk' no 'Tan Sri Musa Hassan'."""
    doc = name.doc
    start = name.start
    while start > 0 and doc[start - 1].lower_ in _BETWEEN_HONORIFIC_AND_NAME:
        start -= 1  # 'Datuk Seri Dr Musa Hassan', the recogniser's name 'Musa Hassan'
    while start > 0 and (_honorific_word(doc[start - 1]) or cut_honorific_apostrophe(doc[start - 1])):
        start -= 1  # "Dato' Seri", cut at its apostrophe by the tokenizer
    end = name.start
    while end < name.end and (_honorific_word(doc[end]) or cut_honorific_apostrophe(doc[end])):
        end += 1
    written = [t.text for t in doc[start:end] if _honorific_word(t)]
    return written[: len(honorific)] == honorific and end < name.end


def _apposed_honorific(name: Span, honorific: list[str]) -> bool:
    """Whether ``name`` is followed by an apposition of the honorific alone, beginning with
    the words ``honorific``: 'Ahmad Faizal Ismail, a Datuk Seri, said …' then 'the Datuk said'
    (leftovers64; the apposition was left to no one, so 'the Datuk' was unresolved). Only a
    determiner and honorific words, closed by a comma or the sentence's end: 'Musa Hassan, a
    Datuk Seri's driver, said' is another person."""
    doc = name.doc
    start = name.end + 2
    if start >= len(doc) or doc[name.end].text != "," or doc[name.end + 1].lower_ not in _APPOSITION_DETERMINERS:
        return False
    end = start
    while end < len(doc) and (_honorific_word(doc[end]) or cut_honorific_apostrophe(doc[end])):
        end += 1
    closed = end == len(doc) or doc[end].text in (",", ".", ";")
    written = [t.text for t in doc[start:end] if _honorific_word(t)]
    return closed and bool(written) and written[: len(honorific)] == honorific


# Determiners of an apposition that says what a person is ('Ahmad Faizal Ismail, a Datuk Seri,').
_APPOSITION_DETERMINERS = frozenset({"a", "an", "the"})
# Apostrophes, which a mention of the honorific alone may hold ("the Dato'").
_APOSTROPHES = frozenset({"'", "’"})


# Titles Malaysian copy writes between the federal honorific and the name ('Datuk Seri Dr
# Musa Hassan', 'Tan Sri Prof Aminah Yusof').
_BETWEEN_HONORIFIC_AND_NAME = frozenset({"dr", "dr.", "prof", "prof.", "ir", "ir."})


def _honorific_word(token: Token) -> bool:
    """Whether ``token`` is a capitalised word of a Malaysian honorific."""
    return malaysian_honorific_word(token) and token.text[:1].isupper()
