"""``--date-order DMY|MDY`` (``ReadOptions.date_order``, ``analyze(date_order=...)``): how a feed
writes its numeric dates, so that a US feed's ``03/04/2025`` is March 4 and not null.

The articles, outlets and feeds below are invented."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsmine.articles import parse_published
from newsmine.cli import app
from newsmine.errors import UsageError
from newsmine.manifest import differences, run_settings
from newsmine.readers import ReadOptions, read_articles
from newsmine.readers.json_lines import JsonFields
from newsmine.runners.work import PipelineSettings

runner = CliRunner()

STORY = ("The harbour board voted on Tuesday to extend the evening ferry service through the winter. "
         "\"Residents asked for it and the numbers support it,\" said board chair Nadia Brook.")


@pytest.mark.parametrize(("value", "order", "day"), [
    ("03/04/2025", "DMY", "2025-04-03"), ("03/04/2025", "MDY", "2025-03-04"),
    ("3/4/25", "MDY", "2025-03-04"), ("03.04.2025 09:30", "DMY", "2025-04-03"), ("11-02-2024", "mdy", "2024-11-02"),
])
def test_a_date_that_reads_both_ways_is_read_in_the_order_given(value, order, day):
    assert parse_published(value, order) == (day, None)


@pytest.mark.parametrize(("value", "order", "day"), [
    ("14/05/2025", "DMY", "2025-05-14"), ("05/14/2025", "MDY", "2025-05-14"), ("04/04/2025", "MDY", "2025-04-04"),
])
def test_an_unambiguous_date_in_the_order_given_keeps_its_date(value, order, day):
    assert parse_published(value, order) == (day, None)


@pytest.mark.parametrize(("value", "order"), [("14/05/2025", "MDY"), ("05/14/2025", "DMY"), ("31/02/2025", "DMY")])
def test_a_date_impossible_in_the_order_given_is_set_aside_not_read_the_other_way(value, order):
    """The decision (parse_published's docstring): a day in the month's place contradicts the
    order the user gave, so it is null with a warning naming the option, not read day first."""
    published, problem = parse_published(value, order)
    assert published is None
    assert f"--date-order {order}" in problem and "YYYY-MM-DD" in problem


@pytest.mark.parametrize("value", ["2025-03-04", "2025/03/04", "4 March 2025", "Tue, 4 Mar 2025 10:00:00 GMT"])
def test_near_misses_year_first_and_worded_dates_are_read_as_without_an_order(value):
    assert parse_published(value, "DMY") == parse_published(value, "MDY") == parse_published(value) == ("2025-03-04", None)


def test_without_an_order_the_warning_names_the_option():
    published, problem = parse_published("03/04/2025")
    assert published is None
    assert "--date-order DMY or MDY" in problem and "date_order=" in problem


def test_an_order_that_is_neither_is_refused_before_reading():
    with pytest.raises(UsageError, match="not one of DMY, MDY"):
        ReadOptions(date_order="YMD")
    with pytest.raises(ValueError, match="not one of DMY, MDY"):
        parse_published("03/04/2025", "DM")


def test_the_reader_option_applies_to_json_lines_csv_and_front_matter(tmp_path):
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "ferry", "text": STORY, "published": "03/04/2025"}) + "\n",
                                         encoding="utf-8")
    (tmp_path / "export.csv").write_text("id,body,date\nmarket,The night market moves to the quay in spring.,03/04/2025\n", encoding="utf-8")
    (tmp_path / "pier.md").write_text(f"---\ntitle: Pier reopens\ndate: 03/04/2025\n---\n\n{STORY}\n", encoding="utf-8")
    read = ReadOptions(date_order="MDY", fields=JsonFields(text="body", published="date"))
    by_id = {a.id: a for a in read_articles([tmp_path / "export.csv"], read)}
    by_id.update({a.id: a for a in read_articles([tmp_path / "feed.jsonl", tmp_path / "pier.md"],
                                                 ReadOptions(date_order="MDY"))})
    assert {k: (a.published, a.warnings) for k, a in by_id.items()} == {
        "ferry": ("2025-03-04", []), "market": ("2025-03-04", []), "pier": ("2025-03-04", [])}
    (ferry,) = read_articles([tmp_path / "feed.jsonl"], ReadOptions(date_order="DMY"))
    assert ferry.published == "2025-04-03"


def test_near_miss_without_the_option_the_reader_still_sets_the_date_aside(tmp_path):
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "ferry", "text": STORY, "published": "03/04/2025"}) + "\n",
                                         encoding="utf-8")
    (ferry,) = read_articles([tmp_path / "feed.jsonl"], ReadOptions())
    assert ferry.published is None and "--date-order" in ferry.warnings[0]


def test_near_miss_a_date_in_the_article_text_is_not_read_in_the_given_order(tmp_path):
    """A plain-text file's own date line follows the article's style, not the feed's option."""
    (tmp_path / "ferry.txt").write_text(f"Ferry runs all winter\n\n{STORY}\n", encoding="utf-8")
    (with_order,) = read_articles([tmp_path], ReadOptions(date_order="MDY"))
    (without,) = read_articles([tmp_path], ReadOptions())
    assert (with_order.published, with_order.warnings) == (without.published, without.warnings) == (None, [])


def test_a_resumed_run_with_another_date_order_is_refused_by_the_manifest():
    held = run_settings(PipelineSettings(), ReadOptions(date_order="MDY"))
    assert differences(held, run_settings(PipelineSettings(), ReadOptions(date_order="DMY"))) == [
        "--date-order MDY (this run: DMY)"]
    assert differences(held, run_settings(PipelineSettings(), ReadOptions())) == ["--date-order MDY (this run: none)"]
    assert differences(held, run_settings(PipelineSettings(), ReadOptions(date_order="mdy"))) == []


def test_the_command_line_option_reads_a_us_feed_and_resume_refuses_another_order(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "ferry", "text": STORY, "published": "03/04/2025"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(feed), "-o", str(out), "--date-order", "MDY", "--workers", "1"])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["published"] == "2025-03-04" and record["warnings"] == []
    resumed = runner.invoke(app, ["extract", str(feed), "-o", str(out), "--resume", "--date-order", "dmy", "--workers", "1"])
    assert resumed.exit_code == 2
    assert "--date-order MDY (this run: DMY)" in resumed.stderr


