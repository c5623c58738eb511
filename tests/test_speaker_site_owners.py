"""A website the mention gives an owner speaks for that owner ("its website", "the company
website"), not for the latest news outlet; a site named by its outlet stays the outlet's."""

from __future__ import annotations

from tests.conftest import speaker_of


def _donor(sentences: str) -> str:
    return (
        "Donor firm draws scrutiny\n\n"
        "The Ledger reported on Monday that a small firm had given money to the Lee campaign.\n\n"
        f"{sentences}\n"
    )


def test_the_company_website_is_the_company_just_named(pipeline):
    record = pipeline.analyze(
        _donor(
            "Halvorsen Foods Inc., a New Jersey company, gave $5,000 to the campaign in 2014, according "
            "to state records. It was the only campaign donation the company ever made. The company "
            "website says the firm sells frozen pies."
        )
    )
    assert speaker_of(record, "the firm sells frozen pies").name == "Halvorsen Foods Inc."


def test_its_website_is_the_body_its_stands_for(pipeline):
    record = pipeline.analyze(
        _donor(
            "Halvorsen Foods Inc. gave $5,000 to the campaign in 2014. The firm sells frozen pies in "
            "three states, according to its website."
        )
    )
    assert speaker_of(record, "frozen pies in three states").name == "Halvorsen Foods Inc."


def test_a_website_named_by_its_outlet_is_the_outlets(pipeline):
    # Guard: "the Ledger website" names its owner by name, as before.
    record = pipeline.analyze(
        _donor(
            "Halvorsen Foods Inc. gave $5,000 to the campaign in 2014. The firm sells frozen pies in "
            "three states, according to the Ledger website."
        )
    )
    assert speaker_of(record, "frozen pies in three states").name == "Ledger"
