"""Headline, byline and dateline detection on plain text (no model needed)."""

from __future__ import annotations

import pytest

from newsmine.layout import find_byline, find_dateline, find_headline


@pytest.mark.parametrize(
    ("text", "authors", "outlet"),
    [
        ("Headline\n\nBy Jane Doe\n\nBody text here.", ("Jane Doe",), None),
        ("Headline\n\nBY JANE DOE\n\nBody.", ("Jane Doe",), None),  # all-caps bylines are title-cased
        ("Headline\n\nBy Sofía Martínez and Tom Reed\n\nBody.", ("Sofía Martínez", "Tom Reed"), None),
        ("Headline\n\nBy Ana Ruiz, Reuters\n\nBody.", ("Ana Ruiz",), "Reuters"),
        ("Headline\n\nBy Ana Ruiz, Staff Writer\n\nBody.", ("Ana Ruiz",), None),
        ("Headline\n\nBody text.\n\nMore body.\n\nBy Marcus Bell", ("Marcus Bell",), None),
        ("Headline\r\n\r\nBy Jane Doe\r\n\r\nBody.", ("Jane Doe",), None),
    ],
)
def test_bylines_at_the_start_or_end_give_authors(text, authors, outlet):
    byline = find_byline(text)
    assert byline is not None
    assert byline.authors == authors
    assert byline.outlet == outlet
    assert text[byline.start : byline.end].lstrip().startswith(("By", "BY"))


def test_a_sentence_starting_with_by_is_not_a_byline():
    text = "Headline\n\nBy the end of the week, the council had voted twice on the plan and rejected it both times.\n\nMore."
    assert find_byline(text) is None


def test_byline_in_the_middle_of_a_long_article_is_ignored():
    body = "\n\n".join(f"Paragraph {n} of the story." for n in range(10))
    text = f"Headline\n\n{body[:60]}\n\nBy Jane Doe\n\n{body}"
    assert find_byline(text) is None


def test_headline_is_the_first_line_when_more_text_follows():
    assert find_headline("  Rates rise again\n\nThe central bank raised rates.") == "Rates rise again"
    assert find_headline("Only one line of text.") is None
    assert find_headline("By Jane Doe\n\nBody.") is None


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Headline\n\nBy Jane Doe\n\nMarch 14, 2025\n\nBody.", "2025-03-14"),
        ("Headline\n\nPublished: 14 March 2025 10:32 GMT\n\nBody.", "2025-03-14"),
        ("Headline\n\nUpdated 2025-03-14\n\nBody.", "2025-03-14"),
        ("Headline\n\nThe vote on March 14, 2025 was close.\n\nBody.", None),  # a sentence, not a dateline
        ("Headline\n\nMarch 14\n\nBody.", None),  # no year: not a publication date
    ],
)
def test_a_date_only_line_near_the_top_is_the_publication_date(text, published):
    assert find_dateline(text) == published
