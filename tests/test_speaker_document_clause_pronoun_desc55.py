"""A document whose relative clause names its author by "he" or "she", seen in session 55
(desc55's blind sample: '…, according to an account she gave to <a newspaper>', left no one's).
"a statement she released" is hers as "her statement" is; "account" is a document of what
someone told. Every text here is invented for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of

_LEAD = "Mayor Rosa Delgado spent Monday defending her budget before the council. "


def test_a_statement_she_released_is_hers(pipeline):
    text = "Mayor defends budget plan.\n\n" + _LEAD + "The plan would cut library hours, according to a statement she released on Sunday.\n"
    assert speaker_of(pipeline.analyze(text), "cut library hours").name == "Rosa Delgado"


def test_an_account_she_gave_to_a_newspaper_is_hers(pipeline):
    text = (
        "Mayor defends budget plan.\n\n" + _LEAD
        + "The governor told her that the cuts were not that simple, according to an account she gave to the Harlow Ledger.\n"
    )
    assert speaker_of(pipeline.analyze(text), "the cuts were not that simple").name == "Rosa Delgado"


def test_an_interview_he_gave_is_his(pipeline):
    text = (
        "Council split on budget.\n\n"
        "Council member Tom Avery said the cuts went too far. The library board should be consulted first, "
        "according to an interview he gave to the Harlow Ledger.\n"
    )
    assert speaker_of(pipeline.analyze(text), "library board should be consulted").name == "Tom Avery"


def test_a_letter_she_received_is_not_hers(pipeline):
    # near miss: "receive" does not put the letter out; the writer is someone else
    text = (
        "Mayor defends budget plan.\n\n" + _LEAD
        + "The cuts would hurt children, according to a letter she received from parents on Sunday.\n"
    )
    assert speaker_of(pipeline.analyze(text), "hurt children").name != "Rosa Delgado"


def test_a_report_he_read_is_not_his(pipeline):
    # near miss: reading a report does not write it
    text = (
        "Council split on budget.\n\n"
        "Council member Tom Avery spoke at length on Monday. Library visits fell by a third, according to a "
        "report he read aloud.\n"
    )
    assert speaker_of(pipeline.analyze(text), "Library visits fell").name != "Tom Avery"
