"""A document given to the one the article says put it out, in two shapes no rule read (session
53, desc53b): a letter "signed by" someone (``named_authors._signed_letter``) and a lawsuit
brought by the agent of a passive "was sued by" (``authors._suing_agent``). Every text here is
invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_HEADLINE = "Agency weighs delay of water rule\n\n"


def test_a_letter_signed_by_a_senator_is_hers(pipeline):
    text = _HEADLINE + (
        "A letter signed by Senator Maria Velez reached the agency on Monday. The letter urges the "
        "agency to delay the rule by a year.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "delay the rule")
    assert (speaker.text, speaker.name) == ("The letter", "Maria Velez")


def test_a_bill_signed_by_the_governor_is_not_his(pipeline):
    # near miss: a governor who signs a bill enacts it; its sponsor speaks for it, not the signer
    text = _HEADLINE + (
        "A bill signed by Governor Tom Alden on Monday takes effect in July. The bill requires "
        "every town to test its water twice a year.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "test its water")
    assert speaker.name != "Tom Alden"


def test_a_lawsuit_brought_by_the_agent_of_a_passive_sue_is_the_plaintiffs(pipeline):
    text = _HEADLINE + (
        "Mayor Carl Benning was sued on Monday by the Harlow Tenants Union. The lawsuit claims that "
        "the city ignored safety complaints for years.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "ignored safety")
    assert (speaker.text, speaker.name) == ("The lawsuit", "Harlow Tenants Union")


def test_the_one_sued_never_speaks_for_the_lawsuit(pipeline):
    # near miss: a passive "sue" with no agent names no plaintiff, and the one sued is not one
    text = _HEADLINE + (
        "Mayor Carl Benning was sued on Monday over the city's shelters. The lawsuit claims that "
        "the city ignored safety complaints for years.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "ignored safety")
    assert speaker.name != "Carl Benning"


@pytest.mark.xfail(
    strict=True,
    reason="desc53b, left: a book the article gives its author only by 'has a new book out' (no 'by', "
    "no possessive, no verb of writing) stays no one's; 'The book says' should be the mayor's",
)
def test_a_new_book_the_mayor_has_out_is_his(pipeline):
    text = _HEADLINE + (
        "Mayor Carl Benning has a new book out this week. The book says that the city was nearly "
        "broke when he took office.\n"
    )
    assert speaker_of(pipeline.analyze(text), "nearly broke").name == "Carl Benning"
