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
from newsmine.records import ArticleRecord, Cue, Entity, Mention, Quote, Source, Span, Speaker
from newsmine.report import ReportFilter, build_report, render_html, render_text
from newsmine.report.data import _timeline
from newsmine.writers import open_writer
from tests.conftest import REPO
from tests.corpus import harbour_2, sample_records, span


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


def test_report_counts_a_speakers_outlets_as_the_corpus_counts_them(tmp_path):
    # Dana Reyes is quoted in Eastmere Gazette and in an article with no outlet: one outlet, as
    # the Corpus section counts (a missing outlet is not an outlet).
    records = [r.model_copy(update={"outlet": None}) if r.id == harbour_2().id else r for r in sample_records()]
    report = build_report(_write(tmp_path / "records.jsonl", records))
    assert report.totals.outlets == 1
    assert [(r.name, r.articles, r.outlets) for r in report.top_speakers] == [("Dana Reyes", 2, 1), ("Tom Okafor", 1, 0)]


def test_report_shows_the_titles_beside_a_speaker_so_merged_namesakes_show(tmp_path):
    # One key joins every "Dana Reyes": the mayor of one article and a ferry captain of another
    # are two people, and the titles column is where a reader sees it.
    def captain(record):
        entities = [e.model_copy(update={"titles": ["ferry captain"]}) if e.name == "Dana Reyes" else e for e in record.entities]
        return record.model_copy(update={"entities": entities})

    records = [captain(r) if r.id == harbour_2().id else r for r in sample_records()]
    report = build_report(_write(tmp_path / "records.jsonl", records))
    assert [(r.name, r.titles) for r in report.top_speakers] == [("Dana Reyes", ("ferry captain", "Mayor")),
                                                                 ("Tom Okafor", ("union leader",))]
    assert "  1  Dana Reyes  person       3         2        2  ferry captain; Mayor" in render_text(report).splitlines()
    assert "<td>ferry captain; Mayor</td>" in render_html(report)


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


@pytest.mark.parametrize(("name", "format"), [("records.json", None), ("records.duckdb", None), ("records.db", None),
                                             ("pq", "parquet"), ("csv", "csv")])
def test_report_is_the_same_from_every_output_format(tmp_path, report, name, format):
    other = build_report(_write(tmp_path / name, format=format))
    assert dataclasses.replace(other, source=report.source) == report


def test_report_on_a_torn_jsonl_leaves_the_bad_line_out_and_says_so(tmp_path, records_jsonl):
    torn = tmp_path / "torn.jsonl"
    torn.write_bytes(records_jsonl.read_bytes() + b'{"schema_version": "1", "id": "cut-sh')
    report = build_report(torn)
    assert report.totals.articles == 4 and report.totals.unreadable_lines == 1
    assert "1 input line was not a valid record and left out (a run cut short, or still writing? finish it with " \
           "extract --resume)" in render_text(report)


