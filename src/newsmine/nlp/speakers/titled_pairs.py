"""One of a pair named under one plural title, taken up by the title's singular: 'In an interview
with Morning Desk hosts Dan Whitfield and Carla Moreno, … something Whitfield could understand.
"…," the host said'.

A title written before one name is that person's ("host Dan Whitfield"), and "the host" is then
the person titled so (``titled_people._titled``). A plural title before two names ("hosts Dan Whitfield
and Carla Moreno", "co-founders …", "anchors …") gives neither a title (the entity rules read a
title before one name), so "the host" had no one and was left unresolved (study sample desc46: a
morning show's host, whom the gold names). The title is both people's; of the two, the one the
article named last before the mention, in its sentence or the few before, is the one it goes on
about (as an occupation used like a pronoun, ``people._person_just_named``).

Only a definite singular description whose head is the plural's singular, only names right after
the plural joined by "and" or commas, and only when one of them was named near the mention:
"the host" two paragraphs on, after other people spoke, is no one this rule can tell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver

__all__ = ["one_of_a_titled_pair"]

# How many sentences before the mention's the pair's member must have been named last.
_NAMED_WITHIN = 2


def one_of_a_titled_pair(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """The member of "hosts X and Y" named latest within :data:`_NAMED_WITHIN` sentences
    before "the host", else None."""
    root = mention.root
    if mention[0].lower_ != "the" or root.tag_ != "NN" or root.pos_ != "NOUN" or len(mention) > 3:
        return None
    index, doc = resolver.index, resolver.doc
    people: list[EntityCluster] = []
    title = -1
    # The walk back to the article's start reads the quotes component's lists (its lemmas are
    # lower-cased), not a Token a word: ~180 ``doc[i]`` a description otherwise (session 53b).
    context = index.context
    tags, lemmas, word = context.tag, context.lemma, root.lower_
    for i in range(mention.start - 1, -1, -1):
        if tags[i] == "NNS" and lemmas[i] == word and not index.in_quote[i]:
            people = _named_after_the_title(resolver, doc[i])
            if len(people) >= 2:
                title = i
                break
            people = []
    if not people:
        return None
    sentence = index.sentence_of[root.i]
    latest = max(people, key=lambda cluster: index.latest_token(cluster, mention.start_char))
    last = index.latest_token(latest, mention.start_char)
    if last < 0 or sentence - index.sentence_of[last] > _NAMED_WITHIN:
        return None
    if index.sentence_of[last] == index.sentence_of[title]:
        # "Morning Desk hosts Dan Whitfield and Carla Moreno interviewed Sen. Paul Harrow. …
        # the host said": named only in the pair itself, the one written second is no more
        # "the host" than the first (review51); the article must name one of them again
        return None
    return _for_cluster(latest, "description")


def _named_after_the_title(resolver: SpeakerResolver, title: Token) -> list[EntityCluster]:
    """The people named right after a plural title, joined by "and" or commas ("hosts Dan
    Whitfield and Carla Moreno"); none when anything else comes first."""
    index, doc = resolver.index, resolver.doc
    people: list[EntityCluster] = []
    i = title.i + 1
    while i < len(doc):
        cluster = index.cluster_of.get(i)
        if cluster is not None and cluster.label == "PERSON":
            if cluster not in people:
                people.append(cluster)
        elif doc[i].lower_ not in ("and", ",") or not people:
            break
        i += 1
    return people
