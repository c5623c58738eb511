"""The command line as a new user met it in session 45 (/work/notes/newuser45-findings.md):
each test is one finding, on invented news text."""

from __future__ import annotations

import functools
import json
import socket
import sqlite3

import pytest
from typer.testing import CliRunner

from newsmine.batch import RunSummary
from newsmine.cli import app
from newsmine.cli.progress import ProgressLine, count_articles
from newsmine.readers import list_inputs
from tests.conftest import REPO

runner = CliRunner()

BUDGET = ("City council approves budget\n\nThe city council approved a budget of 40 million dollars on Tuesday. "
          '"This budget keeps every library open," said Mayor Lena Ortiz.\n')
SUMMIT = ("Water summit opens in Halden\n\nMinisters from six countries met in Halden on Monday to share river water. "
          '"We cannot wait another dry summer," said Environment Minister Tomas Berg.\n')
FERRY = ("Ferry crews walk out\n\nFerry crews on the northern route stopped work on Friday over pay. "
         '"We have waited two years for this offer," said union leader Ada Price.\n')


def _extract(*args: str) -> object:
    return runner.invoke(app, ["extract", *args, "--workers", "1"])


# --- A1: --append replacing an article of the same id from another source path -------------


@pytest.mark.parametrize("output", ["news.db", "news_parquet"])
def test_append_counts_the_articles_it_replaced_and_warns_of_those_from_another_source_path(tmp_path, output):
    """Day 2's budget.txt (another story) replaced day 1's budget.txt, whose id is also its
    file stem, and the summary said only "2 articles"."""
    day1, day2 = tmp_path / "crawl" / "2025-03-14", tmp_path / "crawl" / "2025-03-15"
    day1.mkdir(parents=True)
    day2.mkdir(parents=True)
    (day1 / "budget.txt").write_text(BUDGET, encoding="utf-8")
    (day1 / "ferry.txt").write_text(FERRY, encoding="utf-8")
    (day2 / "budget.txt").write_text(SUMMIT, encoding="utf-8")
    target = str(tmp_path / output)
    formats = ["--format", "parquet"] if output.endswith("parquet") else []
    first = _extract(str(day1), "-o", target, *formats)
    assert first.exit_code == 0, first.stderr and "replaced" not in first.stderr
    result = _extract(str(day2), "-o", target, "--append", *formats)
    assert result.exit_code == 0, result.stderr
    started, warning, summary = result.stderr.strip().splitlines()  # a log's first line: what the run reads
    assert started.startswith("newsmine: reading 1 input file (.txt 1; ")
    assert warning.startswith(f"newsmine: warning: {target} held article 'budget' from {day1 / 'budget.txt'}; "
                              f"{day2 / 'budget.txt'} has the same id and replaced it")
    assert "ids are file stems" in warning
    assert summary.endswith("; 1 article replaced (1 from another source path)")
    # The same day loaded again: re-crawled pages replace theirs, which is what --append is for.
    again = _extract(str(day2), "-o", target, "--append", *formats)
    assert again.stderr.strip().splitlines()[-1].endswith("; 1 article replaced")
    assert "warning" not in again.stderr


def test_append_names_the_first_replacements_from_elsewhere_and_counts_the_rest(tmp_path):
    day1, day2 = tmp_path / "day1", tmp_path / "day2"
    for day, text in ((day1, BUDGET), (day2, SUMMIT)):
        day.mkdir()
        for number in range(7):
            (day / f"story-{number}.txt").write_text(text, encoding="utf-8")
    target = str(tmp_path / "news.db")
    assert _extract(str(day1), "-o", target).exit_code == 0
    result = _extract(str(day2), "-o", target, "--append")
    lines = result.stderr.strip().splitlines()
    assert len([line for line in lines if "has the same id and replaced it" in line]) == 5
    assert lines[-2] == f"newsmine: warning: and 2 more articles from another source path replaced one {target} held under the same id"
    assert lines[-1].endswith("; 7 articles replaced (7 from another source path)")


# --- A2: an earlier run's output inside the input folder ------------------------------------


def test_an_earlier_output_inside_the_input_folder_is_left_out_and_counted(tmp_path):
    """`extract inout -o inout/out.jsonl`, then `-o inout/out2.jsonl`: the six records of
    out.jsonl were read back as a feed, and out2.jsonl held every article twice."""
    corpus = tmp_path / "inout"
    corpus.mkdir()
    (corpus / "budget.txt").write_text(BUDGET, encoding="utf-8")
    (corpus / "summit.txt").write_text(SUMMIT, encoding="utf-8")
    assert _extract(str(corpus), "-o", str(corpus / "out.jsonl")).exit_code == 0
    assert _extract(str(corpus), "-o", str(corpus / "out.json")).exit_code == 0  # an array, and no manifest
    result = _extract(str(corpus), "-o", str(corpus / "out2.jsonl"))
    assert result.exit_code == 0, result.stderr
    assert "2 articles in" in result.stderr and "newsmine records 2" in result.stderr
    ids = [json.loads(line)["id"] for line in (corpus / "out2.jsonl").read_text(encoding="utf-8").splitlines()]
    assert ids == ["budget", "summit"]
    # the output itself, continued, is still named so
    resumed = _extract(str(corpus), "-o", str(corpus / "out2.jsonl"), "--resume")
    assert "the output itself 1" in resumed.stderr and "newsmine records 2" in resumed.stderr


