"""Session 45 (seen45b): faults the probes of this session left, on invented text.

A stage name, a pen name or a nickname given in a relative clause or participle ("Kwame Asante,
who performs as K. Sante") is the person named in full, not a second person; "who goes by the
nom de guerre Sokol" names an unnamed commander; a name set off after an office only a person
holds ("Its chief executive, Olu Barnes,") is a person whatever the recogniser's tag; "Prince
George's County" is a place, not a royal "George"; "Opening Budget Questions, the shadow
chancellor, Anna Hart, said" is Hart's, not the session's. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest


def _quote(record, snippet):
    found = [q for q in record.quotes if snippet in q.text]
    assert found, [q.text for q in record.quotes]
    return found[0]


@pytest.mark.parametrize(
    ("text", "snippet", "name"),
    [
        (
            (
                "Album finally out\n\nThe record was made by Tomasz Wilk, who records as T. Wolf, in a barn near "
                'Gdansk. "I wanted it to sound like rain," Wolf said.\n'
            ),
            "sound like rain",
            "Tomasz Wilk",
        ),
        (
            (
                "Strike enters third week\n\nRosa Delgado, known as La Jefa, said the strike would go on. "
                '"We stay until they pay," La Jefa said.\n'
            ),
            "We stay until",
            "Rosa Delgado",
        ),
        (
            (
                "Boxer returns\n\nThomas Reed, nicknamed Tiger Tom, said he would fight again in May. "
                '"I am not finished," Tiger Tom said.\n'
            ),
            "not finished",
            "Thomas Reed",
        ),
    ],
)
def test_an_alias_given_in_apposition_speaks_for_the_person_named_in_full(pipeline, text, snippet, name):
    # the alias was a second person of its own, whose later mentions spoke in its name
    record = pipeline.analyze(text)
    assert _quote(record, snippet).speaker.name == name
    assert name in [e.name for e in record.entities if e.label == "PERSON"]


def test_a_person_met_in_a_relative_clause_is_no_alias(pipeline):
    text = (
        "Plan approved\n\nMaria Lopez, who worked with John Hale for a decade, said the plan was sound. "
        '"It works," Hale said.\n'
    )
    assert _quote(pipeline.analyze(text), "It works").speaker.name == "John Hale"


def test_a_relative_clause_that_goes_by_a_name_names_the_unnamed_speaker(pipeline):
    # "a commander who goes by …" stayed an unnamed commander: only the participle "going by" named one
    text = (
        "Fighting near the dam\n\nA militia leader who goes by the nom de guerre Kestrel said his men held the dam. "
        '"We will not leave it," he told reporters.\n'
    )
    record = pipeline.analyze(text)
    assert _quote(record, "held the dam").speaker.name == "Kestrel"
    assert _quote(record, "will not leave").speaker.name == "Kestrel"


def test_going_by_bus_names_no_one(pipeline):
    text = "Road fears\n\nA boy who goes by bus every day said the road was dangerous.\n"
    speaker = _quote(pipeline.analyze(text), "road was dangerous").speaker
    assert speaker.name != "bus"


def test_a_name_set_off_after_a_personal_office_is_a_person(pipeline):
    # "Olu Barnes" (a given name the lists lack) was tagged an organisation
    text = (
        "Museum to reopen\n\nThe Coastal Museum will reopen in June. Its chief executive, Femi Lawal, told staff "
        'in an email that "every gallery will be ready."\n'
    )
    record = pipeline.analyze(text)
    assert ("Femi Lawal", "PERSON") in [(e.name, e.label) for e in record.entities]
    assert _quote(record, "every gallery").speaker.kind.value == "person"


def test_a_firm_set_off_after_a_role_firms_play_stays_a_firm(pipeline):
    text = "Unit for sale\n\nThe company hired an adviser, Goldman Sachs, to sell the unit, a spokesman said.\n"
    labels = {e.name: e.label for e in pipeline.analyze(text).entities}
    assert labels.get("Goldman Sachs") == "ORG"


@pytest.mark.parametrize("place", ["Prince George's County", "Prince William County"])
def test_a_place_named_after_a_titled_person_is_no_person(pipeline, place):
    # "Prince George's County" gave a person "George" (the royal title cut off), who then "said"
    text = f"Arrest made\n\nPolice in {place} said a man had been arrested after a chase on Sunday.\n"
    record = pipeline.analyze(text)
    assert not [e.name for e in record.entities if e.label == "PERSON"]
    assert place in [e.name for e in record.entities]


@pytest.mark.parametrize(
    ("text", "snippet", "name"),
    [
        (
            (
                "Row over care costs\n\nTempers rose in the chamber. Opening First Minister's Questions, the leader "
                'of the Greens, Isla Munro, accused him of "hiding the true cost."\n'
            ),
            "hiding the true cost",
            "Isla Munro",
        ),
        (
            (
                "Budget day\n\nThe hall was packed. Opening Budget Questions, the shadow chancellor, Anna Hart, said "
                'the plan was "built on sand."\n'
            ),
            "built on sand",
            "Anna Hart",
        ),
    ],
)
def test_a_participle_opening_the_sentence_is_no_part_of_the_speaker(pipeline, text, snippet, name):
    # the parse reads "Opening" as an adjective of the session's name, which became the
    # subject (unresolved); the speaker is the noun phrase set off after the comma
    assert _quote(pipeline.analyze(text), snippet).speaker.name == name


def test_a_participle_before_a_persons_name_keeps_the_name(pipeline):
    text = "Vote tonight\n\nThe vote was close. Leading Democrat Ann Cole, a senator, said the bill would pass.\n"
    speaker = _quote(pipeline.analyze(text), "bill would pass").speaker
    assert speaker.name == "Ann Cole"
    assert speaker.text == "Leading Democrat Ann Cole"
