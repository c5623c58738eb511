"""The trained linear models of the attribution stages.

Logistic regressions over the string features of
:mod:`~newsmine.nlp.attribution.features`, trained on PolNeAR train by
``training/train_attribution.py``:

- the **cue** model looks at a word alone (lemma, tag, dependents) and lets through the
  words that may head a cue — a cheap filter, set for high recall, so that the candidates
  of ordinary verbs are never built (speed);
- the **content** model scores each (cue, content, source) candidate; the decision
  (:mod:`~newsmine.nlp.attribution.decide`) keeps each cue's best content when it reaches
  the threshold;
- the **source** model scores the noun phrases near a cue word, and "none", as its source
  (the grammar's pick one of its features), fitted on train's Source spans;
- a **speaker** model (not shipped: see the README), the same kind of scorer fitted with
  ``training/train_sources.py`` in a file of its own, can re-choose each candidate's speaker
  after the content model scored it with the grammar's source;
- the **choice** model rescores each candidate among its cue's others (the content score's
  rank, the gap to the cue's best, how many contents the cue has, nesting, the cue words
  around): one decision over a cue's contents — which one, and whether any — instead of one
  independent score per content against a global threshold; the decision's thresholds then
  apply to its scores;
- the **reranker** (:mod:`~newsmine.nlp.attribution.reranker`), gradient-boosted trees
  over the same kind of numbers, used instead of the choice model where the file has one;
- the **confidence** model turns a chosen quote's score, kind and speaker into the
  probability that its content and speaker are right (``quote.confidence``), fitted on
  the quotes a model trained on 80 % of train finds in the other 20 %.

They ship inside the package as one small JSON file (feature -> weight, thresholds, how it
was trained), read once per process, never from the network.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from itertools import repeat
from pathlib import Path
from typing import Any

import orjson

from newsmine.nlp.attribution.features.bins import FeatureValue, ValueLayout, feature_string
from newsmine.nlp.attribution.reranker import BoostedScorer

__all__ = ["DEFAULT_MODEL_FILE", "AttributionModel", "LinearScorer", "sigmoid", "speaker_scorer"]

DEFAULT_MODEL_FILE = "attribution-v1.json"
# Distinct feature values whose probability a scorer remembers (remembered_probability):
# about 170 bytes each, so at most some 3 MB a process. The first 100 PolNeAR train articles
# ask the cue filter 9,881 times with 6,245 distinct values; later articles repeat more.
_REMEMBERED_LIMIT = 20_000
# Distinct feature values whose weight a scorer remembers (values_margin): the content features
# of the first 60 PolNeAR train articles hold 19,584, of all 840 88,337 (a hundred more an
# article by then); about 130 bytes each (a tuple, its dict entry), so at most some 13 MB. The
# same bound holds for the weights in value_tables' tables (a dict entry each, and a dict a level).
_VALUE_WEIGHTS_LIMIT = 100_000
# Whether the built-in sum() adds floats one by one, in order, as a loop does: up to Python 3.11
# it does, in C (a fifth less time for values_margin, ~50 weights a candidate); from 3.12 it
# adds with Neumaier's compensation, whose result may differ from the loop's in the last bit
# and so flip a record (docs/history/speed.md, sessions 36 and 54).
_PLAIN_FLOAT_SUM = sys.version_info < (3, 12)


class _ValueWeights(dict):
    """The weights of feature values (template and values, :data:`~.features.bins.FeatureValue`)
    as they are met: the weight of ``feature_string(value)``, 0.0 for a feature the model has
    not; all forgotten at once past :data:`_VALUE_WEIGHTS_LIMIT`. A scorer's weights are never
    changed once it is made (a changed weight would not be seen here)."""

    def __init__(self, weights: dict[str, float]) -> None:
        super().__init__()
        self._weights = weights

    def __missing__(self, value: FeatureValue) -> float:
        if len(self) >= _VALUE_WEIGHTS_LIMIT:
            self.clear()
        weight = self[value] = self._weights.get(feature_string(value), 0.0)
        return weight


class _ValueTables:
    """A scorer's weights of the feature values of a list of templates, one table a template,
    read one value a level: ``tables[k][a][b]`` is the weight of ``(template_k, a, b)`` as
    :class:`_ValueWeights` gives it (that of its ``feature_string``, 0.0 for a feature the
    model has not), with no tuple made or hashed (a str keeps its hash).
    Plain dicts, so that each read is the interpreter's own dict subscript; a value not met
    yet is a KeyError for the reader, who adds its features (:meth:`add`) and reads again.
    All forgotten at once past :data:`_VALUE_WEIGHTS_LIMIT` weights."""

    def __init__(self, weights: dict[str, float]) -> None:
        self._weights = weights
        self._by_templates: dict[tuple[tuple[str, int], ...], tuple[dict, ...]] = {}
        # The list asked last and its tables: found by identity, where the dict above hashes
        # the list's ~50 pairs (some µs) at every call.
        self._last: tuple[tuple[tuple[str, int], ...], tuple[dict, ...]] | None = None
        self._size = 0

    def of(self, templates: tuple[tuple[str, int], ...]) -> tuple[dict, ...]:
        last = self._last
        if last is not None and last[0] is templates:
            return last[1]
        found = self._by_templates.get(templates)
        if found is None:
            found = self._by_templates[templates] = tuple({} for _ in templates)
        self._last = (templates, found)
        return found

    def _make_room(self, weights: int) -> None:
        """Forget every weight if ``weights`` more would pass :data:`_VALUE_WEIGHTS_LIMIT`."""
        if self._size + weights > _VALUE_WEIGHTS_LIMIT:
            for tables in self._by_templates.values():
                for table in tables:
                    table.clear()
            self._size = 0

    def add(self, templates: tuple[tuple[str, int], ...], values: list[FeatureValue]) -> None:
        """Put the weight of each of ``values`` (one of each template, in their order) in its
        table; all of them are there after the call."""
        self._make_room(len(values))
        for (template, levels), table, value in zip(templates, self.of(templates), values, strict=True):
            if value[0] != template or len(value) != levels + 1:
                raise ValueError(f"the feature value {value!r} is not of template {template!r} with {levels} values")
            for part in value[1:-1]:
                table = table.setdefault(part, {})
            if value[-1] not in table:
                self._size += 1
                table[value[-1]] = self._weights.get(feature_string(value), 0.0)

    def add_reading(
        self, templates: tuple[tuple[str, int], ...], layout: ValueLayout, values: tuple[str, ...], key: str
    ) -> int:
        """Put in its table the weight of each feature of ``templates`` that reads ``key`` (a
        value a reader of the tables did not find at some level), its values taken from
        ``values`` at ``layout``'s positions; the number of weights added. Only those features:
        a value new to the tables is read by a few of the ~50 templates, and walking them all
        (:meth:`add`) was most of the cost of a candidate with a new value, 57 % of them on a
        process's first articles (docs/history/speed.md, session 62, speed62d). None added:
        ``key`` is no value of these features, or their weights were all there."""
        self._make_room(len(templates))
        tables = self.of(templates)
        added = 0
        for position, value in enumerate(values):
            if value != key:
                continue
            for k in layout.readers[position]:
                table = tables[k]
                positions = layout.positions[k]
                for p in positions[:-1]:
                    inner = table.get(values[p])
                    if inner is None:
                        inner = table[values[p]] = {}
                    table = inner
                last = values[positions[-1]]
                if last not in table:
                    added += 1
                    feature = (templates[k][0], *(values[p] for p in positions))
                    table[last] = self._weights.get(feature_string(feature), 0.0)
        self._size += added
        return added


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass(frozen=True, slots=True)
class LinearScorer:
    """A logistic regression over binary string features, with its decision threshold."""

    weights: dict[str, float]
    threshold: float
    # remembered_probability's probabilities by the values the features were built from.
    _remembered: dict[Hashable, float] = field(default_factory=dict, init=False, repr=False, compare=False)
    # values_margin's weights by feature value, as they are met.
    _value_weights: _ValueWeights = field(init=False, repr=False, compare=False)
    # value_tables' tables of weights, filled as values are met.
    _value_tables: _ValueTables = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_value_weights", _ValueWeights(self.weights))
        object.__setattr__(self, "_value_tables", _ValueTables(self.weights))

    def margin(self, features: list[str]) -> float:
        """The sum of the features' weights (the log-odds, before the sigmoid)."""
        get = self.weights.get
        if _PLAIN_FLOAT_SUM:
            return sum(map(get, features, repeat(0.0)), 0.0)
        z = 0.0
        for f in features:
            z += get(f, 0.0)
        return z

    def values_margin(self, values: Iterable[FeatureValue]) -> float:
        """``margin`` of the features of ``values`` (each its template and values, written
        ``feature_string(value)``), without writing them: their weights are kept by value as
        they are first met (:class:`_ValueWeights`). Writing and hashing ~50 new strings a
        candidate was most of the content model's cost (docs/history/speed.md, session 37); a
        tuple of strings already hashed is hashed in a few steps. The same weights added in
        the same order: the same float (:data:`_PLAIN_FLOAT_SUM`)."""
        if _PLAIN_FLOAT_SUM:
            return sum(map(self._value_weights.__getitem__, values), 0.0)
        z = 0.0
        for weight in map(self._value_weights.__getitem__, values):
            z += weight
        return z

    def value_tables(self, templates: tuple[tuple[str, int], ...]) -> tuple[dict, ...]:
        """For each ``(template, n)`` of ``templates`` (a constant: its tables are made once),
        a table of the weights of that template's values, read one value a level:
        ``tables[k][a][b]`` is the weight of ``(template, a, b)`` as :meth:`values_margin`
        weighs it (0.0 for a feature the model has not). The tables hold the values met so
        far: a read that raises KeyError is done again after :meth:`add_value_weights`. A
        caller adding these weights in the order of its values gets ``values_margin``'s float
        without making the value tuples: hashing ~50 tuples a candidate was most of
        ``values_margin``'s time (a str keeps its hash; docs/history/speed.md, session 59)."""
        return self._value_tables.of(templates)

    def add_value_weights(self, templates: tuple[tuple[str, int], ...], values: list[FeatureValue]) -> None:
        """Put the weights of ``values`` (one value of each of ``templates``, in their order)
        in :meth:`value_tables`' tables."""
        self._value_tables.add(templates, values)

    def add_value_weights_reading(
        self, templates: tuple[tuple[str, int], ...], layout: ValueLayout, values: tuple[str, ...], key: str
    ) -> int:
        """Put in :meth:`value_tables`' tables the weights of the features of ``templates``
        (their values at ``layout``'s positions in ``values``) that read ``key``, the value a
        read of the tables did not find; the number added (:meth:`_ValueTables.add_reading`)."""
        return self._value_tables.add_reading(templates, layout, values, key)

    def probability(self, features: list[str]) -> float:
        return sigmoid(self.margin(features))

    def remembered_probability(self, values: Hashable, features_of: Callable[[Any], list[str]]) -> float:
        """``probability(features_of(values))``, computed once per distinct ``values`` in a
        process: the cue filter meets the same (lemma, tag, …) again and again ('said' with
        a subject and a complement), so those words skip building and weighing their
        features. The same float as computed anew; at most :data:`_REMEMBERED_LIMIT` kept
        (then all forgotten at once)."""
        found = self._remembered.get(values)
        if found is None:
            if len(self._remembered) >= _REMEMBERED_LIMIT:
                self._remembered.clear()
            found = self._remembered[values] = self.probability(features_of(values))
        return found

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LinearScorer:
        return cls(weights=dict(data["weights"]), threshold=float(data["threshold"]))

    def to_dict(self) -> dict[str, Any]:
        return {"threshold": self.threshold, "weights": dict(sorted(self.weights.items()))}


