"""``newsmine report`` on the hand-counted corpus of tests/corpus.py (numbers checked by eye there)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsmine.cli import app
from newsmine.records import Speaker
from newsmine.report import build_report, render_html, render_text
from newsmine.report.data import _timeline
from newsmine.writers import open_writer
from tests.conftest import REPO
from tests.corpus import harbour_2, sample_records


def _write(path: Path, records=None, format=None) -> Path:
    writer = open_writer(str(path), format=format)
    for record in records if records is not None else sample_records():
        writer.write(record)
    writer.close()
    return path


@pytest.fixture(scope="module")
def records_jsonl(tmp_path_factory) -> Path:
    return _write(tmp_path_factory.mktemp("report") / "records.jsonl")


@pytest.fixture(scope="module")
def report(records_jsonl):
    return build_report(records_jsonl)


def test_report_totals_match_the_hand_counted_corpus(report):
    t = report.totals
    assert (t.articles, t.ok, t.failed, t.outlets) == (4, 3, 1, 2)
    assert (t.entities, t.mentions, t.quotes) == (5, 7, 6)
    assert (t.first_published, t.last_published, t.undated) == (dt.date(2025, 3, 10), dt.date(2025, 4, 2), 1)
    assert t.words == 25 + 20 + 17  # whitespace-separated words of the three ok texts, counted by hand


def test_report_quote_sources_and_anonymous_share(report):
    s = report.sources
    assert (s.total, s.named, s.anonymous, s.unresolved, s.none) == (6, 4, 1, 0, 1)
    assert s.anonymous_share == pytest.approx(1 / 6)


def test_report_ranks_named_speakers_across_articles(report):
    rows = [(r.name, r.kind, r.quotes, r.articles, r.outlets) for r in report.top_speakers]
    assert rows == [("Dana Reyes", "person", 3, 2, 2), ("Tom Okafor", "person", 1, 1, 1)]


def test_report_entities_by_type_sum_mentions_across_articles(report):
    assert [(e.label, e.entities, e.mentions) for e in report.entity_types] == [("PERSON", 2, 5), ("GPE", 1, 1), ("ORG", 1, 1)]
    assert [(r.name, r.mentions, r.articles) for r in report.top_entities["PERSON"]] == [("Dana Reyes", 4, 2), ("Tom Okafor", 1, 1)]


def test_report_quotes_per_outlet_count_ok_articles_only(report):
    rows = [(o.outlet, o.articles, o.quotes, o.anonymous) for o in report.outlets]
    assert rows == [("Eastmere Gazette", 2, 4, 1), ("Coastline Post", 1, 2, 0)]


def test_report_quotes_over_time_by_day_without_gaps(report):
    assert report.timeline_unit == "day"
    assert len(report.timeline) == 24  # 10 March to 2 April 2025, both included
    assert (report.timeline[0].label, report.timeline[0].quotes) == ("2025-03-10", 3)
    assert (report.timeline[-1].label, report.timeline[-1].quotes) == ("2025-04-02", 2)
    assert sum(b.quotes for b in report.timeline) == 5 and report.undated_quotes == 1


def test_report_co_mentions_are_entities_inside_a_speakers_quote(report):
    co = report.co_mentions
    # Tom Okafor's quote 'Reyes was wrong' names Dana Reyes; Dana Reyes's own quotes name nobody
    # (the 'said Dana Reyes' between the two parts of her quote is not inside her words).
    assert (co.speakers, co.entities, co.counts) == (["Tom Okafor"], ["Dana Reyes"], {("Tom Okafor", "Dana Reyes"): 1})


@pytest.mark.parametrize(("name", "format"), [("records.json", None), ("records.duckdb", None), ("pq", "parquet")])
def test_report_is_the_same_from_every_output_format(tmp_path, report, name, format):
    other = build_report(_write(tmp_path / name, format=format))
    assert dataclasses.replace(other, source=report.source) == report


def test_report_on_a_torn_jsonl_leaves_the_bad_line_out_and_says_so(tmp_path, records_jsonl):
    torn = tmp_path / "torn.jsonl"
    torn.write_bytes(records_jsonl.read_bytes() + b'{"schema_version": "1", "id": "cut-sh')
    report = build_report(torn)
    assert report.totals.articles == 4 and report.totals.unreadable_lines == 1
    assert "1 input lines were not valid records" in render_text(report)


def test_timeline_bins_by_month_then_by_year_for_long_spans():
    rows = [(dt.date(2024, 11, 20), 1, 3), (dt.date(2025, 2, 1), 2, 4), (dt.date(2025, 2, 27), 1, 1)]
    unit, buckets = _timeline(rows)
    assert unit == "month"
    assert [(b.label, b.articles, b.quotes) for b in buckets] == [
        ("2024-11", 1, 3), ("2024-12", 0, 0), ("2025-01", 0, 0), ("2025-02", 3, 5)]
    unit, buckets = _timeline([(dt.date(2019, 5, 1), 1, 1), (dt.date(2024, 1, 1), 1, 2)])
    assert unit == "year" and [b.label for b in buckets] == ["2019", "2020", "2021", "2022", "2023", "2024"]


def test_text_report_shows_aligned_tables(report):
    text = render_text(report)
    assert "Quote sources (anonymous: 16.7% of 6 quotes)" in text
    lines = text.splitlines()
    header = lines.index("  #  speaker     kind    quotes  articles  outlets")
    assert lines[header + 2 : header + 4] == [
        "  1  Dana Reyes  person       3         2        2",
        "  2  Tom Okafor  person       1         1        1",
    ]
    assert "  Eastmere Gazette         2       4             2.0      25.0%" in lines


class _Resources(HTMLParser):
    """Every attribute that can make a browser fetch something, and every tag that loads."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.tags: list[str] = []
        self.svgs = 0

    def handle_starttag(self, tag, attrs):
        self.svgs += tag == "svg"
        if tag in ("script", "link", "img", "iframe", "object", "embed", "video", "audio", "source"):
            self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href", "xlink:href", "srcset", "action", "poster", "data") and value:
                self.links.append(value)


