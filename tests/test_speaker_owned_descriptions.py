"""Descriptions that speak for someone named through another description: the campaign of a
person written by title ("the Vermont senator's campaign"), and the narrator of an ad (the ad's
author, as the gold reads an ad)."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


def test_the_campaign_of_a_described_person_is_that_persons_campaign(pipeline):
    # "the campaign of the former senator from Pennsylvania" is Santorum's, not the campaign
    # named last (Cruz's); "The Vermont senator's campaign" is Sanders', not Clinton's.
    text = (
        "Rivals trade blows\n\n"
        "Former Pennsylvania Sen. Rick Santorum spoke in Iowa on Friday. Sen. Ted Cruz also "
        "campaigned there, and Cruz's campaign said the polls looked strong.\n\n"
        "Santorum turned his sights on Cruz, with the campaign of the former senator from "
        "Pennsylvania saying Cruz was weak on trade.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "weak on trade").name == "Santorum campaign"
    text = (
        "Rivals trade blows\n\n"
        "Vermont Sen. Bernie Sanders spoke in Iowa on Friday. Hillary Clinton also campaigned "
        "there, and Clinton's campaign said the polls looked strong.\n\n"
        'Sanders attacked Clinton on trade. The Vermont senator\'s campaign said she was "not a '
        'progressive."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "not a progressive").name == "Sanders campaign"


# The ad is named before with its author as "she" (Kirkpatrick), or in the voice's own phrase
# ("a voice-over in the ad"), or as the possessor ("the ad's narrator").
_ADS = {
    "ad named before, its author a pronoun": (
        "Democrats run against Trump\n\n"
        "Many Democrats are expected to follow the lead of Rep. Ann Kirkpatrick of Arizona, who is "
        "challenging Sen. John McCain. Last month, she released a web ad compiling some of Trump's "
        'most inflammatory statements. "We need leaders to stand up to Donald Trump," the narrator '
        "says.\n",
        "We need leaders",
        "Ann Kirkpatrick",
    ),
    "ad in the voice's own phrase": (
        "Super PAC hits back\n\n"
        "The Harbor Fund, a Democratic super PAC, released a new television ad on Tuesday in Iowa. "
        '"She\'ll stand up to Wall Street," a voice-over in the ad says.\n',
        "stand up to Wall Street",
        "Harbor Fund",
    ),
    "ad as the possessor": (
        "Group mocks Clinton\n\n"
        "The Harbor Fund, a conservative group, put out a video on Monday mocking Hillary Clinton. "
        '"The gifts were all opened," says the ad\'s narrator, going on to list others.\n',
        "The gifts were all opened",
        "Harbor Fund",
    ),
}


@pytest.mark.parametrize("case", list(_ADS))
def test_the_narrator_of_an_ad_speaks_for_whoever_put_the_ad_out(pipeline, case):
    text, snippet, author = _ADS[case]
    assert speaker_of(pipeline.analyze(text), snippet).name == author


def test_a_narrator_with_no_ad_before_is_nobody_named(pipeline):
    # A story's narrator (a novel, a film): no ad, so no author to speak for.
    text = (
        "A novel of the plains\n\n"
        "Writer Jo Park spent ten years on her first book, set in Kansas. The narrator says the "
        "town has never forgiven the mayor.\n"
    )
    record = pipeline.analyze(text)
    speaker = speaker_of(record, "never forgiven the mayor")
    assert speaker.name is None or speaker.name != "Jo Park"


def test_a_role_owning_a_campaign_does_not_pass_over_the_person_named_in_its_sentence(pipeline):
    # "the Democratic nominee's campaign" after "… will campaign for Maria Lopez": her campaign.
    # A role's description skips whoever is named in its own sentence, which would leave Reyes;
    # only a person titled so owns the campaign by the description.
    text = (
        "Cole, Reyes to campaign for Lopez in September\n\n"
        "President Ana Cole and Vice President Tom Reyes will campaign for Maria Lopez and Dan Hart "
        "in September at separate events in Ohio, the Democratic nominee's campaign announced "
        "Friday.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "at separate events in Ohio").name == "Lopez campaign"


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        pytest.param(
            (
                "Singer cancels tour\n\nNadia Fairweather collapsed backstage in Lisbon. Her label announced the "
                "cancellation of the remaining dates the next morning.\n"
            ),
            "cancellation of the remaining dates",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'label' is no word for a body: as one, it made probe45's 'The label was \"…,\" he said, "
                "dismissing reports of a sale as \"fiction\"' give the participle to 'The label'",
            ),
        ),
        (
            (
                "Keeper out for a year\n\nTomasz Adler tore a ligament in his knee on Saturday. His club said he would "
                "miss the rest of the season.\n"
            ),
            "miss the rest of the season",
        ),
    ],
    ids=["label", "club"],
)
def test_a_persons_label_or_club_is_an_organisation_not_the_person(pipeline, text, snippet):
    # probe46a: 'label' and 'club' were no words for a body, so 'Her label' was the singer herself
    # ('club', 'publisher', 'studio' are now)
    speaker = speaker_of(pipeline.analyze(text), snippet)
    assert speaker.kind == "organisation", (speaker.text, speaker.name, speaker.kind)
