"""Name faults session 65 left (session 66, names66). Every text here is invented for newsmine.

1. A full name the recogniser tags a body ("Wayra Apaza said", "Kathir Velan told reporters"),
   whose first name no list knows, is a person when its last word speaks alone later ("Apaza
   said"): news shorten a person to the surname, a company to its first word ("Goldman said").
"""

from __future__ import annotations

import pytest

_HEADLINE = "Water rationing begins in the valley.\n"


def _speakers(pipeline, body: str) -> list[tuple[str | None, str | None, str]]:
    """(as written, name, kind) of each quote's speaker of the article, the headline's left out."""
    record = pipeline.analyze(_HEADLINE + body + "\n")
    return [(q.speaker.text, q.speaker.name, q.speaker.kind.value) for q in record.quotes if q.speaker is not None]


# --- 1. a full name tagged a body, whose surname speaks alone later ----------------------------


@pytest.mark.parametrize(
    ("full", "surname", "verb"),
    [
        ("Wayra Apaza", "Apaza", "said"),  # Quechua
        ("Kathir Velan", "Velan", "told reporters"),  # Tamil
    ],
)
def test_a_full_name_tagged_a_body_whose_surname_speaks_is_a_person(pipeline, full, surname, verb):
    body = (
        f"{full} {verb} the community had waited six years for a pipeline.\n\n"
        f'"This is our water," {surname} said on Wednesday.'
    )
    assert _speakers(pipeline, body) == [(full, full, "person"), (surname, full, "person")]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a company shortened to its first word: the first word speaks alone
        ('Goldman Sachs said the quarter had been strong.\n\n"We are pleased," Goldman said on Wednesday.', "Goldman Sachs"),
        # a company shortened to its last word, opened by a people's or a group's word
        ('Deutsche Telekom said the deal would close in March.\n\n"We are pleased," Telekom said on Wednesday.', "Deutsche Telekom"),
        ('Royal Dutch Shell said output would fall in March.\n\n"We are cautious," Shell said on Wednesday.', "Royal Dutch Shell"),
        # a body's last word, and no lone word speaking
        ("Bain Capital said the deal would close in March.", "Bain Capital"),
        ("Amnesty International said the prisoners had been held without charge.", "Amnesty International"),
    ],
)
def test_bodies_that_speak_stay_bodies(pipeline, body, name):
    speakers = _speakers(pipeline, body)
    assert speakers[0] == (name, name, "organisation")


@pytest.mark.xfail(
    strict=True,
    reason="the recogniser tags 'Morgan Stanley' a person (both words first names of the lists) and no rule "
    "knows the bank; names66's rule only makes people of bodies, so it is not the cause",
)
def test_morgan_stanley_said_is_a_body(pipeline):
    body = "Morgan Stanley said the quarter had been strong for trading."
    assert _speakers(pipeline, body)[0][2] == "organisation"
