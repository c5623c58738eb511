"""Shortcuts of session 59's speed pass (docs/history/speed.md, "speed59"), on invented text:
the content model's margin of a candidate read from tables of weights one value a level
(:func:`~newsmine.nlp.attribution.features.content.content_margin`), where each of the ~50
features was made a tuple, hashed and looked up (``values_margin(feature_values(...))``, the
reading it replaced and the one the training scripts keep): the same float, to the last bit,
for every candidate, with the tables empty, filled, and cleared at their limit."""

from __future__ import annotations

import pytest

from newsmine.nlp.attribution import DocContext, doc_text
from newsmine.nlp.attribution import model as model_module
from newsmine.nlp.attribution.candidates import find_candidates
from newsmine.nlp.attribution.features.bins import feature_string
from newsmine.nlp.attribution.features.content import _TEMPLATES, content_margin, feature_values
from newsmine.nlp.attribution.model import AttributionModel, LinearScorer
from newsmine.nlp.quote_marks import find_quoted

# Original text: direct and indirect quotes, a split quotation, a colon, a cue after its
# content, an "according to", a quote with no speaker, and a headline.
_TEXT = """Harbour Board Delays Vote on Ferry Fares
PORT ELLIS — The harbour board will not vote on ferry fares until May, its chair, Ana Ruiz, said on Monday.
"We will not strand the islands," Ruiz said. "Not this year, and not while I chair this board."
Councillor Dan Osei told reporters that the delay would cost the town dearly, adding that fares had doubled.
According to a report by the port authority, fuel costs rose by a third last year.
Priya Lind, a ferry pilot, said: "The boats are old. Nobody wants to say it."
"It is a scandal," one islander wrote in a letter to the Gazette.
The board's statement said only that talks would continue."""


def _context(nlp) -> tuple[DocContext, list]:
    doc = nlp(_TEXT)
    ctx = DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))
    return ctx, find_candidates(ctx)


def _fresh_copy(scorer: LinearScorer) -> LinearScorer:
    """The same weights with empty caches (the shipped scorer's are shared in the process)."""
    return LinearScorer(weights=dict(scorer.weights), threshold=scorer.threshold)


def test_the_templates_are_those_of_the_content_features_in_order(nlp):
    ctx, candidates = _context(nlp)
    assert candidates
    for cand in candidates:
        assert [(value[0], len(value) - 1) for value in feature_values(ctx, cand)] == list(_TEMPLATES)


def test_the_margin_from_the_tables_is_values_margin_to_the_last_bit(nlp):
    ctx, candidates = _context(nlp)
    shipped = AttributionModel.default().content
    scorer = _fresh_copy(shipped)
    assert len(candidates) >= 10
    for rounds in range(2):  # the tables empty, then holding every value
        for cand in candidates:
            expected = shipped.values_margin(feature_values(ctx, cand))
            assert content_margin(ctx, cand, scorer) == expected, (rounds, cand.relation)
            assert content_margin(ctx, cand, shipped) == expected
    assert any(content_margin(ctx, cand, scorer) != 0.0 for cand in candidates)


def test_the_margin_adds_the_weights_in_the_features_order(nlp):
    """Invented weights, some features the model lacks (0.0): the plain sum in order."""
    ctx, candidates = _context(nlp)
    for cand in candidates[:5]:
        values = feature_values(ctx, cand)
        weights = {feature_string(value): 0.1 * (k + 1) - 1.3 for k, value in enumerate(values) if k % 3}
        scorer = LinearScorer(weights=weights, threshold=0.5)
        z = 0.0
        for value in values:
            z += weights.get(feature_string(value), 0.0)
        assert content_margin(ctx, cand, scorer) == z == scorer.values_margin(values)


def test_the_tables_are_cleared_at_their_limit_and_still_answer_alike(nlp, monkeypatch):
    ctx, candidates = _context(nlp)
    monkeypatch.setattr(model_module, "_VALUE_WEIGHTS_LIMIT", 120)  # two or three candidates' values
    shipped = AttributionModel.default().content
    scorer = _fresh_copy(shipped)
    for cand in candidates * 2:
        assert content_margin(ctx, cand, scorer) == shipped.values_margin(feature_values(ctx, cand))
        assert scorer._value_tables._size <= 120  # noqa: SLF001 (the bound under test)


def test_a_value_of_another_template_is_refused():
    scorer = LinearScorer(weights={"after=PUNCT": 1.0}, threshold=0.5)
    with pytest.raises(ValueError, match="template"):
        scorer.add_value_weights((("after", 1),), [("rel|after", "child:ccomp", "PUNCT")])
    with pytest.raises(ValueError, match="template"):
        scorer.add_value_weights((("after", 1),), [("after", "PUNCT", "extra")])
    scorer.add_value_weights((("after", 1), ("q", 1)), [("after", "PUNCT"), ("q", "all")])
    assert scorer.value_tables((("after", 1), ("q", 1))) == ({"PUNCT": 1.0}, {"all": 0.0})
