"""'a congressional report', 'the congressional investigation': Congress reports and
investigates through its committees, so a report or an inquiry the adjective gives to Congress
speaks for the one committee of Congress the article names, even when named after it; never
when the article names two committees, nor for testimony given before Congress."""

from __future__ import annotations

from tests.conftest import speaker_of

_COMMITTEE = "Senate Commerce Committee"

_ARTICLE = (
    "Port agency hid data breach, lawmakers say\n\n"
    "WASHINGTON - Staff at the Federal Maritime Agency hid a breach of its cargo records for two "
    "years, according to a congressional report released on Tuesday.\n"
    "The report cited an internal agency audit as the first to find the intrusion.\n"
    "\"This is a failure of basic oversight,\" said Maria Ortiz, a Democratic senator from Oregon "
    f"who chairs the {_COMMITTEE}.\n"
    "The agency declined to comment.\n"
    "Agency managers told employees not to report the breach to the inspector general, the "
    "congressional report said.\n"
)


def test_a_congressional_report_is_the_committee_the_article_names(pipeline):
    record = pipeline.analyze(_ARTICLE)
    assert speaker_of(record, "hid a breach of its cargo records").name == _COMMITTEE
    assert speaker_of(record, "told employees not to report the breach").name == _COMMITTEE


def test_a_congressional_report_is_no_ones_when_two_committees_are_named(pipeline):
    text = _ARTICLE.replace(
        "The agency declined to comment.",
        "The House Homeland Security Committee plans a hearing. The agency declined to comment.",
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "told employees not to report the breach").name not in (_COMMITTEE,)


def test_congressional_testimony_is_not_the_committees(pipeline):
    text = _ARTICLE.replace(
        "the congressional report said.", "according to congressional testimony by the agency's director."
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "told employees not to report the breach").name != _COMMITTEE


def test_a_party_committee_is_no_committee_of_congress(pipeline):
    # a party's campaign committee is named 'Congressional' but opens with no chamber
    text = _ARTICLE.replace(
        "The agency declined to comment.",
        "The National Republican Congressional Committee raised the breach in an ad. The agency declined to comment.",
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "told employees not to report the breach").name == _COMMITTEE


def test_a_report_congress_is_not_given_is_not_the_committees(pipeline):
    # without the adjective the report is whoever the article says wrote it, not Congress's
    text = _ARTICLE.replace("the congressional report said.", "an outside auditor's report said.")
    record = pipeline.analyze(text)
    assert speaker_of(record, "told employees not to report the breach").name != _COMMITTEE
