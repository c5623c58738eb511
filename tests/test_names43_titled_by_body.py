"""A person a body's title names is the speaker, not the body: 'The Council on Foreign Trade
President Ana Ruiz said'. The parse makes the body's head the subject and hangs the rest of the
phrase on the body's preposition, the person's name its object, so the speaker was 'The
Council' (named the body) or the whole phrase resolved to the body ('The National Association
of Boat Builders Chief Economist Tom Reyes' -> the association). Every text here is invented for
newsmine."""

from __future__ import annotations

import pytest

from newsmine.nlp.quotes import find_quotes


def _speakers(nlp, text: str) -> list[tuple[str | None, str | None]]:
    """(speaker mention, speaker name) of each quote the whole pipeline keeps for ``text``."""
    doc = nlp(text + "\n")
    return [(q.speaker.text if q.speaker is not None else None, q.speaker_name) for q in find_quotes(doc)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('The Council on Foreign Relations President Richard Haass said the deal was "fragile."', "Richard Haass"),
        ('Council on Foreign Relations President Richard Haass said the deal was "fragile."', "Richard Haass"),
        (
            'The National Association of Home Builders Chief Economist Robert Dietz said prices "will keep rising."',
            "Robert Dietz",
        ),
        ('Alliance for Safe Streets Executive Director Maria Vance said the law was "overdue."', "Maria Vance"),
        (
            'The Council on Arab-American Relations National Executive Director Nadia Haddad says in a statement that the plan is "inciting violence."',
            "Nadia Haddad",
        ),
    ],
)
def test_the_person_the_body_titles_speaks(nlp, sentence, name):
    speakers = _speakers(nlp, sentence)
    assert speakers, sentence
    assert speakers[0][1] == name, speakers


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # guards: no title before the name, or a body with no preposition, read as before
        ('Friends of Maria Vance said the law was "overdue."', "Friends of Maria Vance"),
        ('Federal Reserve Bank of Boston President Susan Collins said rates "may stay high."', "Susan Collins"),
        ('Acme Foods Senior Vice President Tom Reyes said the recall was "a precaution."', "Tom Reyes"),
    ],
)
def test_other_subjects_keep_their_reading(nlp, sentence, name):
    speakers = _speakers(nlp, sentence)
    assert speakers and speakers[0][1] == name, speakers
