"""``newsmine eval --dates``: dates scored as the shared ``dates_score.py`` scores TIMEX3 gold.

``tests/fixtures/timex/`` holds two invented articles (``input.jsonl``), their TIMEX3 gold
(``gold.jsonl``, corpora "A" and "B") and hand-written records (``records.jsonl``). Worked out
by hand: d1 "March 10, 2025" for the gold "Monday, March 10, 2025" (relaxed, not strict, value
right), "next week" and "three years" (strict, right), "every Tuesday" missed, "held"
spurious; d2 "1990s" value 199X for "the 1990s" value 199 (relaxed; right once normalised,
not as an exact string), "3 p.m." as a date with no value (strict; wrong type, null value).
So 6 gold, 6 predicted, 5 relaxed pairs, 3 strict, 4 types right, 4 values right (3 as exact
strings): relaxed F1 0.833, strict F1 0.5, type and value accuracy 0.8, value F1 0.667.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from newsmine.cli import app
from newsmine.cli.eval_cmd import format_dates
from newsmine.errors import UsageError
from newsmine.evaluate.dates import KIND_TO_TYPE, read_timex_gold, score_dates, summarise_dates
from tests.conftest import REPO

FIXTURE = REPO / "tests" / "fixtures" / "timex"
RECORDS = FIXTURE / "records.jsonl"
SHARED_SCORER = REPO.parent / "shared" / "tools" / "dates_score.py"

needs_shared_scorer = pytest.mark.skipif(not SHARED_SCORER.is_file(), reason="the shared dates scorer is not beside the repository")


def _predictions() -> dict[str, list[dict]]:
    records = [json.loads(line) for line in RECORDS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: [{**d, "type": KIND_TO_TYPE[d["kind"]]} for d in r["dates"]] for r in records}


def _summary(examples: int = 0) -> dict:
    gold, _ = read_timex_gold(FIXTURE)
    info = {"records": 2, "error_records": 0, "text_mismatch": 0, "kinds": {"date": 5, "duration": 1}, "missing_docs": 0}
    return summarise_dates(FIXTURE, gold, _predictions(), info, examples=examples)


def test_date_figures_of_hand_made_records_are_the_hand_checked_ones():
    scores, _ = score_dates(read_timex_gold(FIXTURE)[0], _predictions())
    assert (scores["gold"], scores["pred"], scores["relaxed_matches"], scores["strict_matches"]) == (6, 6, 5, 3)
    assert scores["relaxed"] == {"p": 0.8333, "r": 0.8333, "f1": 0.8333}
    assert scores["strict"] == {"p": 0.5, "r": 0.5, "f1": 0.5}
    assert (scores["type_accuracy"], scores["value_accuracy"], scores["value_f1"]) == (0.8, 0.8, 0.6667)
    assert (scores["value_correct"], scores["value_correct_exact_strings"], scores["value_null_on_matches"]) == (4, 3, 1)
    assert scores["errors"] == {"missed": 1, "spurious": 1, "boundary": 2, "wrong_type": 1, "wrong_value": 0, "null_value": 1}
    assert scores["by_gold_type"]["SET"] == {"gold": 1, "relaxed_recall": 0.0, "strict_recall": 0.0, "value_accuracy_on_matched": None}


def test_date_figures_are_given_per_corpus():
    by_corpus = _summary()["by_corpus"]
    assert list(by_corpus) == ["A", "B"]
    assert by_corpus["A"]["docs"] == 1 and by_corpus["A"]["relaxed"]["f1"] == 0.75
    assert by_corpus["B"]["type_accuracy"] == 0.5


def _shared_json(*args: str) -> dict:
    result = subprocess.run([sys.executable, str(SHARED_SCORER), str(FIXTURE), str(RECORDS), "--json", *args],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


@needs_shared_scorer
@pytest.mark.parametrize("examples", [0, 1])
def test_date_figures_agree_with_the_shared_scorer_on_hand_made_records(examples):
    extra = ("--examples", str(examples)) if examples else ()
    assert _summary(examples) == _shared_json(*extra)


@needs_shared_scorer
def test_date_text_report_prints_the_shared_scorers_table():
    result = subprocess.run([sys.executable, str(SHARED_SCORER), str(FIXTURE), str(RECORDS), "--examples", "1"],
                            capture_output=True, text=True, check=True)
    assert "\n".join(format_dates(_summary(examples=1))) == result.stdout.rstrip("\n")


def test_date_text_report_of_hand_made_records():
    lines = format_dates(_summary())
    assert "all            2      6      6  0.500 0.500 0.500   0.833 0.833 0.833   0.800     0.800     0.667" in lines
    assert "errors: missed 1, spurious 1, boundary 2, wrong_type 1, wrong_value 0, null_value 1" in lines


@pytest.mark.parametrize(
    ("gold_line", "expected"),
    [
        ('{"id": "d1", "timexes": [', "gold.jsonl, line 1: not JSON"),
        ('{"id": "d1"}', "gold.jsonl, line 1: lacks timexes"),
        ('{"id": "d9", "timexes": []}', "document 'd9' has no text in gold.jsonl and is not in"),
        ('{"id": "d2", "timexes": [{"start": 0, "end": 2, "type": "DATE"}]}', "a timex lacks value"),
        ('{"id": "d2", "timexes": [{"start": 0, "end": 2, "text": "xx", "type": "DATE", "value": "1"}]}', "do not index 'xx'"),
        # these two stopped the run with "unexpected TypeError", exit 3
        ('{"id": "d2", "timexes": [{"start": "0", "end": 2, "type": "DATE", "value": "1"}]}', "start and end must be"),
        ('{"id": "d2", "timexes": {"start": 0}}', "its timexes a list"),
    ],
)
def test_bad_date_gold_is_refused_before_the_model_loads(tmp_path, gold_line, expected):
    (tmp_path / "gold.jsonl").write_text(gold_line + "\n", encoding="utf-8")
    (tmp_path / "input.jsonl").write_text((FIXTURE / "input.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(UsageError, match=expected.replace("(", r"\(")):
        read_timex_gold(tmp_path)
    result = CliRunner().invoke(app, ["eval", "--dates", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert expected in " ".join(result.output.split())


def test_a_dates_folder_without_gold_is_refused(tmp_path):
    result = CliRunner().invoke(app, ["eval", "--dates", str(tmp_path)])
    assert result.exit_code == 2
    assert "gold.jsonl is missing" in " ".join(result.output.split())


def test_eval_without_any_gold_says_what_to_give():
    result = CliRunner().invoke(app, ["eval"])
    assert result.exit_code == 2
    assert "give GOLD_DIR (attribution gold), --dates TIMEX_DIR or --metadata PAGES_GOLD_DIR" in " ".join(result.output.split())


def test_speakers_without_the_attribution_gold_are_refused():
    speakers = REPO / "tests" / "fixtures" / "speakers" / "speakers.jsonl"
    result = CliRunner().invoke(app, ["eval", "--dates", str(FIXTURE), "--speakers", str(speakers)])
    assert result.exit_code == 2
    assert "give GOLD_DIR as well" in " ".join(result.output.split())


@pytest.mark.slow
def test_eval_dates_command_gives_the_shared_scorers_figures_on_newsmine_output(tmp_path):
    result = CliRunner().invoke(app, ["eval", "--dates", str(FIXTURE), "--json"])
    assert result.exit_code == 0, result.output
    ours = json.loads(result.stdout)
    assert list(ours) == ["dates"]
    assert ours["dates"]["gold"] == {"dir": str(FIXTURE), "docs": 2, "timexes": 6}
    assert ours["dates"]["scores"]["pred"] > 0
    if SHARED_SCORER.is_file():
        records = tmp_path / "records.jsonl"
        extract = CliRunner().invoke(app, ["extract", str(FIXTURE / "input.jsonl"), "--output", str(records)])
        assert extract.exit_code == 0, extract.output
        theirs = subprocess.run([sys.executable, str(SHARED_SCORER), str(FIXTURE), str(records), "--json"],
                                capture_output=True, text=True, check=True)
        assert ours["dates"] == json.loads(theirs.stdout)
