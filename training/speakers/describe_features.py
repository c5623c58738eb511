"""Features for a learned choice of a description's referent (the thirteenth session's study).

A speaker mention headed by a common noun ("the campaign", "the newspaper", "his attorney",
"officials") is resolved by the rules of :mod:`newsmine.nlp.speakers`, which either name an
entity or leave the mention unnamed. This module lists, for one such mention, the entities it
could stand for (the clusters named before it, a few named just after it, and the rules' own
answer) and describes each pair (mention, candidate) as a dict of numeric features. A model
then ranks the candidates; the best one is taken when its probability passes a threshold,
else the mention is left unnamed. The same function serves training (``describe_study.py``)
and inference (:func:`resolve_with_candidates`, :meth:`DescribeModel.resolve`), so the two
cannot compute different features.

Not wired into ``newsmine extract``: it did not beat the rules by cross-validation on the
train speaker sample (docs/history/speakers.md, thirteenth session).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.speakers import (
    _BODY_TYPES,
    _DOCUMENT_NOUNS,
    _QUANTIFIERS,
    _ROLE_NOUNS,
    Resolution,
    SpeakerResolver,
    _is_person_noun,
)

FEATURE_SET = "describe-v2"
# How many distinct entities named before the mention are candidates, latest first.
MAX_BEFORE = 12
# Sentences after the mention whose names are candidates ("A lawmaker … said. … Ana Ruiz").
SENTENCES_AFTER = 2
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "its", "their"})
_PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_BODY_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
_ARTICLES = frozenset({"the", "a", "an"})


@dataclass(slots=True)
class Candidate:
    """One entity a description may stand for: a cluster, or the rules' name with no cluster."""

    name: str
    kind: str  # person / organisation
    cluster: object | None
    features: dict[str, float]


def in_scope(mention: Span, resolver: SpeakerResolver) -> bool:
    """A description or a pronoun: headed by a common noun or a pronoun that is no part of a name."""
    root = mention.root
    return root.pos_ in ("NOUN", "PRON", "DET") and root.i not in resolver.index.cluster_of


def _head_kind(low: str) -> dict[str, float]:
    person = _is_person_noun(low) or low in lexicons.load("titles") or low in _ROLE_NOUNS
    body = low in _BODY_TYPES or low in lexicons.load("organisation_nouns")
    document = low in _DOCUMENT_NOUNS
    return {"head_person": float(person), "head_body": float(body), "head_document": float(document)}


def mention_features(mention: Span, rules: Resolution) -> dict[str, float]:
    """What the mention alone says: its determiner, number, head noun family, the rules' answer."""
    root = mention.root
    first = mention[0].lower_
    features = {
        "definite": float(first in ("the", "this", "that", "these", "those")),
        "indefinite": float(first in ("a", "an")),
        "possessive_det": float(first in _POSSESSIVE_DETERMINERS),
        "quantified": float(first in _QUANTIFIERS or any(t.like_num for t in mention if t.i < root.i)),
        "bare": float(first == root.lower_),
        "plural": float(root.tag_ == "NNS"),
        "campaign_head": float(root.lower_ == "campaign"),
        "pronoun_person": float(root.lower_ in _PERSON_PRONOUNS),
        "pronoun_body": float(root.lower_ in _BODY_PRONOUNS),
        "pronoun_relative": float(root.lower_ in _RELATIVE_PRONOUNS),
        "rules_anonymous": float(rules.kind == "anonymous"),
        "rules_unresolved": float(rules.kind == "unresolved" or (rules.name is None and rules.kind != "anonymous")),
        "rules_named": float(rules.name is not None and rules.kind in ("person", "organisation")),
        "rules_cluster": float(rules.cluster is not None),
    }
    features.update(_head_kind(root.lower_))
    return features


