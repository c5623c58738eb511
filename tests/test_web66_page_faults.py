"""web66's mends of web pages' metadata, each beside the near miss it must leave alone: a city's
paper whose city is a first name, a logo's <h1> after the headline's, a month read as its first
day, and bylines of shapes users meet (three names with a serial comma, a role, capitals, an
agency, a page in Spanish). Invented pages only (the page shape of tests/test_html.py)."""

from __future__ import annotations

import lxml.html
import pytest

from newsmine.records import Status
from tests.test_html import BODY, page, read

_UNDATED_TITLE = "<title>Harbour board votes to rebuild ferry pier</title>"


# --- a city's paper or magazine whose city is also a first name ---


@pytest.mark.parametrize("brand", ["Austin Monthly", "Victoria Advocate", "Dallas Voice", "Jackson Free Press",
                                   "Tyler Morning Telegraph", "Eugene Weekly"])
def test_a_citys_paper_whose_city_is_a_first_name_is_the_outlet(brand):
    assert read(page(f"<title>Why the levy failed - {brand}</title>", h1="Why the levy failed")).outlet == brand


@pytest.mark.parametrize("person", ["Austin Reed", "Jackson Browne", "Tyler Hayes", "Eugene Park"])
def test_near_miss_a_persons_name_after_the_headline_stays_no_outlet(person):
    assert read(page(f"<title>Why the levy failed - {person}</title>", h1="Why the levy failed")).outlet is None


# --- the logo's <h1> after the headline's, told by its markup ---


def _logo_after(title: str, headline: str, logo: str) -> str:
    """A page whose headline's <h1> is in the article and whose logo's <h1> (``logo``: markup) comes after it."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>
<main><article><h1>{headline}</h1>{BODY}</article></main>
{logo}
<footer><p>Copyright 2025. All rights reserved.</p></footer></body></html>"""


_HEADLINE = "Mayor Resigns Amid Scandal"
_MARKED_LOGOS = [
    '<div class="site-branding"><h1 class="site-title"><a href="/" rel="home">Gothamist</a></h1></div>',
    '<h1><a href="https://gothamist.example/">Gothamist</a></h1>',
    '<div id="masthead"><h1>Gothamist</h1></div>',
]


@pytest.mark.parametrize("logo", _MARKED_LOGOS)
def test_the_sites_name_last_with_its_logos_h1_after_the_headlines_is_the_outlet(logo):
    """The mirror of web65's logo case: the headline's <h1> first, the logo's after it. By their order
    the headline was the logo and the outlet; the logo's markup says which is which."""
    article = read(_logo_after(f"{_HEADLINE} | Gothamist", _HEADLINE, logo))
    assert (article.outlet, article.title) == ("Gothamist", _HEADLINE)


@pytest.mark.parametrize("logo", _MARKED_LOGOS)
def test_the_sites_name_first_with_its_logos_h1_after_the_headlines_is_the_outlet(logo):
    """web65's case with the two <h1>s the other way round: the markup decides, not their order."""
    article = read(_logo_after(f"Gothamist | {_HEADLINE}", _HEADLINE, logo))
    assert (article.outlet, article.title) == ("Gothamist", _HEADLINE)


@pytest.mark.parametrize("label", ["Opinion", "Miami"])
@pytest.mark.parametrize("title", ["{headline} | {label}", "{label} | {headline}"])
def test_a_section_or_place_marked_as_the_logo_is_no_outlet(label, title):
    """The markup says which <h1> is the header's; the guards on what a brand may be still hold (by the
    <h1>s' order alone the headline was the outlet in each)."""
    logo = f'<h1 class="site-title"><a href="/">{label}</a></h1>'
    assert read(_logo_after(title.format(headline=_HEADLINE, label=label), _HEADLINE, logo)).outlet is None


def _marked_as_logo(markup: str) -> bool:
    from newsmine.readers.webpage_meta.visible import _marked_as_logo  # web66's: here, so main collects the file

    return _marked_as_logo(next(lxml.html.fromstring(f"<html><body>{markup}</body></html>").iter("h1")))


@pytest.mark.parametrize("markup", [
    '<h1 class="site-title">Gothamist</h1>', '<h1 class="header-logo">Gothamist</h1>',
    '<header class="masthead"><div><h1>Gothamist</h1></div></header>',
    '<h1><a rel="home" href="/en">Gothamist</a></h1>',
    '<h1><a href="/">Gothamist</a></h1>', '<h1><a href="https://gothamist.example">Gothamist</a></h1>',
    '<div class="navbar-brand"><h1>Gothamist</h1></div>',
])
def test_an_h1_marked_as_the_sites_logo(markup):
    assert _marked_as_logo(markup)


@pytest.mark.parametrize("markup", [
    '<h1 class="entry-title">Mayor Resigns Amid Scandal</h1>',
    '<h1><a href="/2025/03/mayor-resigns">Mayor Resigns Amid Scandal</a></h1>',
    '<h1><a href="/?p=123">Mayor Resigns Amid Scandal</a></h1>', '<h1><a href="#top">Mayor Resigns</a></h1>',
    '<h1><a href="">Mayor Resigns</a></h1>',
    # The article's own marks are not the header's: a sponsor's "brand" article holds a headline.
    '<header class="masthead"><article class="brand-partner"><h1>Mayor Resigns</h1></article></header>',
    '<h1 class="branded-story-title">Mayor Resigns</h1>',
])
def test_near_miss_a_headlines_h1_is_no_logo(markup):
    assert not _marked_as_logo(markup)


