"""A kept content ends before ', and she asked …' when the pronoun repeats the cue's subject,
not without the comma.
Every text here is invented for newsmine (attribution/reporter_conjuncts.py)."""

from __future__ import annotations

import pytest


def _contents(pipeline, text: str) -> list[str]:
    return [q.text for q in pipeline.analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Whitman vows jobs bill\n\nWhitman closed with a promise she has made before. She said that if elected "
            "she would sign a jobs bill in her first 100 days, and she asked the crowd to hold her to it.\n",
            "if elected she would sign a jobs bill in her first 100 days",
        ),
        (
            "Levy vote\n\nMayor Tom Reyes spoke at the dock. He said that if the levy passed he would build a new "
            "pier, and he asked the council to back it.\n",
            "if the levy passed he would build a new pier",
        ),
    ],
)
def test_a_clause_of_the_source_again_is_the_writers(pipeline, text, content):
    assert content in _contents(pipeline, text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # near miss: without the comma the clause is no aside of the writer's (the gold keeps it as often)
        (
            "Jobs bill\n\nWhitman spoke in Dayton. She said that if elected she would sign a jobs bill in her first "
            "100 days and she asked the crowd to hold her to it.\n",
            "if elected she would sign a jobs bill in her first 100 days and she asked the crowd to hold her to it",
        ),
    ],
)
def test_a_clause_joined_without_a_comma_stays(pipeline, text, content):
    assert content in _contents(pipeline, text)