def _seen(sentence: int, in_quote: bool, subject: bool, *, after: bool) -> dict:
    """What a candidate's latest mention says (``mentions_before`` counted by the caller)."""
    return {
        "latest_sentence": sentence, "latest_in_quote": in_quote, "subject": subject,
        "after": after, "mentions_before": 0,
    }  # fmt: skip


def candidates(mention: Span, resolver: SpeakerResolver, rules: Resolution) -> list[Candidate]:
    """The candidates of ``mention`` with their features (``rules``: what the rules resolved)."""
    index = resolver.index
    root = mention.root
    head = root.lower_
    sentence = index.sentence_of[root.i]
    base = mention_features(mention, rules)
    possessor = next((c for c in root.children if c.dep_ == "poss"), None)
    possessor_cluster = index.cluster_of.get(possessor.i) if possessor is not None else None
    previous = resolver.previous.cluster if resolver.previous is not None else None
    # Entities named before, latest first (distinct), then those named just after.
    seen: dict[int, dict] = {}
    order: list[object] = []
    for n in index._recent(mention.start_char):
        if n.cluster.label not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        key = id(n.cluster)
        if key not in seen:
            if len(order) >= MAX_BEFORE:
                continue
            seen[key] = _seen(n.sentence, n.in_quote, n.subject, after=False)
            order.append(n.cluster)
        seen[key]["mentions_before"] += 1
    for n in index.named_after(mention.end_char):
        if n.sentence - sentence > SENTENCES_AFTER:
            break
        if n.cluster.label not in ("PERSON", "ORG", "GPE", "NORP") or id(n.cluster) in seen:
            continue
        seen[id(n.cluster)] = _seen(n.sentence, n.in_quote, n.subject, after=True)
        order.append(n.cluster)
    if rules.cluster is not None and id(rules.cluster) not in seen:
        seen[id(rules.cluster)] = _seen(-1, False, False, after=False)  # named nowhere near
        order.append(rules.cluster)
    label_rank: dict[str, int] = {}
    out: list[Candidate] = []
    gender = _PERSON_PRONOUNS.get(head)
    first_person = min((c for c in order if c.label == "PERSON"), key=index.first_start, default=None)
    for k, cluster in enumerate(order):
        info = seen[id(cluster)]
        label = cluster.label
        rank_in_label = label_rank.get(label, 0)
        label_rank[label] = rank_in_label + 1
        distance = sentence - info["latest_sentence"] if info["latest_sentence"] >= 0 else 30
        type_words = _BODY_TYPES.get(head, ())
        fit = index.body_fit(cluster, head, type_words) if label != "PERSON" else 0.0
        titles = index.title_words(cluster) if label == "PERSON" else set()
        modifiers = {t.lower_ for t in mention if t.i != root.i and not t.is_punct and t.lower_ not in _ARTICLES}
        name_words = {w.lower() for w in cluster.name.replace("-", " ").split()}
        is_person = float(label == "PERSON")
        is_body = float(label in ("ORG", "GPE", "NORP"))
        f = dict(base)
        f.update({
            "cand_person": is_person,
            "cand_org": float(label == "ORG"),
            "cand_gpe": float(label == "GPE"),
            "cand_norp": float(label == "NORP"),
            "person_head_x_person": base["head_person"] * is_person,
            "body_head_x_body": base["head_body"] * is_body,
            "body_head_x_person": base["head_body"] * is_person,
            "person_head_x_body": base["head_person"] * is_body,
            "title_match": float(head in titles),
            "modifier_in_titles": float(bool(modifiers & titles)),
            "body_fit": fit,
            "head_in_name": float(head in name_words),
            "modifier_in_name": float(bool(modifiers & name_words)),
            "log_distance": math.log1p(max(distance, 0)),
            "same_sentence": float(distance == 0),
            "named_after": float(info["after"]),
            "rank0": float(k == 0),
            "label_rank0": float(rank_in_label == 0),
            "log_rank": math.log1p(k),
            "log_mentions": math.log1p(index.mention_count.get(id(cluster), 0)),
            "log_mentions_before": math.log1p(info["mentions_before"]),
            "first_person": float(cluster is first_person),
            "previous_speaker": float(cluster is previous),
            "latest_in_quote": float(info["latest_in_quote"]),
            "latest_subject": float(info["subject"]),
            "possessor": float(cluster is possessor_cluster),
            "rules_pick": float(cluster is rules.cluster),
            "gender_agrees": float(gender is not None and index.gender.get(id(cluster)) == gender),
            "gender_clashes": float(gender is not None and index.gender.get(id(cluster), gender) != gender),
            "campaign_x_campaign_name": base["campaign_head"] * float(cluster.name.lower().endswith("campaign")),
        })  # fmt: skip
        kind = "person" if label == "PERSON" else "organisation"
        out.append(Candidate(cluster.name, kind, cluster, f))
    if rules.cluster is None and rules.name and rules.kind in ("person", "organisation"):
        # The rules' name with no cluster ("Lee campaign", an outlet as written)
        f = {name: 0.0 for name in out[0].features} if out else {}
        f.update(base)
        f.update({"rules_pick": 1.0, "rules_string": 1.0, "log_distance": math.log1p(30)})
        out.append(Candidate(rules.name, rules.kind, None, f))
    for c in out:
        c.features.setdefault("rules_string", 0.0)
    return out