def test_the_command_line_refuses_an_order_that_is_neither(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(tmp_path / "out.jsonl"), "--date-order", "YMD"])
    assert result.exit_code == 2
    assert "--date-order" in result.stderr


def test_the_help_explains_the_option():
    result = runner.invoke(app, ["extract", "--help"], terminal_width=200)
    assert "--date-order" in result.output and "03/04/2025" in result.output


def test_the_library_option_of_analyze():
    from newsmine import analyze

    assert analyze(STORY, published="03/04/2025", date_order="MDY").published == "2025-03-04"
    record = analyze(STORY, published="03/04/2025")
    assert record.published is None and any("--date-order" in w for w in record.warnings)
    with pytest.raises(UsageError):
        analyze(STORY, published="03/04/2025", date_order="YMD")


def test_the_runs_summary_shows_the_option_within_the_warnings_first_characters():
    """A run into a database shows its readers' warnings only in the summary, cut at 110
    characters: the option was cut off there ('... set to null (say which…)')."""
    from newsmine.cli.progress import format_summary
    from newsmine.batch import RunSummary
    from newsmine.runners.work import Outcome

    summary = RunSummary()
    summary.add(Outcome(line=b"{}\n", key=("export.csv", "export.csv:1"), error_type=None, words=10,
                        warning=parse_published("03/04/2025")[1]))
    assert "--date-order DMY or MDY" in format_summary(summary, 1.0, "my corpus.db")
