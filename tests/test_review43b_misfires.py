"""Session 43's last merges read against news beyond politics (review43b): owner43's noun cue
said of an owned noun, and probe43's name given in apposition to "name", misfired on crime,
obituary, sport and arts copy; the guard that stops each. Every text here is invented for
newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


def _quote_holding(record, snippet: str):
    found = [q for q in record.quotes if snippet in q.text]
    assert found, f"no quote holds {snippet!r}: {[q.text for q in record.quotes]}"
    return found[0]


# --- noun_cue_holders._owner_of_noun_said_of: what befalls the owner, or what the owner scores, is no
# communication of theirs; the noun cue completing its 'be' is the writer's reading.


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        (
            "Fraud trial ends in Dover\n\n"
            "Daniel Smith's conviction on Tuesday was a clear warning that insurance fraud does not pay.\n",
            "insurance fraud does not pay",
        ),
        (
            "Swimmer drowns at Kell Point\n\n"
            "His death was a warning that the river is dangerous after heavy rain.\n",
            "the river is dangerous",
        ),
        (
            "Harbour Town 3, Eastvale 0\n\n"
            "Their victory was a statement that the club is back among the league's best.\n",
            "the club is back",
        ),
        (
            "Councillor held after protest\n\n"
            "Councillor Ana Ruiz's arrest was a message that nobody is above the law.\n",
            "nobody is above the law",
        ),
        (
            "Garcia named in World Cup squad\n\n"
            "Luis Garcia's performance against Chile was a statement that he is ready for the World Cup.\n",
            "he is ready for the World Cup",
        ),
    ],
)
def test_an_owned_event_completed_by_a_noun_cue_gives_it_no_speaker(pipeline, text, snippet):
    # the writer's reading: no quote, or one with no speaker (main gave it the owner)
    assert all(q.speaker is None for q in pipeline.analyze(text).quotes if snippet in q.text)


def test_an_owned_tweet_completed_by_a_noun_cue_is_still_the_owners(pipeline):
    text = (
        "Port chief responds to crash\n\n"
        "Harbour master Carla Mendes's first tweet on Sunday was a blunt warning that the ferry was overloaded.\n"
    )
    assert speaker_of(pipeline.analyze(text), "the ferry was overloaded").name == "Carla Mendes"


# --- naming._name_given_by_relative: a name given to someone else is not the speaker's


def test_a_name_given_to_a_band_is_not_the_singers(pipeline):
    text = (
        "Lola cancels two shows\n\n"
        "The singer, who gave the band its name, Lola, said the tour would continue after a short break.\n"
    )
    speaker = _quote_holding(pipeline.analyze(text), "the tour would continue").speaker
    assert speaker is None or speaker.name != "Lola"


def test_a_first_name_given_in_apposition_is_still_the_speakers(pipeline):
    text = (
        "Market street to close\n\n"
        "A florist who gave only her first name, Marta, said trade had fallen since the roadworks began.\n"
    )
    assert speaker_of(pipeline.analyze(text), "trade had fallen").name == "Marta"
