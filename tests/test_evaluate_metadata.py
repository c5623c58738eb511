"""``newsmine eval --metadata``: web pages scored as the shared ``metadata_score.py`` scores them.

``tests/fixtures/pages_gold/`` holds two invented pages (``pages/``), their gold
(``gold.jsonl``) and hand-written records (``records.jsonl``). Worked out by hand: p1's title
keeps the site name ("… | The Riverside Courier": a site suffix), its author and date are
right, its text has the three main-text snippets and keeps the footer's "All rights
reserved"; p2's title is right once case and the "!" are normalised away, one author of two is
found, the date is a day early, one main-text snippet of two is missed; a third record (p3)
is not in the gold. So title 1/2 (site suffix 1), authors exact 1/2 with names P 1.0 R 2/3,
date 1/2 (off by one 1), with recall 4/5, without absent 3/4, trafilatura P 0.8 F1 0.8.
"""

from __future__ import annotations

import importlib.util
import json

import pytest
from typer.testing import CliRunner

from newsmine.cli import app
from newsmine.cli.eval_cmd import format_metadata
from newsmine.errors import UsageError
from newsmine.evaluate.metadata import read_metadata_gold, score_metadata
from tests.conftest import REPO

FIXTURE = REPO / "tests" / "fixtures" / "pages_gold"
RECORDS = FIXTURE / "records.jsonl"
SHARED_SCORER = REPO.parent / "shared" / "tools" / "metadata_score.py"

needs_shared_scorer = pytest.mark.skipif(not SHARED_SCORER.is_file(), reason="the shared metadata scorer is not beside the repository")


def _records() -> list[dict]:
    return [json.loads(line) for line in RECORDS.read_text(encoding="utf-8").splitlines() if line.strip()]


def _ours(examples: int = 0) -> dict:
    return score_metadata(read_metadata_gold(FIXTURE)[0], _records(), examples)


