"""A headline that ends in ";" goes on in a subhead line ("Future unclear at Harbor News; /
Network has offered a path …", the print form of some papers): the subhead's descriptions are
read as the headline's are, before the body has named anyone ("candidate" the person the article
is about, "Network" the network, "Findings" the poll's publisher), and its capitalised common
nouns are no names ("Crowds"). Every text here is invented for newsmine."""

from __future__ import annotations

from newsmine.records import SpeakerKind, SpeakerResolution
from tests.conftest import speaker_of


def test_the_subhead_candidate_is_the_person_the_article_is_about(pipeline):
    text = (
        "Lee cuts 200 campaign staff members; \n"
        "Win or lose, candidate says, her campaign aims to change the state.\n\n"
        "The results of Tuesday's primaries left Ana Lee far behind Tom Berg in delegates.\n\n"
        "On Wednesday, Lee laid off more than 200 staff members, most of them field organizers.\n\n"
        '"We are going to fight for every vote," Lee said at a rally in Dunmore.\n'
    )
    speaker = speaker_of(pipeline.analyze(text), "her campaign aims")
    assert speaker.name is not None and speaker.name.endswith("Lee")
    assert speaker.resolution == SpeakerResolution.description


def test_the_subhead_network_is_the_network_of_the_article(pipeline):
    text = (
        "Future unclear at Harbor News after founder's exit; \n"
        "Network has offered a path for candidates to raise issues and set agendas.\n\n"
        "ABSTRACT.\n\nIn its 15 years, the network has given candidates a stage.\n\n"
        "When Gov. Ellen Marsh wanted to attack the budget, she went to Harbor News.\n\n"
        '"It was the place to be heard," Marsh said on Monday.\n'
    )
    speaker = speaker_of(pipeline.analyze(text), "a path for candidates")
    assert speaker.name == "Harbor News"  # was "Network", as if a name


def test_a_subhead_findings_are_the_polls_publisher(pipeline):
    text = (
        "What worries voters most?; \n"
        "Findings show voters fear cuts to schools more than tax rises.\n\n"
        "In a statewide Dunmore Ledger/Harlow College Poll, likely voters said cuts to schools worried "
        "them most.\n\n"
        "The poll of 800 likely voters was taken Thursday through Monday.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "fear cuts to schools")
    assert speaker.name == "Dunmore Ledger"


def test_subhead_crowds_are_no_name(pipeline):
    text = (
        "Marchers brave the heat in Dunmore; \n"
        "Crowds refuse to let the weather spoil their protest.\n\n"
        "Thousands of people marched through Dunmore on Sunday against the closing of the Harlow "
        "steel mill.\n\n"
        '"We will be back next week," said Ana Ruiz, who organized the march.\n'
    )
    speaker = speaker_of(pipeline.analyze(text), "spoil their protest")
    assert speaker.name is None  # was an organisation named "Crowds"
    assert speaker.kind != SpeakerKind.organisation
