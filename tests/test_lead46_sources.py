"""Speakers of inverted reports ('"…," said NAME, who …') the small model parses with a noun of
the relative clause as the cue's subject (session 46, lead; found by newuser46's nightly-run
walk). Every text here is invented for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of

BARGES = (
    "Low water on the river\n\n"
    '"We have never seen the river this shallow in January," said Marco Bellini, who runs a fleet '
    'of twelve barges out of Ostburg. "Every trip now costs us money."\n'
)


def test_a_name_after_an_inverted_cue_is_the_speaker_not_a_noun_of_its_relative_clause(pipeline):
    # The parse makes 'barges' the subject of 'said' and 'Bellini' the subject of 'barges'.
    record = pipeline.analyze(BARGES)
    assert speaker_of(record, "never seen the river").name == "Marco Bellini"
    assert speaker_of(record, "Every trip now costs").name == "Marco Bellini"


def test_a_description_after_an_inverted_cue_keeps_its_own_head(pipeline):
    # No name right after the cue: the rule keeps out, the description speaks.
    record = pipeline.analyze(
        "Low water on the river\n\n"
        '"We have never seen the river this shallow," said a skipper who runs barges out of Ostburg.\n'
    )
    speaker = speaker_of(record, "never seen the river")
    assert speaker is not None and speaker.text.lower().startswith("a skipper")
