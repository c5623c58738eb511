"""What a body lays down or keeps speaks for the body: "A new Transport Department rule requires
…", "Harbor County Court precedents say …", "Port Authority statistics show …" (the rules
family of lexicons/document_nouns.txt, read like "a Harlow poll" for its author)."""

from __future__ import annotations

from tests.conftest import speaker_of


def test_a_rule_named_with_its_department_speaks_for_the_department(pipeline):
    record = pipeline.analyze(
        "Airlines face refund deadline\n\n"
        "A new Transport Department rule requires airlines to refund cancelled flights within seven days. "
        "Carriers had asked for thirty days.\n"
    )
    assert speaker_of(record, "refund cancelled flights").name == "Transport Department"


def test_statistics_named_with_their_agency_speak_for_the_agency(pipeline):
    record = pipeline.analyze(
        "Fewer ships call at Harbor City\n\n"
        "Last year's Port Authority statistics show that container traffic fell by a fifth. "
        "Dock workers blamed the new tolls.\n"
    )
    assert speaker_of(record, "container traffic fell").name == "Port Authority"


def test_court_precedents_speak_for_the_court(pipeline):
    record = pipeline.analyze(
        "Tenants lose appeal\n\n"
        "The tenants had hoped for a new hearing. But Harbor County Court precedents say that a "
        "landlord may end a lease on ninety days' notice, and the judge followed them.\n"
    )
    assert speaker_of(record, "may end a lease").name == "Harbor County Court"
