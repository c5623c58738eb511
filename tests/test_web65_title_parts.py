"""A saved page's <title> parts that are no outlet, and the one that is (web65): the site's logo and
the headline each in an <h1> with the site's name first; a person's name after the headline (a
personal blog); a headline holding a dot, which trafilatura took for a site's name. Invented pages
only (the page shape of tests/test_html.py)."""

from __future__ import annotations

import pytest

from tests.test_html import page, read

_SHORT = "Mayor Resigns Amid Scandal"  # a headline of four capitalised words: it reads as a brand
_HEADLINE = "Harbour board votes to rebuild ferry pier"


def _h1s(*texts: str) -> str:
    """Several <h1>s in page()'s one <h1> slot, in this order."""
    return "</h1><h1>".join(texts)


# --- 1. the logo's <h1> before the headline's ---


@pytest.mark.parametrize("title", [f"Gothamist | {_SHORT}", f"Gothamist - {_HEADLINE}"])
def test_the_sites_name_first_with_its_logo_h1_before_the_headlines_is_the_outlet(title):
    """The later <h1> was taken as the outlet (a short headline) and the logo as the title."""
    headline = title.split(" ", 2)[2]
    article = read(page(f"<title>{title}</title>", h1=_h1s("Gothamist", headline)))
    assert (article.outlet, article.title) == ("Gothamist", headline)


def test_the_sites_name_last_with_its_logo_h1_first_stays_the_outlet():
    """review64d's near miss, unchanged: the brand last, the logo's <h1> first."""
    article = read(page(f"<title>{_SHORT} | Gothamist</title>", h1=_h1s("Gothamist", _SHORT)))
    assert (article.outlet, article.title) == ("Gothamist", _SHORT)


def test_near_miss_a_first_part_without_its_own_h1_is_no_outlet():
    """Only the headline in an <h1>: nothing tells "Gothamist | …" from a headline's first words."""
    article = read(page(f"<title>Gothamist | {_SHORT}</title>", h1=_SHORT))
    assert (article.outlet, article.title) == (None, _SHORT)


def test_near_miss_a_first_part_whose_h1_comes_after_the_headlines_is_no_outlet():
    """The order is the sign: an <h1> below the headline is no logo."""
    assert read(page(f"<title>Eastfield | {_HEADLINE}</title>", h1=_h1s(_HEADLINE, "Eastfield"))).outlet is None


@pytest.mark.parametrize("label", ["Opinion", "Miami", "Live Updates"])
def test_near_miss_a_section_or_place_in_an_h1_before_the_headline_is_no_outlet(label):
    article = read(page(f"<title>{label} | {_SHORT}</title>", h1=_h1s(label, _SHORT)))
    assert article.outlet is None


# --- 2. a person's name after the headline ---


@pytest.mark.parametrize("person", ["Dana Whitcomb", "Maria Lopez", "Tom Ann Okafor"])
def test_a_persons_name_as_the_titles_last_part_is_no_outlet(person):
    """A personal blog's title, no author declared: the name lexicon says it is a person's name."""
    article = read(page(f"<title>Why the levy failed - {person}</title>", h1="Why the levy failed"))
    assert (article.outlet, article.title) == (None, "Why the levy failed")


@pytest.mark.parametrize("brand", [
    "Marie Claire",  # two first names: a brand's shape
    "Al Jazeera",  # a listed outlet
    "Rolling Stone",  # no first name
    "Tom Guide Magazine",  # an outlet's word
    "Jane Austen Society",  # an institution's word
    "Gothamist",  # one word
])
def test_near_miss_brands_beside_persons_names_stay(brand):
    assert read(page(f"<title>Why the levy failed - {brand}</title>", h1="Why the levy failed")).outlet == brand


# --- 3. a headline with a dot is no site name ---


@pytest.mark.parametrize("headline", ["Dr. Lopez on sleep", "St. Anne's school to close"])
def test_a_headline_holding_a_dot_is_not_trafilaturas_site_name(headline):
    """trafilatura's sitename is the first title part holding a dot: the headline was the outlet and
    "Health Desk" the title."""
    article = read(page(f"<title>{headline} - Health Desk</title>", h1=headline))
    assert (article.title, article.outlet) == (headline, "Health Desk")


def test_a_headline_holding_a_dot_without_an_h1_is_kept_whole():
    article = read(page("<title>Dr. Lopez on sleep - Health Desk</title>", h1=""))
    assert (article.title, article.outlet) == ("Dr. Lopez on sleep - Health Desk", None)


def test_near_miss_a_host_name_in_the_title_is_still_trafilaturas_site_name():
    """What trafilatura's rule is for: "… - eastfieldtimes.com" names the site."""
    article = read(page(f"<title>{_HEADLINE} - eastfieldtimes.com</title>", h1=_HEADLINE))
    assert (article.title, article.outlet) == (_HEADLINE, "Eastfieldtimes")


def test_near_miss_a_declared_site_name_with_a_dot_stays():
    head = '<title>Dr. Lopez on sleep - Mr. Sleep Blog</title><meta property="og:site_name" content="Mr. Sleep Blog">'
    article = read(page(head, h1="Dr. Lopez on sleep"))
    assert (article.title, article.outlet) == ("Dr. Lopez on sleep", "Mr. Sleep Blog")
