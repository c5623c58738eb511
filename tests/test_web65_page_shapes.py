"""Pages of shapes users meet (web65): what each record says it read and could not read. A year in
the text taken for a date, a paywalled page's teaser, a live blog's entries; an AMP page, a JSON-LD
``@graph``, a page in ISO-8859-1 without a charset, pinned as they read. Invented pages only."""

from __future__ import annotations

import json

import pytest

from newsmine.readers import read_articles
from tests.test_html import BODY, PARAGRAPHS, json_ld, page, read


def _bare(head: str = "", body: str = BODY) -> str:
    """A page with no declared or shown date (page()'s footer has a copyright year)."""
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body><article>" \
           f"<h1>Harbour board votes to rebuild ferry pier</h1>{body}</article></body></html>"


# --- a year in the text is no publication date ---


def test_a_year_in_the_text_of_a_page_without_a_date_is_no_publication_date():
    """htmldate read "closed in 2019" (PARAGRAPHS[2]) as the page's date, 2019-01-01."""
    assert "in 2019" in BODY
    assert read(_bare()).published is None


def test_near_miss_a_first_of_january_the_page_shows_is_kept():
    shown = '<p class="date"><time datetime="2025-01-01">1 January 2025</time></p>'
    assert read(_bare(body=shown + BODY)).published == "2025-01-01"


def test_near_miss_another_day_the_page_shows_without_a_declaration_is_kept():
    shown = '<p class="date"><time datetime="2025-03-12">12 March 2025</time></p>'
    assert read(_bare(body=shown + BODY)).published == "2025-03-12"


def test_near_miss_a_declared_first_of_january_is_kept():
    head = '<meta property="article:published_time" content="2025-01-01T08:00:00Z">'
    assert read(_bare(head)).published == "2025-01-01"


# --- a paywalled page ---

_TEASER = f"<p>{PARAGRAPHS[0]}</p>"
_PROMPT = "<p>Subscribe to read the full story. Already a subscriber? Log in.</p>"
_PAYWALLED = json_ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Inside the pier deal",
                      "isAccessibleForFree": "False"})


def test_a_paywalled_teaser_says_it_is_behind_a_paywall_not_that_it_is_no_article():
    article = read(page(_PAYWALLED, body=_TEASER + _PROMPT))
    assert article.skip.type == "ThinPage"
    assert "paywalled" in article.skip.message and "probably not an article" not in article.skip.message


def test_near_miss_a_thin_page_declaring_itself_free_keeps_the_thin_pages_message():
    free = json_ld({"@context": "https://schema.org", "@type": "NewsArticle", "isAccessibleForFree": True})
    article = read(page(free, body=_TEASER))
    assert "probably not an article" in article.skip.message and "paywalled" not in article.skip.message


def _marked_part(selector: str) -> str:
    """Google's markup for a paywalled section: hasPart with isAccessibleForFree false, its element named."""
    return json_ld({"@context": "https://schema.org", "@type": "NewsArticle", "isAccessibleForFree": False,
                    "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": selector}})


@pytest.mark.parametrize("selector", [".paywall", "div.paywall", ".rest, .paywall", "#locked"])
def test_a_page_whose_paywalled_part_is_empty_warns_that_its_text_is_the_free_part(selector):
    shut = '<div class="story paywall" id="locked"><p>Subscribe to read the full story.</p></div>'
    article = read(page(_marked_part(selector), body=BODY + shut))
    assert article.skip is None
    assert len(article.warnings) == 1 and "paywalled" in article.warnings[0] and "holds 6 words" in article.warnings[0]  # its prompt


def test_near_miss_a_page_holding_its_paywalled_part_has_no_warning():
    """A page saved with a subscription, or served whole: the marked part holds the article's rest."""
    article = read(page(_marked_part(".paywall"), body=f'<p>{PARAGRAPHS[0]}</p><div class="paywall">{BODY}</div>'))
    assert article.warnings == [] and "Tom Okafor" in article.text


def test_near_miss_a_paywalled_part_the_page_does_not_hold_gives_no_warning():
    """Sites name the wall itself (".emailwall"), which a script adds: its absence says nothing."""
    assert read(page(_marked_part(".emailwall"))).warnings == []


