"""A given name the recogniser left out before the surname it tagged a person.

'"…," said Paloma Wu, legal director for …': the small model tags only "Wu" a person, so the
whole article named her "Wu". An untagged singular proper noun right before a surname tagged a
person alone is the given name when it passes the checks an unlisted first name already passes
("Nkechi Okonjo": never written in lower case in the article, no title, day or place); a
title's plural ("Professors Foner and Alba") and the given name of someone the article names in
full ("Crazy Bernie" beside "Bernie Sanders", "Morning Joe" beside "Joe Scarborough") are not.
Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from newsmine.nlp.quotes import find_quotes


def _read(nlp, headline: str, body: str) -> tuple[list[str | None], list[str]]:
    """The speaker names of the quotes and the names of the people of an article."""
    doc = nlp(headline + "\n" + body + "\n")
    people = [e["name"] for e in doc._.newsmine_entities if e["label"] == "PERSON"]
    return [q.speaker_name for q in find_quotes(doc)], people


@pytest.mark.parametrize(
    ("headline", "body", "name"),
    [
        (
            "Court blocks state law.",
            (
                '"The fear is greater here than in other places," said Paloma Wu, legal director for the state civil '
                "liberties union. Wu said the group would appeal."
            ),
            "Paloma Wu",
        ),
        (
            "Tech firms pressed on extremist videos.",
            (
                "\"When they say they cannot do this, I don't believe it,\" said Hany Farid, a computer scientist at the "
                "university. Mr. Farid said the same tools could find the videos."
            ),
            "Hany Farid",
        ),
    ],
)
def test_the_given_name_joins_the_tagged_surname(nlp, headline, body, name):
    speakers, people = _read(nlp, headline, body)
    assert speakers and all(speaker == name for speaker in speakers), speakers
    assert name in people, people


def test_a_titles_plural_is_no_given_name(nlp):
    """Guard: 'Professors Foner and Alba said': 'Professors' is no first name."""
    _, people = _read(nlp, "Storm batters coast.", "Professors Foner and Alba said the town was unprepared. Foner said the levee failed.")
    assert "Professors Foner" not in people, people


@pytest.mark.parametrize(
    "body",
    [
        (
            "The Morning Joe hosts Joe Scarborough and Mika Brzezinski mocked the plan on Monday. Scarborough said the "
            'plan was "dead on arrival."'
        ),
        'Trump told the crowd that Crazy Bernie would raise taxes. Bernie Sanders said Trump was "a fraud."',
    ],
)
def test_a_nickname_before_a_given_name_is_no_person(nlp, body):
    """Guard: the word after is the given name of someone named in full in the article."""
    _, people = _read(nlp, "Campaign trail.", body)
    assert not any(name in ("Morning Joe", "Crazy Bernie") for name in people), people