# --- htmldate's month read as its first day ---


def _undated(head: str = "", body: str = BODY) -> str:
    """A page with no declared or shown date and no copyright year."""
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body><article>" \
           f"<h1>Harbour board votes to rebuild ferry pier</h1>{body}</article></body></html>"


def test_a_month_in_the_address_is_no_first_of_the_month():
    """htmldate read "/2025/03/" as 2025-03-01; the month alone is not kept (published is a day)."""
    head = "<link rel='canonical' href='https://eastfield.example/2025/03/pier-vote'>"
    assert read(_undated(head)).published is None


@pytest.mark.parametrize("shown", [
    {"head": "<link rel='canonical' href='https://eastfield.example/2025/03/01/pier-vote'>"},
    {"body": "<p>Posted March 1, 2025</p>" + BODY},  # in no date element
    {"body": "<time datetime='2025-03-01T08:00:00Z'>8:00 AM</time>" + BODY},
])
def test_near_miss_a_first_of_the_month_the_page_writes_out_stays(shown):
    assert read(_undated(**shown)).published == "2025-03-01"


def test_near_miss_a_day_in_the_address_is_the_date():
    head = "<link rel='canonical' href='https://eastfield.example/2025/03/11/pier-vote'>"
    assert read(_undated(head)).published == "2025-03-11"


# --- bylines users meet ---


def _byline(line: str) -> list[str]:
    return read(page(_UNDATED_TITLE, body=f'<p class="byline">{line}</p>' + BODY)).authors


def test_three_authors_with_a_serial_comma_are_all_read():
    """newsmine's byline rules ended the list at ", and": the last name was lost."""
    assert _byline("By Ana Ruiz, Tom Okafor, and Lee Park") == ["Ana Ruiz", "Tom Okafor", "Lee Park"]


@pytest.mark.parametrize("line, authors", [
    ("By Ana Ruiz, Tom Okafor and Lee Park", ["Ana Ruiz", "Tom Okafor", "Lee Park"]),
    ("By Ana Ruiz and Lee Park", ["Ana Ruiz", "Lee Park"]),
    ("By Ana Ruiz, Staff Writer", ["Ana Ruiz"]),
    ("By ANA RUIZ", ["Ana Ruiz"]),
    ("By Ana Ruiz, Associated Press", ["Ana Ruiz"]),
    ("By The Associated Press", ["The Associated Press"]),  # an agency alone is the byline
    ("By Parker Lee", ["Parker Lee"]),  # "Par" is a lead-in only as a word of its own
    ("By Ana Ruiz y Lee", ["Ana Ruiz y Lee"]),  # "y" is "and" only after a Spanish lead-in
])
def test_near_miss_bylines_of_shapes_users_meet(line, authors):
    assert _byline(line) == authors


@pytest.mark.parametrize("line, authors", [
    ("Por Ana Ruiz", ["Ana Ruiz"]), ("Por Ana Ruiz y Tomás Okafor", ["Ana Ruiz", "Tomás Okafor"]),
    ("Par Marie Dubois et Luc Martin", ["Marie Dubois", "Luc Martin"]),
])
def test_a_spanish_or_french_lead_in_is_no_part_of_the_name(line, authors):
    assert _byline(line) == authors


def test_a_date_only_in_the_address_is_the_publication_date():
    head = _UNDATED_TITLE + "<link rel='canonical' href='https://eastfield.example/news/2025-03-11/pier-vote'>"
    assert read(page(head)).published == "2025-03-11"


_SPANISH = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">
<title>La junta del puerto vota reconstruir el muelle | El Diario de Eastmere</title></head><body><article>
<h1>La junta del puerto vota reconstruir el muelle</h1><p class="byline">Por Ana Ruiz</p>
<time datetime="2025-03-11">11 de marzo de 2025</time>
<p>La junta del puerto de Eastmere votó el martes a favor de reconstruir el viejo muelle del ferri, poniendo fin a
una disputa sobre los costos que había durado seis años.</p>
<p>"Por fin estamos listos para empezar", dijo María Reyes, presidenta de la junta, después de la votación. "El
pueblo ha esperado lo suficiente."</p>
<p>Las obras comenzarán en mayo y durarán dos años. La junta dijo que el nuevo muelle llevará el doble de pasajeros
que el antiguo, que cerró en 2019 tras una tormenta de invierno.</p>
<p>Los comercios locales celebraron la decisión. Tomás Okafor, que tiene un café cerca del puerto, dijo que el muelle
era la razón por la que la mayoría de los visitantes venía al pueblo.</p></article></body></html>"""


def test_a_page_in_spanish_is_recorded_with_its_language_and_its_author_without_por(pipeline):
    article = read(_SPANISH)
    assert (article.title, article.authors, article.published) == (
        "La junta del puerto vota reconstruir el muelle", ["Ana Ruiz"], "2025-03-11")
    [record] = pipeline.process([article])
    assert record.language == "es" and record.status is Status.skipped and record.error.type == "OtherLanguage"


def test_near_miss_a_headline_in_a_marked_header_without_the_sites_h1_keeps_the_site_last():
    """The markup decides between two <h1>s only: a theme's post title inside its "masthead" header,
    the site's name in no <h1>, leaves the title's last part the site's, as before."""
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_HEADLINE} | Gothamist</title>
</head><body><header id="masthead"><h1>{_HEADLINE}</h1></header><main><article>{BODY}</article></main></body></html>"""
    assert read(html).outlet == "Gothamist"
