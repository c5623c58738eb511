"""A quotation whose speaker is named only in the sentence after it, which takes it up again
with a demonstrative ('"…" ¶ That is how Maria Ortega describes the night the river rose.',
'Those were the words of …'): feature writing's way of opening a story (probe46a). Every text
here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize(
    ("text", "snippet", "name"),
    [
        (
            (
                "The night the river rose\n\n"
                '"The water came under the door first, very quietly. By the time I found the flashlight, it was at '
                'my knees."\n\n'
                "That is how Rosa Delgado, 61, describes the night the Arden River rose nine feet in five hours.\n"
            ),
            "came under the door",
            "Rosa Delgado",
        ),
        (
            (
                "Harbor vote\n\n"
                "Councilman Ed Pryce said the vote was a mistake.\n\n"
                '"We will not let this harbor become a parking lot for cruise ships."\n\n'
                "Those were the words of Mayor Lena Holt, who spoke for twenty minutes before the vote.\n"
            ),
            "parking lot for cruise ships",
            "Lena Holt",
        ),
        (
            (
                "Final whistle\n\n"
                '"We played like a team that had forgotten how to lose." That was how coach Ben Arliss put it after '
                "Saturday's win.\n"
            ),
            "forgotten how to lose",
            "Ben Arliss",
        ),
    ],
    ids=["describes", "words-of-after-another-speaker", "put-it"],
)
def test_a_quotation_taken_up_by_the_next_sentence_is_its_speakers(pipeline, text, snippet, name):
    assert speaker_of(pipeline.analyze(text), snippet).name == name


def test_a_negated_take_up_names_no_speaker(pipeline):
    # 'That is not how …' denies the description: the named person did not say it
    text = (
        "Storm night\n\n"
        '"The sirens never sounded, not once, in the whole of the east side of town."\n\n'
        "That is not how county manager Dale Whit describes the night.\n"
    )
    quotes = [q for q in pipeline.analyze(text).quotes if "sirens never sounded" in q.text]
    assert all(q.speaker is None or q.speaker.name != "Dale Whit" for q in quotes)
