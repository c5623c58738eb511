"""Shortcut of session 62's speed62d (docs/history/speed.md), on invented text: a value the
content model's tables of weights have not met adds the weights of the features that read it
(``_ValueTables.add_reading``, the features found by :data:`content._LAYOUT`), where every one of
the ~50 features of the candidate was made a tuple and walked (``add_value_weights``, the
reading it replaced, kept for the training scripts and compared with here): the same tables and
the same margins, to the last bit."""

from __future__ import annotations

import pytest

from newsmine.nlp.attribution import DocContext
from newsmine.nlp.attribution.candidates import find_candidates
from newsmine.nlp.attribution.features import content
from newsmine.nlp.attribution.features.bins import ValueLayout
from newsmine.nlp.attribution.model import AttributionModel, _ValueTables
from tests.conftest import doc_context
from tests.test_speed59_shortcuts import _fresh_copy

# Original text: reporting verbs of several kinds, a rare cue lemma, quotes before and after
# their cues, a colon, a dash, an "according to" and a headline.
_TEXT = """Mill Town Weighs Water Levy as Reservoir Runs Low
ASHBURN FALLS — The water board will put a levy to voters in June, its treasurer, Olu Brandt, announced on Tuesday.
"The reservoir is at a third of its summer level," Brandt said. "We cannot wait for rain."
Farmer Greta Vos grumbled that the levy would fall hardest on orchards, insisting the mills use more.
According to figures from the county, two mills draw half the town's water.
The mayor's office demurred: "Any levy needs a public hearing first."
"It is a tax by another name," one resident scribbled on the board's notice — and many agreed."""


def _candidates(nlp) -> tuple[DocContext, list]:
    ctx = doc_context(nlp, _TEXT)
    return ctx, find_candidates(ctx)


def test_the_layout_finds_each_features_values_in_the_shared_tuple(nlp):
    ctx, candidates = _candidates(nlp)
    assert len(candidates) >= 10
    for cand in candidates:
        values = content._values(ctx, cand)
        features = content._feature_list(values)
        layout = content._LAYOUT
        assert [tuple(values[p] for p in positions) for positions in layout.positions] == [f[1:] for f in features]
        for position, readers in enumerate(layout.readers):
            assert readers == tuple(k for k, positions in enumerate(layout.positions) if position in positions)
    # by hand from _TEMPLATES: the full relation (8th of _values' names, from 0) is read by
    # nearest|rel and relfull; the lemma (9th) by nearest|lem, lem|rel, lem|q, lem|first, lem|rel|verb
    assert content._LAYOUT.readers[8] == (7, 23)
    assert content._LAYOUT.readers[9] == (8, 24, 33, 39, 48)


def test_the_tables_and_margins_are_those_of_the_walk_over_every_feature(nlp, monkeypatch):
    """Each candidate weighed with the tables empty at first; the old reading, every feature
    of each candidate added, makes the same tables; neither path walks all features here."""
    ctx, candidates = _candidates(nlp)
    shipped = AttributionModel.default().content
    old, new = _fresh_copy(shipped), _fresh_copy(shipped)
    for cand in candidates:
        old.add_value_weights(content._TEMPLATES, content.feature_values(ctx, cand))
    monkeypatch.setattr(_ValueTables, "add", lambda *args: pytest.fail("every feature walked"))
    for cand in candidates:
        assert content.content_margin(ctx, cand, new) == shipped.values_margin(content.feature_values(ctx, cand))
    assert new.value_tables(content._TEMPLATES) == old.value_tables(content._TEMPLATES)
    assert new._value_tables._size == old._value_tables._size > 0
    assert any(content.content_margin(ctx, cand, new) != 0.0 for cand in candidates)


def test_a_new_value_adds_only_the_features_that_read_it(nlp):
    ctx, candidates = _candidates(nlp)
    scorer = _fresh_copy(AttributionModel.default().content)
    cand = candidates[0]
    content.content_margin(ctx, cand, scorer)
    values = list(content._values(ctx, cand))
    relation = 8  # the full relation's place among the values (the test above)
    values[relation] = "rel:invented"  # a relation the tables have not met
    added = scorer.add_value_weights_reading(content._TEMPLATES, content._LAYOUT, tuple(values), "rel:invented")
    assert added == 2  # nearest|rel and relfull: their weights (0.0, a feature the model lacks)
    tables = scorer.value_tables(content._TEMPLATES)
    assert tables[23]["rel:invented"] == 0.0
    assert tables[7][values[7]]["rel:invented"] == 0.0


def test_a_key_that_is_no_value_or_whose_weights_are_there_adds_nothing(nlp):
    """Near miss: the reading stops with LookupError rather than loop (content_margin's break)."""
    ctx, candidates = _candidates(nlp)
    scorer = _fresh_copy(AttributionModel.default().content)
    values = content._values(ctx, candidates[0])
    content.content_margin(ctx, candidates[0], scorer)
    size = scorer._value_tables._size
    assert scorer.add_value_weights_reading(content._TEMPLATES, content._LAYOUT, values, "\x00 no value") == 0
    assert scorer.add_value_weights_reading(content._TEMPLATES, content._LAYOUT, values, values[1]) == 0
    assert scorer._value_tables._size == size


def test_a_layout_is_read_off_the_function_that_makes_the_features():
    layout = ValueLayout.of(lambda v: [("a", v[0]), ("b|a", v[1], v[0]), ("c", v[2])], 3)
    assert layout.positions == ((0,), (1, 0), (2,))
    assert layout.readers == ((0, 1), (1,), (2,))