def resolve_with_candidates(
    resolver: SpeakerResolver, mention: Span, resolve=SpeakerResolver.resolve
) -> tuple[Resolution, list[Candidate] | None]:
    """The rules' resolution of ``mention`` and, when it is in scope, its candidates as they
    stood before it was resolved (the previous speaker is the one before this mention). The
    one entry point of training (``describe_study.py`` wraps the resolver with it) and of
    inference (:meth:`DescribeModel.resolve`), so both compute the same features."""
    scope = in_scope(mention, resolver)
    previous = resolver.previous
    resolution = resolve(resolver, mention)
    if not scope:
        return resolution, None
    after = resolver.previous
    resolver.previous = previous
    try:
        options = candidates(mention, resolver, resolution)
    finally:
        resolver.previous = after
    return resolution, options


@dataclass(slots=True)
class DescribeModel:
    """Logistic regression over candidate features, with the threshold under which the
    mention is left unnamed."""

    weights: dict[str, float]
    bias: float
    threshold: float
    feature_set: str = FEATURE_SET

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(w * features.get(name, 0.0) for name, w in self.weights.items())
        return 1.0 / (1.0 + math.exp(-z))

    def choose(self, options: list[Candidate]) -> Candidate | None:
        """The best candidate when it passes the threshold, else None (leave unnamed)."""
        if not options:
            return None
        best = max(options, key=lambda c: self.probability(c.features))
        return best if self.probability(best.features) >= self.threshold else None

    def resolve(self, resolver: SpeakerResolver, mention: Span) -> tuple[Resolution, Candidate | None]:
        """The rules' resolution and, where they named nobody, the candidate the model would
        take instead (None: keep the rules' answer). The decision the study calls
        ``rerank+unresolved``, without the rerank (it changed nothing)."""
        resolution, options = resolve_with_candidates(resolver, mention)
        if options is None or resolution.name is not None or resolution.kind not in ("unresolved", "organisation"):
            return resolution, None
        return resolution, self.choose(options)

    def to_json(self) -> str:
        data = {"feature_set": self.feature_set, "bias": self.bias, "threshold": self.threshold}
        data["weights"] = self.weights
        return json.dumps(data, indent=1, sort_keys=True)

    @classmethod
    def from_file(cls, path: Path) -> DescribeModel:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data["feature_set"] != FEATURE_SET:
            raise ValueError(f"{path}: feature set {data['feature_set']}, this code computes {FEATURE_SET}")
        return cls(data["weights"], data["bias"], data["threshold"], data["feature_set"])
