"""``newsmine eval`` and its scorer on a small hand-made BRAT fixture.

``tests/fixtures/brat/`` holds two invented articles with hand-written BRAT annotations;
``tests/fixtures/brat_predictions.jsonl`` hand-written predictions designed to hit every
case of the scorer. The expected figures below were worked out by hand:

- a1 (5 gold): the headline stance (exact), the split quote '"We will build it this
  year," Mayor Ana Ruiz said on Monday. "The money is there."' predicted as one span
  (the gap between the gold parts is not held against it, but the comma and closing mark
  after "year" are: IoU 36/38, matched, not exact), "that the plan …" without its
  speaker (matched: the leading "that" is trimmed; wrong speaker), "according to a local
  newspaper" (exact), a spurious span in the gap of the split quote; "Critics fear the
  costs will rise" nests a gold content ("the costs will rise") that stays missed;
- a2 (4 gold): two exact matches with the speaker right (one "Berg" inside the gold
  source "Tom Berg, a fisherman"), "boats" for "that boats were\\ndamaged" (IoU 5/16:
  wrong span, but >= 30 % covered: a lenient match), and a discontinuous gold without
  source matched by a span with no speaker (right).

So: 9 gold, 9 predicted, 7 contents matched, 6 attributions right, 7 cues right, 6 of
the 7 matched with a gold source, 5 of them right, 6 exact, 2 direct (both right), 8
lenient; errors: 1 missed, 1 wrong span, 1 spurious, 1 wrong speaker.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from newsmine.cli import app
from newsmine.cli.eval_cmd import format_report
from newsmine.evaluate import PredictedQuote, evaluate, read_brat, read_gold_dir, score_predictions
from tests.conftest import REPO

FIXTURE = REPO / "tests" / "fixtures" / "brat"
PREDICTIONS = REPO / "tests" / "fixtures" / "brat_predictions.jsonl"
SHARED_SCORER = REPO.parent / "shared" / "tools" / "attrib_score.py"

HAND_CHECKED_COUNTS = {
    "gold": 9, "pred": 9, "content": 7, "attrib": 6, "cue": 7, "gold_src": 6, "src_ok": 5, "exact": 6,
    "missing_docs": 0, "gold_direct": 2, "content_direct": 2, "attrib_direct": 2, "lenient": 8,
}  # fmt: skip


def _predictions() -> dict[str, list[PredictedQuote]]:
    records = [json.loads(line) for line in PREDICTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: [PredictedQuote.from_record(q) for q in r["quotes"]] for r in records}


def test_brat_reader_keeps_discontinuous_contents_and_skips_continuation_lines():
    attributions = read_brat(FIXTURE / "attributions" / "a2.ann")
    assert len(attributions) == 4
    assert attributions[2].content == ((159, 182),)  # its text holds a newline: the next line is skipped
    assert attributions[3].content == ((185, 195), (208, 229))
    assert attributions[3].source is None


def _eval_of_one_article(tmp_path, ann_text: str):
    """``newsmine eval`` of a gold directory holding one article whose .ann is ``ann_text``."""
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "d1.txt").write_text('"The port stays shut," Ines Calloway said.', encoding="utf-8")
    ann = tmp_path / "attributions" / "d1.ann"
    ann.write_text(ann_text, encoding="utf-8")
    return ann, CliRunner().invoke(app, ["eval", str(tmp_path)])


@pytest.mark.parametrize("bad_line, expected", [
    ("T1\tContent 1 x34\tThe port", "a span is 'T1<tab>Label START END<tab>text'"),
    ("T1\tContent 1\tThe port", "a span is 'T1<tab>Label START END<tab>text'"),
    ("E1\tContent=T1 Source:T2", "an attribution is 'E1<tab>Attribution:T4 Content:T3 Cue:T2 Source:T1'"),
])
def test_a_gold_line_that_is_not_brat_is_named_with_its_file_and_line(tmp_path, bad_line, expected):
    # It was an "unexpected ValueError/IndexError; please report this" (exit 3), naming no file.
    ann, result = _eval_of_one_article(tmp_path, f"T2\tSource 23 36\tInes Calloway\n{bad_line}\n")
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"newsmine: error: {ann}, line 2: {bad_line!r} is not BRAT standoff: {expected}")
    assert result.stderr.endswith("; fix the line\n") and result.stderr.count("\n") == 1


@pytest.mark.parametrize("lines, bad, expected", [
    # a tab typed as spaces: the line was skipped as a span text's continuation (session 46)
    ("T1\tContent 0 19\tThe port stays shut\nT3\tCue 37 41\tsaid\nE1 Content:T1 Source:T2 Cue:T3",
     "E1 Content:T1 Source:T2 Cue:T3", "its fields are separated by spaces"),
    ("T1 Content 0 19 The port stays shut", "T1 Content 0 19 The port stays shut", "its fields are separated by spaces"),
    # an event naming a span the file lacks lost its content
    ("E1\tContent:T9 Source:T2", "E1\tContent:T9 Source:T2", "Content:T9 names no T line of the file"),
])  # fmt: skip
def test_gold_that_would_score_as_empty_gold_is_refused_with_its_line(tmp_path, lines, bad, expected):
    """The gold held no attribution and eval printed F1 0.000 with exit 0, where the README
    promises that a line that does not parse stops the command (newuser46)."""
    ann, result = _eval_of_one_article(tmp_path, f"T2\tSource 23 36\tInes Calloway\n{lines}\n")
    assert result.exit_code == 2, result.output
    number = 2 + lines.split("\n").index(bad)
    assert result.stderr.startswith(f"newsmine: error: {ann}, line {number}: {bad!r} is not BRAT standoff: {expected}")


def test_content_spans_without_any_attribution_event_are_refused(tmp_path):
    """T lines alone (no E line tying Content to Source and Cue) scored as a gold without
    attributions: every figure 0, exit 0 (newuser46)."""
    ann, result = _eval_of_one_article(tmp_path, "T1\tContent 1 20\tThe port stays shut\nT2\tSource 23 36\tInes Calloway\n")
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"newsmine: error: {ann}: its Content spans belong to no attribution")


def test_scores_of_hand_made_predictions_are_the_hand_checked_ones():
    report = score_predictions(list(read_gold_dir(FIXTURE)), _predictions())
    assert report.scores["counts"] == HAND_CHECKED_COUNTS
    assert report.scores["content"] == {"p": 0.7778, "r": 0.7778, "f1": 0.7778}
    assert report.scores["attribution"] == {"p": 0.6667, "r": 0.6667, "f1": 0.6667}
    assert report.scores["source_accuracy_on_matched"] == 0.8333
    assert report.scores["content_lenient"]["f1"] == 0.8889


def test_error_breakdown_names_each_kind_of_failure():
    report = score_predictions(list(read_gold_dir(FIXTURE)), _predictions())
    assert report.errors.counts() == {"missed": 1, "wrong_span": 1, "spurious": 1, "wrong_speaker": 1}
    by_kind = {e.kind: e for e in report.errors.examples}
    assert by_kind["missed"].gold == "the costs will rise"
    assert by_kind["wrong_span"].predicted == "boats"
    assert by_kind["spurious"].predicted == "Mayor Ana Ruiz said on Monday."
    assert by_kind["wrong_speaker"].gold_source == "The council" and by_kind["wrong_speaker"].predicted_speaker is None


def test_a_document_without_a_record_counts_as_missing():
    report = score_predictions(list(read_gold_dir(FIXTURE)), {"a1": _predictions()["a1"]})
    assert report.scores["counts"]["missing_docs"] == 1
    assert report.errors.missed == 1 + 4  # a1's missed gold and all of a2's


def test_the_text_report_of_one_article_counts_in_the_singular_and_marks_kinds_without_examples():
    """A one-article gold folder printed "1 articles", and a kind of error with no example an
    empty heading: the a1 article alone has 5 gold attributions, 5 predictions and no wrong span."""
    gold = [doc for doc in read_gold_dir(FIXTURE) if doc.id == "a1"]
    report = score_predictions(gold, {"a1": _predictions()["a1"]})
    text = format_report(report, examples=1)
    assert text.startswith("1 article, 5 gold attributions (")
    assert "\nwrong span:\n  (none)\n" in text
    assert "\nmissed:\n  [a1]" in text


def _shared_scorer(gold_dir, predictions_file) -> dict:
    if not SHARED_SCORER.is_file():
        pytest.skip("the shared scorer (../shared/tools/attrib_score.py) is not present")
    result = subprocess.run(
        [sys.executable, str(SHARED_SCORER), str(gold_dir), str(predictions_file)], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def test_scorer_agrees_with_the_shared_scorer_on_hand_made_predictions():
    ours = score_predictions(list(read_gold_dir(FIXTURE)), _predictions()).scores
    assert ours == _shared_scorer(FIXTURE, PREDICTIONS)


@pytest.mark.slow
def test_eval_command_agrees_with_the_shared_scorer_on_newsmine_output(pipeline, tmp_path):
    """`newsmine eval --json` and the shared scorer over `newsmine extract`'s records of the fixture."""
    records = tmp_path / "records.jsonl"
    extract = CliRunner().invoke(app, ["extract", str(FIXTURE / "text"), "--output", str(records)])
    assert extract.exit_code == 0, extract.output
    result = CliRunner().invoke(app, ["eval", str(FIXTURE), "--json"])
    assert result.exit_code == 0, result.output
    ours = json.loads(result.stdout)
    assert set(ours.pop("errors")) == {"missed", "wrong_span", "spurious", "wrong_speaker"}
    assert ours == _shared_scorer(FIXTURE, records)
    # The library gives the same figures with an already loaded pipeline.
    assert evaluate(FIXTURE, pipeline=pipeline).scores == ours


@pytest.mark.slow
def test_eval_command_prints_figures_and_errors_as_text():
    result = CliRunner().invoke(app, ["eval", str(FIXTURE), "--examples", "1"])
    assert result.exit_code == 0, result.output
    for label in ("content", "attribution", "source accuracy", "cue accuracy", "direct quotes", "errors", "missed:"):
        assert label in result.output


def test_eval_refuses_a_directory_without_annotations(tmp_path):
    (tmp_path / "text").mkdir()
    result = CliRunner().invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code == 2
    assert "attributions" in result.output


def test_eval_of_a_gold_directory_without_articles_exits_4_and_prints_no_scores(tmp_path):
    """It printed a table of zeros ("content P 0.000 R 0.000 F1 0.000") and exited 0, as if
    newsmine had scored nothing right; now "nothing to score" and exit 4, as extract and
    report say of inputs without an article."""
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "notes.md").write_text("Not an article of the gold.", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code == 4
    assert result.stderr == f"newsmine: error: {tmp_path / 'text'} holds no .txt article: nothing to score\n"
    assert result.stdout == ""
