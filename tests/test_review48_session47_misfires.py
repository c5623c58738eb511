"""Misfires review48 found in rules session 47 landed unreviewed, each with its near miss
(the rule's own case still working): pron47's newcomer taking the floor when the sentence tells
of his death; desc47's and probe47b's 'the researchers' given to a study's author when the
article has since brought in another study, or a group of people of its own.

Every article here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_BILL = (
    "Senate passes firefighter safety bill\n\n"
    "The state Senate on Tuesday passed a bill requiring new breathing equipment for every fire company, "
    "sponsored by Sen. Tom Hale.\n\n"
    '"Nobody should go into a burning building with gear from the 1990s," Hale said after the vote.\n\n'
)


def test_a_man_the_sentence_tells_died_does_not_speak_next_as_he(pipeline):
    text = _BILL + (
        "The bill is named for Mark Ruiz, a volunteer firefighter who died in a warehouse fire in 2019.\n\n"
        '"It is the least we can do for his family," he said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "the least we can do").name == "Tom Hale"


def test_a_man_the_sentence_tells_was_killed_does_not_speak_next_as_he(pipeline):
    text = (
        "Shooting in Eastfield\n\n"
        "Police Chief Dan Miller said officers arrived within four minutes of the first call.\n\n"
        '"We had people on scene almost immediately," Miller said.\n\n'
        "The gunman killed Oscar Bell, 34, a father of two who coached youth soccer.\n\n"
        '"This should never happen in our city," he said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "never happen in our city").name == "Dan Miller"


def test_a_living_newcomer_in_the_same_place_still_speaks_next_as_he(pipeline):
    # Near miss: the man the bill is named for is alive and brought in there; he takes the floor
    # as pron47 meant (the death test must not stop every newcomer of such a sentence).
    text = _BILL + (
        "The bill is named for Mark Ruiz, a volunteer firefighter who was badly burned in a warehouse fire "
        "in 2019 and who watched the vote from the gallery.\n\n"
        '"I never thought I would see this day," he said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "never thought I would see").name == "Mark Ruiz"


_AUDIT = (
    "State audit faults hospital billing\n\n"
    "A report by State Auditor Helen Park, released Monday, found that county hospitals overbilled "
    "Medicaid by $40 million over three years.\n\n"
    'Park said the findings showed "a pattern, not a handful of mistakes."\n\n'
)


def test_the_researchers_of_a_separate_study_are_not_the_auditors(pipeline):
    text = _AUDIT + (
        "A separate study published last month in a medical journal looked at billing in five other states. "
        "The researchers found that overbilling was far rarer where hospitals used electronic claims.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "far rarer where hospitals").name != "Helen Park"


def test_the_researchers_after_the_same_report_are_still_its_author(pipeline):
    # Near miss: "the report" goes on being Park's; a second report she only plans is no other study.
    text = _AUDIT + (
        "Park said her office would publish a second report next year. The report covered 14 hospitals. "
        "The researchers found that overbilling was far rarer where hospitals used electronic claims.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "far rarer where hospitals").name == "Helen Park"


_PARKS = (
    "Parks and heat\n\n"
    "A study led by Dr. Amara Osei of Lakeland University found that neighbourhoods with more trees were "
    "cooler by up to four degrees in summer.\n\n"
    '"Shade is the cheapest air conditioning a city can buy," Osei said.\n\n'
)


def test_the_researchers_after_a_group_of_engineers_are_not_the_study_author(pipeline):
    text = _PARKS + (
        "Meanwhile, engineers at the city's transport department have been testing new road surfaces. "
        "The researchers found that pale asphalt reflected more sunlight but wore out sooner.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "pale asphalt reflected").name != "Amara Osei"


def test_the_researchers_after_many_doctors_are_still_the_study_author(pipeline):
    # Near miss: a quantified group of no workplace ("Many doctors") brings in nobody to do research.
    text = _PARKS + (
        "City planners have long argued for more street trees. Many doctors agree.\n\n"
        "The researchers found that shade mattered most in the poorest districts.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "mattered most in the poorest").name == "Amara Osei"


# Seen by review48 and left (older than session 47's rules; strict xfails).

@pytest.mark.xfail(
    strict=True,
    reason="a father introduced as the story's person's relation ('His father, former Gov. Robert Kane Sr., "
    "stood beside him') just before a bare 'Kane said' takes it by the ordinary 'named in full just before' rule "
    "(newuser47c's rule defers to it; before it the father took every bare surname). seen49, left: the same "
    "shape is the relative's by design ('Her husband, former Gov. Victor Reyes, greeted voters … Reyes laughed', "
    "tests/test_entities.py); only the quotation's own words ('on his ranch') say the son speaks",
)
def test_a_bare_surname_after_the_sons_father_is_introduced_is_the_son(pipeline):
    text = (
        "Kane enters governor's race\n\n"
        "Robert Kane Jr., a rancher from Elk County, said Monday he would run for governor.\n\n"
        "His father, former Gov. Robert Kane Sr., stood beside him as he spoke. "
        '"I learned everything about this state on his ranch," Kane said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "on his ranch").name == "Robert Kane Jr."


@pytest.mark.xfail(
    strict=True,
    reason="_named_next takes a newcomer who carries a description of his own ('Pieter Vos, a neighbour, wrote') "
    "for the paragraph's 'The Dutch hacker' (the subject path, not desc47's torn subject)",
)
def test_a_newcomer_described_otherwise_is_not_the_described_person(pipeline):
    text = (
        "Hacker pleads guilty\n\n"
        "The Dutch hacker who broke into a water company's network admitted the charges on Monday.\n\n"
        "In a letter to the court, Pieter Vos, a neighbour, wrote that the man had been a quiet tenant.\n"
    )
    record = pipeline.analyze(text)
    speakers = [q.speaker for q in record.quotes if q.speaker is not None and q.speaker.text == "The Dutch hacker"]
    assert speakers and all(s.name != "Pieter Vos" for s in speakers)
