"""'Both campaigns' after two candidates named together: the first one's campaign, as the gold gives
a group its first member and a person's campaign its own name (session 53, desc53b;
``speakers/campaign_pairs.py``). Every text here is invented for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of

_DEBATE = (
    "Mayor and challenger spar over housing\n\n"
    "Mayor Carl Benning and his challenger, Ray Dunn, met for their only debate on Thursday night "
    "at the public library. {subject} said afterward that they expected a close race in November.\n"
)


def test_both_campaigns_are_the_first_candidates_campaign(pipeline):
    text = _DEBATE.format(subject="Both campaigns")
    speaker = speaker_of(pipeline.analyze(text), "close race")
    assert (speaker.text, speaker.name) == ("Both campaigns", "Benning campaign")


def test_both_candidates_are_still_the_first_candidate(pipeline):
    # near miss: a plural of people, not of campaigns, is the first person, as before
    text = _DEBATE.format(subject="Both candidates")
    assert speaker_of(pipeline.analyze(text), "close race").name == "Carl Benning"


def test_both_companies_are_not_made_a_campaign(pipeline):
    # near miss: a pair of bodies is no one's campaign
    text = (
        "Grocers agree to merge\n\n"
        "Norberg Foods and Brightwater Brands agreed on Monday to merge in a $2 billion deal. "
        "Both companies said the deal would close by the end of the year.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "close by the end")
    assert speaker.name is None or "campaign" not in speaker.name
