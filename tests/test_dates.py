"""Date normalisation: values checked by hand against a calendar (2025-03-20 is a Thursday)."""

from __future__ import annotations

from datetime import date

import pytest

from newsmine.nlp.dates import classify, normalise

THURSDAY = date(2025, 3, 20)


@pytest.mark.parametrize(
    ("text", "prefer", "expected"),
    [
        ("March 14", "past", "2025-03-14"),
        ("on March 14", "past", "2025-03-14"),
        ("March 14, 2024", "past", "2024-03-14"),
        ("March 2016", "past", "2016-03"),
        ("2016", "past", "2016"),
        ("last year", "past", "2024"),
        ("last month", "past", "2025-02"),
        ("yesterday", "past", "2025-03-19"),
        ("Thursday", "past", "2025-03-20"),  # the publication day itself
        ("Tuesday", "past", "2025-03-18"),
        ("Tuesday", "future", "2025-03-25"),
        ("last Thursday", "past", "2025-03-13"),
        ("next Monday", "past", "2025-03-24"),
        ("Sunday morning", "past", "2025-03-16TMO"),  # TimeML keeps the part of day
        ("December 3", "past", "2024-12-03"),
        ("the 1990s", "past", "199X"),
        ("this summer", "past", "2025-SU"),
        ("the first quarter of 2024", "past", "2024-Q1"),
    ],
)
def test_dates_resolve_against_the_publication_date(text, prefer, expected):
    assert normalise(text, kind="date", published=THURSDAY, prefer=prefer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 14", "XXXX-03-14"),
        ("Dec. 3", "XXXX-12-03"),
        ("September", "XXXX-09"),
        ("2016", "2016"),
        ("March 2016", "2016-03"),
        ("yesterday", None),  # nothing to anchor a relative date to
        ("Tuesday", None),
    ],
)
def test_without_a_publication_date_the_year_stays_unknown(text, expected):
    assert normalise(text, kind="date", published=None) == expected


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("the next two days", "duration", "P2D"),
        ("the past three years", "duration", "P3Y"),
        ("three hours", "duration", "PT3H"),
        ("the next 48 hours", "duration", "PT48H"),
        ("decades", "duration", "PXY"),
        ("nearly two decades", "duration", "P20Y"),
        ("several months", "duration", "PXM"),
        ("the past week", "duration", "P1W"),
        ("last week", "date", None),  # a point in time, not a duration
        ("two years ago", "date", None),
        ("every Monday", "set", "XXXX-WXX-1"),
        ("every spring", "set", "XXXX-SP"),
        ("daily", "set", "P1D"),
    ],
)
def test_durations_and_sets_are_not_dates(text, kind, value):
    assert classify(text, "DATE") == kind
    if value is not None:
        assert normalise(text, kind=kind, published=THURSDAY) == value


def test_clock_times_without_a_day_fall_on_the_publication_day():
    assert classify("3 p.m.", "TIME") == "time"
    assert normalise("3 p.m.", kind="time", published=THURSDAY) == "2025-03-20T15:00"
    assert normalise("3 p.m.", kind="time", published=None) == "T15:00"


def test_tense_decides_which_weekday(pipeline):
    record = pipeline.analyze(
        "The minister resigned on Tuesday. The committee will meet on Tuesday.", published="2025-03-20"
    )
    values = [d.value for d in record.dates if d.text.endswith("Tuesday")]
    assert values == ["2025-03-18", "2025-03-25"]


def test_dates_inside_the_byline_line_are_not_reported(pipeline):
    record = pipeline.analyze("Markets rallied on Monday.\n\nBy Jane Doe, March 3, 2025", published="2025-03-04")
    assert [d.text for d in record.dates] == ["Monday"]
