"""Pairs and groups of people or bodies named together just before.

"Both", "the two", "the leading candidates", "the committee chairmen": the gold's convention
for a group of named people is its first named member.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents import people_noun, rank_group
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.entities.body_labels import BODY_HEADS as _BODY_HEADS
from newsmine.nlp.entities.body_labels import PUBLIC_BODY_WORDS as _PUBLIC_BODY_WORDS
from newsmine.nlp.speakers.pronouns import _antecedent
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.words import _GENERIC_TITLES, _VAGUE, _has_name

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver

# "the two" this many sentences after a resolved "the two lawmakers" is the same pair.
_PAIR_AGAIN_SENTENCES = 3


def _group_named(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'The leading candidates', 'the rivals': a group description stands for the people or
    bodies named together just before (:func:`rank_group`); right after a pair or group
    resolved in the sentence before ("The two voters said … The friends admitted"), for
    that one, whoever its sentence named since."""
    labels = _group_labels(mention)
    if labels is None:
        return None
    root = mention.root
    last = resolver.last_pair
    if last is not None and 0 <= resolver.index.sentence_of[root.i] - resolver.index.sentence_of[last[0]] <= 1:
        group = last[1]
    else:
        group = rank_group(resolver.index, mention, labels) or _bodies_of_its_sentence(resolver, mention, labels)
    if group is None:
        return None
    resolver.last_pair = (root.i, group)
    return _for_cluster(group, "description")