@pytest.mark.parametrize("free", [{"isAccessibleForFree": "True"}, {"isAccessibleForFree": False}])
def test_near_miss_no_paywall_warning_without_a_marked_part(free):
    """Declared free, or not free with no part named: nothing says the text was cut."""
    assert read(page(json_ld({"@context": "https://schema.org", "@type": "NewsArticle", **free}))).warnings == []


def test_the_paywalls_prompt_is_no_article_text():
    article = read(page(_PAYWALLED, body=BODY + _PROMPT + "<p>Sign in to continue reading.</p>"))
    assert "Maria Reyes" in article.text
    assert "subscriber" not in article.text and "Sign in" not in article.text


def test_near_miss_a_sentence_beginning_with_register_stays():
    line = "<p>Register to vote by Friday to take part in the election, the council said on Monday.</p>"
    assert "Register to vote" in read(page(body=BODY + line)).text


# --- a live blog ---


def test_a_live_blog_says_its_entries_times_are_not_kept():
    entries = "".join(f'<div class="entry"><time datetime="2025-02-26T{hour}:00Z">{hour}</time><p>{text}</p></div>'
                      for hour, text in [("14:45", PARAGRAPHS[3]), ("11:05", PARAGRAPHS[1]), ("09:02", PARAGRAPHS[0])])
    head = json_ld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Pier vote live",
                    "datePublished": "2025-02-26T09:00:00Z"})
    article = read(page(head, body=entries, h1="Pier vote live"))
    assert article.published == "2025-02-26" and "Maria Reyes" in article.text
    assert len(article.warnings) == 1 and "live blog" in article.warnings[0]


def test_near_miss_a_news_article_has_no_live_blog_warning():
    head = json_ld({"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2025-02-26"})
    assert read(page(head)).warnings == []


# --- shapes that read as they should (pinned) ---


def test_an_amp_page_reads_as_its_article():
    head = ('<link rel="canonical" href="https://www.eastmeregazette.example/news/pier">'
            '<script async src="https://cdn.ampproject.org/v0.js"></script>'
            + json_ld({"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2025-03-11",
                       "author": {"@type": "Person", "name": "Dana Whitlock"},
                       "publisher": {"@type": "Organization", "name": "The Eastmere Gazette"}}))
    amp_body = ('<amp-img src="/pier.jpg" width="600" height="400" layout="responsive"></amp-img>' + BODY
                + '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/x"></amp-ad>')
    article = read(page(head, body=amp_body).replace("<html ", "<html \u26a1 ", 1))
    assert (article.outlet, article.authors, article.published) == ("The Eastmere Gazette", ["Dana Whitlock"],
                                                                    "2025-03-11")
    assert article.url == "https://www.eastmeregazette.example/news/pier" and "winter storm" in article.text


def test_a_json_ld_graph_gives_the_articles_fields():
    """Yoast's shape: the article, its publisher and its site in one @graph; the author a reference."""
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "#org", "name": "Northfield Post"},
        {"@type": "WebPage", "@id": "#page", "name": "Pier vote | Northfield Post"},
        {"@type": "NewsArticle", "headline": "Harbour board votes to rebuild ferry pier", "isPartOf": {"@id": "#page"},
         "author": {"@type": "Person", "name": "Ana Brandt"}, "publisher": {"@type": "Organization", "name": "Northfield Post"},
         "datePublished": "2025-03-12T08:00:00+00:00"}]}
    article = read(page(f"<title>Pier vote | Northfield Post</title><script type='application/ld+json'>"
                        f"{json.dumps(graph)}</script>"))
    assert (article.outlet, article.authors, article.published) == ("Northfield Post", ["Ana Brandt"], "2025-03-12")


@pytest.mark.parametrize("charset", ["", '<meta charset="iso-8859-1">'])
def test_a_latin_1_page_with_or_without_its_charset_is_decoded(tmp_path, charset):
    html = page(charset, body=BODY.replace("Tom Okafor", "Zoë Brontë")).replace('<meta charset="utf-8">', "")
    (tmp_path / "pier.html").write_bytes(html.encode("iso-8859-1"))
    (article,) = read_articles([tmp_path])
    assert article.failure is None and "Zoë Brontë" in article.text and "café" in article.text
    assert article.encoding in {"cp1252", "iso-8859-1", "latin-1", "windows-1252"}
