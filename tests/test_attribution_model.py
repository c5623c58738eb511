"""The shipped attribution model file and the code that computes its features agree.

The model is a table of feature -> weight: a feature renamed, added or dropped in
``nlp/attribution/features.py`` without retraining would silently score with missing weights. The
training script records the feature templates, the feature-set version and the versions of
spaCy, its model package and scikit-learn in the file; these tests fail when the code drifts
from them (then retrain: ``python training/train_attribution.py``).
"""

from __future__ import annotations

from importlib.metadata import version

import spacy

from newsmine.nlp.attribution import FEATURE_SET, AttributionModel, DocContext, cue_features, feature_template, find_candidates, is_trigger, subject_of
from newsmine.nlp.attribution.decide import cue_groups
from newsmine.nlp.attribution.features import choice_features, no_source_features, source_features
from newsmine.nlp.attribution.sources import source_options
from newsmine.nlp.model import DEFAULT_MODEL
from newsmine.nlp.quote_marks import find_quoted

# Invented: a quote after its speaker, one before, an indirect quote, a noun cue, a headline colon.
ARTICLE = (
    "Ferry row: Council backs new timetable\n\n"
    'Harbour master Jana Novak said on Tuesday: "The ferry will run all winter."\n\n'
    '"We have waited ten years," Mayor Tomas Berg told reporters, adding that the pier would open in May.\n\n'
    "According to the union, fares will not rise. Its criticism of the plan was sharp.\n"
)


def _info() -> dict:
    return AttributionModel.default().info


def test_model_file_records_the_feature_set_it_was_trained_with():
    assert _info()["feature_set"] == FEATURE_SET


def test_model_file_was_trained_on_the_installed_parser():
    info = _info()
    assert info["spacy"].split(".")[:2] == spacy.__version__.split(".")[:2]
    assert info["spacy_model"] == f"{DEFAULT_MODEL} {version(DEFAULT_MODEL)}"
    assert info["scikit_learn"]


def test_inference_computes_the_feature_templates_of_the_model_file(nlp):
    doc = nlp(ARTICLE)
    ctx = DocContext(doc, find_quoted(doc.text))
    cue = {feature_template(f) for i in range(ctx.n) if is_trigger(ctx, i) for f in cue_features(ctx, i)}
    candidates = find_candidates(ctx)
    content = {feature_template(f) for cand in candidates for f in cand.shared + cand.features}
    choice = {feature_template(f) for group in choice_features(cue_groups(candidates)) for fs in group for f in fs}
    source = set()
    for i in range(ctx.n):
        if is_trigger(ctx, i):
            rule = subject_of(ctx, i)
            source |= {feature_template(f) for f in no_source_features(ctx, i, rule)}
            for n, j in enumerate(source_options(ctx, i, rule)):
                source |= {feature_template(f) for f in source_features(ctx, i, j, rule, n == 0)}
    recorded = _info()["feature_templates"]
    assert cue == set(recorded["cue"])
    assert content == set(recorded["content"])
    if AttributionModel.default().source is not None:
        assert source == set(recorded["source"])
    if AttributionModel.default().choice is not None:
        assert choice == set(recorded["choice"])


def test_every_weight_belongs_to_a_recorded_template():
    model = AttributionModel.default()
    recorded = model.info["feature_templates"]
    assert {feature_template(f) for f in model.cue.weights} <= set(recorded["cue"])
    assert {feature_template(f) for f in model.content.weights} <= set(recorded["content"])
    if model.source is not None:
        assert {feature_template(f) for f in model.source.weights} <= set(recorded["source"])
    if model.choice is not None:
        assert {feature_template(f) for f in model.choice.weights} <= set(recorded["choice"])


def test_confidence_is_a_probability_on_every_quote(pipeline):
    record = pipeline.analyze(ARTICLE)
    assert record.quotes
    assert all(q.confidence is not None and 0.0 <= q.confidence <= 1.0 for q in record.quotes)


def test_model_file_round_trips_every_scorer_into_its_own_field():
    """Each scorer of the shipped file lands in its own field (a positional mix-up once put the
    choice model in the speaker model's place: every quote lost its speaker)."""
    import json

    from importlib.resources import files

    from newsmine.nlp.attribution.model import DEFAULT_MODEL_FILE

    data = json.loads(files("newsmine.nlp.models").joinpath(DEFAULT_MODEL_FILE).read_text(encoding="utf-8"))
    model = AttributionModel.from_dict(data)
    assert "choice" in data and model.choice is not None
    assert model.speaker is None  # the speaker model lives in a file of its own, not shipped
    assert model.to_dict()["choice"] == data["choice"]
    assert model.choice.weights == AttributionModel.from_dict(model.to_dict()).choice.weights


def test_choice_scorer_computes_the_learners_probabilities():
    """The choice scorer written to the file gives the probabilities of the regression it was
    fitted as: its intercept lives in the 'j:bias' weight that inference reads (a learner's
    intercept left out of the file once shifted every choice score)."""
    import sys
    from pathlib import Path

    import numpy as np
    import pytest

    pytest.importorskip("sklearn")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training"))
    from train_attribution import Vocabulary, choice_scorer

    vocab = Vocabulary()
    # Mostly negative rows: a large negative intercept, which the scorer must carry.
    examples = [(["j:bias", "j:rank=0"], 1)] * 60 + [(["j:bias", "j:rank=0"], 0)] * 20 + [(["j:bias", "j:rank=1"], 0)] * 300
    examples += [(["j:bias", "j:rank=1"], 1)] * 20
    rows = [vocab.encode(features) for features, _ in examples]
    scorer = choice_scorer(rows, np.array([label for _, label in examples]), vocab)
    assert "bias" not in scorer.weights and scorer.weights["j:bias"] < 0
    top, other = scorer.probability(["j:bias", "j:rank=0"]), scorer.probability(["j:bias", "j:rank=1"])
    # The rows' shares are 0.75 and 0.0625 (the L2 penalty shrinks a little); without its
    # intercept (the old file's) the scorer said 0.79 and 0.092.
    assert abs(top - 0.75) < 0.03 and abs(other - 0.0625) < 0.015
