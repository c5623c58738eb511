"""A union local's name the recogniser cut before its number ("The United Food and Packing
Workers Local 412 said" tagged up to "Local"; probe50's strike): the organisation runs on over
the number (entities/union_locals.py). Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


def _organisations(record) -> set[str]:
    return {e.name for e in record.entities if e.label == "ORG"}


def test_a_union_local_keeps_its_number(pipeline):
    record = pipeline.analyze(
        "Bakery strike\n\nThe Amalgamated Bakery and Confectionery Workers Local 207 said on Friday that its "
        'members would walk out at midnight.\n\n"We have waited long enough," the union said.\n'
    )
    assert "Amalgamated Bakery and Confectionery Workers Local 207" in _organisations(record)
    assert speaker_of(record, "walk out at midnight").name == "Amalgamated Bakery and Confectionery Workers Local 207"


def test_a_number_after_a_body_that_is_no_local_stays_out(pipeline):
    # near miss: a count right after a body's name is no part of it
    record = pipeline.analyze("Bakery strike\n\nThe Harbor Bakers Union said 207 members would walk out at midnight.\n")
    assert not any(name.endswith("207") for name in _organisations(record))


@pytest.mark.xfail(
    strict=True,
    reason="review51c, seen and left: a local numbered like a year ('Teamsters Local 2016', as 'Local 1199' "
    "is four digits) is tagged a date by the recogniser, and union_locals leaves a date out by design "
    "('Local 2024 elections'), so the union is 'Teamsters Local'. Telling a year from a local's number "
    "needs the words after it (a verb or a mark, not a noun).",
)
def test_a_union_local_numbered_like_a_year_keeps_its_number(pipeline):
    record = pipeline.analyze("Depot strike\n\nThe Teamsters Local 2016 said the depot would stay shut.\n")
    assert speaker_of(record, "depot would stay shut").name == "Teamsters Local 2016"
