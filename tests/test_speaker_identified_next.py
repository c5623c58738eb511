"""A described speaker whom a later sentence identifies with a copula ('"…," says the study's
lead author, a marine biologist … ¶ The biologist is Ines Vidal.'): that person, the feature
writer's way of giving a name late (probe46a). Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_FESTIVAL = (
    "Harbor festival\n\n"
    '"I have not missed one of these in forty years," said the man in the red cap, waving at the boats.\n\n'
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            (
                "The crabs that keep time\n\n"
                '"I have not missed one of these in forty years," says the study\'s lead author, a marine biologist '
                "who has spent years on the mudflats.\n\n"
                "The biologist is Ines Vidal, and the study, published on Monday, found that the crabs moult by the "
                "moon.\n"
            ),
            "Ines Vidal",
        ),
        (_FESTIVAL + "The man was Tom Reyes, a retired ferry captain.\n", "Tom Reyes"),
    ],
    ids=["apposition-noun", "own-head"],
)
def test_a_description_identified_by_a_later_copula_is_that_person(pipeline, text, name):
    speaker = speaker_of(pipeline.analyze(text), "forty years")
    assert speaker.name == name, (speaker.text, speaker.name)


def test_a_negated_identification_names_no_one(pipeline):
    text = _FESTIVAL + "The man was not Tom Reyes, whom many in the crowd took him for.\n"
    speaker = speaker_of(pipeline.analyze(text), "forty years")
    assert speaker.name != "Tom Reyes", (speaker.text, speaker.name)
