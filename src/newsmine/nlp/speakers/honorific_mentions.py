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

from newsmine.nlp.entities.word_lists import malaysian_honorific_word
from newsmine.nlp.speakers.words import _DETERMINERS

if TYPE_CHECKING:
    from spacy.tokens import Span

    from newsmine.nlp.entities import EntityCluster

__all__ = ["holder_of_honorific"]


def holder_of_honorific(mention: Span, clusters: list[EntityCluster]) -> EntityCluster | None:
    """The one person of ``clusters`` named right after the honorific ``mention`` is made of
    ('Tan Sri' of 'the Tan Sri'), before it; None when the mention holds anything but a
    determiner and capitalised words of a Malaysian honorific, or when no one or several were."""
    words = [t for t in mention if t.lower_ not in _DETERMINERS]
    if not words or not all(malaysian_honorific_word(t) and t.text[:1].isupper() for t in words):
        return None
    honorific = mention.doc[words[0].i : words[-1].i + 1].text
    text = mention.doc.text
    holders = [
        cluster
        for cluster in clusters
        if cluster.label == "PERSON"
        and any(m.start_char < mention.start_char and _after_honorific(text, m, honorific) for m in cluster.mentions)
    ]
    return holders[0] if len(holders) == 1 else None


def _after_honorific(text: str, mention: Span, honorific: str) -> bool:
    """Whether the name ``mention`` opens with the honorific or follows it and a space."""
    return mention.text.startswith(honorific + " ") or text[: mention.start_char].endswith(honorific + " ")
