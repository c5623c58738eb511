"""Speaker names of session 48's tenth blind sample of name sources (names48b): its two errors, both
shapes seen once in the sample and once (the same quote) on all of train, so left unfixed as strict
xfails, beside the nearby shape that already resolves. Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.test_names44_parenthetical_cues import _quotes

_POLL_AVERAGE = (
    "Governor Ames leads Senator Pruitt by 7 points, 41%-34%, in the RealClearPolitics average of recent {} polls."
)


@pytest.mark.parametrize(
    "place",
    [
        "Indiana",  # the shape that works: the state's name after "of recent" is a place, not a person
        # a state's nickname demonym before "polls" ('Hoosier', tagged PERSON by the parser): a
        # strict xfail from names48b to names65, which relabels it a people's word
        "Hoosier",
    ],
)
def test_a_poll_average_cited_with_in_speaks_for_its_publisher(nlp, place):
    quotes = _quotes(nlp, _POLL_AVERAGE.format(place))
    assert any(cue == "in" and name == "RealClearPolitics" for _, cue, name in quotes), quotes


@pytest.mark.xfail(
    strict=True,
    reason="names48b: a scripture reference ('Isaiah 41:10 says: \"...\"') gets no speaker name: the "
    "chapter and verse parse as a number and the book's name is not taken with them; once on all of train. "
    "seen49, left: the gold's referent is the reference itself, a mention the recogniser never makes (a list of "
    "books before chapter:verse would be a new entity kind for one train quote)",
)
def test_a_quoted_bible_verse_speaks_as_its_reference(nlp):
    text = (
        "The preacher asked the crowd to open their Bibles. Isaiah 41:10 says: "
        '"Do not fear the storm, for the harbor stands."'
    )
    quotes = _quotes(nlp, text)
    assert any(
        content.startswith("Do not fear") and (name or "").startswith("Isaiah") for content, _, name in quotes
    ), quotes