@dataclass(frozen=True, slots=True)
class AttributionModel:
    cue: LinearScorer
    # The content model; its threshold is the decision's (on the choice model's scores when
    # there is one, see ``choice``).
    content: LinearScorer
    # The decision's threshold for contents that are mostly quotation.
    quoted_threshold: float
    info: dict[str, Any]
    # P(the quote's content and speaker are right) from the chosen quote's features
    # (quotes.confidence_features), calibrated on train's held-out fifth; None in old files.
    confidence: LinearScorer | None = None
    # Scores the noun phrases near a cue word and 'none' as its source (sources.choose_source);
    # None in old files: the grammar's pick.
    source: LinearScorer | None = None
    # The same kind of scorer, applied after the candidates' features were computed with the
    # grammar's source: it re-chooses only the speaker (sources.assign_speakers), so the
    # content model needs no retrain. Its own file (training/train_sources.py); not shipped.
    speaker: LinearScorer | None = None
    # Rescores each candidate among its cue's (features.choice_features) from the content
    # model's scores; None in old files: the content model's score is the decision's.
    choice: LinearScorer | None = None
    # Gradient-boosted trees that rescore as the choice model does, from more of each
    # candidate (reranker.rerank_rows); when present it is used instead of ``choice``, and
    # the decision's thresholds apply to its scores. None in old files.
    reranker: BoostedScorer | None = None

    @classmethod
    def from_file(cls, path: str | Path) -> AttributionModel:
        return cls.from_dict(_read_json(Path(path).read_bytes()))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AttributionModel:
        content = LinearScorer.from_dict(data["content"])
        quoted = float(data.get("quoted_threshold", content.threshold))
        confidence = LinearScorer.from_dict(data["confidence"]) if "confidence" in data else None
        source = LinearScorer.from_dict(data["source"]) if "source" in data else None
        choice = LinearScorer.from_dict(data["choice"]) if "choice" in data else None
        reranker = BoostedScorer.from_dict(data["reranker"]) if "reranker" in data else None
        return cls(
            cue=LinearScorer.from_dict(data["cue"]), content=content, quoted_threshold=quoted, info=dict(data.get("info", {})),
            confidence=confidence, source=source, choice=choice, reranker=reranker,
        )

    def to_dict(self) -> dict[str, Any]:
        out = {
            "info": self.info,
            "quoted_threshold": self.quoted_threshold,
            "cue": self.cue.to_dict(),
            "content": self.content.to_dict(),
        }
        if self.confidence is not None:
            out["confidence"] = self.confidence.to_dict()
        if self.source is not None:
            out["source"] = self.source.to_dict()
        if self.choice is not None:
            out["choice"] = self.choice.to_dict()
        if self.reranker is not None:
            out["reranker"] = self.reranker.to_dict()
        return out

    @staticmethod
    @cache
    def default() -> AttributionModel:
        """The model shipped with newsmine (read once per process)."""
        return AttributionModel.from_dict(_read_json(files("newsmine.nlp.models").joinpath(DEFAULT_MODEL_FILE).read_bytes()))


def _read_json(data: bytes) -> dict[str, Any]:
    """A model file's JSON. orjson reads the shipped file's 68,000 weights in 0.05 CPU s where
    the standard library takes 0.13, in every process; the same floats, to the last bit
    (both parse decimal text to the nearest double). A file that orjson refuses (the ``NaN``
    that ``json.dump`` writes for a diverged weight) is read as the standard library reads it."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)


def speaker_scorer(text: str) -> LinearScorer:
    """The speaker model of a file written by ``training/train_sources.py`` (its JSON text)."""
    return LinearScorer.from_dict(json.loads(text)["speaker"])
