"""Pairs and groups named together: conjunctions of names and the plurals that stand for them.

:func:`rank_pair` ("the two", "both"), :func:`rank_group` ("the rivals", "they") and
:func:`rank_people_named_together` (a "they" nothing else resolved) take the first of a
conjunction (the gold's convention); :func:`people_noun` says a plural noun
names people ("Lee and other labor leaders").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents.doc_index import DocIndex
from newsmine.nlp.antecedents.named import _PERSON_HEADS, _Named
from newsmine.nlp.antecedents.weights import _PAIR_SENTENCES
from newsmine.nlp.entities import EntityCluster


def _first_of_people(index: DocIndex, token: int) -> bool:
    """Whether the name at ``token`` is the first of a conjunction of people ("Lee and Ruiz",
    "Ms. Henry and other labor leaders", "Lee and his wife")."""
    if _first_of_conjunction(index, token, ("PERSON",)):
        return True
    return any(
        child.dep_ == "conj" and child.pos_ == "NOUN" and child.tag_ in ("NNS", "NN") and people_noun(child.lower_)
        for child in index.doc[token].children
    )


def people_noun(word: str) -> bool:
    return word in _PERSON_HEADS or word in lexicons.load("person_nouns") or word in lexicons.load("anonymous") or (
        word.endswith("s") and (word[:-1] in lexicons.load("person_nouns") or word[:-1] in lexicons.load("titles"))
    )


def _first_of_conjunction(index: DocIndex, token: int, labels: tuple[str, ...]) -> bool:
    """Whether the name at ``token`` is the first of a conjunction of names of those labels
    ("Lee and Ruiz", "Verizon and Comcast", "Lee, the mayor, and Ruiz")."""
    own = index.cluster_of.get(token)
    name = index.doc[token]
    # "Paul Ryan, the speaker of the House, and Mitch McConnell, the majority leader,": the
    # parse hangs the second name on the first one's title in apposition (desc50)
    titles = [c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > token]
    for child in (*name.children, *(c for title in titles for c in title.children)):
        if child.dep_ != "conj":
            continue
        # "Lee and Ruiz"; "Lee and his wife, Ana Lee": the conjunct may be named in apposition
        named = [child] + [c for c in child.children if c.dep_ == "appos"]
        for other in (index.cluster_of.get(t.i) for t in named):
            if other is not None and other is not own and other.label in labels:
                return True
    return False


def _named_for_a_pair(index: DocIndex, mention: Span) -> Iterator[_Named]:
    """The people and organisations named outside quotations before ``mention``, latest first,
    as far back as a pair or group may have been named (:data:`_PAIR_SENTENCES` sentences of
    narrative)."""
    for n in index._recent(mention.start_char):
        if index.sentence_of[mention.root.i] - n.sentence > _PAIR_SENTENCES and (
            index.narrative_sentences_between(n.token, mention.root.i) >= _PAIR_SENTENCES
        ):
            break  # a quotation's own sentences do not count: '… and Berg retired. "…," Berg said. "…" The two voters'
        if not n.in_quote and n.cluster.label in ("PERSON", "ORG"):
            yield n


def rank_pair(index: DocIndex, mention: Span) -> EntityCluster | None:
    """'the two', 'both', 'both candidates': the first of the two named just before (the
    convention for a conjunction is its first member) — the first of a conjunction of names
    in the last sentences, else the first of the last two people named together in a sentence,
    when nobody else was named since ("Tensions flare after Sanders calls Clinton unqualified;
    Senator sharpens attacks … The two Democratic Party contenders are questioning …")."""
    sentence = index.sentence_of[mention.root.i]
    by_sentence: dict[int, list[_Named]] = {}
    for n in _named_for_a_pair(index, mention):
        near = n.cluster.label == "PERSON" or sentence - n.sentence <= 1  # organisations: just before only
        if near and _first_of_conjunction(index, n.token, (n.cluster.label,)):
            if _says_two(mention) and _names_in_list(index, n.token, n.cluster.label) > 2:
                # "Ruiz, Berg and Chan met … Neither man" (review50), "… Both campaigns said"
                # (xfail54): "neither" and "both" are said of two, not of three
                return None
            return _head_of_list(index, n.token, n.cluster)
        by_sentence.setdefault(n.sentence, []).append(n)
    since: set[int] = set()  # the people named in the sentences after the one looked at
    for number in sorted(by_sentence, reverse=True):
        named = sorted(by_sentence[number], key=lambda n: n.start_char)
        people = [n for n in named if n.cluster.label == "PERSON"]
        pair = {id(n.cluster) for n in people}
        if len(pair) == 2 and since <= pair:
            return people[0].cluster
        since |= pair
        if len(since) > 1:
            return None  # someone else named since: not a pair any more
    return None


def _says_two(mention: Span) -> bool:
    """Whether the pair word of ``mention`` says two ("neither man", "both", "both campaigns",
    "the two"), not a few ("all three", "the three")."""
    words = [t.lower_ for t in mention]
    return words[0] in ("neither", "both") or ("two" in words and not any(w in ("three", "four") for w in words))


def rank_former_or_latter(index: DocIndex, mention: Span, latter: bool) -> EntityCluster | None:
    """'the former', 'the latter': the first or the second of the last two people named
    before it, outside quotations, within :func:`_named_for_a_pair`'s reach, in the order
    the article first names them there ("Health Secretary Wes Streeting … the shadow health
    secretary, Caroline Johnson, said … The former called the report …" is Streeting; "Lee and
    Ruiz met. Lee arrived late. The latter said …" is Ruiz). None when fewer than two are named."""
    first_named: dict[int, tuple[int, EntityCluster]] = {}  # cluster id -> (earliest start seen, cluster)
    for n in _named_for_a_pair(index, mention):  # latest first
        if index.doc[n.token].lower_ in ("former", "latter") or n.cluster.label != "PERSON":
            continue  # "The former called …; the latter said …": the first one resolved, not named
        if id(n.cluster) not in first_named and len(first_named) == 2:
            break  # a third person named before the two: the pair is complete
        first_named[id(n.cluster)] = (n.start_char, n.cluster)
    if len(first_named) < 2:
        return None
    former, second = sorted(first_named.values(), key=lambda pair: pair[0])
    return second[1] if latter else former[1]


def rank_people_named_together(index: DocIndex, mention: Span) -> EntityCluster | None:
    """A "they" nothing else resolved: the first of the latest conjunction of people named in
    :func:`rank_pair`'s reach, in any role, that is a group of its own (:func:`_a_group`: not
    "Lee or Ruiz", not "stars like Lee and Ruiz"). Not the pair of a sentence nor organisations,
    as for "the two": "they" stands for any group more often than for two people just named."""
    for n in _named_for_a_pair(index, mention):
        if n.cluster.label != "PERSON" or not _a_group(index, n.token):
            continue
        if _first_of_conjunction(index, n.token, ("PERSON",)):
            return _head_of_list(index, n.token, n.cluster)
    return None


def rank_group(
    index: DocIndex, mention: Span, labels: tuple[str, ...], subject_only: bool = False
) -> EntityCluster | None:
    """'The leading candidates', 'the rivals' (and, with ``subject_only``, 'they') after "… joined
    Clinton and Sanders for the debate": a plural standing for people or bodies named together
    just before is the first of the latest conjunction of names of those labels, outside
    quotations, in its own sentence or the one before (the gold's convention for a group of
    named members is its first; the others are alternatives). With ``subject_only`` the
    conjunction must be a subject ("Lee and Ruiz met … they said"), as a pronoun's
    antecedent mostly is."""
    sentence = index.sentence_of[mention.root.i]
    for n in index._recent(mention.start_char):
        if sentence - n.sentence > 1:
            return None
        if n.in_quote or n.cluster.label not in labels:
            continue
        if _first_of_conjunction(index, n.token, labels):
            if subject_only and not n.subject:
                return None
            return _head_of_list(index, n.token, n.cluster)
    return None


def _head_of_list(index: DocIndex, token: int, cluster: EntityCluster) -> EntityCluster:
    """'Ruiz, Berg and Haddad' parsed as Ruiz -> Berg -> Haddad: the first of the whole list,
    not of its last pair."""
    word = index.doc[token]
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
        above = index.cluster_of.get(word.i)
        if above is None or above.label != cluster.label:
            break
        cluster = above
    return cluster


def _names_in_list(index: DocIndex, token: int, label: str) -> int:
    """How many different names of ``label`` the conjunction holding the name at ``token``
    joins ("Ruiz, Berg and Chan": 3), counting names in apposition to a conjunct and those
    the parse hangs on a conjunct's title ("Ryan, the speaker, and McConnell": 2)."""
    word = index.doc[token]
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    conjuncts = [word, *(t for t in word.subtree if t.dep_ == "conj")]
    named = [*conjuncts, *(c for t in conjuncts for c in t.children if c.dep_ == "appos")]
    clusters = {id(c) for c in (index.cluster_of.get(t.i) for t in named) if c is not None and c.label == label}
    return len(clusters)


# Prepositions that give examples of a larger group ("stars like Lee and Ruiz", "candidates,
# including Lee and Ruiz"): "they" after them is the group, not the people listed.
_EXAMPLE_WORDS = frozenset({"like", "including", "as"})


def _a_group(index: DocIndex, token: int) -> bool:
    """Whether the conjunction of names the name at ``token`` belongs to is a group of its own:
    not alternatives ("Lee or Ruiz") nor examples of a larger group ("stars like Lee and Ruiz")."""
    word = index.doc[token]
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head  # the head of the list: "Lee, Ruiz and Moss" parsed as Lee -> Ruiz -> Moss
    conjuncts = [word, *(t for t in word.subtree if t.dep_ == "conj")]
    if any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for t in conjuncts for c in t.children):
        return False
    return not (word.dep_ == "pobj" and word.head.lower_ in _EXAMPLE_WORDS)
