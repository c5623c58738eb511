"""People described before they are named: "Two of the Republicans seeking the presidency
have released their totals. Ben Carson and Sen. Ted Cruz raised …".

News often describes a group of people first and names its members only in the next
sentence, as the subject there (mostly as the ones who speak). The gold's convention for a
group of named people is its first named member; the rules for groups (:mod:`.groups`) look
only back, at people named before the description. Read on both hand-annotated train samples
(one such group in each) and across all 840 train articles before shipping.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents import people_noun
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.words import _PARTY_WORDS, _has_name

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver


# Quantifiers a group description may open with: "Two of the Republicans seeking the presidency".
_GROUP_QUANTIFIERS = frozenset({"two", "three", "four", "both", "several"})
# How many sentences after a group description its members may be named: two, as the parse
# splits a quotation at an ellipsis ("… like Ann Lee . . . to steal the election," Lee said).
_GROUP_NEXT_SENTENCES = 2


def _group_named_next(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'Two of the Republicans seeking the presidency have released their totals. Ben Carson and
    Sen. Ted Cruz raised …', 'Legislative leaders in Ohio noted … "…," state Senate leader Ida
    Moss and House Speaker Tom Berg said': a plural description of people that is a subject,
    followed in the next sentences by a conjunction of people first named there, as a subject
    (of a speech verb, unless the group is counted: not "Republicans said … Lee and Moss met"),
    is that group: its first member (the gold's convention for a group of named people)."""
    root = mention.root
    index = resolver.index
    if mention.start_char < resolver.headline_end or root.dep_ != "nsubj" or _has_name(mention):
        return None
    head = root
    if root.lower_ in _GROUP_QUANTIFIERS:
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        head = next((c for c in of.children if c.dep_ == "pobj"), root) if of is not None else root
    if head.tag_ not in ("NNS", "NNPS"):
        return None
    # "Two of the Republicans", "both senators" (not "many economists in both parties")
    counted = head is not root or any(c.dep_ == "nummod" or c.lower_ in _GROUP_QUANTIFIERS for c in head.children)
    cluster = index.cluster_of.get(head.i)
    norp = cluster is not None and cluster.label == "NORP"
    if not counted and (norp or head.lemma_.lower() in _PARTY_WORDS):
        return None  # "The Republicans had sparred …": the party's people, no one named
    if not (people_noun(head.lower_) or people_noun(head.lemma_.lower()) or norp):
        return None
    sentence = index.sentence_of[root.i]
    for n in index.named_after(mention.end_char):
        if n.sentence > sentence + _GROUP_NEXT_SENTENCES:
            return None
        if n.sentence == sentence or n.cluster.label != "PERSON" or n.in_quote:
            continue
        if index.first_start(n.cluster) < mention.start_char:
            continue
        token = resolver.doc[n.token]
        partners = [
            c for c in token.children
            if c.dep_ == "conj" and (p := index.cluster_of.get(c.i)) is not None and p.label == "PERSON"
        ]  # fmt: skip
        speaks = token.head.lemma_.lower() in lexicons.load("cues")
        if token.dep_ == "nsubj" and partners and (counted or speaks):
            return _for_cluster(n.cluster, "description")  # (not "Republicans said … Lee and Moss met")
    return None
