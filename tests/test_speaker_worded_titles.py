"""``speakers/worded_titles.py``: a title description with words of its own ("the former
governor") weighs the person just named as the bare title does, with near misses where the
titled person keeps it. Every text here is invented for newsmine (session 52, seen52).
"""

from __future__ import annotations

from tests.conftest import speaker_of


def _name(pipeline, text: str, snippet: str) -> str | None:
    return speaker_of(pipeline.analyze(text), snippet).name


def test_the_former_governor_right_after_a_man_named_is_he_not_the_governor_in_office(pipeline):
    text = (
        "Pipeline vote nears\n\n"
        "Oregon Gov. Ines Calder said on Monday that the pipeline would go to a vote in June.\n\n"
        "Lawmakers debated the plan for three hours. Ranchers filled the hall and the lobby.\n\n"
        "Victor Oduya, who watched from the back row, said he had not made up his mind. "
        '"I fought this pipeline for eight years," the former governor said.\n'
    )
    assert _name(pipeline, text, "I fought this pipeline") == "Victor Oduya"


def test_the_former_senator_just_named_after_a_senator_in_office(pipeline):
    text = (
        "Dam repairs stall\n\n"
        "Sen. Marta Ellery toured the dam on Friday and promised federal money for repairs.\n\n"
        "Engineers said the spillway was cracked. The state has not set a date for the work.\n\n"
        "Douglas Brand spoke to reporters at the gate. "
        '"Nobody has touched this dam since I left office," the former senator said.\n'
    )
    assert _name(pipeline, text, "Nobody has touched this dam") == "Douglas Brand"


def test_the_former_mayor_is_the_mayor_titled_so_just_before(pipeline):
    # near miss: the titled person is the one just named, so nothing changes
    text = (
        "Harbor plan splits town\n\n"
        "Former Mayor Victor Oduya watched from the back row on Monday. "
        '"I built that pier forty years ago," the former mayor said.\n'
    )
    assert _name(pipeline, text, "I built that pier") == "Victor Oduya"


def test_the_former_mayor_after_a_councilwoman_just_named_stays_the_titled_one(pipeline):
    # near miss: the person just named holds another public title, which contradicts the head
    text = (
        "Harbor plan splits town\n\n"
        "Former Mayor Victor Oduya said on Monday that the vote should wait until fall.\n\n"
        "The council debated the plan for three hours. Residents filled the hall and the lobby.\n\n"
        "Councilwoman Rita Sand said the town could not afford to wait. "
        '"I built that pier forty years ago," the former mayor said.\n'
    )
    assert _name(pipeline, text, "I built that pier") == "Victor Oduya"


def test_the_former_president_stays_the_president_titled_so(pipeline):
    # near miss: a president keeps the title whoever is named just before
    text = (
        "Library opens in Dallas\n\n"
        "President Walter Greaves opened his library in 1998 with a speech on the lawn.\n\n"
        "The building has since drawn two million visitors. Its archive holds his letters.\n\n"
        "Senator Lyle Amsel toured the archive on Tuesday. "
        '"I wanted it to be a place for students," the former president said in a recorded message.\n'
    )
    assert _name(pipeline, text, "a place for students") == "Walter Greaves"


def test_the_former_governor_is_not_a_reporter_just_named(pipeline):
    # review52d: a man the article titled with a trade of another kind is no former governor
    text = (
        "Budget fight\n\nGov. Nora Pike signed the budget on Tuesday.\n\n"
        "Critics said the plan cut schools. Parents protested at the capitol.\n\n"
        'Reporter Sam Lowe asked about the cuts. "I would never have signed this," the former governor said.\n'
    )
    assert _name(pipeline, text, "I would never have signed this") != "Sam Lowe"


def test_the_former_governor_titled_so_keeps_it_after_the_sitting_one_is_named(pipeline):
    # review52d near miss: the titled former governor named just before keeps it
    text = (
        "Budget fight\n\nFormer Gov. Hal Ortega criticized the budget on Tuesday.\n\n"
        "Critics said the plan cut schools. Parents protested at the capitol.\n\n"
        "Gov. Nora Pike defended the plan in a speech. Ortega was not impressed. "
        '"I never cut a school in eight years," the former governor said.\n'
    )
    assert _name(pipeline, text, "I never cut a school") == "Hal Ortega"


def test_the_former_senator_of_two_is_the_one_just_named(pipeline):
    # review52d near miss: two former senators, the one just named speaks
    text = (
        "Bridge funds\n\nFormer Sen. Alan Reese and former Sen. Grace Milton toured the bridge on Friday.\n\n"
        "Engineers said the deck was rusting. The state has set no date for repairs.\n\n"
        'Milton spoke to reporters at the gate. "Nobody fixed this when we were in office," the former senator said.\n'
    )
    assert _name(pipeline, text, "Nobody fixed this") == "Grace Milton"