def _pair_again(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """'The two lawmakers, however, argue … "…," the two write': a pair right after a pair
    resolved in the last sentences is the same pair, when no other person was named since
    outside quotations (what their quotation names does not count)."""
    if resolver.last_pair is None:
        return None
    token, first = resolver.last_pair
    index, root = resolver.index, mention.root
    if not 0 <= index.sentence_of[root.i] - index.sentence_of[token] <= _PAIR_AGAIN_SENTENCES:
        return None
    others = [
        n for n in index.named_after(resolver.doc[token].idx + 1)
        if n.token < root.i and not n.in_quote and n.cluster is not first and n.cluster.label == "PERSON"
    ]  # fmt: skip
    return None if others else first


def _pair_of_headline(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """'Lee and Ruiz see black votes as key … Both candidates sought to appeal': a pair (or
    few) nothing named nearby stands for is the conjunction of names of the headline (the
    article's subject, named there together), when it joins as many names as the mention
    counts ("both", "the two": two; "all three": three); the first of them, the gold's
    convention for a group of named members."""
    count = _count_of(mention)
    if count is None or resolver.headline_tokens == 0 or mention.start < resolver.headline_tokens:
        return None
    index, doc = resolver.index, resolver.doc
    # The headline's runs of names joined by "and" or commas only ("Lee and Ruiz see …",
    # "Lee, Ruiz clash …"): read from the text, as a headline's parse is often no sentence's.
    runs: list[list[EntityCluster]] = []
    end = -1
    for ent in doc.ents:
        if ent.start >= resolver.headline_tokens:
            break
        cluster = index.cluster_of.get(ent.root.i)
        if cluster is None or cluster.label not in ("PERSON", "ORG"):
            end = -1
            continue
        joined = end >= 0 and all(t.lower_ in _JOINERS for t in doc[end : ent.start])
        if joined and ent.start > end:
            if all(cluster is not c for c in runs[-1]):
                runs[-1].append(cluster)
        else:
            runs.append([cluster])
        end = ent.end
    pairs = [run for run in runs if len(run) == count]
    return pairs[0][0] if len(pairs) == 1 and len(runs) == 1 else None


# Words that join the names of a headline's list.
_JOINERS = frozenset({",", "and", "&"})


# The count a pair or few states ("both", "the two", "all three candidates").
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4}


def _count_of(mention: Span) -> int | None:
    """How many people or bodies a pair or few (:func:`_is_pair`) stands for: the first count
    word it holds ("both", "two", "three", "four"); None for "the pair", "each"."""
    for token in mention:
        if token.lower_ in _COUNTS:
            return _COUNTS[token.lower_]
    return None


def _titled_group(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'the committee chairmen' after "Oversight Committee Chairman Ann Lee and Judiciary
    Committee Chairman Bo Ruiz": a definite plural of a title that the article gave to
    two or more people named before stands for them; the gold's convention for a group of
    named people is its first named member."""
    root = mention.root
    if mention[0].lower_ != "the" or root.tag_ != "NNS" or _has_name(mention):
        return None
    title = root.lemma_.lower()
    if title not in lexicons.load("titles") or title in _GENERIC_TITLES:
        return None
    modifiers = [t.lower_ for t in mention[1:] if t.i < root.i and not t.is_punct and t.lower_ not in _VAGUE]
    index = resolver.index
    titled = [
        c for c in index.people_before(mention.start_char, everyone=True)
        if title in index.title_words(c) and all(w in index.title_words(c) for w in modifiers)
    ]  # fmt: skip
    if len(titled) < 2:
        return None
    return _for_cluster(min(titled, key=index.first_start), "description")


# Plural nouns "both" / "the two" may head when they stand for two people or bodies just named.
_PAIR_NOUNS = frozenset({
    "men", "women", "candidates", "rivals", "senators", "lawmakers", "leaders", "politicians", "nominees",
    "contenders", "companies", "firms", "groups", "sides", "campaigns", "brothers", "sisters", "sons", "friends",
    "camps", "hopefuls", "countries", "nations", "governments", "parties", "presidents",
})  # fmt: skip


_EACH_NOUNS = frozenset({"man", "woman", "candidate", "rival", "senator", "side", "campaign", "company", "nominee"})
# The singular nouns "neither" may head when it stands for two people just named (desc50).
_NEITHER_NOUNS = frozenset({"man", "woman", "candidate", "rival", "senator", "nominee"})


# Plural heads that stand for bodies, not people, when a group description names no one.
_BODY_PLURALS = frozenset({
    "companies", "firms", "groups", "campaigns", "countries", "nations", "governments", "parties", "unions",
    "departments", "agencies", "organizations", "organisations", "banks", "universities", "schools", "newspapers",
    "networks", "outlets", "committees",
})  # fmt: skip
# Words that make a plural a subset of the people named, not all of them ("the other candidates").
_SUBSET_WORDS = frozenset({"some", "many", "most", "few", "several", "other", "others", "only", "more", "fewer", "remaining", "rest", "any", "no", "fellow", "all"})  # fmt: skip


def _bodies_of_its_sentence(resolver: SpeakerResolver, mention: Span, labels: tuple[str, ...]) -> EntityCluster | None:
    """"Norberg Foods has agreed to buy rival Brightwater Brands …, the companies said in a
    joint statement": a plural of bodies after the clause that names two or more of them,
    though not as a conjunction, stands for them; the first named (the convention for a
    group of named members: the record holds one source, and the others are alternatives)."""
    if "ORG" not in labels or mention.root.lower_ not in ("companies", "firms"):
        return None
    index = resolver.index
    sentence = index.sentence_of[mention.root.i]
    named = []
    for n in index._recent(mention.start_char):
        if n.sentence != sentence:
            break
        if not n.in_quote and n.cluster.label == "ORG" and all(n.cluster is not c for c in named):
            if n.cluster.name.split()[-1].lower() not in _NOT_COMPANIES:
                named.append(n.cluster)  # not the regulator that fines them: "The European Commission"
    return named[-1] if len(named) >= 2 else None


# Last words of the names of bodies that are not companies: a commission, a ministry, a court.
_NOT_COMPANIES = _BODY_HEADS | _PUBLIC_BODY_WORDS | frozenset({"court", "government", "parliament", "union"})


def _group_labels(mention: Span) -> tuple[str, ...] | None:
    """'the leading candidates', 'the rivals', 'these companies': a definite plural of a noun
    for people in public life (the pair nouns) or for bodies, standing for people or bodies
    just named together; the entity labels of the names it may stand for. Not a subset ("the other
    candidates", "the only candidates") nor a plural qualified after its head ("the candidates
    in the race", "the lawmakers who voted"): those are null referents, no one's name."""
    root = mention.root
    if mention[0].lower_ not in ("the", "these", "those") or root.tag_ != "NNS" or _has_name(mention):
        return None
    if any(t.lower_ in _SUBSET_WORDS or t.like_num for t in mention if t.i != root.i):
        return None
    if any(child.dep_ in ("prep", "acl", "relcl") and child.i > root.i for child in root.children):
        return None
    word = root.lower_
    if word in _BODY_PLURALS:
        return ("ORG", "GPE", "NORP")
    if word in ("sides", "camps"):
        return ("PERSON", "ORG")
    return ("PERSON",) if word in _PAIR_NOUNS else None  # not "the lawyers" after two people they cite


def _is_pair(mention: Span) -> bool:
    """'both', 'the two', 'both candidates', 'the two men', 'the pair', 'neither man': two named
    just before; 'the three', 'all three candidates': the few named just before, a conjunction
    as well."""
    words = [t.lower_ for t in mention if not t.is_punct]
    if words[:1] == ["two"] and mention.start > 0 and mention.doc[mention.start - 1].lower_ == "the":
        words = ["the", *words]  # '"…," the two write' with the source span cut to "two"
    if words[:1] in (["the"], ["all"]) and words[1:2] in (["three"], ["four"]):
        words = ["the", "two", *words[2:]]  # "all three candidates" after "Lee, Ruiz and Berg"
    if words[:1] == ["each"]:
        return len(words) == 1 or (len(words) == 2 and words[1] in _EACH_NOUNS)  # "each candidate"
    if words[:1] == ["neither"]:
        # "Ryan and McConnell … but neither man has spoken out": each of the pair, as "each
        # man"; a person's noun only ("neither side" of two countries names no one; a bare
        # "Neither" may be two people nobody named)
        return len(words) == 2 and words[1] in _NEITHER_NOUNS
    if words[:1] == ["the"]:
        words = words[1:]
        if words in (["pair"], ["duo"], ["couple"]):
            return True
        if words[:1] != ["two"]:
            return False
    elif words[:1] != ["both"]:
        return False
    # "the two", "both candidates", "the two Democratic Party contenders", "the two voters"
    root = mention.root
    # "the two voters", "the two Democratic Party contenders": any plural of a person noun or a title
    return len(words) == 1 or words[-1] in _PAIR_NOUNS or (root.tag_ == "NNS" and people_noun(root.lower_))


# Quantifiers that take a whole group: "…, all of whom", "both of whom", "each of which".
_WHOLE_GROUP = frozenset({"all", "both", "each"})


def _whole_group_relative(mention: Span) -> Span | None:
    """'Sens. Ana Ruiz, Tom Berg and Ida Moss, all of whom opposed the deal': a quantifier
    over a relative pronoun stands for the whole group the relative clause hangs from; the
    noun phrase it hangs from (the rules resolve it as they would the relative "who"), else
    None. Where the parse hung the clause elsewhere, the first of the conjunction written just
    before the comma. Not "some of whom", "most of which": a part of the group, no one named."""
    root, doc = mention.root, mention.doc
    if root.lower_ not in _WHOLE_GROUP or root.i != mention.start:
        return None
    relative = any(
        prep.dep_ == "prep" and prep.lower_ == "of" and any(o.lower_ in ("whom", "which") for o in prep.children)
        for prep in root.rights
    )  # fmt: skip
    if not relative:
        return None
    antecedent = _antecedent(root)
    if antecedent is not None or root.i < 2 or doc[root.i - 1].text != ",":
        return antecedent
    first = doc[root.i - 2]
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "Brandt, Okafor and Welles, all of whom": Brandt
    return doc[first.i : first.i + 1] if first.pos_ in ("PROPN", "NOUN") else None
