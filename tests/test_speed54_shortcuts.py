"""Shortcuts that spare newsmine's own time without changing what it finds (docs/history/speed.md,
session 54 — speed54): each gives the answers of the slower way it replaced, on invented text,
both where the rule fires and where it must not. Being equivalences, they pass on the code
before the change too; what they guard is that the faster reading stays the same reading."""

from __future__ import annotations

import sys

import pytest

from newsmine.nlp.attribution import model as attribution_model
from newsmine.nlp.attribution.model import LinearScorer
from newsmine.nlp.entities.initialled_names import _initials_of_a_person, _joined_initials_words, _missed_initialled_people

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
