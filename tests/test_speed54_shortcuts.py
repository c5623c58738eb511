"""Shortcuts that spare newsmine's own time without changing what it finds (docs/history/speed.md,
session 54 — speed54): each gives the answers of the slower way it replaced, on invented text,
both where the rule fires and where it must not. Being equivalences, they pass on the code
before the change too; what they guard is that the faster reading stays the same reading."""

from __future__ import annotations

import sys

import pytest

from newsmine.nlp.attribution import model as attribution_model
from newsmine.nlp.attribution.model import LinearScorer
from newsmine.nlp.entities.initialled_names import (
    _initials_of_a_person,
    _joined_initials_words,
    _missed_initialled_people,
)

# Original text: joined initials before surnames, a place's and a body's letters, initials at
# the very end, four joined letters, initials glued to a comma, and a single initial.
_INITIALS = """Harbour Trust Names New Chair
K.T. Osei will chair the Harbour Trust, its board said. U.S. Marshals came, and N.Y. Ferries
sent a boat. A.B.C.D. Lund voted too, as did R.M.,Tarn and J. Pike. The D.C. office wrote
"P.J. Corran" on the list, and the vote went to M.A."""


def _initials_token_by_token(doc) -> list[int]:
    """The tokens _missed_initialled_people read before session 54: every token but the last."""
    return [token.i for token in doc[:-1] if _initials_of_a_person(token)]


def test_joined_initials_words_hold_every_token_the_rule_accepts(nlp):
    doc = nlp.make_doc(_INITIALS)
    read = [token.i for token in _joined_initials_words(doc)]
    assert read == sorted(read), "in the Doc's order"
    accepted = [i for i in read if _initials_of_a_person(doc[i])]
    assert accepted == _initials_token_by_token(doc)
    assert [doc[i].text for i in accepted] == ["K.T.", "P.J."], "not U.S., N.Y., D.C., a glued or a single initial"


def test_initials_ending_the_text_are_not_read(nlp):
    doc = nlp.make_doc("The vote went to M.A.")
    assert doc[-1].text == "M.A."
    assert _joined_initials_words(doc) == []
    assert _initials_token_by_token(doc) == []


def test_a_text_without_joined_initials_reads_no_token(nlp):
    doc = nlp.make_doc("Dana Osei said the Harbour Trust would meet on Monday.")
    assert _joined_initials_words(doc) == []


def test_missed_initialled_people_are_found_as_before(nlp):
    doc = nlp("T.J. Brannock said the ferry would run. The crew backed T.J. Brannock, the captain.")
    found = _missed_initialled_people(doc, [], frozenset(), set())
    assert [c.span.text for c in found] == ["T.J. Brannock", "T.J. Brannock"]
    assert _missed_initialled_people(doc, [], frozenset(), {0, 1, 11, 12}) == [], "a name's tokens already taken"


# Weights whose sum depends on the order and the rounding of each addition: one by one in order,
# 1e16 + 1.0 rounds back to 1e16 and the total is 0.0; a compensated sum (math.fsum, or the
# built-in sum() from Python 3.12) gives 1.0.
_ROUNDING_WEIGHTS = {"big": 1e16, "one": 1.0, "minus big": -1e16, "tenth": 0.1, "fifth": 0.2}


def _loop_sum(weights: list[float]) -> float:
    z = 0.0
    for w in weights:
        z += w
    return z


@pytest.mark.parametrize("features", [
    ["big", "one", "minus big"],
    ["tenth", "fifth", "tenth", "absent", "fifth"],
    ["one", "big", "absent", "minus big", "tenth"],
    [],
])
def test_linear_margins_add_the_weights_one_by_one_in_order(features):
    scorer = LinearScorer(weights=dict(_ROUNDING_WEIGHTS), threshold=0.5)
    expected = _loop_sum([_ROUNDING_WEIGHTS.get(f, 0.0) for f in features])
    assert repr(scorer.margin(features)) == repr(expected)
    values = [(f,) for f in features]  # templates without values: feature_string gives the name back
    assert [attribution_model.feature_string(v) for v in values] == features
    assert repr(scorer.values_margin(values)) == repr(expected)


def test_the_built_in_sum_is_used_only_where_it_adds_as_the_loop_does():
    assert attribution_model._PLAIN_FLOAT_SUM == (sys.version_info < (3, 12))
    if attribution_model._PLAIN_FLOAT_SUM:
        assert sum([1e16, 1.0, -1e16], 0.0) == 0.0


def _tree_dict() -> dict:
    """Three invented trees over the rerank columns: a lone leaf, a stump, and a chain five
    splits deep (deeper than the dense steps), as flat arrays in BoostedScorer's layout."""
    feature, threshold, left, right, value, roots = [], [], [], [], [], []

    def node(f: int, t: float, v: float = 0.0) -> int:
        k = len(feature)  # a leaf's children are itself, until split() gives it two
        for column, item in ((feature, f), (threshold, t), (left, k), (right, k), (value, v)):
            column.append(item)
        return k

    def split(k: int, low: int, high: int) -> None:
        left[k], right[k] = low, high

    roots.append(node(-1, 0.0, 0.125))  # a tree that is a single leaf
    stump = node(0, 0.5)
    split(stump, node(-1, 0.0, -0.5), node(-1, 0.0, 0.75))
    roots.append(stump)
    chain = [node(column, 1.0) for column in (3, 4, 7, 9, 14)]
    roots.append(chain[0])
    for k, below in zip(chain, chain[1:] + [None]):
        split(k, below if below is not None else node(-1, 0.0, 2.0), node(-1, 0.0, -0.25 * (k + 1)))
    return {"feature": feature, "threshold": threshold, "left": left, "right": right, "value": value, "roots": roots}


def _walked_margin(trees: dict, row: list[float]) -> float:
    """One row down each tree, node by node: the reading margins() must give."""
    total = 0.0
    for k in trees["roots"]:
        while trees["feature"][k] >= 0:
            k = trees["left"][k] if row[trees["feature"][k]] <= trees["threshold"][k] else trees["right"][k]
        total += trees["value"][k]
    return total


def test_reranker_margins_from_the_roots_table_walk_as_node_by_node():
    from newsmine.nlp.attribution.reranker import RERANK_FEATURES, BoostedScorer

    trees = _tree_dict()
    scorer = BoostedScorer(trees, 0.5, [], {"features": list(RERANK_FEATURES)})
    width = len(RERANK_FEATURES)
    rows = [[0.0] * width, [1.0] * width, [2.0] * width, [0.5 if c % 2 else 1.5 for c in range(width)],
            [0.5] * 3 + [0.0] * (width - 3), [1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0] + [0.0] * (width - 10)]
    assert scorer.margins(rows).tolist() == [_walked_margin(trees, row) for row in rows]
    assert scorer.margins(rows[:1]).tolist() == [_walked_margin(trees, rows[0])]
    assert scorer.margins([]).tolist() == []
