"""The reranker: gradient-boosted trees that rescore each candidate among its cue's others.

It replaces the linear **choice** model (:func:`~.features.choice_features`) where a model
file has one. Both read the same things — the content model's scores of a cue's candidates
and of the cue words around — but the linear model weighs binned strings one at a time and
cannot say "a second-ranked content that contains the best and scores close to it is the
right one"; trees learn such interactions from the raw numbers. (Hand-made conjunctions of
the content model's templates lowered held-out F1: README, *What remains weak*.)

:func:`rerank_rows` computes the numbers, the same at inference and in training
(``training/train_attribution.py`` fits the trees on train's out-of-fold content scores);
:class:`BoostedScorer` holds the LightGBM model as the text LightGBM writes, inside the
model file, and predicts one article's candidates in one call.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np

from newsmine.nlp.attribution.features.bins import LOGIT_LIMIT, logit
from newsmine.nlp.attribution.features.content import short_relation
from newsmine.nlp.attribution.features.content_choice import MASS_LIMIT, CueTops, nesting_of, overlapping_masses

if TYPE_CHECKING:
    from newsmine.nlp.attribution.candidates import Candidate

__all__ = ["RERANK_FEATURES", "BoostedScorer", "rerank", "rerank_rows"]

# The columns of :func:`rerank_rows`, in order (the model file records them; a test checks them).
RERANK_FEATURES = (
    "z",  # the content model's log-odds
    "z_best",  # the cue's best content's
    "z_second",  # the cue's second best content's (-30, the floor of log-odds: a single content)
    "gap",  # to the best, or for the best to the second
    "rank",
    "size",  # how many contents the cue has
    "nest",  # against the best: best, inside, contains, overlaps, apart
    "inner",  # the best log-odds of another cue word inside the content (-30: none)
    "outer",  # the best log-odds of a cue whose best content holds this cue word (-30: none)
    "mass",  # the summed scores of the cue's contents overlapping this one, as log-odds
    "quoted_share",
    "relation",  # the relation to the cue word, to its second part: its place in the file's list (-1: unknown)
    "log_chars",  # the content's length
    "parts",
    "cue_p",  # the cue filter's probability of the cue word (-1: a colon)
    "has_source",
    "side",  # the content after the cue word, before it, or around it
    "log_distance",  # characters between the cue word and the content, less its own time and place phrases (Candidate.cue_phrase_chars)
)
# Steps of BoostedScorer.margins that move every (row, tree) pair: on the rows of the first
# 100 PolNeAR train articles, 84 % of the pairs still walk after one level of the shipped
# trees, 62 % after two, 41 % after three and 26 % after four; three dense steps made the walk
# about a quarter cheaper (any number from one gives the same leaves; the first is read from
# the roots' table).
_DENSE_LEVELS = 3
_NEST = {"best": 0, "inside": 1, "contains": 2, "overlaps": 3, "apart": 4}
_NONE = -LOGIT_LIMIT


def _or_none(z: float | None) -> float:
    return _NONE if z is None else z


def rerank_rows(groups: list[list[Candidate]], relations: dict[str, int]) -> list[list[list[float]]]:
    """The numbers of each candidate among its cue's others (:data:`RERANK_FEATURES`).

    ``groups``: scored candidates (``score`` set by the content model), one list per cue
    word; ``relations``: the model file's relation codes.
    Returns the rows in the same nesting. Reads scores, offsets, the relation and the cue
    probability only, so that inference and training compute the same numbers."""
    tops = CueTops(groups)
    relation_codes: dict[str, int] = {}  # by the full relation: short_relation splits it
    out = []
    for group, ranked in zip(groups, tops.ranked):
        best = ranked[0]
        best_start, best_end = best.parts[0][0], best.parts[-1][1]
        z_best = logit(best.score)
        z_second = logit(ranked[1].score) if len(ranked) > 1 else _NONE
        rank_of = {id(c): r for r, c in enumerate(ranked)}
        trigger_char = best.trigger_char
        outer = _or_none(tops.outer(trigger_char))
        size = len(group)
        rows = []
        for cand, mass in zip(group, overlapping_masses(group)):
            # Each range read once, and passed as numbers: nesting() and CueTops.inner() read
            # the candidates' start and end properties up to eight times a row.
            start, end = cand.parts[0][0], cand.parts[-1][1]
            z = logit(cand.score)
            if cand is best:
                gap, nest = z - z_second, _NEST["best"]
            else:
                gap, nest = z_best - z, _NEST[nesting_of(start, end, best_start, best_end)]
            inner = _or_none(tops.inner_of(start, end, trigger_char))
            relation = relation_codes.get(cand.relation)
            if relation is None:
                relation = relation_codes[cand.relation] = relations.get(short_relation(cand.relation), -1)
            side = 0 if trigger_char < start else 1 if trigger_char >= end else 2
            distance = start - trigger_char - cand.cue_phrase_chars if side == 0 else trigger_char - end if side == 1 else 0
            cue_p = cand.cue_probability
            rows.append([
                z, z_best, z_second, gap, rank_of[id(cand)], size, nest, inner, outer,
                logit(min(mass, MASS_LIMIT)), cand.quoted_share, relation, math.log1p(end - start),
                len(cand.parts), -1.0 if math.isnan(cue_p) else cue_p, int(cand.source >= 0), side, math.log1p(max(distance, 0)),
            ])  # fmt: skip
        out.append(rows)
    return out


def _columns_of(names: list[str]) -> np.ndarray:
    """The positions in :func:`rerank_rows`' rows of a model file's reranker columns."""
    unknown = [n for n in names if n not in RERANK_FEATURES]
    if unknown:
        raise ValueError(
            f"the model file's reranker reads columns this newsmine does not compute ({', '.join(unknown)}): "
            "retrain it with training/train_attribution.py, or install the newsmine it was trained with"
        )
    return np.asarray([RERANK_FEATURES.index(n) for n in names], dtype=np.int64)


class BoostedScorer:
    """Gradient-boosted trees (LightGBM's, binary objective) over :func:`rerank_rows`, with
    the decision's threshold.

    The trees are stored as flat arrays (each node's feature, threshold, children; a leaf's
    value) and evaluated with numpy: every row down every tree at once, one step per level,
    each step moving only the (row, tree) pairs not yet at a leaf. No LightGBM at inference —
    importing it costs a process seconds (it imports scikit-learn and pandas when present) —
    and ``tests/test_attribution_model.py`` checks that these arrays give LightGBM's own
    predictions. The features have no missing values and no categorical splits
    (:func:`rerank_rows` writes sentinels and codes), so every split is ``value <= threshold``
    to the left."""

    def __init__(self, trees: dict[str, list], threshold: float, relations: list[str], info: dict[str, Any]):
        self.trees = trees
        self.threshold = threshold
        self.relations = list(relations)
        self.relation_codes = {r: k for k, r in enumerate(self.relations)}
        self.info = info
        # The trees index the file's columns (its info's "features", in its order), which
        # :func:`rerank_rows` computes among others: a file keeps working when columns are added.
        feature = np.asarray(trees["feature"], dtype=np.int64)
        columns = _columns_of(info.get("features", RERANK_FEATURES))
        self._feature = np.where(feature < 0, -1, columns[np.maximum(feature, 0)])
        self._split = np.asarray(trees["threshold"], dtype=np.float64)
        self._left = np.asarray(trees["left"], dtype=np.int64)
        self._right = np.asarray(trees["right"], dtype=np.int64)
        self._value = np.asarray(trees["value"], dtype=np.float64)
        self._roots = np.asarray(trees["roots"], dtype=np.int64)
        # For margins(), node k at 2k in arrays of two entries a node: its feature, threshold,
        # value and "not a leaf" twice, and at 2k its right child's place, at 2k + 1 its left
        # child's (a leaf's are its own), so that one step is ``child[at + (value <= split)]``
        # with no multiplying, negating or shifting of the (row, tree) pairs' nodes.
        self._feature2 = np.repeat(self._feature, 2)
        self._split2 = np.repeat(self._split, 2)
        self._value2 = np.repeat(self._value, 2)
        self._walks2 = np.repeat(self._feature >= 0, 2)
        self._child2 = np.stack([2 * self._right, 2 * self._left], axis=1).ravel()
        self._roots2 = 2 * self._roots
        # Each tree's root: the column it reads (0 for a root that is a leaf, whose two children
        # are itself, so any column does) and its threshold.
        self._root_columns = np.maximum(self._feature[self._roots], 0)
        self._root_split = self._split[self._roots]

    def __eq__(self, other: object) -> bool:
        """The same trees, threshold and relations (two reads of one file are equal)."""
        if not isinstance(other, BoostedScorer):
            return NotImplemented
        return (self.trees, self.threshold, self.relations, self.info) == (other.trees, other.threshold, other.relations, other.info)

    __hash__ = None  # mutable lists inside, like the dataclasses around it

    def margins(self, rows: list[list[float]]) -> np.ndarray:
        """The summed leaf values of each row (the log-odds).

        Every (row, tree) pair steps down from its tree's root, one level a step, and leaves
        the walk at its leaf: a tree's leaves lie at very different depths (1 to 12 in the
        shipped model, 5 in the median), so this moves half the data of walking every pair
        as deep as the deepest leaf; the same leaves, summed in tree order: the same floats.
        The first :data:`_DENSE_LEVELS` steps move every pair (a leaf stays put: its children
        are itself), cheaper while most pairs still walk than picking out those that do."""
        if not rows:
            return np.zeros(0)
        x = np.asarray(rows, dtype=np.float64)
        n_rows, width = x.shape
        n_trees = len(self._roots)
        values = x.ravel()
        # ndarray.take rather than [] for the gathers: the same elements, with less of numpy's
        # indexing machinery around each call (a few per cent of the walk).
        feature, split, child, walks = self._feature2, self._split2, self._child2, self._walks2
        # The first step, from the roots, as a (row, tree) table: every row meets the same root
        # of a tree, so its column and threshold are read once a tree, not once a pair (the same
        # comparisons; some 8 % of the walk). Pair p: row p // n_trees, tree p % n_trees; node k at 2k.
        nodes = child.take(self._roots2 + (x.take(self._root_columns, axis=1) <= self._root_split)).ravel()
        row_start = np.repeat(np.arange(0, n_rows * width, width), n_trees)
        for _ in range(_DENSE_LEVELS - 1):  # a leaf's feature, -1, reads some other value: it stays either way
            nodes = child.take(nodes + (values.take(row_start + feature.take(nodes)) <= split.take(nodes)))
        walking = walks.take(nodes).nonzero()[0]
        while len(walking):
            at = nodes.take(walking)
            at = child.take(at + (values.take(row_start.take(walking) + feature.take(at)) <= split.take(at)))
            nodes[walking] = at
            walking = walking[walks.take(at)]
        return self._value2.take(nodes.reshape(n_rows, n_trees)).sum(axis=1)

    def probabilities(self, rows: list[list[float]]) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.margins(rows)))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BoostedScorer:
        return cls(data["trees"], float(data["threshold"]), data["relations"], dict(data.get("info", {})))

    def to_dict(self) -> dict[str, Any]:
        return {"threshold": self.threshold, "relations": self.relations, "info": self.info, "trees": self.trees}

    @classmethod
    def from_lightgbm(cls, dumped: dict[str, Any], threshold: float, relations: list[str], info: dict[str, Any]) -> BoostedScorer:
        """From LightGBM's ``Booster.dump_model()`` (numerical ``<=`` splits only)."""
        trees: dict[str, list] = {"feature": [], "threshold": [], "left": [], "right": [], "value": [], "roots": []}
        depth = 0

        def add(node: dict[str, Any], level: int) -> int:
            nonlocal depth
            k = len(trees["feature"])
            for key in ("feature", "threshold", "left", "right", "value"):
                trees[key].append(0)
            if "leaf_value" in node:
                depth = max(depth, level)
                trees["feature"][k], trees["threshold"][k] = -1, 0.0
                trees["left"][k] = trees["right"][k] = k
                trees["value"][k] = float(node["leaf_value"])
                return k
            if node["decision_type"] != "<=":
                raise ValueError(f"the reranker reads numerical splits only, not {node['decision_type']!r}")
            trees["feature"][k], trees["threshold"][k] = int(node["split_feature"]), float(node["threshold"])
            trees["left"][k] = add(node["left_child"], level + 1)
            trees["right"][k] = add(node["right_child"], level + 1)
            return k

        for tree in dumped["tree_info"]:
            trees["roots"].append(add(tree["tree_structure"], 0))
        trees["depth"] = depth
        return cls(trees, threshold, relations, info)


def rerank(candidates: list[Candidate], scorer: BoostedScorer) -> None:
    """Replace the content scores of ``candidates`` by the reranker's probabilities, computed
    for each candidate among its cue's others from the content scores (all read before any
    is replaced); one prediction call per article."""
    from newsmine.nlp.attribution.decide import cue_groups  # decide imports this module

    groups = cue_groups(candidates)
    rows = [row for group_rows in rerank_rows(groups, scorer.relation_codes) for row in group_rows]
    scores = iter(scorer.probabilities(rows).tolist())
    for group in groups:
        for cand in group:
            cand.score = next(scores)