def test_html_report_is_self_contained_and_holds_the_numbers(report):
    html = render_html(report)
    parser = _Resources()
    parser.feed(html)
    assert parser.tags == [] and parser.links == []
    assert not re.search(r"https?://|url\(|@import", html)
    assert parser.svgs >= 7  # sources, speakers, entity types, 3 entity panels, timeline, co-mentions, outlets
    assert '<b id="n-articles">4</b>' in html and '<b id="n-quotes">6</b>' in html
    assert '<b id="anonymous-share">16.7%</b>' in html
    assert "<title>Tom Okafor quoted on Dana Reyes: 1</title>" in html


def test_html_report_escapes_names_from_the_articles(tmp_path):
    record = harbour_2()
    quote = record.quotes[1]
    quote.speaker = Speaker(start=quote.speaker.start, end=quote.speaker.end, text=quote.speaker.text, kind="organisation",
                            name="<script>Okafor & Sons</script>")
    html = render_html(build_report(_write(tmp_path / "r.jsonl", [record])))
    assert "<script>" not in html
    assert "&lt;script&gt;Okafor &amp; Sons&lt;/script&gt;" in html


def test_report_command_prints_tables_and_writes_html(tmp_path, records_jsonl):
    result = CliRunner().invoke(app, ["report", str(records_jsonl), "--html", str(tmp_path / "r.html"), "--top", "1"])
    assert result.exit_code == 0, result.output
    assert "Top quoted speakers (top 1)" in result.stdout and "Tom Okafor" not in result.stdout.split("Most mentioned")[0]
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!doctype html>")


def test_report_command_refuses_a_directory_that_is_not_an_output(tmp_path):
    result = CliRunner().invoke(app, ["report", str(tmp_path)])
    assert result.exit_code == 2
    assert "not a Parquet output" in result.stderr


@pytest.mark.skipif(shutil.which("chromium") is None, reason="headless Chromium not installed (Debian: apt-get install chromium)")
def test_html_report_renders_in_headless_chromium_without_requests(tmp_path, report):
    spec = importlib.util.spec_from_file_location("report_screenshot", REPO / "scripts" / "report_screenshot.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    html = tmp_path / "report.html"
    html.write_text(render_html(report), encoding="utf-8")
    png = tmp_path / "report.png"
    requests = script.screenshot(script.without_csp(html, tmp_path / "bare.html"), png, width=1000, height=900)
    assert requests == []
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # The check is not vacuous: a page that loads an image is caught (.invalid never resolves).
    leaky = tmp_path / "leaky.html"
    leaky.write_text(html.read_text(encoding="utf-8").replace("<main>", '<main><img src="http://example.invalid/x.png">'))
    assert script.screenshot(script.without_csp(leaky, tmp_path / "leaky-bare.html"), tmp_path / "l.png", width=1000, height=900) == [
        "http://example.invalid/x.png"]
