"""Pron53's rules, each on invented news text: a case that fails without the rule, and a near
miss where it must not fire. What the rules are and what they changed on train is in
docs/history/speakers.md, "Session 53 — pron53"."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

# A relative's first name set off after "his wife," / "the senator's son," is a person's, though
# the recogniser tagged it a body or a place (train: "his first wife, Ivana, who … She signed an
# agreement" found no one for "She"; entities/person_labels._given_name_of_kin).
_KIN_TEXTS = [
    (
        "Governor kept former partners quiet\n\nALBANY, N.Y. — Gov. Raymond Kessler barred his first wife, "
        "Elena, who ran the family's hotel company with him for a decade, from writing about their marriage. "
        "She signed an agreement in 1994 that forbids her from giving interviews about the company.\n\n"
        '"It was the price of the divorce," she said in a brief phone call on Tuesday.\n',
        "price of the divorce",
        "Elena",
    ),
    (
        "Governor kept former partners quiet\n\nALBANY, N.Y. — Gov. Raymond Kessler barred his first wife, "
        "Marta, who ran the family's hotel company with him for a decade, from writing about their marriage.\n\n"
        '"It was the price of the divorce," she said in a brief phone call on Tuesday.\n',
        "price of the divorce",
        "Marta",
    ),
]


@pytest.mark.parametrize(("text", "snippet", "name"), _KIN_TEXTS)
def test_a_relatives_first_name_after_a_kin_noun_is_a_person(pipeline, text, snippet, name):
    speaker = speaker_of(pipeline.analyze(text), snippet)
    assert (speaker.name, speaker.kind) == (name, "person")


@pytest.mark.parametrize("owned", ["its sister company", "the founder's wife's company"])
def test_a_body_set_off_after_a_sister_company_stays_a_body(pipeline, owned):
    # near miss: a kin word that only modifies or owns "company", the noun the name is set off after
    text = (
        f"Plant to close\n\nNorthgate Foods said on Monday that {owned}, Halcyon, would close the "
        "plant in March. Halcyon said it would offer jobs to 40 of the 300 workers.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "offer jobs")
    assert (speaker.name, speaker.kind) == ("Halcyon", "organisation")


@pytest.mark.parametrize("owner_noun", ["its partner", "its parent"])
def test_a_body_set_off_after_an_owners_partner_stays_a_body(pipeline, owner_noun):
    # near miss: an owner's noun that is no relative ("its partner, Duracorp,", "its parent,")
    text = (
        f"Bridge contract awarded\n\nThe state chose Keller Construction and {owner_noun}, Duracorp, to rebuild "
        "the bridge. Duracorp said in a statement that it would hire 200 local workers.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "hire 200 local workers")
    assert speaker.kind == "organisation"


# Seen while probing: a fault left (strict xfail), and a train shape that resolves right here (a guard).


@pytest.mark.xfail(
    strict=True,
    reason="a local body written in lower case ('the Portland school board') is no entity: its own "
    "quote is named by the words as written, but 'The board said' finds no organisation and the 'It "
    "said' after it follows a speaker with no name (pron53's 'board' article)",
)
def test_the_board_after_a_lower_case_school_board(pipeline):
    text = (
        "School board keeps later start times\n\nPORTLAND, Ore. — The Portland school board voted 5-2 on "
        "Tuesday to keep later start times for high schools.\n\nThe board said the later start had improved "
        "attendance. It said it would ask the district to find money for more buses.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "find money for more buses")
    assert speaker.name == "Portland school board"


def test_she_in_a_lead_whose_subject_is_a_description(pipeline):
    # seen, right: the train shape ('The head of the Service Employees International Union is
    # worried …, because she thinks he can win', Mary Kay Henry named later, left unresolved there)
    # does not fail on this invented text; kept as a guard
    text = (
        "Union chief says governor can win\n\nThe head of the state teachers union is worried about "
        "the governor's appeal to her 90,000 members, because she thinks he can win a second term.\n\n"
        "In an interview on Monday, Carla Mendes, the union's president, said members liked his stand "
        "on school funding.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "can win a second term")
    assert speaker.name == "Carla Mendes"
