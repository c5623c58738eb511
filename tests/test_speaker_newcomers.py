"""A plural description of people followed by a conjunction of people first named as the
subject of the next sentences ("Two of the Republicans … have released their totals. Tom
Brandt and Sen. Ida Moss raised …") is that group, given as its first member; not people
named next who do not speak, after an uncounted group.

Every article here is invented for newsmine; each test asserts the resolved name of the
quote that matters, checked by reading the text.
"""

from __future__ import annotations

from tests.conftest import speaker_of


def test_a_counted_group_is_the_first_of_the_people_named_next(pipeline):
    text = (
        "Money race heats up\n\n"
        "Clinton raised $38 million, according to her campaign. Two of the Republicans seeking the "
        "nomination have released their totals. Tom Brandt and Sen. Ida Moss raised $23 million and $20 million.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "their totals").name == "Tom Brandt"


def test_a_group_is_the_first_of_the_people_who_speak_next(pipeline):
    text = (
        "Court fight\n\n"
        "Legislative leaders in Ohio noted that the panel was made up of judges named by Democrats. "
        '"We can only wonder what the intent is," state Senate leader Ida Moss and House Speaker Tom '
        "Berg said in a statement.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "the panel was made up").name == "Ida Moss"


def test_a_group_is_not_people_named_next_who_do_not_speak(pipeline):
    text = (
        "Court fight\n\n"
        "Republicans in Ohio said the panel was biased. Later that day, Ida Moss and Tom Berg met the governor.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "the panel was biased").name != "Ida Moss"
