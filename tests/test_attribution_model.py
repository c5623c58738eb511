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


def test_min_confidence_keeps_the_quotes_a_model_without_confidence_cannot_judge(nlp, monkeypatch):
    """A model file with no confidence model leaves every quote's confidence null; a threshold
    leaves out quotes below it, and an unknown confidence is not below it: the quotes stay."""
    import dataclasses

    from newsmine import Pipeline
    from newsmine.nlp.components import QuotesComponent

    [quotes] = [component for _, component in nlp.pipeline if isinstance(component, QuotesComponent)]
    monkeypatch.setattr(quotes, "model", dataclasses.replace(quotes.model, confidence=None))
    record = Pipeline(nlp, min_confidence=0.9).analyze(ARTICLE)
    assert len(record.quotes) >= 3 and all(q.confidence is None for q in record.quotes)


def test_model_file_round_trips_every_scorer_into_its_own_field():
    """Each scorer of the shipped file lands in its own field (a positional mix-up once put the
    choice model in the speaker model's place: every quote lost its speaker)."""
    import json

    from importlib.resources import files

    from newsmine.nlp.attribution.model import DEFAULT_MODEL_FILE

    data = json.loads(files("newsmine.nlp.models").joinpath(DEFAULT_MODEL_FILE).read_text(encoding="utf-8"))
    model = AttributionModel.from_dict(data)
    assert model.speaker is None  # the speaker model lives in a file of its own, not shipped
    # The reranker, or (files before the eleventh session) the linear choice model.
    assert "reranker" in data or "choice" in data
    if "reranker" in data:
        assert model.reranker is not None and model.choice is None
        assert model.to_dict()["reranker"] == data["reranker"]
        assert AttributionModel.from_dict(model.to_dict()).reranker.trees == model.reranker.trees
    else:
        assert model.choice is not None
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


def _trainer():
    """training/train_attribution.py as a module (it needs the [train] extras)."""
    import sys
    from pathlib import Path

    import pytest

    pytest.importorskip("sklearn")
    pytest.importorskip("lightgbm")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training"))
    import train_attribution

    return train_attribution


def _reranker_rows(seed: int, n: int):
    """Rows shaped like the reranker's, labelled by an interaction no single column shows
    (a second-ranked content that contains the best and scores close to it is right)."""
    import numpy as np

    from newsmine.nlp.attribution.reranker import RERANK_FEATURES

    rng = np.random.default_rng(seed)
    rows = rng.normal(size=(n, len(RERANK_FEATURES)))
    names = list(RERANK_FEATURES)
    rows[:, names.index("rank")] = rng.integers(0, 4, n)
    rows[:, names.index("nest")] = rng.integers(0, 5, n)
    close = rows[:, names.index("gap")] < 0.5
    labels = ((rows[:, names.index("rank")] == 0) ^ (close & (rows[:, names.index("nest")] == 2))).astype(int)
    return rows, labels


def test_reranker_arrays_give_lightgbms_own_predictions():
    """Inference evaluates the trees from the model file's arrays, without LightGBM: they
    must give the probabilities of the booster the trainer fitted, on rows it never saw."""
    import numpy as np

    from newsmine.nlp.attribution.reranker import BoostedScorer

    trainer = _trainer()
    rows, labels = _reranker_rows(0, 3000)
    booster = trainer._boost(rows, labels)
    scorer = BoostedScorer.from_lightgbm(booster.dump_model(), 0.4, ["child:ccomp"], {})
    unseen, _ = _reranker_rows(1, 500)
    assert np.allclose(scorer.probabilities(unseen.tolist()), booster.predict(unseen), rtol=0, atol=1e-12)
    # It learned the interaction, which a sum of one weight per column cannot express.
    right = (scorer.probabilities(unseen.tolist()) >= 0.5) == _reranker_rows(1, 500)[1]
    assert right.mean() > 0.9
    # The file's form reads back to the same scorer.
    again = BoostedScorer.from_dict(scorer.to_dict())
    assert np.array_equal(again.margins(unseen.tolist()), scorer.margins(unseen.tolist()))


