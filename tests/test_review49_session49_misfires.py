"""Misfires review49 found in rules session 49 merged (probe49, seen49, desc49), each with its
near miss (the rule's own case still working): "the researchers" after two teams, one of them a
"group of researchers", given to the other team's leader; "The Harper and Lowe campaigns" with
only "Lowe" tagged given to Lowe; a memo "wrongly attributed to" a senator taken as his. The
strict xfails are faults seen while probing that no rule of this session made and none fixes yet.

Every article here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

# -- research_authors._one_leader: two teams, one called "a group of researchers" -------------

_TWO_TEAMS = (
    "Screens and sleep: two studies disagree\n\n"
    "A team at Oslo University, led by Dr. Kari Lund, studied the sleep of 400 children. "
    "A second group of researchers in Toronto, led by Prof. Amir Haddad, reached the opposite conclusion. "
    "\u201cScreens are not the main cause,\u201d the researchers wrote.\n"
)


def test_the_researchers_after_two_led_teams_are_neither_leaders(pipeline):
    speaker = speaker_of(pipeline.analyze(_TWO_TEAMS), "not the main cause")
    assert speaker.name not in ("Kari Lund", "Amir Haddad")


def test_a_group_of_researchers_led_by_one_person_is_theirs(pipeline):
    # near miss: one group of researchers, one leader: they speak as the one who leads them
    text = (
        "Screens and sleep\n\n"
        "A group of researchers at Oslo University, led by Dr. Kari Lund, studied the sleep of 400 children. "
        "\u201cScreens are not the main cause,\u201d the researchers wrote.\n"
    )
    assert speaker_of(pipeline.analyze(text), "not the main cause").name == "Kari Lund"


def test_a_group_led_by_someone_that_is_no_research_group_leads_no_researchers(pipeline):
    # near miss: "a group of parents" is no research group: its leader is not the researchers'
    text = (
        "Screens and sleep\n\n"
        "A team at Oslo University, led by Dr. Kari Lund, studied the sleep of 400 children. "
        "A group of parents, led by Mona Ekberg, asked the city for a curfew on phones. "
        "\u201cScreens are not the main cause,\u201d the researchers wrote.\n"
    )
    assert speaker_of(pipeline.analyze(text), "not the main cause").name == "Kari Lund"


# -- campaigns._campaigns_of_a_pair: the first name untagged -------------------------------------


def test_two_campaigns_with_only_the_second_name_tagged_are_the_firsts(pipeline):
    text = (
        "The Harper and Lowe campaigns, which merged into one ticket last month, said in a statement "
        "that they would not debate.\n"
    )
    assert speaker_of(pipeline.analyze(text), "would not debate").name == "Harper campaign"


def test_one_campaign_named_after_another_name_is_its_own(pipeline):
    # near miss: a singular campaign of one name is that name's, whoever was named before
    text = "Mary Harper is running for mayor. The Lowe campaign said in a statement that it would not debate.\n"
    assert speaker_of(pipeline.analyze(text), "would not debate").name == "Lowe campaign"


# -- named_authors._named_author: "attributed to" -----------------------------------------------


_MEMO = (
    "Memo stirs budget fight\n\n"
    "The memo, {how} attributed to Senator Ray Cole, circulated in the capitol on Monday. "
    "The memo warns that the bill will fail.\n"
)


@pytest.mark.parametrize(
    ("how", "is_his"),
    [("wrongly", False), ("falsely", False), ("later", True)],  # the last a near miss: no denial, his memo
)
def test_a_memo_wrongly_attributed_to_someone_is_not_theirs(pipeline, how, is_his):
    quotes = [q for q in pipeline.analyze(_MEMO.format(how=how)).quotes if "will fail" in q.text]
    assert quotes
    assert any(q.speaker is not None and q.speaker.name == "Ray Cole" for q in quotes) is is_his


# -- seen while probing, older than session 49 ---------------------------------------------------


def test_a_first_name_tagged_as_a_state_is_the_person(pipeline):
    # fixed by seen50 (entities.person_labels.first_name_with_who): places are "which", never "who"
    text = (
        "Shelter doubles its beds\n\n"
        "Georgia Mills runs the shelter in Atlanta. Volunteers drove in from across Georgia on Saturday. "
        "Georgia, who founded the shelter in 2011, said the donations had doubled. "
        "\u201cWe ran out of beds by noon,\u201d she said.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "ran out of beds").name == "Georgia Mills"
    assert speaker_of(record, "donations had doubled").name == "Georgia Mills"


def test_the_statement_after_a_statement_from_an_unnamed_union_is_not_the_earlier_ones(pipeline):
    # fixed by seen50: statement_documents._spoken_in_before (the statement Fox News spoke "in") now asks
    # _introduced_unauthored, as the latest document spoken in already did
    text = (
        "Host leaves network\n\n"
        "Fox News said in a statement that the host had left. A statement from the union, released "
        "on Tuesday, was harsher. \u201cThis is a betrayal,\u201d the statement said.\n"
    )
    quotes = [q for q in pipeline.analyze(text).quotes if "a betrayal" in q.text]
    assert quotes and all(q.speaker is None or q.speaker.name != "Fox News" for q in quotes)


def test_the_statement_after_an_aside_with_no_new_statement_is_still_the_one_spoken_in(pipeline):
    # near miss (seen50): no statement brought in between, 'the statement' is the one Fox News spoke in
    text = (
        "Host leaves network\n\n"
        "Fox News said in a statement that the host had left. Its lawyers declined to comment. "
        "\u201cThis is a betrayal,\u201d the statement said.\n"
    )
    assert speaker_of(pipeline.analyze(text), "a betrayal").name == "Fox News"


def test_the_statement_after_a_statement_from_a_named_guild_is_the_guilds(pipeline):
    # near miss of the xfail above: the body named, its statement is the one taken up
    text = (
        "Host leaves network\n\n"
        "Fox News said in a statement that the host had left. A statement from the Screen Actors Guild, released "
        "on Tuesday, was harsher. \u201cThis is a betrayal,\u201d the statement said.\n"
    )
    assert speaker_of(pipeline.analyze(text), "a betrayal").name == "Screen Actors Guild"


# review49's strict xfail, fixed by seen51: a word the article writes as a body after "against"
# names the club, and its mentions tagged a body no longer join the player's entity
# (entities/short_forms._body_by_the_word).
def test_a_club_named_like_a_players_first_name_is_the_club(pipeline):
    text = (
        "Visitors hold on\n\n"
        "Chelsea Brooks scored twice for the visitors against Chelsea on Sunday. "
        "Chelsea insists it did nothing wrong.\n"
    )
    assert speaker_of(pipeline.analyze(text), "did nothing wrong").name != "Chelsea Brooks"


def test_a_players_first_name_alone_with_no_club_of_that_name_is_hers(pipeline):
    # near miss: no "against Chelsea", so "Chelsea said" is the player's first name
    text = (
        "Visitors hold on\n\n"
        "Chelsea Brooks scored twice for the visitors on Sunday. "
        "Chelsea said the team had played its best game of the season.\n"
    )
    assert speaker_of(pipeline.analyze(text), "played its best game").name == "Chelsea Brooks"


# -- research_authors._researching: a team that leads no research -------------------------------

_RESCUE = (
    "Miners reached after two days\n\n"
    "{team} reached the trapped miners on Tuesday. Geologists had warned about the shaft for years. "
    "\u201cThe rock was unstable,\u201d the researchers wrote in a 2019 paper.\n"
)


def test_the_captain_of_a_rescue_team_leads_no_researchers(pipeline):
    text = _RESCUE.format(team="A rescue team led by Captain Omar Haddad")
    assert speaker_of(pipeline.analyze(text), "rock was unstable").name != "Omar Haddad"


def test_a_team_surveying_people_is_a_research_team(pipeline):
    # near miss: no title says research, but the team surveys: "the researchers" are its leader's
    text = (
        "Nurses report burnout\n\n"
        "A team led by Kari Lund surveyed 400 nurses at three hospitals. "
        "\u201cBurnout is rising,\u201d the researchers wrote.\n"
    )
    assert speaker_of(pipeline.analyze(text), "Burnout is rising").name == "Kari Lund"


# -- documents.document_family: "picture" as a view of things ----------------------------------

_PIER = "Pier reopens after flood\n\nMayor Ruth Ames posted a picture of the flooded pier on Monday. Economists were less upbeat. "


def test_the_broader_picture_is_no_picture_anyone_posted(pipeline):
    text = _PIER + "The broader picture suggests the town\u2019s economy is slowing.\n"
    quotes = [q for q in pipeline.analyze(text).quotes if "economy is slowing" in q.text]
    assert all(q.speaker is None or q.speaker.name != "Ruth Ames" for q in quotes)


def test_the_picture_someone_posted_is_still_theirs(pipeline):
    # near miss: the posted picture itself, a word of time before it
    text = _PIER + "The Monday picture shows a boat tied to a lamp post on Main Street.\n"
    assert speaker_of(pipeline.analyze(text), "a boat tied").name == "Ruth Ames"


def test_the_statement_after_a_second_one_by_an_unnamed_resident_is_not_the_first(pipeline):
    # fixed by seen50: a participle's agent ('issued by a resident', dep "agent") is the document's
    # own "by" phrase for statement_documents._unnamed_author, as 'a memo by two aides' was
    text = (
        "Pier reopens after flood\n\n"
        "Mayor Ruth Ames released a statement on Monday. A second statement, issued by a resident, "
        "circulated on Tuesday. The statement says the pier is unsafe.\n"
    )
    quotes = [q for q in pipeline.analyze(text).quotes if "pier is unsafe" in q.text]
    assert quotes and all(q.speaker is None or q.speaker.name != "Ruth Ames" for q in quotes)


def test_a_second_photo_taken_by_an_unnamed_resident_is_not_the_posters(pipeline):
    # seen50: the [image] family the xfail's reason named
    text = (
        "Pier reopens after flood\n\n"
        "Mayor Ruth Ames posted a photo of the pier on Monday. A second photo, taken by a resident, "
        "circulated on Tuesday. The photo shows the railing torn away.\n"
    )
    quotes = [q for q in pipeline.analyze(text).quotes if "railing torn away" in q.text]
    assert quotes and all(q.speaker is None or q.speaker.name != "Ruth Ames" for q in quotes)


def test_a_second_statement_issued_by_a_named_resident_is_theirs(pipeline):
    # near miss (seen50): the agent named, the statement is that person's
    text = (
        "Pier reopens after flood\n\n"
        "Mayor Ruth Ames released a statement on Monday. A second statement, issued by Tom Reyes, "
        "circulated on Tuesday. The statement says the pier is unsafe.\n"
    )
    assert speaker_of(pipeline.analyze(text), "pier is unsafe").name == "Tom Reyes"
