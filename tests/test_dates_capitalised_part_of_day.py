"""A part of day written capitalised and alone is no date
(:func:`newsmine.nlp.dates.not_dates._capitalised_part_of_day_alone`, review65c): a painting's
title opening a lede ('“Morning at Honfleur,” a harbor scene …', probe65's auction, read as the
publication day's morning), a programme's name, a noun opening a sentence. Invented sentences
against a Monday date line (Feb. 8, 2016); each fixed article gave a date 'Morning' 2016-02-08TMO
before the rule."""

from __future__ import annotations

import pytest

from newsmine.nlp.dates.not_dates import _capitalised_part_of_day_alone

_DATED = "By Erin Castillo\n\nFebruary 8, 2016\n\n{text}\n"


def _dates(pipeline, text):
    record = pipeline.analyze(_DATED.format(text=text))
    return [(d.text, d.value) for d in record.dates if d.text != "February 8, 2016"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("NEW YORK — “Morning at Honfleur,” a harbor scene by the French painter Berthe Lavallée, sold for $38.2 "
         "million on Tuesday night, the auction house said.", [("Tuesday night", "2016-02-02TNI")]),
        ("Morning came slowly to the flooded town on Tuesday.", [("Tuesday", "2016-02-02")]),
    ],
)  # fmt: skip
def test_a_capitalised_part_of_day_alone_is_no_date(pipeline, text, dates):
    assert _dates(pipeline, text) == dates


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        # a title-cased headline's part of day after its day: the day's
        ("Fire Destroys Warehouse Tuesday Morning\n\nA fire destroyed a warehouse early Tuesday, officials said.",
         "Tuesday Morning"),
        # in lower case, alone or after a determiner: left as it was
        ("The council voted Tuesday evening, and by morning the streets were quiet.", "morning"),
        ("The council will vote this morning on the budget.", "this morning"),
    ],
)  # fmt: skip
def test_a_part_of_day_after_a_day_or_in_lower_case_is_still_a_date(pipeline, text, expression):
    assert expression in [found for found, _ in _dates(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "word", "alone"),
    [
        ('The anchor of "Good Morning America" said Tuesday that she would leave.', "Morning", True),
        ("She listened to “Morning Edition” on the way to work.", "Morning", True),
        ("Night fell over the valley.", "Night", True),
        ("Storm Hits Coast Sunday Night", "Night", False),
        ("Council Meets This Evening", "Evening", False),
        ("Talks Resume Early Afternoon", "Afternoon", False),
        ("by morning the streets were quiet", "morning", False),
        ("Overnight, the storm moved east.", "Overnight", False),  # an adverb opening a sentence: when
    ],
)
def test_which_parts_of_day_stand_alone_capitalised(text, word, alone):
    start = text.index(word)
    assert _capitalised_part_of_day_alone(text, start, start + len(word)) is alone
