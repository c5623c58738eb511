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


# review55c's near misses: an interview's conductor asks, papers handed on may be another's, and
# an account held at a bank or a service is no one's telling of events.


def test_an_interview_she_conducted_is_not_hers(pipeline):
    # the detective asked; the driver answered
    text = (
        "Police question driver.\n\n"
        "Detective Rosa Delgado questioned the driver for six hours on Monday. The driver had been drinking "
        "before the crash, according to an interview she conducted with him at the station.\n"
    )
    assert speaker_of(pipeline.analyze(text), "had been drinking").name != "Rosa Delgado"


def test_documents_she_provided_are_not_hers(pipeline):
    # a former employee hands on the company's papers
    text = (
        "Whistleblower speaks out.\n\n"
        "Former accountant Rosa Delgado left Harlow Foods in March. The company hid its losses from investors "
        "for years, according to documents she provided to investigators.\n"
    )
    assert speaker_of(pipeline.analyze(text), "hid its losses").name != "Rosa Delgado"


def test_a_company_memo_he_circulated_is_not_his(pipeline):
    text = (
        "Union warns of cuts.\n\n"
        "Union steward Tom Avery has fought the plan for months. The plant would close by June, according to "
        "a company memo he circulated among workers on Friday.\n"
    )
    assert speaker_of(pipeline.analyze(text), "plant would close").name != "Tom Avery"


def test_a_speech_she_gave_is_still_hers(pipeline):
    # the handing-on verbs keep a person's own words: "give" a speech, an account, an interview
    text = (
        "Mayor defends budget plan.\n\n" + _LEAD
        + "The plan would save the city $4 million, according to a speech she gave to the Rotary Club.\n"
    )
    assert speaker_of(pipeline.analyze(text), "save the city").name == "Rosa Delgado"


def test_an_anonymous_twitter_account_is_not_twitters(pipeline):
    # "account" is a document (desc55), but one held at a service is not the service's words
    text = (
        "Mayor under fire.\n\n"
        "Mayor Rosa Delgado faced questions on Monday. An anonymous Twitter account posted that the vote had "
        "been rigged.\n"
    )
    assert speaker_of(pipeline.analyze(text), "vote had been rigged").name != "Twitter"


def test_an_agency_account_of_a_meeting_is_the_agencys(pipeline):
    # near miss of the guard above: a news agency's account is its report
    text = (
        "Council meets in private.\n\n"
        "Mayor Rosa Delgado faced questions on Monday. The council met behind closed doors for two hours, "
        "according to an Associated Press account of the meeting.\n"
    )
    assert speaker_of(pipeline.analyze(text), "behind closed doors").name == "Associated Press"
