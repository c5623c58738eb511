"""A joint poll written with a slash ("A Daily Ledger/Rock the Vote Youth Poll") stands for its
first partner, as PolNeAR's gold reads a conjunction of authors and as newsmine already reads
"Post-ABC" and a tagged "CNN/ORC" (`speakers/authors._first_partner`, desc65). Invented text."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


def _survey_author(pipeline, poll_sentence: str) -> str | None:
    """The name given to "the survey" that speaks in the sentence after ``poll_sentence``."""
    survey = "What is less certain, the survey shows, is whether they will vote."
    text = f"Outside money floods Ohio race\n\n{poll_sentence} {survey}\n"
    return speaker_of(pipeline.analyze(text), "whether they will vote").name


def test_the_survey_of_a_slash_joined_poll_is_its_first_partner(pipeline):
    # the parse tears the names apart; before: "Vote Youth", a piece of the second partner
    sentence = "A Daily Ledger/Rock the Vote Youth Poll finds a generation that is pragmatic."
    assert _survey_author(pipeline, sentence) == "Daily Ledger"


def test_the_survey_of_two_untagged_pollsters_is_the_first(pipeline):
    sentence = "A Daily Ledger/Harbor Institute poll finds voters split on the levy."
    assert _survey_author(pipeline, sentence) == "Daily Ledger"  # before: Harbor Institute


def test_a_tagged_joint_poll_keeps_its_first_partner(pipeline):
    # near miss: already right before the rule (the recogniser tags both names)
    assert _survey_author(pipeline, "A CNN/ORC poll finds voters split on the levy.") == "CNN"


def test_a_slash_between_places_after_the_poll_is_no_partner(pipeline):
    # near miss: "Ohio/Kentucky voters" are the poll's people, not its authors
    sentence = "A Harbor Institute poll of Ohio/Kentucky voters finds them split on the levy."
    assert _survey_author(pipeline, sentence) == "Harbor Institute"


def test_a_slash_between_the_people_polled_about_is_no_partner(pipeline):
    # near miss: "Ana Ruiz/Tom Hale" names the match-up polled, the "by" phrase its author
    sentence = "A new Ana Ruiz/Tom Hale poll by the Harbor Institute finds voters split on the levy."
    assert _survey_author(pipeline, sentence) == "Harbor Institute"


@pytest.mark.parametrize(
    ("sentence", "first_partner"),
    [
        ("A Rock the Vote/Daily Ledger poll finds voters split on the levy.", "Rock the Vote"),
        ("A Harbor & Main/Granite Institute poll finds voters split on the levy.", "Harbor & Main"),
    ],
)
def test_a_first_partner_with_a_joiner_inside_is_kept_whole(pipeline, sentence, first_partner):
    # review65b: the words before the slash were read up to the first lower-case word or "&":
    # "Vote", "Main" (no entity is tagged here)
    assert _survey_author(pipeline, sentence) == first_partner
