"""Review44c: misfires of session 44's merges (seen44b, surname44) on invented news, guarded,
with the near-misses that must stay as they are. Every text here is invented for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of


def _envoy_row(first: str, second: str) -> str:
    return (
        "Envoy summoned over trade remarks\n\n"
        f"{first} summoned the ambassador on Thursday over remarks about grain quotas.\n\n"
        f'"Such remarks have no place between partners," {second} said in a statement.\n'
    )


def test_the_australian_ministry_is_not_austrias(pipeline):
    # "australian" shares a long stem with "austria", but is another country's adjective
    record = pipeline.analyze(_envoy_row("Austria's foreign ministry", "the Australian foreign ministry"))
    assert speaker_of(record, "no place between").name == "Australian foreign ministry"


def test_nation_adjectives_of_the_same_country_still_meet_its_body(pipeline):
    for place, adjective in (("Austria", "Austrian"), ("Norway", "Norwegian"), ("Italy", "Italian"), ("Canada", "Canadian")):
        record = pipeline.analyze(_envoy_row(f"{place}'s foreign ministry", f"the {adjective} foreign ministry"))
        assert speaker_of(record, "no place between").name == f"{place}'s foreign ministry"


def test_a_lead_teacher_is_not_the_principal_named_later(pipeline):
    # two trades are two people, though the second is "the principal, …"
    text = (
        "Flooded school reopens\n\nA teacher at Harwood Middle School said on Monday that lessons would resume "
        "next week in borrowed classrooms.\n\n"
        '"Every room has been dried and checked," said the principal, Dennis Achebe.\n'
    )
    assert speaker_of(pipeline.analyze(text), "lessons would resume").name != "Dennis Achebe"


def test_a_lead_official_is_the_minister_named_as_the(pipeline):
    # a general word ("official") may be the one the body names by office
    text = (
        "Tariff plan\n\nA senior official said on Friday that the tariff would be halved by spring.\n\n"
        '"We have listened to the farmers," said the trade minister, Ilse Varga.\n'
    )
    assert speaker_of(pipeline.analyze(text), "tariff would be halved").name == "Ilse Varga"


def test_the_companies_are_not_the_regulator_that_fined_them(pipeline):
    text = (
        "Cartel fines\n\nThe Competition Commission fined Dunmore Cement Ltd. for fixing prices and barred "
        "Ashby Aggregates Ltd. from public tenders, the companies said.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "fixing prices")
    assert speaker.name == "Dunmore Cement Ltd."
