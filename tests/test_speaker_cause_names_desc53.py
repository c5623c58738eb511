"""A group named "<people> for <cause>" that the recogniser misses, taken up as "the group"
(session 53, desc53; ``speakers/cause_names.py`` read by ``organisations._subject_written``).
Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_COMPLAINT = (
    "Ads draw complaint\n\n"
    "Ohioans for Clean Elections, a nonpartisan watchdog, filed a complaint with the Federal "
    "Election Commission on Monday. The group said the ads broke federal rules on coordination.\n"
)


def test_the_group_is_the_missed_name_carried_by_for(pipeline):
    speaker = speaker_of(pipeline.analyze(_COMPLAINT), "ads broke federal rules")
    assert (speaker.text, speaker.name) == ("The group", "Ohioans for Clean Elections")


def test_the_group_named_so_after_a_paragraph_on_the_race(pipeline):
    text = _COMPLAINT.replace(
        "Ads draw complaint\n\n",
        "Senate race tightens\n\n"
        "Rep. Anna Pruitt has been helped by more than $20 million in ads paid for by Harold Vance, a "
        "Cincinnati billionaire. \u201cI have never met the man,\u201d Pruitt said.\n\n",
    )
    assert speaker_of(pipeline.analyze(text), "ads broke federal rules").name == "Ohioans for Clean Elections"


def test_a_person_of_a_place_is_no_group_name(pipeline):
    # near miss: "Smith of Ohio" holds a tagged place, not a group's name
    text = _COMPLAINT.replace("Ohioans for Clean Elections, a nonpartisan watchdog,", "Smith of Ohio")
    assert speaker_of(pipeline.analyze(text), "ads broke federal rules").name != "Smith of Ohio"


def test_a_lower_case_phrase_after_for_is_no_group_name(pipeline):
    # near miss: "for the most part" carries no capitalised name
    text = _COMPLAINT.replace("Ohioans for Clean Elections, a nonpartisan watchdog,", "Ohioans for the most part")
    assert speaker_of(pipeline.analyze(text), "ads broke federal rules").name is None


# xfail54 (probe53c's 'Moms for Safe Streets'): a capitalised plural of people the recogniser leaves
# untagged, with 'for' and a capitalised cause, is a group's name (entities/cause_names.py).
_RULE_PASSED = (
    "Council passes tenant rule\n\nThe Harbor Landlords Association, which opposed the rule, said it "
    "would sue.\n\n{group}, a group that backed the rule, answered within the hour. \"Our {whom} can "
    "finally {rest},\" the group wrote.\n"
)


@pytest.mark.parametrize(
    ("group", "whom", "rest"),
    [("Parents for Quiet Streets", "children", "sleep"), ("Nurses for Clean Air", "patients", "breathe")],
)
def test_the_group_is_a_missed_name_of_people_for_a_cause(pipeline, group, whom, rest):
    speaker = speaker_of(pipeline.analyze(_RULE_PASSED.format(group=group, whom=whom, rest=rest)), "finally")
    assert (speaker.name, speaker.kind) == (group, "organisation")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: plans are no people; voters for a person are whom they back, no group's name
        ("Council passes tenant rule\n\nPlans for Main Street were unveiled on Monday.\n", "Plans for Main Street"),
        ("Rally draws crowd\n\nVoters for Senator Ann Hale rallied on Monday.\n", "Voters for Senator Ann Hale"),
    ],
    ids=["plans-for-a-street", "voters-for-a-person"],
)
def test_no_group_name_of_things_or_of_people_for_a_person(pipeline, text, name):
    assert name not in {e.name for e in pipeline.analyze(text).entities}


# review54c: people 'for' a workplace the recogniser leaves untagged work there; no group is named
# for a cause ('Workers for Acme Packing Company' walked out of the plant).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Plant strike enters second day\n\nWorkers for Acme Packing Company walked out on Monday.\n",
            "Workers for Acme Packing Company",
        ),
        (
            "Nurses walk out\n\nNurses for Mercy General walked out on Monday over staffing.\n",
            "Nurses for Mercy General",
        ),
    ],
    ids=["workers-for-a-company", "nurses-for-a-hospital"],
)
def test_no_group_name_of_people_for_their_workplace(pipeline, text, name):
    assert name not in {e.name for e in pipeline.analyze(text).entities}


def test_a_group_for_a_cause_ending_in_a_plural_is_still_a_name(pipeline):
    # near miss: 'Safe Schools' is a cause (a plural), no workplace
    text = _RULE_PASSED.format(group="Teachers for Safe Schools", whom="students", rest="learn")
    speaker = speaker_of(pipeline.analyze(text), "finally")
    assert (speaker.name, speaker.kind) == ("Teachers for Safe Schools", "organisation")