def test_reranker_reads_its_columns_by_the_names_the_file_records():
    """A file's trees index the columns its info names, in its order: rows computed with
    every column (and columns added since) give the predictions of the trees fitted on those
    columns alone; a column this code does not compute is refused with what to do."""
    import lightgbm
    import numpy as np
    import pytest

    from newsmine.nlp.attribution.reranker import RERANK_FEATURES, BoostedScorer

    rows, labels = _reranker_rows(3, 2000)
    names = ["nest", "gap", "rank"]  # a subset, not in the rows' order
    picked = [RERANK_FEATURES.index(n) for n in names]
    params = {"objective": "binary", "num_leaves": 7, "min_data_in_leaf": 20, "seed": 0, "deterministic": True, "num_threads": 1, "verbose": -1}
    booster = lightgbm.train(params, lightgbm.Dataset(rows[:, picked], labels, feature_name=names, params={"verbose": -1}), num_boost_round=20)
    scorer = BoostedScorer.from_lightgbm(booster.dump_model(), 0.4, [], {"features": names})
    unseen, _ = _reranker_rows(4, 300)
    assert np.allclose(scorer.probabilities(unseen.tolist()), booster.predict(unseen[:, picked]), rtol=0, atol=1e-12)
    with pytest.raises(ValueError, match="retrain"):
        BoostedScorer.from_lightgbm(booster.dump_model(), 0.4, [], {"features": ["nest", "gap", "a_column_never_computed"]})


def test_reranker_training_is_deterministic():
    trainer = _trainer()
    rows, labels = _reranker_rows(2, 2000)
    assert trainer._boost(rows, labels).model_to_string() == trainer._boost(rows, labels).model_to_string()


def test_inference_reranks_the_content_scores_as_training_does(nlp):
    """score_candidates gives each candidate the reranker's probability of the rows computed
    from the content model's scores and the cue filter's probability — the rows the trainer
    fits the trees on (its ``_kept`` sets the same cue probability from the same filter)."""
    import math

    import numpy as np

    from newsmine.nlp.attribution import score_candidates
    from newsmine.nlp.attribution.model import sigmoid
    from newsmine.nlp.attribution.reranker import RERANK_FEATURES, rerank_rows

    model = AttributionModel.default()
    if model.reranker is None:
        return
    assert model.reranker.info["features"] == list(RERANK_FEATURES)
    doc = nlp(ARTICLE)
    ctx = DocContext(doc, find_quoted(doc.text))
    candidates = find_candidates(ctx, model.cue)
    for cand in candidates:
        if cand.relation in ("colon", "dash", "poll"):
            assert math.isnan(cand.cue_probability)
        else:
            assert cand.cue_probability == model.cue.probability(cue_features(ctx, cand.trigger)) >= model.cue.threshold
    score_candidates(candidates, model)
    reranked = [cand.score for cand in candidates]
    for cand in candidates:
        cand.score = cand.fixed_score if cand.fixed_score is not None else sigmoid(model.content.margin(cand.shared + cand.features))
    groups = cue_groups(candidates)
    rows = [row for group_rows in rerank_rows(groups, model.reranker.relation_codes) for row in group_rows]
    assert rows and all(len(row) == len(RERANK_FEATURES) for row in rows)
    expected = dict(zip([id(c) for group in groups for c in group], model.reranker.probabilities(rows)))
    for cand, score in zip(candidates, reranked):
        assert np.isclose(score, expected.get(id(cand), cand.score), rtol=0, atol=1e-9)


def test_training_keeps_the_candidates_inference_keeps_without_the_cue_filter(nlp):
    """The trainer's decision sees what ``find_candidates`` builds with the cue filter: the
    cue words it lets through, and the colons, dashes and polls it never filters (a poll's
    'in' is no cue word, so the trainer once dropped every poll inference keeps)."""
    from types import SimpleNamespace

    import numpy as np

    trainer = _trainer()
    model = AttributionModel.default()
    doc = nlp("Ruiz leads the race by nine points in a new Harbour Gazette poll.\n\nThe ferry strike ended on Monday, officials said.\n")
    ctx = DocContext(doc, find_quoted(doc.text))
    candidates = find_candidates(ctx)
    assert any(c.relation == "poll" for c in candidates)
    cue_words = [i for i in range(ctx.n) if is_trigger(ctx, i)]
    cue_p = np.array([model.cue.probability(cue_features(ctx, i)) for i in cue_words])
    d = SimpleNamespace(cue_words=cue_words, candidates=candidates)
    kept = trainer._kept(d, cue_p, model.cue.threshold, np.full(len(candidates), 0.5))
    inferred = find_candidates(ctx, model.cue)
    assert sorted((c.trigger, c.relation, c.start, c.end) for c in kept) == sorted((c.trigger, c.relation, c.start, c.end) for c in inferred)
