"""A town or state that files a lawsuit is its author (session 52, desc52,
``speakers/place_plaintiffs.py``): "Millbrook filed a lawsuit against Harlan County … The
lawsuit claims" was unresolved, since a place is no document's author by the general rule.
Every text here is invented for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of

_LEAD = (
    "Town sues over landfill\n\n"
    "Officials in Harlan County voted on Tuesday to build a landfill just outside Millbrook, a town "
    "of 2,400 people.\n\n"
)


def _speaker_of_the_claim(pipeline, filed: str, paper: str) -> str | None:
    """The speaker's name of "The <paper> claims the county skipped …" after ``filed``."""
    text = _LEAD + f"{filed} on Wednesday. The {paper} claims the county skipped a required public hearing.\n"
    return speaker_of(pipeline.analyze(text), "skipped a required").name


def test_a_town_that_files_a_lawsuit_is_its_author(pipeline):
    assert _speaker_of_the_claim(pipeline, "Millbrook filed a lawsuit against Harlan County", "lawsuit") == "Millbrook"


def test_a_state_that_files_a_complaint_is_its_author(pipeline):
    assert _speaker_of_the_claim(pipeline, "Ohio filed a complaint against Harlan County", "complaint") == "Ohio"


def test_a_lawyer_in_the_town_does_not_make_the_town_the_plaintiff(pipeline):
    # near miss: the place only says where the one who filed is from
    filed = "A lawyer in Millbrook filed a lawsuit against Harlan County"
    assert _speaker_of_the_claim(pipeline, filed, "lawsuit") != "Millbrook"


def test_a_report_a_town_released_is_not_given_by_this_rule(pipeline):
    # near miss: only court papers a place files; a place's report is its government's or an office's
    assert _speaker_of_the_claim(pipeline, "Millbrook released a report", "report") != "Millbrook"


def test_a_person_known_by_a_places_name_is_not_the_place(pipeline):
    # near miss (review52): "Virginia" is the nurse's first name, tagged a place
    text = (
        "Nurse sues hospital\n\n"
        "Virginia Hale, 52, a nurse at Grady Hospital, was fired in May after twenty years.\n\n"
        "Virginia filed a complaint with the state board on Monday. The complaint says she was fired for "
        "reporting errors.\n"
    )
    found = [q for q in pipeline.analyze(text).quotes if "reporting errors" in q.text]
    assert found and (found[0].speaker is None or found[0].speaker.name != "Virginia"), found


def test_a_state_whose_suit_is_brought_by_its_attorney_general(pipeline):
    # guard: the suit's own "brought by" names its author
    text = (
        "Texas sues over rule\n\n"
        "Texas filed a lawsuit against the Labor Department on Monday over the new overtime rule.\n\n"
        "The suit, brought by Attorney General Ken Paxton, says the rule exceeds the agency's power.\n"
    )
    assert speaker_of(pipeline.analyze(text), "exceeds the agency").name == "Ken Paxton"
