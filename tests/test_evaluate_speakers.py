"""``newsmine eval --speakers``: speaker resolution scored as the shared ``speaker_score.py`` scores it.

``tests/fixtures/speakers/`` holds two invented articles (``text/``, ``attributions/`` in BRAT),
their speaker gold (``speakers.jsonl``, one line per gold Source span) and hand-written
predictions (``predictions.jsonl``). Worked out by hand:

- s1: "Senator Joan Price" named "Joan Price" (name, equal: right); "She" named "She"
  (pronoun, referent Joan Price: wrong, the name is just the mention); "A spokesman for the
  Harbor Party" named "Harbor Party" (description, null referent with that alt: right);
  "Price added ..." has its content cut to 5 characters (IoU < 0.5: not scored, so the
  source "Price" is not covered);
- s2: "Anna Lee" named "Lee" (name: a tail, right; not strict, since "Mark Lee" is another
  referent of the article); "Lee" named "Mark Lee" (name, equal, but gold marked unsure);
  "The union" named "union" (description, referent Mill Workers Union: wrong, the mention);
  "A worker" given the speaker "Mark Lee" on another span (null referent: wrong).

So 7 scored (pronoun 1, description 3, name 3), right 0 / 1 / 3 = 4 (57.1 %), strict 3,
sure gold only 3 of 6; named referents 3 of 5, null 1 of 2; 7 of 8 sources covered.
"""

from __future__ import annotations

import importlib.util
import json

import pytest
from typer.testing import CliRunner

from newsmine.cli import app
from newsmine.cli.eval_cmd import format_speakers
from newsmine.errors import UsageError
from newsmine.evaluate import evaluate, name_match, read_gold_dir, read_speaker_gold, score_speakers
from tests.conftest import REPO

FIXTURE = REPO / "tests" / "fixtures" / "speakers"
GOLD = FIXTURE / "speakers.jsonl"
PREDICTIONS = FIXTURE / "predictions.jsonl"
SHARED_SCORER = REPO.parent / "shared" / "tools" / "speaker_score.py"

needs_shared_scorer = pytest.mark.skipif(not SHARED_SCORER.is_file(), reason="the shared speaker scorer is not beside the repository")


def _quotes() -> dict[str, list[dict]]:
    records = [json.loads(line) for line in PREDICTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: r["quotes"] for r in records}


def _ours(examples: int = 0) -> dict:
    documents = list(read_gold_dir(FIXTURE))
    return score_speakers(documents, _quotes(), read_speaker_gold(GOLD, documents), examples=examples, gold_path=str(GOLD))


def _shared_scorer():
    spec = importlib.util.spec_from_file_location("speaker_score", SHARED_SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


def test_speaker_figures_of_hand_made_predictions_are_the_hand_checked_ones():
    s = _ours()
    assert s["accuracy"] == {"overall": 0.5714, "pronoun": 0.0, "description": 0.3333, "name": 1.0}
    assert s["accuracy_named_vs_null"] == {
        "pronoun": {"named": 0.0, "null": None},
        "description": {"named": 0.0, "null": 0.5},
        "name": {"named": 1.0, "null": None},
    }
    assert s["accuracy_strict"] == {"overall": 0.4286, "pronoun": 0.0, "description": 0.3333, "name": 0.6667}
    assert s["accuracy_sure_gold_only"] == {"overall": 0.5, "pronoun": 0.0, "description": 0.3333, "name": 1.0}
    assert s["coverage"] == {"sources": 0.875, "pronoun": 1.0, "description": 1.0, "name": 0.75, "attributions": 0.875}
    c = s["counts"]
    assert c["scored_attributions"] == {"pronoun": 1, "description": 3, "name": 3}
    assert c["right_by"] == {"equal": 2, "null: alt": 1, "tail": 1}
    assert c["speaker_span_on_gold_source"] == 6 and c["missing_docs"] == 0
    assert s["error_patterns"] == {"gold source found, name is just the mention text": 2,
                                   "null referent, named speaker predicted": 1}


@needs_shared_scorer
@pytest.mark.parametrize("examples", [0, 2])
def test_speaker_figures_agree_with_the_shared_scorer_on_hand_made_predictions(examples):
    theirs = _shared_scorer().score(str(FIXTURE), str(PREDICTIONS), str(GOLD), examples=examples)
    assert theirs.pop("records") == str(PREDICTIONS)
    ours = _ours(examples)
    assert ours.pop("records") is None  # extracted in memory, no records file
    assert ours == theirs


@needs_shared_scorer
def test_speaker_text_report_prints_the_shared_scorers_table(tmp_path):
    """The table rows, percentages and error lines are the shared scorer's (its first line names files)."""
    theirs = _shared_scorer()
    figures = theirs.score(str(FIXTURE), str(PREDICTIONS), str(GOLD), examples=3)
    expected = theirs.report(figures).splitlines()[1:]
    ours = format_speakers(_ours(examples=3))[1:]
    assert [line.replace("speaker errors:", "errors:") for line in ours] == expected


def test_speaker_text_report_of_hand_made_predictions():
    lines = format_speakers(_ours())
    assert "accuracy                    57.1     0.0    33.3   100.0" in lines
    assert "  named referents (5)       60.0     0.0     0.0   100.0" in lines
    assert "coverage (sources)          87.5   100.0   100.0    75.0" in lines


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ("F.B.I.", "FBI", 2),
        ("Sen. Lindsey Graham", "Lindsey Graham", 2),
        ("Clinton", "Hillary Clinton", 1),
        ("Hillary Clinton's", "Clinton", 1),
        # near misses
        ("the campaign", "Trump campaign", 0),  # a tail needs a capitalised shared word
        ("Donald Trump", "Donald Trump Jr.", 0),  # a suffix separates two full names
        ("Ban", "Ban Ki-moon", 0),  # a tail is one-way by word order
        ("Justice Department", "Department", 1),  # "Justice" is not a dropped title
        (None, "Joan Price", 0),
    ],
)
def test_name_match_normalises_names_as_the_shared_scorer(predicted, gold, expected):
    assert name_match(predicted, gold) == expected