def test_a_feed_that_merely_has_a_schema_version_field_is_still_read(tmp_path):
    feed = tmp_path / "feeds"
    feed.mkdir()
    (feed / "wire.jsonl").write_text(json.dumps({"schema_version": 1, "id": "w1", "text": FERRY}) + "\n", encoding="utf-8")
    (feed / "records.jsonl").write_text(json.dumps({"schema_version": "2", "id": "r1", "text": FERRY, "entities": [],
                                                    "quotes": []}, separators=(",", ":")) + "\n", encoding="utf-8")
    skipped = []
    assert [f.path for f in list_inputs([str(feed)], skipped=skipped)] == [str(feed / "wire.jsonl")]
    assert [(s.path, s.reason.value) for s in skipped] == [(str(feed / "records.jsonl"), "newsmine records")]


# --- B2: explore on a port in use -----------------------------------------------------------


def test_explore_on_a_port_in_use_is_one_usage_error_line_and_no_serving_line(tmp_path):
    pytest.importorskip("datasette")
    from newsmine.writers import open_writer
    from tests.corpus import sample_records

    database = tmp_path / "harbour.db"
    writer = open_writer(str(database))
    for record in sample_records():
        writer.write(record)
    writer.close()
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = runner.invoke(app, ["explore", str(database), "--port", str(port)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"newsmine: error: port {port} is in use (another newsmine explore or server?); pass --port N to use another"]


# --- D2: eval's progress --------------------------------------------------------------------


def test_eval_draws_extracts_progress_line_while_it_extracts(monkeypatch):
    import newsmine.cli.eval_cmd as eval_cmd

    monkeypatch.setattr(eval_cmd, "ProgressLine", functools.partial(ProgressLine, enabled=True))  # as on a terminal
    result = runner.invoke(app, ["eval", str(REPO / "tests" / "fixtures" / "brat")])
    assert result.exit_code == 0, result.stderr
    # the total drawn (1/2); no ETA with the first record, whose rate is not known yet (review64d)
    assert "\r1/2 articles | " in result.stderr and " articles/s | " in result.stderr
    assert result.stderr.endswith("\r\x1b[K")  # cleared before the figures
    assert result.stdout.startswith("2 articles, ")


# --- D3: `newsmine extract` alone -----------------------------------------------------------


def test_extract_without_arguments_names_the_missing_input_first(tmp_path):
    result = runner.invoke(app, ["extract"])
    assert result.exit_code == 2
    assert result.stderr.startswith("newsmine: error: name the input files or directories and where to write the records")
    only_input = runner.invoke(app, ["extract", str(tmp_path)])
    assert only_input.exit_code == 2 and "Missing option '--output' / '-o'" in only_input.stderr
    only_output = runner.invoke(app, ["extract", "-o", str(tmp_path / "o.jsonl")])
    assert only_output.exit_code == 2 and "name the input files or directories" in only_output.stderr


# --- D4: plurals ----------------------------------------------------------------------------


def test_one_of_a_thing_is_not_plural_in_progress_thin_pages_and_sqlite_warnings(tmp_path, caplog):
    from newsmine.readers.html import article_from_html
    from newsmine.writers import open_writer
    from tests.corpus import sample_records

    summary = RunSummary(articles=1, words=30)
    assert ProgressLine(enabled=False).line(summary).startswith("1 article | ")
    assert ProgressLine(enabled=False, total=1).line(summary).startswith("1/1 article | ")
    assert ProgressLine(enabled=False, total=3).line(summary).startswith("1/3 articles | ")
    page = article_from_html("p", "<html><body><p>Gulls.</p></body></html>", path="p.html", encoding="utf-8")
    assert "the page holds 1 word of article text" in page.skip.message
    record = sample_records()[0]
    writer = open_writer(str(tmp_path / "o.db"))
    writer.write(record)
    writer.write(record)
    writer.close()
    assert "1 record shared an article id" in caplog.text
    with sqlite3.connect(tmp_path / "o.db") as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone() == (1,)


# --- D1: the progress total with a .json file in the run ------------------------------------


def test_a_json_file_holding_one_object_keeps_the_runs_total_and_an_array_still_drops_it(tmp_path):
    (tmp_path / "a.txt").write_text(BUDGET, encoding="utf-8")
    (tmp_path / "study.json").write_text('\n {"id": "study", "text": "A study found..."}', encoding="utf-8")
    assert count_articles(list_inputs([str(tmp_path)])) == 2
    (tmp_path / "wire.json").write_text('[{"text": "One."}, {"text": "Two."}]', encoding="utf-8")
    assert count_articles(list_inputs([str(tmp_path)])) is None


# --- C5: report --html prints the terminal report too ---------------------------------------


def test_the_readme_says_report_html_prints_the_terminal_report_too():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    report = readme.split("\n## Report\n", 1)[1].split("\n## ", 1)[0]
    assert "the terminal report is printed too" in report
