"""Titles read beside a name. A title of nobility ("Duchess of Sussex") written beside a name is
the person's title, so "the duchess said" is hers; "Duke" opening a name ("Duke Bennett", a
mayor) stays the name; a possessive after such a title ends it when the title runs into the
verb ("Duchess of Sussex's charity sent"); a relative clause after an appositive title is no
part of it. Every text here is invented for newsmine (session 42, lead)."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


def _person(record, name):
    return next(e for e in record.entities if e.label == "PERSON" and e.name == name)


@pytest.mark.parametrize(
    ("text", "name", "title", "content"),
    [
        (
            "Meghan, Duchess of Sussex, sent blankets to the shelters on Friday. The duchess said in a "
            "statement that she was heartbroken by the images from the coast.\n",
            "Meghan", "Duchess of Sussex", "heartbroken",
        ),
        (
            "Prince Alexander, the Duke of Rothley, toured the flooded villages on Monday. The duke said "
            "that the army would stay for as long as it was needed.\n",
            "Alexander", "Duke of Rothley", "the army would stay",
        ),
        (
            "Clara Vane, Countess of Ashby's foundation paid for the new roof. The countess said the "
            "hall would reopen in the spring.\n",
            "Clara Vane", "Countess of Ashby", "reopen in the spring",
        ),
    ],
)
def test_a_title_of_nobility_beside_a_name_is_theirs(pipeline, text, name, title, content):
    record = pipeline.analyze(text)
    assert title in _person(record, name).titles
    assert speaker_of(record, content).name == name


def test_duke_opening_a_name_is_no_title(pipeline):
    record = pipeline.analyze(
        "Mayor Duke Bennett said the bridge would reopen next week. Bennett added that crews had "
        "worked through the night.\n"
    )
    assert _person(record, "Duke Bennett")
    assert speaker_of(record, "bridge would reopen").name == "Duke Bennett"


def test_a_possessive_after_a_title_of_a_person_noun_stays(pipeline):
    record = pipeline.analyze(
        "Tom Reyes, the secretary of state's top aide, said the talks would resume on Monday.\n"
    )
    assert "secretary of state's top aide" in _person(record, "Tom Reyes").titles


def test_a_possessive_inside_a_title_closed_by_a_comma_stays(pipeline):
    record = pipeline.analyze(
        "Rep. Elijah Moss, chair of the party's platform drafting committee, said the plank would pass.\n"
    )
    assert "chair of the party's platform drafting committee" in _person(record, "Elijah Moss").titles


@pytest.mark.parametrize(
    "text",
    [
        '"It is a coin flip," said Paul Beck, a political scientist at Ohio State University who has '
        "studied the state's elections for decades.\n",
        "Paul Beck, a political scientist at Ohio State University who has studied the state's elections "
        "for decades, said it was a coin flip.\n",
    ],
)
def test_a_relative_clause_after_an_appositive_title_is_no_part_of_it(pipeline, text):
    assert _person(pipeline.analyze(text), "Paul Beck").titles == ["political scientist at Ohio State University"]


def test_the_first_word_of_a_name_is_no_title_of_it(pipeline):
    # the headline names him in full and the recogniser tags the body's "Bennett" alone, after
    # "Duke": the word his name opens with is no title (a duke is one "of" somewhere)
    record = pipeline.analyze(
        "Profile: Duke Bennett\n\nDuke Bennett said on Tuesday that the bridge would reopen next week.\n"
    )
    assert _person(record, "Duke Bennett").titles == []
