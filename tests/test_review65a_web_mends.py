"""review65a's mends of web65's web-page rules, each beside the near miss it must leave alone: a
site's name below a sentence headline, a kicker in an <h1>, a dotted site name after the headline,
a written first of January, a paywall warning on a page whose declared body is whole, news lines
read as a paywall's prompt. Invented pages only (the page shape of tests/test_html.py)."""

from __future__ import annotations

import pytest

from tests.test_html import BODY, PARAGRAPHS, json_ld, page, read

_HEADLINE = "Harbour board votes to rebuild ferry pier"


def _h1s(*texts: str) -> str:
    """Several <h1>s in page()'s one <h1> slot, in this order."""
    return "</h1><h1>".join(texts)


def _undated(head: str = "", body: str = BODY) -> str:
    """A page with no declared or shown date and no copyright year."""
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body><article>" \
           f"<h1>{_HEADLINE}</h1>{body}</article></body></html>"


# --- the site's name last, its <h1> below a sentence headline's ---


def test_the_sites_name_last_with_its_h1_after_a_sentence_headline_is_the_outlet():
    """web65 refused a brand whose <h1> came after the rest of the title's: only a first part that
    reads as a brand (a logo) makes the last part a headline."""
    article = read(page("<title>Why the levy failed | Gothamist</title>", h1=_h1s("Why the levy failed", "Gothamist")))
    assert (article.outlet, article.title) == ("Gothamist", "Why the levy failed")


def test_near_miss_the_logo_first_still_makes_the_last_part_the_headline():
    """web65's case, unchanged: the first part's <h1> comes first and reads as a brand."""
    article = read(page("<title>Gothamist | Mayor Resigns Amid Scandal</title>",
                        h1=_h1s("Gothamist", "Mayor Resigns Amid Scandal")))
    assert (article.outlet, article.title) == ("Gothamist", "Mayor Resigns Amid Scandal")


@pytest.mark.xfail(strict=True, reason="the mirror of the logo's case: a short title-case headline first and the "
                                       "site's <h1> after it read as a logo <h1> then a headline's; with no markup "
                                       "of a logo (web66 reads a 'site-title' class, a link home) nothing on the "
                                       "page tells which <h1> is the logo")
def test_a_short_title_case_headline_with_the_sites_h1_after_it():
    article = read(page("<title>Mayor Resigns Amid Scandal | Gothamist</title>",
                        h1=_h1s("Mayor Resigns Amid Scandal", "Gothamist")))
    assert article.outlet == "Gothamist"


@pytest.mark.parametrize("kicker", ["Fact Check", "Developing"])
def test_a_kicker_in_an_h1_before_the_headline_is_no_outlet(kicker):
    article = read(page(f"<title>{kicker} | Mayor claims the pier is paid for</title>",
                        h1=_h1s(kicker, "Mayor claims the pier is paid for")))
    assert article.outlet is None


# --- trafilatura's site name: a dotted part after the headline is the site's ---


@pytest.mark.parametrize("site", ["St. Louis Post-Dispatch", "Mr. Money Mustache"])
@pytest.mark.parametrize("h1", [_HEADLINE, ""])
def test_a_dotted_site_name_after_the_headline_stays_the_outlet(site, h1):
    """web65 dropped every dotted title part trafilatura took for the site's name, the site's own too."""
    article = read(page(f"<title>{_HEADLINE} - {site}</title>", h1=h1))
    assert (article.title, article.outlet) == (_HEADLINE, site)


def test_near_miss_a_dotted_headline_after_the_sites_name_is_no_outlet():
    """The last part, but the page's <h1>: the headline, not the site."""
    article = read(page("<title>Daily Ledger - U.S. aid vote passes</title>", h1="U.S. aid vote passes"))
    assert article.title == "U.S. aid vote passes" and article.outlet != "U.S. aid vote passes"


# --- a first of January the page writes out ---


@pytest.mark.parametrize("shown", [
    {"body": "<p>Posted January 1, 2025</p>" + BODY},  # a dateline in no date element
    {"head": "<link rel='canonical' href='https://eastfield.example/2025/01/01/pier-vote'>"},
    {"body": "<time datetime='2025-01-01T08:00:00Z'>8:00 AM</time>" + BODY},  # the day only in the markup
])
def test_a_first_of_january_the_page_writes_out_is_the_publication_date(shown):
    assert read(_undated(**shown)).published == "2025-01-01"


def test_near_miss_a_month_in_the_address_is_no_first_of_january():
    head = "<link rel='canonical' href='https://eastfield.example/2025/01/pier-vote'>"
    assert read(_undated(head)).published != "2025-01-01"


def test_near_miss_a_years_time_element_is_no_first_of_january():
    assert read(_undated(body="<p>Founded <time datetime='2019'>2019</time></p>" + BODY)).published is None


# --- the paywall warning ---


def _marked_part(**article: object) -> str:
    return json_ld({"@context": "https://schema.org", "@type": "NewsArticle", "isAccessibleForFree": False, **article,
                    "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"}})


def test_no_paywall_warning_where_the_text_is_the_whole_body_the_page_declares():
    """A teaser, the marked part empty, the whole article in articleBody: the text is the body."""
    body = " ".join(PARAGRAPHS * 2)
    article = read(page(_marked_part(articleBody=body), body=f"<p>{PARAGRAPHS[0]}</p><div class='paywall'></div>"))
    assert article.text.split() == body.split() and article.warnings == []


def test_near_miss_a_short_declared_body_leaves_the_paywall_warning():
    """The body the page declares is its teaser too: the text is the page's, cut at the wall."""
    article = read(page(_marked_part(articleBody=PARAGRAPHS[0]), body=BODY + "<div class='paywall'></div>"))
    assert len(article.warnings) == 1 and "paywalled" in article.warnings[0]


# --- news lines that read as a paywall's prompt ---


@pytest.mark.parametrize("line", [
    "Why is Ukraine not already a member? The alliance says its door stays open, the minister told reporters.",
    "This story is available to members of the public at the town library, the council said.",
    "Log in to read your meter online, the water board told residents on Monday.",
])
def test_a_news_line_like_a_paywalls_prompt_stays(line):
    assert line in read(page(body=BODY + f"<p>{line}</p>")).text


@pytest.mark.parametrize("line", ["Want the whole story? Already a member? Sign in.", "Subscribe to read.",
                                  "Already a subscriber?", "This article is for subscribers only."])
def test_a_paywalls_prompt_is_dropped(line):
    assert line not in read(page(body=BODY + f"<p>{line}</p>")).text


# web65's person's name refusing a city's brand ("Austin Monthly"), a strict xfail here: mended by web66
# (tests/test_web66_page_faults.py).


def test_a_thin_page_with_only_a_part_declared_not_free_says_it_is_paywalled():
    """web65's paywalled: the article declared free as a whole, its hasPart not (Google's markup for a
    metered section)."""
    head = json_ld({"@context": "https://schema.org", "@type": "NewsArticle",
                    "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".rest"}})
    article = read(page(head, body=f"<p>{PARAGRAPHS[0]}</p>"))
    assert article.skip.type == "ThinPage" and "paywalled" in article.skip.message
