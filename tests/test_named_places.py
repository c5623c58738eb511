"""A place's name set off after the statement's place noun is no speaker
(:mod:`newsmine.nlp.attribution.sources.named_places`, extract65). Invented sentences; the
fixed case gave the speaker 'Ames' and stopped the content before ', Ames' before the rules."""

from __future__ import annotations

import pytest

from tests.conftest import only_quote, only_speaker_text


def test_name_of_a_place_noun_is_not_the_speaker(pipeline):
    quote = only_quote(pipeline, "Votes were counted by hand in the county seat, Ames, the clerk's office said.")
    assert quote.speaker is not None and quote.speaker.text == "the clerk's office"
    assert quote.text.startswith("Votes were counted by hand in the county seat")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a person's description before the name, or the name before its description: the name speaks
        ("The match was a disgrace, the referee, Tom Wade, said.", "Tom Wade"),
        ("The race was a mess, Jo Lane, the organizer, said.", "Jo Lane"),
        # the place named, the speaker inverted after the cue
        ("The plant will close in the town, Ames, said Jo Lane, the mayor.", "Jo Lane"),
        # the parse already reads the place as the statement's
        ("Power was restored overnight in the capital, Kabul, the ministry said on Sunday.", "the ministry"),
        # a person's description after the place noun, no name of the place
        ("The storm hit the capital, the mayor, Jo Lane, said.", "Jo Lane"),
        # review65d: a person's name after the place noun, its description set off before the cue:
        # the name speaks (extract65 gave 'the fire chief' and ran the content over 'Jo Lane')
        ("Water reached homes across the town, Jo Lane, the fire chief, said.", "Jo Lane"),
        ("Power was cut across the province, Sam Ito, a spokesman for the utility, told reporters.", "Sam Ito"),
    ],
)
def test_name_after_a_persons_description_stays_the_speaker(pipeline, text, speaker):
    assert only_speaker_text(pipeline, text) == speaker


def test_name_of_a_place_before_a_cue_after_it_is_not_the_speaker(pipeline):
    """'Kabul' was the speaker before :func:`~newsmine.nlp.attribution.sources.named_places.
    speaker_after_named_place` (a cue after its speaker, its content after it)."""
    quote = only_quote(pipeline, "In the capital, Kabul, a ministry spokesman said the talks had failed.")
    assert quote.speaker is not None and quote.speaker.text == "a ministry spokesman"


def test_content_holds_the_places_name(pipeline):
    """The name is no part of the reported clause's parse: the content stopped at 'seat' before
    :func:`~newsmine.nlp.attribution.sources.named_places.with_named_place`."""
    quote = only_quote(pipeline, "Votes were counted by hand in the county seat, Ames, the clerk's office said.")
    assert quote.text == "Votes were counted by hand in the county seat, Ames"
