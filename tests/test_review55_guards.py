"""Review55's guards on rules merged in session 55, each a misfire found on invented near
misses, with the rule's own cases kept by the tests beside (tests/test_names55.py,
tests/test_probe55_rules.py). Every text here is invented for newsmine.

- ``entities/namesake_cues._joined_after_another`` (names55) gives a bare surname after "A and B"
  of one surname to A; it read any conjunction so: "Not Sen. Tom Hale but his wife, Ann Hale,
  toured …" gave the wife's words to the senator. A first member denied by "not" is not the one
  the sentence is about.
- ``speakers/office_titles.government_office_not_held`` (probe55) compared the trade noun with a
  speaker's titles one way round only through the synonyms ("lawyer" -> "attorney"): "Ruth Lee,
  the county's top lawyer, said … the county attorney said" took the attorney for another person.
- ``speakers/organisations._unnamed_since`` (probe55) passed over every indefinite noun after a
  copula ('"We are a public university"'); "There is a group of parents who …", "Its main rival is a
  group of parents …" bring a new body in all the same. It passes over one only when the copula's
  subject is the body or a pronoun for it.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

# --- a denied first member of a conjunction -----------------------------------------------------

_FLOOD_TOUR = 'Flood tour\n\n{before} "We will rebuild every home," Hale said.\n'


@pytest.mark.parametrize(
    "before",
    [
        "Not Sen. Tom Hale but his wife, Ann Hale, toured the flooded town on Monday.",
        "It was not Sen. Tom Hale but his daughter Ann Hale who toured the town on Monday.",
    ],
)
def test_a_bare_surname_after_not_a_but_b_is_b(pipeline, before):
    assert speaker_of(pipeline.analyze(_FLOOD_TOUR.format(before=before)), "rebuild every home").name == "Ann Hale"


@pytest.mark.parametrize(
    ("before", "name"),
    [
        # near misses: the negation on the later member, or none
        ("Sen. Tom Hale, and not his wife Ann Hale, toured the town on Monday.", "Tom Hale"),
        ("Sen. Tom Hale and his wife, Ann Hale, did not tour the town on Monday.", "Tom Hale"),
        ("Ann Hale, but not her husband Tom Hale, toured the town on Monday.", "Ann Hale"),
    ],
)
def test_a_negation_elsewhere_keeps_the_first_member(pipeline, before, name):
    assert speaker_of(pipeline.analyze(_FLOOD_TOUR.format(before=before)), "rebuild every home").name == name


# --- the same trade under the other synonym ---------------------------------------------------------

_APPEAL = 'Council vote\n\n{intro} said the vote was unfair. "We will appeal," she said.\n\n"The ruling is wrong," the {office} said.\n'


@pytest.mark.parametrize(
    ("intro", "office"),
    [
        ("Ruth Lee, the county's top lawyer,", "county attorney"),
        ("County Attorney Ruth Lee", "county lawyer"),
        ("Ruth Lee, the city's chief engineer,", "city engineer"),  # near miss: the same noun
    ],
)
def test_a_government_office_under_a_synonym_of_the_speakers_title_is_the_speaker(pipeline, intro, office):
    record = pipeline.analyze(_APPEAL.format(intro=intro, office=office))
    assert speaker_of(record, "ruling is wrong").name == "Ruth Lee"


def test_a_government_office_of_another_trade_is_not_the_speaker(pipeline):
    # near miss: the rule still fires for a trade the speaker's titles do not hold
    record = pipeline.analyze(_APPEAL.format(intro="Ruth Lee, a teller,", office="county coroner"))
    assert speaker_of(record, "ruling is wrong").name != "Ruth Lee"


# --- an indefinite noun after a copula whose subject is another -----------------------------------

_ALLIANCE = (
    "Parents form group\n\nSPRINGFIELD, Mo. — The Ozark Parents Alliance said on Monday that it would sue the "
    "district.\n\n{middle}\n\nThe group said in a statement that the suit was a waste of money.\n"
)


def _group_speaker(pipeline, middle: str):
    quotes = [q for q in pipeline.analyze(_ALLIANCE.format(middle=middle)).quotes if "waste of money" in q.text]
    assert quotes
    return quotes[0].speaker


@pytest.mark.parametrize(
    "middle",
    [
        "There is also a group of parents who oppose the suit.",
        "Its main rival is a group of parents who oppose the suit.",
        "The suit's loudest critic is a group of parents from the east side.",
        "The plaintiffs are a group of parents who oppose the board.",
    ],
)
def test_a_group_brought_in_after_a_copula_of_another_subject_is_not_the_body_named(pipeline, middle):
    speaker = _group_speaker(pipeline, middle)
    assert speaker is None or speaker.name != "Ozark Parents Alliance", speaker


@pytest.mark.parametrize(
    "middle",
    [
        # near misses: the copula says what the body is, by its name or a pronoun, said or denied
        "The Alliance is a group of parents from the east side.",
        "It is a group of parents from the east side.",
        '"We are a group of parents," said Ana Ruiz, who founded it.',
        "The Alliance is not a group of parents, critics say.",
    ],
)
def test_a_group_the_body_is_said_to_be_is_the_body_named(pipeline, middle):
    speaker = _group_speaker(pipeline, middle)
    assert speaker is not None and speaker.name == "Ozark Parents Alliance", speaker
