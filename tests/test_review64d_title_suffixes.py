"""A <title>'s bare last part taken as a brand (newuser64) where the page's headline is shown alone:
the parts that are no brand though they read as one, a place, a section the page declares or names
by a word of sections, and the brands beside them that stay (review64d). Invented pages only."""

from __future__ import annotations

import pytest

from tests.test_html import page, read

_HEADLINE = "Harbour board votes to rebuild ferry pier"


@pytest.mark.parametrize("place", [
    "Fort Lauderdale",  # a place's shape: a first word of places
    "Orange County",  # a last word of places
    "Miami",  # a listed city
    "Texas",  # a listed state
    "The Bahamas",  # a listed country, with its article
    "Middle East",  # a region
])
def test_a_place_as_the_titles_last_part_is_no_outlet(place):
    assert read(page(f"<title>{_HEADLINE} | {place}</title>", h1=_HEADLINE)).outlet is None


@pytest.mark.parametrize("section", ["Transport", "Real Estate", "Food &amp; Drink", "Crime", "US", "Sponsored",
                                     "Newsletter", "Monday", "Part II", "Q&amp;A", "Español"])
def test_a_sections_name_as_the_titles_last_part_is_no_outlet(section):
    assert read(page(f"<title>{_HEADLINE} - {section}</title>", h1=_HEADLINE)).outlet is None


@pytest.mark.parametrize("head", [
    '<meta property="article:section" content="Ask Amy">',
    '<script type="application/ld+json">{"@type": "NewsArticle", "articleSection": ["Local", "Ask Amy"]}</script>',
])
def test_the_section_the_page_declares_is_no_outlet(head):
    """A column's name ("Ask Amy") reads as a brand; the page names it its section."""
    assert read(page(f"<title>{_HEADLINE} | Ask Amy</title>{head}", h1=_HEADLINE)).outlet is None


@pytest.mark.parametrize("brand", [
    "Gothamist", "POLITICO", "The Verge",
    "The Atlantic",  # an ocean, not a listed place
    "The Nation",  # "nation" names no kind of page
    "Law & Crime",  # a brand of section words but one
    "Cityside",  # "city" begins a word, not a place's last word
    "POLITICO Europe", "Middle East Eye",  # a brand and a region
])
def test_near_miss_brands_beside_places_and_sections_stay(brand):
    assert read(page(f"<title>{_HEADLINE} | {brand}</title>", h1=_HEADLINE)).outlet == brand


@pytest.mark.xfail(strict=True, reason="a brand shaped as a place's name (its first word Port, Fort, Lake…) is "
                                       "refused with the places: no outlet rather than a place for one")
def test_a_brand_whose_first_word_begins_places_names():
    assert read(page(f"<title>{_HEADLINE} | Port Authority Watch</title>", h1=_HEADLINE)).outlet == "Port Authority Watch"


def test_near_miss_a_declared_section_other_than_the_suffix_leaves_the_brand():
    head = f'<title>{_HEADLINE} | Gothamist</title><meta property="article:section" content="Transport">'
    assert read(page(head, h1=_HEADLINE)).outlet == "Gothamist"


def test_a_part_the_page_declares_as_its_headline_is_no_outlet():
    """A site's name first and a short headline in title case after it: the og:title says which is which."""
    head = ("<title>Gothamist | Mayor Resigns Amid Scandal</title>"
            '<meta property="og:title" content="Mayor Resigns Amid Scandal">')
    assert read(page(head, h1="Mayor Resigns Amid Scandal")).outlet is None


def test_near_miss_a_logo_in_an_h1_beside_the_headlines_leaves_the_brand():
    """Sites put their logo in an <h1>: an <h1> equal to the part says nothing."""
    head = "<title>Mayor Resigns Amid Scandal | Gothamist</title>"
    assert read(page(head, h1="Gothamist</h1><h1>Mayor Resigns Amid Scandal")).outlet == "Gothamist"


def test_a_short_title_case_headline_after_the_sites_name_with_two_h1s():
    """A strict xfail until web65: the headline was the outlet. The logo's <h1> comes first: the
    site's name is the outlet and the later <h1> the title (sites._leading_brand)."""
    head = "<title>Gothamist | Mayor Resigns Amid Scandal</title>"
    article = read(page(head, h1="Gothamist</h1><h1>Mayor Resigns Amid Scandal"))
    assert (article.outlet, article.title) == ("Gothamist", "Mayor Resigns Amid Scandal")


# --- the address's name as the title spells it (newuser64), whole before begun ---


def test_the_part_spelling_the_whole_address_wins_over_a_section_beginning_it():
    """A town's section before the town's paper: 'Eastfield' begins 'eastfieldtimes', 'Eastfield Times' spells it."""
    head = (f"<title>{_HEADLINE} | Eastfield | Eastfield Times</title>"
            '<link rel="canonical" href="https://www.eastfieldtimes.com/pier">')
    assert read(page(head, h1=_HEADLINE)).outlet == "Eastfield Times"


def test_a_declared_name_equal_to_the_address_is_respelled_only_whole():
    """'News' begins 'newsweek' but is a section: the declared 'Newsweek' stays."""
    head = (f'<title>{_HEADLINE} | News</title><meta property="og:site_name" content="Newsweek">'
            '<link rel="canonical" href="https://www.newsweek.com/pier">')
    assert read(page(head, h1=_HEADLINE)).outlet == "Newsweek"


def test_near_miss_a_title_part_beginning_the_address_still_names_it_without_a_whole_one():
    """'Nation' for nationnews.com, where no part spells it whole (the host's own reading, kept)."""
    head = f'<title>{_HEADLINE} | Nation</title><link rel="canonical" href="https://www.nationnews.com/pier">'
    assert read(page(head, h1=_HEADLINE)).outlet == "Nation"


def test_a_declared_name_that_is_the_address_label_takes_the_titles_spelling():
    """'Timesofisrael' (trafilatura makes its sitename so from the host; a site may declare it) is
    written as the title spells the same letters (newuser64's respelling; this pins it)."""
    head = (f'<title>{_HEADLINE} | The Times of Israel</title><meta property="og:site_name" content="Timesofisrael">'
            '<link rel="canonical" href="https://www.timesofisrael.com/pier">')
    assert read(page(head, h1=_HEADLINE)).outlet == "The Times of Israel"


# --- the site signing its articles: no person's name ---


@pytest.mark.parametrize("head", [
    '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Gothamist"}}'
    '</script>',
    '<meta name="author" content="Gothamist Staff">',
    '<meta name="author" content="gothamist newsroom">',
])
def test_a_site_signing_with_its_own_name_keeps_its_brand(head):
    """The person guard (newuser64) took the site's own signature for a person's name."""
    assert read(page(f"<title>{_HEADLINE} | Gothamist</title>{head}", h1=_HEADLINE)).outlet == "Gothamist"


@pytest.mark.parametrize("head", [
    '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Maria Lopez"}}'
    '</script>',
    '<meta name="author" content="Maria Lopez, staff">',  # a person, then a role: still her name
])
def test_near_miss_a_person_signing_keeps_the_guard(head):
    assert read(page(f"<title>{_HEADLINE} | Maria Lopez</title>{head}", h1=_HEADLINE)).outlet is None