def test_report_on_a_jsonl_with_two_bad_lines_counts_them_in_the_plural(tmp_path, records_jsonl):
    """Near miss of the singular above."""
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b"{not json\n" + records_jsonl.read_bytes() + b'{"schema_version": "1", "id": "cut-sh')
    report = build_report(bad)
    assert report.totals.unreadable_lines == 2
    assert "2 input lines were not valid records and left out" in render_text(report)


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
    header = lines.index("  #  speaker     kind    quotes  articles  outlets  titles")
    assert lines[header + 2 : header + 4] == [
        "  1  Dana Reyes  person       3         2        2  Mayor",
        "  2  Tom Okafor  person       1         1        1  union leader",
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


def test_an_html_report_into_a_missing_folder_is_refused_before_the_report_is_built(tmp_path, records_jsonl):
    """The text report was printed first, then "cannot write nofolder/r.html: No such file or
    directory" (exit 2) after all the work."""
    page = tmp_path / "nofolder" / "r.html"
    result = CliRunner().invoke(app, ["report", str(records_jsonl), "--html", str(page)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.strip() == (f"newsmine: error: cannot write {page}: the folder {page.parent} does not exist; "
                                     f"create it first (mkdir -p {page.parent}) or write the output elsewhere")


def test_an_html_report_never_replaces_the_records_or_a_file_that_is_no_page(tmp_path, records_jsonl):
    # --html took any file: `--html records.jsonl` replaced the records with the page, exit 0.
    records = tmp_path / "records.jsonl"
    records.write_bytes(records_jsonl.read_bytes())
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    for page, said in ((records, f"--html {records} is the records file being reported on"),
                       (notes, f"{notes} exists and is not an HTML page, which --html would replace")):
        result = CliRunner().invoke(app, ["report", str(records), "--html", str(page)])
        assert result.exit_code == 2 and result.stdout == ""
        assert result.stderr.startswith(f"newsmine: error: {said}")
    assert records.read_bytes() == records_jsonl.read_bytes() and notes.read_text(encoding="utf-8") == "my notes\n"
    for markup in ("<!DOCTYPE html><html><body>old</body></html>", "<meta charset=utf-8><title>old</title>",
                   '<?xml version="1.0"?><html><body>old</body></html>'):
        earlier = tmp_path / "r.html"  # an earlier page is replaced, as before, however it opens
        earlier.write_text(markup, encoding="utf-8")
        assert CliRunner().invoke(app, ["report", str(records), "--html", str(earlier)]).exit_code == 0
        assert "old" not in earlier.read_text(encoding="utf-8")


@pytest.mark.parametrize("format, table", [("csv", "quotes.csv"), ("parquet", "quotes"), ("parquet", "quotes/part-00000.parquet")])
def test_a_report_on_one_table_of_an_output_names_the_output_directory(tmp_path, records_jsonl, format, table):
    # "out/quotes.csv: newsmine report reads records as ..." did not say that out/ is what it reads.
    output = _write(tmp_path / "out", format=format)
    result = CliRunner().invoke(app, ["report", str(output / table)])
    assert result.exit_code == 2
    assert result.stderr.rstrip().endswith(f"; {output / table} is one table of the output {output}: "
                                           f"name the directory (newsmine report {output})")


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
    assert "not a Parquet, CSV or sharded JSON Lines output" in result.stderr


@pytest.mark.parametrize(("name", "content"), [("feed.jsonl", '{"id": "a1", "text": "The mayor spoke."}\n{"id": "a2", "text": "So did the chief."}\n'),
                                             ("feed.json", '[{"id": "a1", "text": "The mayor spoke."}]')])
def test_report_refuses_an_input_feed_given_instead_of_records(tmp_path, name, content):
    """`newsmine report feed.jsonl` on the articles themselves printed an all-zero report with
    exit code 0 and a note suggesting "a run cut short"."""
    feed = tmp_path / "day one" / name  # the command the message gives is quoted for the shell
    feed.parent.mkdir()
    feed.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(app, ["report", str(feed)])
    assert result.exit_code == 2
    assert "holds no newsmine record" in result.stderr
    assert f"(newsmine extract '{feed}' --output records.jsonl)" in result.stderr


def test_report_reads_the_parts_of_a_sharded_json_lines_run(tmp_path, report):
    """``extract --shards --format jsonl -o out/`` writes ``out/records/<shard>.jsonl``; the
    README's ``newsmine report out/`` must read them (it refused the directory)."""
    records = sample_records()
    (tmp_path / "out" / "records").mkdir(parents=True)
    _write(tmp_path / "out" / "records" / "first-0a1b2c3d4e.jsonl", records[:2])
    _write(tmp_path / "out" / "records" / "second-5f6a7b8c9d.jsonl", records[2:])
    # a part still being written: hidden temporary name, never read
    (tmp_path / "out" / "records" / ".third-1234567890.jsonl.tmp-99").write_text('{"schema_version": "2", "id": "half')
    sharded = build_report(tmp_path / "out")
    assert dataclasses.replace(sharded, source=report.source) == report


@pytest.mark.slow
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


# --- the quotes behind the numbers, filters, outlets compared, data quality -----------------

def _rebuilt(report, **options):
    """The same records' report with other options."""
    return build_report(report.source, **options)


def test_report_shows_each_top_speaker_s_own_words_one_article_first(report):
    examples = {speaker: [(e.words, e.article_id, e.outlet) for e in quotes] for speaker, quotes in report.examples.items()}
    assert examples == {
        # harbour-2 is the newer article; in harbour-1 the direct quote comes before the indirect one.
        "Dana Reyes": [("The ferry is safe, … and it runs daily.", "harbour-2", "Coastline Post"),
                       ("We are ready,", "harbour-1", "Eastmere Gazette"),
                       ("the pier will reopen in May", "harbour-1", "Eastmere Gazette")],
        "Tom Okafor": [("Reyes was wrong", "harbour-2", "Coastline Post")],
    }
    assert [e.words for e in _rebuilt(report, examples=1).examples["Dana Reyes"]] == ["The ferry is safe, … and it runs daily."]


def test_report_marks_reported_speech_and_keeps_quotation_marks_for_quotes(report):
    # an indirect quote is the article's report of what was said, not the speaker's words
    assert [e.quoted for e in report.examples["Dana Reyes"]] == [True, True, False]
    text = render_text(report)
    assert "    “We are ready,”" in text
    assert "    (reported) the pier will reopen in May" in text
    assert "“the pier will reopen in May”" not in text
    html = render_html(report)
    assert '<span class="reported">reported:</span> the pier will reopen in May' in html


def test_report_does_not_put_the_reporter_s_words_of_a_mixed_quote_inside_the_speaker_s_marks(tmp_path):
    # A mixed quote is the reporter's paraphrase around the speaker's fragment: shown as reported
    # speech, its fragment keeps the article's own quotation marks.
    text = 'Councillor Ines Varga called the ferry timetable "a small step for the islands." She spoke on Monday.'
    mixed = 'the ferry timetable "a small step for the islands."'
    record = ArticleRecord(
        id="ferry-mixed", source=Source(path="in/ferry-mixed.txt", format="text"), outlet="Isles Courier", text=text,
        entities=[Entity(id="E1", label="PERSON", name="Ines Varga", mentions=[span(Mention, text, "Ines Varga")])],
        quotes=[span(Quote, text, mixed, id="Q1", category="speech", type="mixed", parts=[span(Span, text, mixed)],
                     cue=span(Cue, text, "called", lemma="call"),
                     speaker=span(Speaker, text, "Councillor Ines Varga", kind="person", entity_id="E1", name="Ines Varga"))],
    )
    report = build_report(_write(tmp_path / "records.jsonl", [record]))
    assert [e.quoted for e in report.examples["Ines Varga"]] == [False]
    text_report = render_text(report)
    assert f"    (reported) {mixed}" in text_report and f"“{mixed}”" not in text_report
    html = render_html(report)
    assert '<span class="reported">reported:</span> the ferry timetable' in html and "“the ferry timetable" not in html


@pytest.mark.parametrize(("filters", "articles", "quotes", "speakers"), [
    (ReportFilter(outlets=("Eastmere Gazette",)), 2, 4, ["Dana Reyes"]),
    (ReportFilter(outlets=("Eastmere Gazette", "Coastline Post")), 3, 6, ["Dana Reyes", "Tom Okafor"]),
    (ReportFilter(since=dt.date(2025, 4, 1)), 1, 2, ["Dana Reyes", "Tom Okafor"]),  # harbour-2; undated harbour-3 out
    (ReportFilter(until=dt.date(2025, 3, 31)), 1, 3, ["Dana Reyes"]),  # harbour-1
    (ReportFilter(min_articles=2), 4, 6, ["Dana Reyes"]),  # Tom Okafor is quoted in one article only
])
def test_report_filters_limit_articles_and_everything_computed_from_them(records_jsonl, filters, articles, quotes, speakers):
    report = build_report(records_jsonl, filters=filters)
    assert (report.totals.articles, report.totals.quotes) == (articles, quotes)
    assert [s.name for s in report.top_speakers] == speakers
    assert set(report.examples) == set(speakers)
    assert report.filters == filters.describe()


def test_report_compares_outlets_by_source_share_and_top_speakers(report):
    rows = [(o.outlet, o.quotes, o.named, o.anonymous, o.unresolved, o.no_speaker, o.top_speakers) for o in report.outlets_compared]
    assert rows == [
        ("Eastmere Gazette", 4, 2, 1, 0, 1, [("Dana Reyes", 2)]),
        ("Coastline Post", 2, 2, 0, 0, 0, [("Dana Reyes", 1), ("Tom Okafor", 1)]),
    ]
    assert report.outlets_compared[0].anonymous_share == 0.25
    # --min-articles 2: Coastline Post has one article.
    compared = _rebuilt(report, filters=ReportFilter(min_articles=2)).outlets_compared
    assert [o.outlet for o in compared] == ["Eastmere Gazette"]


def test_report_data_quality_counts_errors_thin_articles_and_speakers_not_found(tmp_path, report):
    q = report.quality
    assert [(e.kind, e.articles, e.example_id) for e in q.errors] == [("DecodeError", 1, "broken")]
    assert (q.thin, q.no_outlet, q.no_title) == (3, 0, 1)  # every ok text is short; harbour-3 has no title
    # The articles table has a language column: these texts are too short for the detector to tell.
    assert (q.unresolved_quotes, q.no_speaker_quotes, q.languages) == (0, 1, [("(unknown)", 4)])
    record = harbour_2()
    speaker = record.quotes[1].speaker
    record.quotes[1].speaker = Speaker(start=speaker.start, end=speaker.end, text="Tom\nOkafor", kind="unresolved")
    unresolved = build_report(_write(tmp_path / "r.jsonl", [record])).quality
    assert (unresolved.unresolved_quotes, unresolved.unresolved_speakers) == (1, [("tom okafor", 1)])


def test_report_uses_quote_categories_and_article_languages_when_the_tables_have_them(tmp_path):
    import duckdb

    path = _write(tmp_path / "later-layout.duckdb")
    with duckdb.connect(str(path)) as db:
        db.execute("UPDATE quotes SET category = CASE WHEN type = 'direct' THEN 'speech' ELSE 'stance' END")
        db.execute("UPDATE articles SET language = CASE WHEN article_id = 'harbour-3' THEN 'fr' ELSE 'en' END")
    report = build_report(path)
    assert report.category_names == ["speech", "stance"]
    assert {o.outlet: o.categories for o in report.outlets_compared} == {
        "Eastmere Gazette": {"speech": 1, "stance": 3}, "Coastline Post": {"speech": 1, "stance": 1}}
    assert report.quality.languages == [("en", 3), ("fr", 1)]
    text = render_text(report)
    assert "speech" in text and "languages: en 3, fr 1" in text


def test_top_speakers_count_speech_and_writing_by_default_and_say_so(tmp_path):
    import duckdb

    path = _write(tmp_path / "categories.duckdb")
    with duckdb.connect(str(path)) as db:
        # Reyes's two direct quotes are speech; her indirect one and Okafor's are stances.
        db.execute("UPDATE quotes SET category = CASE WHEN type = 'direct' THEN 'speech' ELSE 'stance' END")
    report = build_report(path)
    assert [(r.name, r.quotes, r.articles) for r in report.top_speakers] == [("Dana Reyes", 2, 2)]
    assert all(e.words in ("We are ready,", "The ferry is safe, … and it runs daily.")
               for e in report.examples["Dana Reyes"])
    assert "speech and writing quotes counted" in render_text(report)
    assert report.sources.total == 6  # the other sections still count every quote
    every = build_report(path, filters=ReportFilter(speaker_categories=None))
    assert [(r.name, r.quotes) for r in every.top_speakers] == [("Dana Reyes", 3), ("Tom Okafor", 1)]
    assert "every quote counted, whatever its category" in render_text(every)
    result = CliRunner().invoke(app, ["report", str(path), "--all-categories"])
    assert result.exit_code == 0 and "Tom Okafor" in result.output


def test_top_speakers_count_every_quote_when_the_tables_carry_no_category(tmp_path):
    import duckdb

    path = _write(tmp_path / "earlier-layout.duckdb")
    with duckdb.connect(str(path)) as db:  # tables written before quotes had a category column
        db.execute("DROP VIEW IF EXISTS keyed_speaker_quotes")
        db.execute("ALTER TABLE quotes DROP COLUMN category")
    report = build_report(path)
    assert [r.quotes for r in report.top_speakers] == [3, 1]
    assert "these records carry no quote category" in render_text(report)


def test_text_and_html_reports_show_the_quotes_outlets_and_data_quality(report):
    text = render_text(report)
    assert "    “The ferry is safe, … and it runs daily.”\n        — Ferry row (Coastline Post, 2025-04-02)" in text
    assert "  Eastmere Gazette       4   50.0%      25.0%        0.0%       25.0%  100.0%  Dana Reyes 2" in text
    assert "  DecodeError          1  broken: the content looks binary, not text" in text
    assert "quotes with no speaker found: 1 of 6 (16.7%)" in text
    html = render_html(report)
    assert "<blockquote>“The ferry is safe, … and it runs daily.”<cite>Ferry row · Coastline Post · 2025-04-02</cite></blockquote>" in html
    assert 'id="outlets-compared"' in html and "<td>Dana Reyes 1, Tom Okafor 1</td>" in html
    assert "<td>broken: the content looks binary, not text</td>" in html


def test_report_command_filters_by_outlet_and_date(records_jsonl):
    result = CliRunner().invoke(app, ["report", str(records_jsonl), "--outlet", "Coastline Post", "--since", "2025-04-01"])
    assert result.exit_code == 0, result.output
    assert "limited to: outlet Coastline Post; published from 2025-04-01" in result.stdout
    assert "articles   1 (1 ok, 0 failed)" in result.stdout
    refused = CliRunner().invoke(app, ["report", str(records_jsonl), "--since", "2025-05-01", "--until", "2025-04-01"])
    assert refused.exit_code == 2 and "--since 2025-05-01 is after --until 2025-04-01" in refused.stderr


def test_a_report_whose_limits_match_no_article_says_so(records_jsonl):
    nothing = CliRunner().invoke(app, ["report", str(records_jsonl), "--outlet", "coastline post"])  # case differs
    assert nothing.exit_code == 0, nothing.output
    assert "articles   0 (0 ok, 0 failed)" in nothing.stdout
    assert "note: no article matches these limits: outlets must be written as in the records" in nothing.stdout
    assert "\n  languages: -\n" in nothing.stdout  # not a blank "languages: "
    matched = CliRunner().invoke(app, ["report", str(records_jsonl), "--outlet", "Coastline Post"])
    assert "no article matches" not in matched.stdout


@pytest.mark.parametrize(("name", "format"), [("records.jsonl", None), ("records.json", None), ("records.duckdb", None),
                                             ("records.db", None), ("pq", "parquet"), ("csv", "csv")])
def test_a_report_on_records_holding_no_article_exits_4_and_writes_nothing(tmp_path, name, format):
    """An empty .jsonl (what a run stopped before its first record leaves) printed an all-zero
    report and exited 0, as if it were a corpus; now one line and exit 4, "nothing found", as
    extract says of inputs without an article (README, Exit codes). The same for every format."""
    records = _write(tmp_path / name, records=[], format=format)
    page = tmp_path / "page.html"
    result = CliRunner().invoke(app, ["report", str(records), "--html", str(page)])
    assert result.exit_code == 4, result.output
    assert result.stderr == f"newsmine: error: {records} holds no records (as a run stopped before its first record " \
                            "leaves it, or a sharded run of files without an article): nothing to report\n"
    assert result.stdout == "" and not page.exists()
