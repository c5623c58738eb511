"""Whose campaign "his campaign" is when the nearest "he" is a pollster just quoted: the
campaign of the next person who runs for something (session 53, desc53;
``speakers/campaign_owners.py`` read by ``campaigns._campaign``). Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_RUIZ = (
    "Ruiz presses on after losses\n\n"
    "Sen. Tom Ruiz lost three more primaries on Tuesday, but he told supporters in Denver that he "
    "would stay in the race until the convention.\n\n"
    "His rival's allies want him to soften his attacks. \u201cWhen my candidate lost in 2012, we "
    "stopped the attacks within a week,\u201d said Democratic pollster Mark Haley, who advises a "
    "super PAC backing Gov. Anne Kerr. \u201cThat is the talk that should be happening in the Ruiz "
    "campaign.\u201d\n\n"
    "But his campaign said on Wednesday that it would spend $5 million on ads in California.\n"
)


def test_his_campaign_is_not_the_pollsters_just_quoted(pipeline):
    speaker = speaker_of(pipeline.analyze(_RUIZ), "$5 million")
    assert (speaker.text, speaker.name) == ("his campaign", "Ruiz campaign")


def test_his_campaign_goes_to_a_titled_candidate_with_no_campaign_named(pipeline):
    # the senator's title alone says he runs for something
    text = _RUIZ.replace(" \u201cThat is the talk that should be happening in the Ruiz campaign.\u201d", "")
    assert speaker_of(pipeline.analyze(text), "$5 million").name == "Ruiz campaign"


def test_a_pollster_keeps_his_campaign_when_no_one_else_runs(pipeline):
    # near miss: the other man named runs for nothing, so the pollster is not replaced by him
    text = (
        "Voters split on tax plan\n\n"
        "Bill Ortiz, a retired teacher in Denver, said he liked the plan. \u201cIt is about time,\u201d "
        "said Democratic pollster Mark Haley. \u201cVoters want this.\u201d\n\n"
        "But his campaign said on Wednesday that it would spend $5 million on ads in California.\n"
    )
    assert speaker_of(pipeline.analyze(text), "$5 million").name != "Ortiz campaign"


def test_a_candidate_titled_a_former_host_keeps_his_campaign(pipeline):
    # near miss: a press word in a candidate's titles is no campaign staff's; the senator named
    # after him does not take "his campaign"
    text = (
        "Ward leads in Iowa\n\n"
        "Former talk show host Dan Ward leads the Republican field in Iowa, a new poll found. Sen. Tom "
        "Ruiz is second.\n\n"
        "Ward spent Monday in Des Moines. His campaign said he would hold three rallies on Tuesday.\n"
    )
    assert speaker_of(pipeline.analyze(text), "three rallies").name == "Ward campaign"


@pytest.mark.xfail(
    strict=True,
    reason="review53c: a campaign manager who once ran himself (a 'former … candidate') "
    "counts as running for something, so 'his campaign' stays his (as before desc53)",
)
def test_a_campaign_manager_who_once_ran_does_not_own_the_campaign(pipeline):
    text = (
        "Ruiz presses on\n\nSen. Tom Ruiz lost two primaries on Tuesday.\n\n"
        "\u201cWe are in it to the end,\u201d said campaign manager Dan Ortiz, a former Senate candidate "
        "who lost in 2010.\n\n"
        "But his campaign said on Wednesday that it would spend $5 million on ads in Texas.\n"
    )
    assert speaker_of(pipeline.analyze(text), "$5 million").name == "Ruiz campaign"


def test_a_pollster_sharing_the_candidates_surname_leaves_the_campaign_to_the_name(pipeline):
    # guard (review53c): "the Garin campaign" is named, so "his campaign" is the Garin campaign
    text = (
        "Garin leads\n\nGov. Paul Garin leads the field, a poll found. \u201cHe is strong,\u201d said "
        "Democratic pollster Geoff Garin, no relation. \u201cThe Garin campaign should be pleased.\u201d\n\n"
        "But his campaign said on Wednesday that it would spend $5 million on ads.\n"
    )
    assert speaker_of(pipeline.analyze(text), "$5 million").name == "Garin campaign"


def test_her_campaign_is_the_candidates_not_her_spokeswomans(pipeline):
    # guard (review53c): a spokeswoman whose husband runs too does not take "her campaign"
    text = (
        "Couple on ballot\n\nRep. Ellen Marsh is running for re-election. \u201cShe is ready,\u201d said "
        "Jane Doe, a spokeswoman for Marsh whose husband, Tom Doe, is running for the state Senate.\n\n"
        "But her campaign said on Wednesday that it would spend $1 million on ads.\n"
    )
    assert speaker_of(pipeline.analyze(text), "$1 million").name == "Marsh campaign"


_THINK_TANK = (
    "Ad claim disputed\n\n"
    "Rep. Dale Hinton says his rival would raise taxes. The figure comes from the Orchard Policy Center, a "
    "research group. Its president, Carla Wendt, said in an interview that the campaign had misread the "
    "numbers.\n\n"
    "Asked about the ad, Hinton's spokeswoman, Nora Quill, pointed to the group's report. In an e-mail, "
    "Quill wrote that \u201cthe numbers speak for themselves.\u201d\n\n"
    "Her campaign said on Friday that the ad would keep running.\n"
)


def test_her_campaign_is_no_think_tank_presidents(pipeline):
    # review53c: the president of a research group runs for nothing, so "her campaign" after a
    # spokeswoman is not handed to her ("president" is no candidate's office for this rule)
    assert speaker_of(pipeline.analyze(_THINK_TANK), "keep running").name != "Wendt campaign"
