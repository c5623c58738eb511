"""'The nonprofit' is no company named with its legal form (seen55): "group" in a name fits
"the nonprofit" (``antecedents.body_words._ANY_BODY_HEADS``), so "Kessler Group Inc." took it
from the trust named after it (PolNeAR train: one "The nonprofit" went to a lobbying firm
"… Group Inc." the nonprofit had hired).

Every article here is invented for newsmine.
"""

from __future__ import annotations

from tests.conftest import speaker_of


def test_the_nonprofit_is_not_a_company_named_inc(pipeline):
    text = (
        "Pier dispute\n\n"
        "Kessler Group Inc. lobbied the council for the pier. The Harbor Trust paid the firm $40,000. "
        "The nonprofit said the pier was unsafe.\n"
    )
    assert speaker_of(pipeline.analyze(text), "pier was unsafe").name == "Harbor Trust"


def test_the_nonprofit_is_not_a_company_named_llc(pipeline):
    text = (
        "Pier dispute\n\n"
        "Parents for Safe Streets hired Bayside Group LLC last year. "
        "The nonprofit said on Monday that the pier was unsafe.\n"
    )
    assert speaker_of(pipeline.analyze(text), "pier was unsafe").name == "Parents for Safe Streets"


def test_the_nonprofit_may_still_be_a_group_with_no_legal_form(pipeline):
    # near miss: "… Group" without "Inc." may be a nonprofit; the latest body still fits
    text = "Pier dispute\n\nThe Harbor Trust paid Kessler Group to lobby for the pier. The nonprofit said the pier was unsafe.\n"
    assert speaker_of(pipeline.analyze(text), "pier was unsafe").name in ("Kessler Group", "Harbor Trust")


def test_the_company_is_still_a_company_named_inc(pipeline):
    # near miss: the legal form keeps "the company" for the company
    text = (
        "Pier dispute\n\n"
        "Kessler Group Inc. lost a lawsuit brought by the Harbor Trust. The company said the ruling had no merit.\n"
    )
    assert speaker_of(pipeline.analyze(text), "no merit").name == "Kessler Group Inc."
