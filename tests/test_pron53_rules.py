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


# xfail54 (pron53's xfail): a local body written in lower case ('the Portland school board') is no
# entity; "The board said" right after it is that body as written (speakers/bodies_as_written.py),
# and the 'It said' after follows it.
def test_the_board_after_a_lower_case_school_board(pipeline):
    text = (
        "School board keeps later start times\n\nPORTLAND, Ore. — The Portland school board voted 5-2 on "
        "Tuesday to keep later start times for high schools.\n\nThe board said the later start had improved "
        "attendance. It said it would ask the district to find money for more buses.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "find money for more buses")
    assert speaker.name == "Portland school board"


def test_another_board_after_a_lower_case_school_board_is_not_it(pipeline):
    # near miss: "The county board" is another board than the school board just named
    text = (
        "School board keeps later start times\n\nPORTLAND, Ore. \u2014 The Portland school board voted 5-2 on "
        "Tuesday to keep later start times for high schools.\n\nThe county board said the later start had "
        "cost too much.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "cost too much")
    assert speaker.name != "Portland school board"


_SCHOOL_BOARD_LEAD = (
    "School board keeps later start times\n\nPORTLAND, Ore. \u2014 The Portland school board voted 5-2 on "
    "Tuesday to keep later start times for high schools."
)


# review54c: another board written between the school board and "The board said" (one that
# reported nothing, so no speaker) is the board meant; the rule reached back past it.
def test_the_board_after_another_board_that_said_nothing_is_not_the_school_board(pipeline):
    text = (
        _SCHOOL_BOARD_LEAD + "\n\nThe hospital board at Providence Medical Center met on Wednesday. "
        "The board said it would cut 40 jobs.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "cut 40 jobs")
    assert speaker.name != "Portland school board"


@pytest.mark.parametrize(
    "between",
    [" Two of the board's members were absent.", " Two members of the school board were absent."],
    ids=["the-boards-members", "members-of-the-school-board"],
)
def test_the_same_board_written_again_between_keeps_the_board_the_school_board(pipeline, between):
    # near misses: the school board written again ('the board's', 'the school board') is no other board
    text = _SCHOOL_BOARD_LEAD + between + "\n\nThe board said the later start had improved attendance.\n"
    speaker = speaker_of(pipeline.analyze(text), "improved attendance")
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


# review53g: a place's or a body's "sister" is a sister city or paper, no relative; the rule's
# owner must be someone ("Portland's sister, Sapporo," was made a person, so Sapporo's "it said"
# went to a person). The same shapes with a person's owner keep the relative's name a person.


@pytest.mark.parametrize(
    ("text", "snippet", "name"),
    [
        (
            "Twin towns\n\nPortland's sister, Sapporo, sent a delegation. Sapporo said it would send another next year.\n",
            "send another next year",
            "Sapporo",
        ),
        (
            "Paper to close\n\nThe Ledger's sister, Sentinel, will close in May. Sentinel said it would keep its website.\n",
            "keep its website",
            "Sentinel",
        ),
    ],
)
def test_a_sister_city_or_paper_set_off_after_its_owner_stays_a_body(pipeline, text, snippet, name):
    speaker = speaker_of(pipeline.analyze(text), snippet)
    assert (speaker.name, speaker.kind) == (name, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "Clinic visit\n\nFormer President Dan Morrow and his daughter, Chelsea, and son-in-law, Marc, visited the "
        "clinic on Monday. She said the clinic had changed lives.\n",
        "Clinic visit\n\nThe senator's daughter, Chelsea, visited the clinic on Monday. She said the clinic had "
        "changed lives.\n",
    ],
)
def test_a_relatives_place_like_first_name_after_a_persons_kin_noun_is_a_person(pipeline, text):
    # guard for the owner test: 'his daughter, Chelsea,' and 'the senator's daughter, Chelsea,'
    # (tagged a body) stay the relative, though 'Chelsea' is a place's name too
    speaker = speaker_of(pipeline.analyze(text), "changed lives")
    assert (speaker.name, speaker.kind) == ("Chelsea", "person")


@pytest.mark.xfail(
    strict=True,
    reason="review53g, seen and left: the kin rule makes 'Austin' a person, but the 'He said' after "
    "'Mayor Ann Kerr's brother, Austin, owns the building.' finds no one (the same with 'her brother, "
    "Austin, who owns …'), cause not traced (Austin is a person after the rule)",
)
def test_he_after_a_relative_named_by_a_place_like_given_name(pipeline):
    text = (
        "Building dispute\n\nMayor Ann Kerr's brother, Austin, owns the building. He said the city had never "
        "asked to buy it.\n"
    )
    assert speaker_of(pipeline.analyze(text), "never asked to buy it").name == "Austin"


def test_a_sisters_first_name_after_a_named_owner_is_a_person(pipeline):
    # guard for the owner test: a named owner's "sister" before a first name of the lists is a
    # relative, however the recogniser tagged the owner's surname (it tags surnames bodies:
    # train's "Trump's wife, Melania," and "Schilling's son, Grant,")
    text = (
        "Governor kept family quiet\n\nALBANY, N.Y. — Gov. Raymond Kessler's sister, Elena, who ran the "
        "family's hotel company for a decade, was barred from writing about it. She signed an agreement "
        "in 1994 that forbids her from giving interviews about the company.\n\n"
        '"It was the price of peace," she said in a brief phone call on Tuesday.\n'
    )
    speaker = speaker_of(pipeline.analyze(text), "price of peace")
    assert (speaker.name, speaker.kind) == ("Elena Kessler", "person")  # the family name inferred
