"""A website the mention gives an owner speaks for that owner ("its website", "the company
website"), not for the latest news outlet; a site named by its outlet stays the outlet's."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_LEAD = (
    "Donor firm draws scrutiny\n\n"
    "The Ledger reported on Monday that a small firm had given money to the Lee campaign.\n\n"
)
_GAVE = "Halvorsen Foods Inc. gave $5,000 to the campaign in 2014. The firm sells frozen pies in three states, "

CASES = {
    "the company website is the company just named": (
        "Halvorsen Foods Inc., a New Jersey company, gave $5,000 to the campaign in 2014, according to "
        "state records. It was the only campaign donation the company ever made. The company website "
        "says the firm sells frozen pies.",
        "Halvorsen Foods Inc.",
    ),
    "its website is the body its stands for": (_GAVE + "according to its website.", "Halvorsen Foods Inc."),
    # guard: "the Ledger website" names its owner by name, as before
    "a website named by its outlet is the outlet's": (_GAVE + "according to the Ledger website.", "Ledger"),
    # guard (session 30, review30b): "a company website" is some company's, not the one just named
    "a company website is no company named before": (_GAVE + "according to a company website.", None),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_websites_owner_speaks_for_it(pipeline, case):
    sentences, expected = CASES[case]
    record = pipeline.analyze(f"{_LEAD}{sentences}\n")
    assert speaker_of(record, "frozen pies").name == expected


def test_its_website_is_no_persons(pipeline):
    # Guard (session 31, review31): "its" is a body's. Ranked as "it", it takes the report just
    # named, which speaks for its author, a person; the website stays the shop's.
    record = pipeline.analyze(
        "Bakeries draw crowds\n\n"
        "Maria Delgado released a report on Monday about small bakeries. The shop sells frozen pies "
        "in three states, according to its website.\n"
    )
    assert speaker_of(record, "frozen pies").kind != "person"