@needs_shared_scorer
def test_name_match_agrees_with_the_shared_scorer_on_awkward_names():
    theirs = _shared_scorer().name_match
    pairs = [("Mr. O'Rourke", "Beto O'Rourke"), ("the Post", "The New York Post"), ("Joseph R. Biden Jr.", "Biden"),
             ("Biden", "Joseph R. Biden Jr."), ("AT&T", "AT & T"), ("II", "John Smith II"), ("", "X"), ("Ms. Y", "Y")]
    assert [name_match(p, g) for p, g in pairs] == [theirs(p, g) for p, g in pairs]


def _eval(*args: str):
    return CliRunner().invoke(app, ["eval", str(FIXTURE), *args])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"doc": "s1", "start": 0,', "line 2: not JSON"),
        ('{"doc": "s1", "start": 0, "end": 18, "class": "name"}', "line 2: lacks referent"),
        ('["s1", 0, 18]', "line 2: is not a JSON object"),
        ('{"doc": "s1", "start": "0", "end": 18, "class": "name", "referent": null}', "start and end must be"),
        ('{"doc": "s1", "start": 0, "end": 18, "class": "noun", "referent": null}', "class 'noun' is none of"),
        ('{"doc": "s9", "start": 0, "end": 18, "class": "name", "referent": null}', "names an article the gold directory does not hold (s9)"),
    ],
)
def test_bad_speaker_gold_is_refused_with_its_line_before_the_model_loads(tmp_path, line, expected):
    gold = tmp_path / "speakers.jsonl"
    gold.write_text(GOLD.read_text(encoding="utf-8").splitlines()[0] + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(UsageError, match=expected.replace("(", r"\(").replace(")", r"\)")):
        read_speaker_gold(gold, list(read_gold_dir(FIXTURE)))
    result = _eval("--speakers", str(gold))
    assert result.exit_code == 2, result.output
    assert expected in " ".join(result.output.split())


def test_a_missing_speaker_gold_file_is_refused(tmp_path):
    result = _eval("--speakers", str(tmp_path / "nowhere.jsonl"))
    assert result.exit_code == 2
    assert "nowhere.jsonl" in result.output
    with pytest.raises(UsageError, match="not a file"):
        read_speaker_gold(tmp_path / "nowhere.jsonl")


def test_speaker_gold_of_a_subset_of_the_articles_is_scored_on_those():
    documents = list(read_gold_dir(FIXTURE))
    only_s2 = {key: entry for key, entry in read_speaker_gold(GOLD, documents).items() if key[0] == "s2"}
    s = score_speakers(documents, _quotes(), only_s2)
    assert s["counts"]["scored_attributions"] == {"pronoun": 0, "description": 2, "name": 2}
    assert s["accuracy"]["pronoun"] is None


@pytest.mark.slow
def test_eval_speakers_command_gives_the_shared_scorers_figures_on_newsmine_output(pipeline, tmp_path):
    """`newsmine eval --speakers --json` and speaker_score.py over `newsmine extract`'s records."""
    result = _eval("--speakers", str(GOLD), "--json")
    assert result.exit_code == 0, result.output
    ours = json.loads(result.stdout)["speakers"]
    assert ours["gold"] == str(GOLD) and ours["records"] is None
    assert sum(ours["counts"]["scored_attributions"].values()) > 0
    assert evaluate(FIXTURE, pipeline=pipeline, speakers=GOLD).speakers == ours
    text = _eval("--speakers", str(GOLD))
    assert text.exit_code == 0 and "named referents" in text.output
    if SHARED_SCORER.is_file():
        records = tmp_path / "records.jsonl"
        extract = CliRunner().invoke(app, ["extract", str(FIXTURE / "text"), "--output", str(records)])
        assert extract.exit_code == 0, extract.output
        theirs = _shared_scorer().score(str(FIXTURE), str(records), str(GOLD))
        theirs.pop("records")
        ours.pop("records")
        assert ours == theirs
