"""What a demanding user still met after newuser63 (newuser64): a saved page whose <title> ends with
a bare brand ('… - POLITICO') got no outlet; a page's address beat its title's spelling of the same
name ('Timesofisrael' for 'The Times of Israel'); a short logged run promised a progress line a
minute, and a long one gave its first only a minute in. Invented texts only."""

from __future__ import annotations

import io

import pytest

from typer.testing import CliRunner

from newsmine.cli import app
from newsmine.cli.progress import ProgressLine, start_line
from newsmine.batch import RunSummary
from tests.test_html import page, read

runner = CliRunner()

_HEADLINE = "Harbour board votes to rebuild ferry pier"


# --- a saved page whose <title> ends with a bare brand ---


@pytest.mark.parametrize("brand", ["POLITICO", "Gothamist", "The Verge", "HuffPost"])
def test_a_saved_page_whose_title_ends_with_its_brand_gets_it_as_outlet(brand):
    """No listed word (Courier, Times, News…) in the name: the page confirms it by showing its
    headline without it (the <h1>)."""
    article = read(page(f"<title>{_HEADLINE} - {brand}</title>", h1=_HEADLINE))
    assert (article.outlet, article.title) == (brand, _HEADLINE)


def test_the_page_may_confirm_the_brand_with_its_og_title():
    """The <h1> is a section's name here; og:title is the headline alone."""
    head = f'<title>{_HEADLINE} | Gothamist</title><meta property="og:title" content="{_HEADLINE}">'
    assert read(page(head, h1="Local politics")).outlet == "Gothamist"


def test_a_brand_suffix_through_the_command_line(tmp_path):
    (tmp_path / "pier.html").write_text(page(f"<title>{_HEADLINE} - POLITICO</title>", h1=_HEADLINE), encoding="utf-8")
    output = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path / "pier.html"), "-o", str(output), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert '"outlet":"POLITICO"' in output.read_text(encoding="utf-8")


@pytest.mark.parametrize(("title", "h1"), [
    ("Covid-19 – what we know", "Covid-19"),  # a subtitle: not capitalised
    (f"{_HEADLINE} - Opinion", _HEADLINE),  # a section's name
    (f"{_HEADLINE} | Page 2", _HEADLINE),  # a place in a series
    (f"{_HEADLINE} | Page Two", _HEADLINE),
    ("Budget 2025 – Live Updates", "Budget 2025"),  # the kind of page
    (f"{_HEADLINE} | Gothamist", "Ferry fares to rise in May"),  # nothing on the page shows the headline alone
])
def test_a_title_suffix_that_is_no_brand_gives_no_outlet(title, h1):
    assert read(page(f"<title>{title}</title>", h1=h1)).outlet is None


@pytest.mark.parametrize("head", [
    '<meta name="author" content="Maria Lopez">',  # a blog signed with the name its title ends with
    '<meta property="og:type" content="profile">',  # an author's page
])
def test_a_persons_name_as_the_title_suffix_gives_no_outlet(head):
    title = "Latest articles – Maria Lopez"
    assert read(page(f"<title>{title}</title>{head}", h1="Latest articles")).outlet is None


def test_a_persons_name_in_the_byline_is_no_brand_either():
    body = "<p>By Maria Lopez</p>" + "<p>The harbour board voted on Monday to rebuild the ferry pier, its chair said.</p>" * 3
    article = read(page(f"<title>{_HEADLINE} – Maria Lopez</title>", body=body, h1=_HEADLINE))
    assert article.outlet is None


# --- the address's name, as the title spells it ---


@pytest.mark.parametrize(("address", "title", "outlet"), [
    ("https://www.timesofisrael.com/pier", f"{_HEADLINE} | The Times of Israel", "The Times of Israel"),
    ("https://www.theguardian.com/pier", f"{_HEADLINE} | Guardian", "Guardian"),  # the host's "the" aside
])
def test_the_title_spells_the_name_of_the_pages_address(address, title, outlet):
    """Was 'Timesofisrael' and 'Theguardian': the title's letters are the host's but for a 'the'."""
    head = f'<title>{title}</title><link rel="canonical" href="{address}">'
    assert read(page(head, h1=_HEADLINE)).outlet == outlet


def test_a_declared_one_word_name_without_the_titles_spelling_stays():
    """Near misses: a declared name the title does not spell stays as declared ('Vox', not 'VOX');
    a title part that is not the host's name leaves the host's ('Harbourwatch')."""
    declared = (f'<title>{_HEADLINE}</title><meta property="og:site_name" content="Vox">'
                '<link rel="canonical" href="https://www.vox.com/pier">')
    assert read(page(declared, h1=_HEADLINE)).outlet == "Vox"
    other = f'<title>{_HEADLINE} | Eastfield Times</title><link rel="canonical" href="https://harbourwatch.example/pier">'
    assert read(page(other, h1=_HEADLINE)).outlet == "Harbourwatch"


# --- a logged run: what its start line promises, and when its first progress line comes ---


def test_a_logs_first_progress_line_comes_ten_seconds_in_then_a_minute_apart():
    stream, now = io.StringIO(), [0.0]
    progress = ProgressLine(total=50, stream=stream, clock=lambda: now[0])
    for second in range(1, 80):
        now[0] = float(second)
        progress(RunSummary(articles=second // 2, words=second * 100))
    lines = stream.getvalue().splitlines()
    assert [line.split(" | ")[0] for line in lines] == ["newsmine: progress: 5/50 articles",  # 10 s
                                                         "newsmine: progress: 35/50 articles"]  # 70 s


def test_a_short_logged_run_says_only_its_start_line_and_its_summary(tmp_path):
    """A run of seconds: no progress line, and the start line promised none ('while the run lasts')."""
    (tmp_path / "ferry.txt").write_text("The ferry fares will rise in May, the harbour board said on Monday.",
                                        encoding="utf-8")
    output = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path / "ferry.txt"), "-o", str(output), "--workers", "1"])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines[0].endswith("a progress line here 10 seconds in and every minute after while the run lasts, "
                             "the summary at the end")
    assert len(lines) == 2 and lines[1].startswith("1 article in ")


def test_a_start_line_whose_cadence_is_under_ten_seconds_names_it_alone():
    """Near miss: lines every 5 seconds have no separate first one."""
    assert start_line(["-"], "out.jsonl", 5.0).endswith("a progress line here every 5 seconds while the run lasts, "
                                                        "the summary at the end")


def test_a_brand_after_a_section_is_taken_and_a_place_after_a_tagline_is_not():
    """The headline may be followed by a section's name before the brand; a part that reads as no
    name ('News, weather and sport') makes the title a tagline's chain, whose last part is a place."""
    section = read(page(f"<title>{_HEADLINE} | Transport | Gothamist</title>", h1=_HEADLINE))
    assert section.outlet == "Gothamist"
    tagline = read(page(f"<title>{_HEADLINE} | Valley Voice | News, weather and sport | Eastfield</title>", h1=_HEADLINE))
    assert tagline.outlet is None


def test_an_authors_address_naming_the_site_is_no_person():
    """The person guard reads names, not addresses: an author's page on the site's own host."""
    head = (f'<title>{_HEADLINE} - Gothamist</title>'
            '<meta name="author" content="https://gothamist.com/staff/maria-lopez">')
    assert read(page(head, h1=_HEADLINE)).outlet == "Gothamist"
