"""The features of the learned description study (training/speakers/describe_features.py).

The study found no gain over the rules (docs/history/speakers.md, thirteenth session), so the
model is not wired into inference; these tests keep its tooling honest: training and inference
go through one function, and the features say what their names say on sentences of our own.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_PATH = ROOT / "training" / "speakers" / "describe_features.py"
_SPEC = importlib.util.spec_from_file_location("describe_features", _PATH)
df = importlib.util.module_from_spec(_SPEC)
sys.modules["describe_features"] = df  # its dataclasses look their module up
_SPEC.loader.exec_module(df)


def _options(pipeline, text: str, mention_text: str):
    """The rules' resolution of the last ``mention_text`` of ``text`` and its candidates."""
    from newsmine.nlp.entities import cluster_entities
    from newsmine.nlp.speakers import SpeakerResolver

    doc = pipeline.nlp(text)
    resolver = SpeakerResolver(doc, cluster_entities(doc))
    start = text.rindex(mention_text)
    return df.resolve_with_candidates(resolver, doc.char_span(start, start + len(mention_text)))


def _by_name(options, name: str):
    return next(c for c in options if c.name == name)


def test_the_senator_fits_the_person_titled_so_not_the_other_person(pipeline):
    text = (
        "Sen. Ana Ruiz met the mayor, Tom Berg, on Monday.\n\n"
        "Berg praised the plan. The senator said the pier would open in May.\n"
    )
    resolution, options = _options(pipeline, text, "The senator")
    ruiz, berg = _by_name(options, "Ana Ruiz"), _by_name(options, "Tom Berg")
    assert ruiz.features["title_match"] == 1.0 and berg.features["title_match"] == 0.0
    assert ruiz.features["person_head_x_person"] == 1.0
    assert ruiz.features["rules_pick"] == 1.0 and resolution.name == "Ana Ruiz"  # the rules agree


def test_the_newspaper_fits_the_outlet_and_a_possessor_is_marked(pipeline):
    text = (
        "The Harlow Ledger reported on Tuesday that Mayor Tom Berg had hired a lawyer.\n\n"
        "The newspaper said the contract was signed in March. Berg's attorney said the report was wrong.\n"
    )
    _, options = _options(pipeline, text, "The newspaper")
    ledger = _by_name(options, "Harlow Ledger")
    assert ledger.features["body_fit"] > 0 and ledger.features["cand_org"] == 1.0
    assert ledger.features["head_body"] == 1.0 and ledger.features["definite"] == 1.0
    _, options = _options(pipeline, text, "Berg's attorney")
    berg = _by_name(options, "Tom Berg")
    assert berg.features["possessor"] == 1.0
    assert all(c.features["possessor"] == 0.0 for c in options if c is not berg)


def test_names_are_out_of_scope_and_features_see_the_speaker_before_the_mention(pipeline):
    text = (
        "Ana Ruiz, the mayor, spoke first. \"We will build it,\" Ruiz said.\n\n"
        "The mayor said the pier would open in May.\n"
    )
    _, options = _options(pipeline, text, "Ruiz")
    assert options is None  # a name: the rules alone
    from newsmine.nlp.entities import cluster_entities
    from newsmine.nlp.speakers import SpeakerResolver

    doc = pipeline.nlp(text)
    resolver = SpeakerResolver(doc, cluster_entities(doc))
    ruiz_said = next(t for t in doc if t.text == "Ruiz" and t.nbor(1).text == "said")
    resolver.resolve(doc[ruiz_said.i : ruiz_said.i + 1])  # the previous speaker is now Ruiz
    mayor = next(t for t in doc if t.text == "mayor" and t.i > ruiz_said.i)
    _, options = df.resolve_with_candidates(resolver, doc[mayor.i - 1 : mayor.i + 1])
    assert _by_name(options, "Ana Ruiz").features["previous_speaker"] == 1.0
    assert resolver.previous.cluster.name == "Ana Ruiz"  # the resolver's own state moves on as before


def test_the_model_file_round_trips_and_refuses_another_feature_set(tmp_path):
    model = df.DescribeModel({"title_match": 3.0, "log_distance": -1.0}, -1.0, 0.5)
    path = tmp_path / "describe.json"
    path.write_text(model.to_json(), encoding="utf-8")
    again = df.DescribeModel.from_file(path)
    assert again == model
    near = df.Candidate("Ana Ruiz", "person", None, {"title_match": 1.0, "log_distance": 0.0})
    far = df.Candidate("Tom Berg", "person", None, {"title_match": 0.0, "log_distance": 2.0})
    assert again.choose([far, near]) is near  # p = 0.88
    assert again.choose([far]) is None  # p = 0.05: left unnamed
    data = json.loads(path.read_text(encoding="utf-8"))
    data["feature_set"] = "describe-v0"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="feature set"):
        df.DescribeModel.from_file(path)
