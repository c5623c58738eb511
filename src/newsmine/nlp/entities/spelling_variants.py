"""One person's name written in two spellings ("Hilary Clinton" above the body's "Hillary
Clinton", "Phillip"/"Philip", "Mathew"/"Matthew") joined into one entity.

A given name is misspelt most often by a letter doubled or undoubled, and an article that
writes it both ways had two people: the clusters are built by exact name, so the later
"Mrs. Clinton" went to one spelling or the other and the speaker's name was the misspelt one
(names51: nine speaker errors of one NYT article, whose indexer's abstract wrote "Hilary").
Two person clusters are joined only when nothing else tells them apart:

- the names have the same words but the first, and the first differs only by one letter
  written once in one and twice in the other ("Mary Kelly" and "Mark Kelly", "Dana"/"Dan",
  "Joan"/"Jon" are other people: another letter, not a doubled one);
- the shorter given name has at least :data:`_MIN_GIVEN_LETTERS` letters: a short name
  doubled is as often another name ("Ana"/"Anna", "Dan"/"Dann");
- no sentence names both in full ("Phillip Hale and his cousin Philip Hale");
- no relative's noun stands before either name written in full ("His son, Denis Kelly" beside
  his father Dennis Kelly; "His twin brother, Colin Reyes"): a family names its children after
  each other with such variants;
- one spelling at most is written in full more than once: a misspelling is a slip, made once
  (the abstract's "Hilary Clinton"); an article that writes both in full again and again
  ("Hanna Kim" and "Hana Kim", no relation) means two people (review63b).

The joined entity takes the spelling written in full more often; on a tie, the one written
last: a headline, abstract or summary above the body is written apart from it, often by
another hand, and the body's introduction of the person follows it.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsmine.nlp.entities.entity_cluster import EntityCluster
from newsmine.nlp.entities.kin_nouns import CHILD_NOUNS, KIN_NOUNS, PARENT_NOUNS, kin_noun_before

__all__ = ["doubled_letter_variant", "with_spelling_variants_joined"]

# The shorter given name's length below which a doubled letter may make another name.
_MIN_GIVEN_LETTERS = 4

# Relatives' nouns before a name ("His son, Denis Kelly"): a relative of the other spelling's person.
_RELATIVE_NOUNS = KIN_NOUNS | CHILD_NOUNS | PARENT_NOUNS | {"cousin", "twin"}


def doubled_letter_variant(first: str, second: str) -> bool:
    """Whether two given names differ only by one letter written once in one and twice in
    the other ("Hilary"/"Hillary", "Philip"/"Phillip"), case aside, the shorter of at least
    :data:`_MIN_GIVEN_LETTERS` letters."""
    short, long = sorted((first.lower(), second.lower()), key=len)
    if len(long) != len(short) + 1 or len(short) < _MIN_GIVEN_LETTERS or not short.isalpha():
        return False
    for k in range(1, len(long)):
        if long[k] == long[k - 1] and long[:k] + long[k + 1 :] == short:
            return True
    return False


def with_spelling_variants_joined(clusters: list[EntityCluster]) -> list[EntityCluster]:
    """``clusters`` with each person named in a doubled-letter spelling of another's given
    name (the module's rules) joined to that person: its mentions and titles become the
    person's, and the joined entity is named by the spelling the article prefers."""
    people = [c for c in clusters if c.label == "PERSON" and len(c.name.split()) > 1]
    joined: set[int] = set()
    for k, first in enumerate(people):
        if id(first) in joined:
            continue
        for second in people[k + 1 :]:
            if id(second) not in joined and _variants(first, second):
                _absorb(first, second)
                joined.add(id(second))
    return [c for c in clusters if id(c) not in joined]


def _variants(first: EntityCluster, second: EntityCluster) -> bool:
    """Whether two person clusters are one person's name in two spellings: the same words
    but a doubled-letter variant of the given name, and nothing that sets two people apart
    (the module's rules: one sentence naming both, a relative's noun, both spellings kept)."""
    words, other = first.name.lower().split(), second.name.lower().split()
    if len(words) != len(other) or words[1:] != other[1:] or not doubled_letter_variant(words[0], other[0]):
        return False
    first_full, second_full = _full_mentions(first), _full_mentions(second)
    if len(first_full) > 1 and len(second_full) > 1:
        return False
    if any(kin_noun_before(m) in _RELATIVE_NOUNS for m in (*first_full, *second_full)):
        return False
    sentences = {m.sent.start for m in first_full}
    return not any(m.sent.start in sentences for m in second_full)


def _full_mentions(cluster: EntityCluster) -> list[Span]:
    """The cluster's mentions written as its whole name (its short forms left out)."""
    words = cluster.name.lower().split()
    return [m for m in cluster.mentions if len(m) >= len(words) and m[0].lower_ == words[0]]


def _preference(cluster: EntityCluster) -> tuple[int, int]:
    """How strongly the article prefers a cluster's spelling: how often it is written in full,
    then where it is last written so (the body's, after a headline's or an abstract's)."""
    full = _full_mentions(cluster)
    return len(full), max((m.start_char for m in full), default=-1)


def _absorb(person: EntityCluster, variant: EntityCluster) -> None:
    """Move ``variant``'s mentions and titles to ``person``, named by the preferred spelling."""
    if _preference(variant) > _preference(person):
        person.name = variant.name
    person.mentions = sorted([*person.mentions, *variant.mentions], key=lambda m: m.start_char)
    own = {title.lower() for title in person.titles}
    person.titles += [title for title in variant.titles if title.lower() not in own]