def _shared_scorer():
    spec = importlib.util.spec_from_file_location("metadata_score", SHARED_SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


def test_page_figures_of_hand_made_records_are_the_hand_checked_ones():
    s = _ours()
    assert s["counts"]["records_not_in_gold"] == 1 and s["counts"]["missing_records"] == 0
    assert (s["title"]["accuracy"], s["title"]["site_suffix"]) == (0.5, 1)
    assert (s["authors"]["exact"], s["authors"]["precision"], s["authors"]["names_tp"], s["authors"]["names_gold"]) == (0.5, 1.0, 2, 3)
    assert (s["date"]["accuracy"], s["date"]["off_by_one"]) == (0.5, 1)
    assert (s["text"]["with_recall"], s["text"]["without_absent"], s["text"]["precision"], s["text"]["f1"]) == (0.8, 0.75, 0.8, 0.8)


def test_a_page_without_a_record_is_wrong_on_every_field():
    s = score_metadata(read_metadata_gold(FIXTURE)[0], _records()[:1])
    assert s["counts"]["missing_records"] == 1
    assert s["per_page"][1] == {"id": "p2", "status": "missing", "title": "missing", "authors_exact": False, "authors_tp": 0,
                                "authors_pred": 0, "authors_gold": 2, "date": "missing", "with_found": 0, "with_total": 2,
                                "without_found": 0, "without_total": 2}


@needs_shared_scorer
@pytest.mark.parametrize("examples", [0, 2])
def test_page_figures_agree_with_the_shared_scorer_on_hand_made_records(examples):
    scorer = _shared_scorer()
    assert _ours(examples) == scorer.score(scorer.load_gold(FIXTURE), RECORDS, examples)


@needs_shared_scorer
def test_page_text_report_prints_the_shared_scorers_table(capsys):
    scorer = _shared_scorer()
    scorer.print_table(scorer.score(scorer.load_gold(FIXTURE), RECORDS, 2))
    assert "\n".join(format_metadata(_ours(2))) == capsys.readouterr().out.rstrip("\n")


def test_the_gold_may_be_named_by_its_folder_its_pages_or_its_file():
    for given in (FIXTURE, FIXTURE / "pages", FIXTURE / "gold.jsonl"):
        gold, pages = read_metadata_gold(given)
        assert [g["id"] for g in gold] == ["p1", "p2"] and pages == FIXTURE / "pages"


@pytest.mark.parametrize(
    ("gold_line", "expected"),
    [
        ('{"id": "p1", "title": ', "gold.jsonl, line 1: not JSON"),
        ('{"id": "p1", "title": "T", "authors": [], "date": "2025-01-01", "with": []}', "line 1: lacks without"),
        # each of these stopped the run after extracting every page, "unexpected TypeError", exit 3
        ('{"id": "p1", "title": "T", "authors": [], "date": null, "with": [], "without": []}', "line 1: date None is not"),
        ('{"id": "p1", "title": 7, "authors": [], "date": "2025-01-01", "with": [], "without": []}', "line 1: title 7 is not"),
        ('{"id": "p1", "title": "T", "authors": [], "date": "2025-01-01", "with": null, "without": []}',
         "line 1: 'with' is not a list of snippets"),
        ('{"id": "p1", "title": "T", "authors": [], "date": "2025-01-01", "with": [], "without": [3]}',
         "line 1: 'without' is not a list of snippets"),
    ],
)
def test_bad_page_gold_is_refused_with_its_line_before_the_model_loads(tmp_path, gold_line, expected):
    (tmp_path / "pages").mkdir()
    (tmp_path / "gold.jsonl").write_text(gold_line + "\n", encoding="utf-8")
    with pytest.raises(UsageError, match=expected):
        read_metadata_gold(tmp_path)
    result = CliRunner().invoke(app, ["eval", "--metadata", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert expected in " ".join(result.output.split())


def test_a_page_gold_without_pages_is_refused(tmp_path):
    (tmp_path / "gold.jsonl").write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "--metadata", str(tmp_path)])
    assert result.exit_code == 2
    assert "pages is missing" in " ".join(result.output.split())


@pytest.mark.slow
def test_eval_metadata_command_gives_the_shared_scorers_figures_on_newsmine_output(tmp_path):
    result = CliRunner().invoke(app, ["eval", "--metadata", str(FIXTURE), "--json"])
    assert result.exit_code == 0, result.output
    ours = json.loads(result.stdout)
    assert list(ours) == ["metadata"]
    ours = ours["metadata"]
    assert ours["pages"] == 2 and ours["counts"]["records_matched"] == 2
    assert ours["title"]["accuracy"] == 1.0  # og:title beats the <title> with its site name
    if SHARED_SCORER.is_file():
        records = tmp_path / "records.jsonl"
        extract = CliRunner().invoke(app, ["extract", str(FIXTURE / "pages"), "--output", str(records)])
        assert extract.exit_code == 0, extract.output
        scorer = _shared_scorer()
        assert ours == scorer.score(scorer.load_gold(FIXTURE), records)


@pytest.mark.slow
def test_eval_scores_every_gold_named_in_one_run_with_one_model(pipeline, monkeypatch):
    """GOLD_DIR with --speakers, --dates and --metadata: one block each, the model loaded once."""
    from newsmine.evaluate import evaluate, evaluate_dates, evaluate_metadata

    speakers_dir = REPO / "tests" / "fixtures" / "speakers"
    timex_dir = REPO / "tests" / "fixtures" / "timex"
    args = [str(speakers_dir), "--speakers", str(speakers_dir / "speakers.jsonl"), "--dates", str(timex_dir),
            "--metadata", str(FIXTURE)]
    loads = []
    import newsmine.pipeline

    real = newsmine.pipeline.Pipeline
    monkeypatch.setattr(newsmine.pipeline, "Pipeline", lambda *a, **k: loads.append(a) or real(*a, **k))
    result = CliRunner().invoke(app, ["eval", *args, "--json"])
    assert result.exit_code == 0, result.output
    assert len(loads) == 1
    ours = json.loads(result.stdout)
    assert {"content", "errors", "speakers", "dates", "metadata"} <= set(ours)
    assert ours["speakers"] == evaluate(speakers_dir, pipeline=pipeline, speakers=speakers_dir / "speakers.jsonl").speakers
    assert ours["dates"] == evaluate_dates(timex_dir, pipeline=pipeline)
    assert ours["metadata"] == evaluate_metadata(FIXTURE, pipeline=pipeline)
    text = CliRunner().invoke(app, ["eval", *args])
    assert text.exit_code == 0
    assert "named referents" in text.output and "by gold type" in text.output and "trafilatura P" in text.output
