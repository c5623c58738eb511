"""Organisational descriptions seen wrong in session 40 (desc40): "the group" after a group's
name the recogniser tagged a product or a title stands for it; "a group of nurses" is unnamed
people, never a body named near it nor its own capitalised plural. Every text here is
invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("name", ["Lakeview Promise", "Green Lives Matter"])
def test_the_group_is_a_name_tagged_a_product(pipeline, name):
    text = (
        "Parents speak out\n\n"
        "The father of a student hurt in the Lakeview shooting now helps lead a program called "
        f"{name}. The group says stricter storage rules would save lives.\n"
    )
    assert speaker_of(pipeline.analyze(text), "storage rules").name == name


def test_a_report_title_named_after_the_group_is_not_the_group(pipeline):
    text = (
        "Tenants fault landlords\n\n"
        'The Riverside Tenants Union released a report, "Homes Not Hotels," on Friday. The group '
        "said rents had risen 30 percent.\n"
    )
    assert speaker_of(pipeline.analyze(text), "rents had risen").name == "Riverside Tenants Union"


_PICKET = (
    "Nurses to picket governor's speech\n\n"
    "A group of nurses is planning to picket Gov. Lena Ortiz's speech on Tuesday before a leading "
    "hospital industry group, the Coastal Health Alliance.\n\n"
    "While a group of retired Teachers said they would join the picket, some unions are staying away.\n"
)


def test_a_group_of_people_is_not_the_body_named_after_it(pipeline):
    speaker = speaker_of(pipeline.analyze(_PICKET), "to picket")
    assert speaker.name != "Coastal Health Alliance"
    assert speaker.kind == "anonymous"


def test_a_group_of_people_is_not_its_capitalised_plural(pipeline):
    speaker = speaker_of(pipeline.analyze(_PICKET), "join the picket")
    assert speaker.name != "Teachers"
    assert speaker.kind == "anonymous"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # no body named: the album and the report in quotation marks are works, not the group
        (
            'Band returns\n\nColdplay released the album "Moon Music" on Friday. The group said the record was its last.\n',
            "the record was its last",
        ),
        (
            (
                'Food banks stretched\n\nA report titled "Hungry Nation" was released on Monday by a coalition '
                "of food banks. The group said demand had doubled.\n"
            ),
            "demand had doubled",
        ),
    ],
    ids=["album", "report"],
)
def test_the_group_is_never_a_title_in_quotation_marks(pipeline, text, words):
    speaker = speaker_of(pipeline.analyze(text), words)
    assert speaker.name not in ("Moon Music", "Hungry Nation")


@pytest.mark.parametrize("people", ["children", "women"])
def test_a_group_of_people_with_an_irregular_plural_is_unnamed_people(pipeline, people):
    text = f"Park plan gets support\n\nA group of {people} from the Bayside Youth Club said they wanted a new park.\n"
    speaker = speaker_of(pipeline.analyze(text), "a new park")
    assert speaker.kind == "anonymous"
