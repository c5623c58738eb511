"""Web pages: metadata the page declares, checked against each other; text, thin pages,
other languages, gzipped and deeply nested pages. Every page here is invented."""

from __future__ import annotations

import gzip
import json

import pytest

from newsmine.readers import read_articles
from newsmine.readers.html import article_from_html
from newsmine.readers.webpage_meta import clean_authors, outlet_from_host, strip_site_suffix
from newsmine.records import Status

PARAGRAPHS = [
    "The Eastmere harbour board voted on Tuesday to rebuild the old ferry pier, ending a dispute over costs that "
    "had run for six years.",
    '"We are finally ready to start," said Maria Reyes, the board\'s chair, after the vote. "The town has waited '
    'long enough."',
    "Work is due to begin in May and to take two years. The board said the new pier would carry twice as many "
    "passengers as the old one, which closed in 2019 after a winter storm.",
    "Local businesses welcomed the decision. Tom Okafor, who runs a café near the harbour, said the pier had been "
    "the reason most visitors came to the town at all.",
]
BODY = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def page(head: str = "", body: str = BODY, before: str = "", h1: str = "Harbour board votes to rebuild ferry pier") -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head><body>
<header><nav><a href="/">Home</a> <a href="/local">Local</a></nav></header>
<main><article>{before}<h1>{h1}</h1>{body}</article></main>
<footer><p>Copyright 2025 The Eastmere Gazette. All rights reserved.</p></footer></body></html>"""


def json_ld(obj: dict) -> str:
    # "</" escaped as sites do: the HTML parser ends a script at the first "</".
    data = json.dumps(obj).replace("</", "<\\/")
    return f'<script type="application/ld+json">{data}</script>'


def read(html: str, **kwargs):
    return article_from_html("page", html, path="page.html", encoding="utf-8", **kwargs)


# --- JSON-LD present, absent, contradicting --------------------------------------------

def test_json_ld_gives_authors_date_and_publisher_and_the_visible_headline_is_the_title():
    head = "<title>Pier to be rebuilt | The Eastmere Gazette</title>" + json_ld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour board votes to rebuild ferry pier",
        "author": [{"@type": "Person", "name": "Dana Whitlock"}, {"@type": "Person", "name": "Sam Ortiz"}],
        "datePublished": "2025-03-11T09:30:00+00:00", "publisher": {"@type": "Organization", "name": "The Eastmere Gazette"},
    })
    article = read(page(head))
    assert article.title == "Harbour board votes to rebuild ferry pier"
    assert article.authors == ["Dana Whitlock", "Sam Ortiz"]
    assert article.published == "2025-03-11"
    assert article.outlet == "The Eastmere Gazette"
    assert "Maria Reyes" in article.text and "All rights reserved" not in article.text


def test_without_json_ld_meta_tags_and_the_title_without_the_site_name_are_used():
    head = ("<title>Harbour board votes to rebuild ferry pier - The Eastmere Gazette</title>"
            '<meta property="og:site_name" content="The Eastmere Gazette">'
            '<meta name="author" content="Dana Whitlock">'
            '<meta property="article:published_time" content="2025-03-11T09:30:00Z">')
    article = read(page(head, h1=""))  # no visible headline at all
    assert article.title == "Harbour board votes to rebuild ferry pier"
    assert article.authors == ["Dana Whitlock"]
    assert article.published == "2025-03-11"
    assert article.outlet == "The Eastmere Gazette"


def test_the_visible_byline_is_read_when_nothing_is_declared():
    byline = '<div class="meta"><span>By</span> <a href="/staff/dana">Dana Whitlock</a> | <time>March 11, 2025</time></div>'
    article = read(page("<title>Harbour board votes to rebuild ferry pier</title>", before="", body=byline + BODY))
    assert article.authors == ["Dana Whitlock"]


def test_an_outlet_declared_as_author_gives_way_to_the_person_in_the_visible_byline():
    head = '<meta property="og:site_name" content="The Eastmere Gazette"><meta name="author" content="The Eastmere Gazette">'
    byline = '<p class="byline">By Dana Whitlock</p>'
    assert read(page(head, body=byline + BODY)).authors == ["Dana Whitlock"]
    assert read(page(head)).authors == ["The Eastmere Gazette"]  # nobody else named: the outlet is the byline


def test_contradicting_declarations_the_visible_headline_and_the_fuller_name_win():
    # SEO title and og:title differ from the headline readers see; JSON-LD gives only a first name.
    head = ("<title>Ferry pier news: everything you need to know | Gazette</title>"
            '<meta property="og:title" content="Eastmere ferry pier: board says yes">'
            + json_ld({"@type": "Article", "headline": "Harbour board votes to rebuild ferry pier",
                       "author": {"@type": "Person", "name": "Dana"}, "datePublished": "2025-03-11"}))
    byline = '<p class="byline">By Dana Whitlock</p>'
    article = read(page(head, body=byline + BODY))
    assert article.title == "Harbour board votes to rebuild ferry pier"
    assert article.authors == ["Dana Whitlock"]


def test_the_date_shown_on_the_page_wins_when_a_declaration_confirms_it():
    # JSON-LD says published on the 3rd, changed on the 12th; the page shows "Updated March 12".
    head = json_ld({"@type": "NewsArticle", "headline": "Harbour board votes to rebuild ferry pier",
                    "datePublished": "2025-03-03T08:00:00Z", "dateModified": "2025-03-12T16:00:00Z"})
    dateline = '<div class="timestamp">Updated March 12, 2025</div>'
    assert read(page(head, body=dateline + BODY)).published == "2025-03-12"


def test_a_date_elsewhere_on_the_page_does_not_replace_the_declared_one():
    head = json_ld({"@type": "NewsArticle", "headline": "Harbour board votes to rebuild ferry pier",
                    "datePublished": "2025-03-11T08:00:00Z"})
    # A "today's date" in the site's header and an old related story: neither confirmed.
    before = '<div class="date">Monday, June 2, 2025</div>'
    related = '<aside><div class="date">January 5, 2021</div></aside>'
    assert read(page(head, before=before, body=BODY + related)).published == "2025-03-11"


def test_the_local_date_shown_wins_over_a_utc_timestamp_a_day_later():
    head = '<meta property="article:published_time" content="2025-03-12T04:30:00Z">'
    dateline = '<time class="published">March 11, 2025 at 11:30 p.m.</time>'
    assert read(page(head, body=dateline + BODY)).published == "2025-03-11"


# --- cleaning ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("raw", "names"),
    [
        (["View all posts by Dana Whitlock"], ["Dana Whitlock"]),
        (["No Author"], []),
        (["Editorial Staff"], []),
        (["Article by Sam Ortiz"], ["Sam Ortiz"]),
        (["Rob Lind, CNN"], ["Rob Lind"]),
        (["Jane Moss, PhD"], ["Jane Moss"]),
        (["Dana Whitlock Gazette Staff"], ["Dana Whitlock"]),
        (["By Glen Hale And Bren Carr For The Sunday Courier"], ["Glen Hale", "Bren Carr"]),
        (["Staff and news service reports"], ["Staff and news service reports"]),  # a collective byline stays
        (["https://www.facebook.com/gazette", "@gazette", "Sam Ortiz"], ["Sam Ortiz"]),
        (["Gazette Wire"], ["Gazette Wire"]),  # the outlet alone is the byline
    ],
)
def test_author_noise_is_cleaned(raw, names):
    assert clean_authors(raw, ["Gazette", "The Eastmere Gazette"]) == names


def test_a_site_suffix_is_cut_only_when_it_names_the_site():
    sites = ["The Eastmere Gazette", "eastmere-gazette"]
    assert strip_site_suffix("Pier to reopen | The Eastmere Gazette", sites) == "Pier to reopen"
    assert strip_site_suffix("Pier to reopen - Not before May", sites) == "Pier to reopen - Not before May"
    assert strip_site_suffix("The Eastmere Gazette » Blog Archive » Pier to reopen", sites) == "Pier to reopen"


def test_outlets_are_names_not_host_names():
    assert outlet_from_host("DW.COM") == "DW"
    assert outlet_from_host("nationnews.com", "Budget passed - Nation News") == "Nation News"
    assert read(page('<link rel="canonical" href="https://www.harbourwatch.example/pier">')).outlet == "Harbourwatch"


# --- text -------------------------------------------------------------------------------

def test_tables_are_kept_in_the_text():
    table = ("<table><tr><th>Ferry</th><th>Passengers</th></tr><tr><td>Morning sailing</td><td>412</td></tr>"
             "<tr><td>Evening sailing</td><td>388</td></tr></table>")
    article = read(page(body=BODY + table))
    assert "Morning sailing" in article.text and "388" in article.text


def test_prose_in_a_div_of_spans_is_kept_and_promotion_lines_are_dropped():
    summary = ('<div class="summary"><span>The new pier will have a covered waiting room, a café and berths for two '
               'ferries at once, the board said.</span></div>')
    promo = "<p>Never miss the latest news by signing up to our newsletter today!</p>"
    article = read(page(body=BODY + summary + promo))
    assert "covered waiting room" in article.text
    assert "newsletter" not in article.text


def test_json_ld_article_body_replaces_a_thin_extraction():
    body_text = " ".join(PARAGRAPHS)
    head = json_ld({"@type": "NewsArticle", "headline": "Harbour board votes to rebuild ferry pier", "articleBody": body_text})
    # The visible page holds only a teaser (the rest is drawn by a script).
    article = read(page(head, body="<p>Tap to read the full story.</p>"))
    assert article.text == body_text
    assert article.skip is None


def test_markup_inside_a_json_ld_article_body_is_taken_out():
    body_html = "".join(f"<p>{p.replace('café', 'caf&eacute;')}</p>" for p in PARAGRAPHS)
    head = json_ld({"@type": "NewsArticle", "headline": "Harbour board votes to rebuild ferry pier", "articleBody": body_html})
    article = read(page(head, body="<p>Tap to read the full story.</p>"))
    assert article.text.split("\n") == PARAGRAPHS


def test_word_count_and_status_of_a_thin_page(pipeline):
    caption = "<p>Gulls over the old ferry pier at dawn. Photo: Dana Whitlock.</p>"
    article = read(page(body=caption))
    assert article.skip is not None and article.skip.type == "ThinPage"
    [record] = pipeline.process([article])
    assert record.status is Status.skipped and record.error.type == "ThinPage" and "--min-words" in record.error.message
    assert record.word_count == len(record.text.split()) < 50 and "Gulls" in record.text
    assert record.quotes == [] and record.entities == []
    assert record.title == "Harbour board votes to rebuild ferry pier"  # metadata kept
    assert read(page(body=caption), min_words=5).skip is None


def test_a_normal_page_is_analysed_with_its_word_count_and_language(pipeline):
    [record] = pipeline.process([read(page())])
    assert record.status is Status.ok and record.language == "en"
    assert record.word_count == len(record.text.split()) > 50
    assert any(q.speaker and q.speaker.name == "Maria Reyes" for q in record.quotes)


def test_a_non_english_article_is_recorded_and_flagged_but_not_analysed(pipeline):
    german = "\n".join(f"<p>{p}</p>" for p in [
        "Der Hafenrat von Eastmere hat am Dienstag beschlossen, den alten Fähranleger wieder aufzubauen. Damit endet ein "
        "Streit über die Kosten, der sechs Jahre gedauert hatte.",
        '„Wir sind endlich bereit anzufangen", sagte Maria Reyes, die Vorsitzende des Rates, nach der Abstimmung. '
        '„Die Stadt hat lange genug gewartet."',
        "Die Arbeiten sollen im Mai beginnen und zwei Jahre dauern. Der neue Anleger soll doppelt so viele Fahrgäste "
        "aufnehmen wie der alte, der 2019 nach einem Wintersturm geschlossen wurde.",
    ])
    article = read(page(body=german, h1="Hafenrat beschließt Neubau des Fähranlegers"))
    assert article.language is None  # detected by the pipeline, as for every input (session 47)
    [record] = pipeline.process([article])
    assert record.status is Status.skipped and record.error.type == "OtherLanguage"
    assert record.language == "de" and "Fähranleger" in record.text
    assert record.quotes == [] and record.entities == []


# --- files: gzip, deep nesting ------------------------------------------------------------

def test_gzipped_pages_are_read_and_broken_ones_reported(tmp_path):
    (tmp_path / "pier.html.gz").write_bytes(gzip.compress(page().encode("utf-8")))
    (tmp_path / "torn.html.gz").write_bytes(gzip.compress(page().encode("utf-8"))[:200])
    (tmp_path / "bomb.html.gz").write_bytes(gzip.compress(b"<p>" + b"a" * 3_000_000))
    articles = {a.id: a for a in read_articles([tmp_path], max_chars=100_000)}
    assert articles["pier"].failure is None and "Maria Reyes" in articles["pier"].text
    assert articles["pier"].title == "Harbour board votes to rebuild ferry pier"
    assert articles["torn"].failure.type == "DecodeError" and "gzip" in articles["torn"].failure.message
    assert articles["bomb"].failure.type == "InputTooLarge"


@pytest.mark.parametrize("depth", [300, 3_000, 20_000])
def test_text_nested_deeper_than_the_parser_reads_is_kept(depth):
    nested = "<div>" * depth + BODY + "</div>" * depth
    article = read(page(body=nested))
    assert article.failure is None
    assert "Maria Reyes" in article.text and "winter storm" in article.text


@pytest.mark.slow
def test_the_run_summary_counts_pages_recorded_but_not_analysed(tmp_path):
    from typer.testing import CliRunner

    from newsmine.cli import app

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "pier.html").write_text(page(), encoding="utf-8")
    (pages / "caption.html").write_text(page(body="<p>Gulls over the old ferry pier at dawn.</p>"), encoding="utf-8")
    output = tmp_path / "records.jsonl"
    result = CliRunner().invoke(app, ["extract", str(pages), "--output", str(output), "--workers", "1"])
    assert result.exit_code == 0, result.output  # a thin page is no failure
    assert "1 recorded but not analysed: ThinPage 1" in result.stderr.strip().splitlines()[-1]
    statuses = {json.loads(line)["id"]: json.loads(line)["status"] for line in output.read_text().splitlines()}
    assert statuses == {"pier": "ok", "caption": "skipped"}
    result = CliRunner().invoke(app, ["extract", str(pages), "--output", str(output), "--workers", "1",
                                      "--overwrite", "--min-words", "3"])
    statuses = {json.loads(line)["id"]: json.loads(line)["status"] for line in output.read_text().splitlines()}
    assert statuses == {"pier": "ok", "caption": "ok"}


# --- newsmine.analyze(html=...) -----------------------------------------------------------
def test_analyze_takes_an_html_string_like_an_html_file(pipeline):
    record = pipeline.analyze(html=page(json_ld({"@type": "NewsArticle", "author": {"name": "Ann Lee"}})), published="2025-03-11")
    assert record.source.format == "html"
    assert record.title == "Harbour board votes to rebuild ferry pier"
    assert record.authors == ["Ann Lee"]
    assert record.published == "2025-03-11"  # what the caller says wins
    assert "Copyright" not in record.text
    assert any(q.speaker is not None and q.speaker.name == "Maria Reyes" for q in record.quotes)


def test_analyze_wants_exactly_one_of_text_and_html(pipeline):
    from newsmine.errors import UsageError

    with pytest.raises(UsageError, match="one of the two"):
        pipeline.analyze()
    with pytest.raises(UsageError, match="one of the two"):
        pipeline.analyze("Some text.", html="<p>Some text.</p>")


# --- A page of thousands of small blocks (newuser50) -------------------------------------------

_BUDGET_ARTICLE = ('<article><h1>Council passes budget</h1><p>The town council approved its budget on Monday after '
                   'a long debate. "This plan keeps the libraries open," said council president Ilse Marwick, who '
                   'thanked the staff.</p><p>Council member Roald Finch voted against it. "We are spending next '
                   'year\'s money," Finch said after the vote.</p></article>')


def _page_with_slots(slots: int) -> str:
    junk = "".join(f'<div class="slot-{n}"><span>Sponsored {n}</span></div>' for n in range(slots))
    return f"<html><head><title>Council passes budget</title></head><body>{junk}{_BUDGET_ARTICLE}</body></html>"


@pytest.mark.slow  # about 2 s of trafilatura's main extractor over 9,000 elements
def test_a_page_of_thousands_of_blocks_is_read_without_the_fallback_extractors_and_says_so():
    """A 3 MB page of 40,000 ad slots kept `newsmine extract` reading it for over ten minutes,
    with no progress line and no --article-timeout (which times the analysis): justext, the
    fallback trafilatura runs, seeks each short block's neighbour from scratch."""
    article = article_from_html("budget", _page_with_slots(4_500), path="budget.html", encoding="utf-8")
    assert "said council president Ilse Marwick" in article.text
    assert "Sponsored" not in article.text
    assert any("4,50" in warning and "block elements" in warning for warning in article.warnings)


def test_a_page_of_a_few_hundred_blocks_is_read_as_before_without_a_warning():
    # Near miss: news pages hold hundreds of blocks; the fallback extractors still run for them.
    article = article_from_html("budget", _page_with_slots(300), path="budget.html", encoding="utf-8")
    assert "said council president Ilse Marwick" in article.text
    assert article.warnings == []
