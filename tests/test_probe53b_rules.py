"""Probe53b's rules, each on invented political news (tests/test_probe53b_beats.py holds the
probe itself), with near misses beside each where the rule must not fire:

- ``attribution/hyphenated_starts.py``: 'Ortiz said the e-mails showed …' — a content the parse
  opened inside a hyphenated word ('mails showed …') starts at the word, with its determiner;
- ``attribution/phrase_that_clauses.py``: 'said in an e-mail after the debate that the congressman
  had …' — a report's that-clause the parse hung on the noun of the cue's last phrase starts
  after the "that";
- ``speakers/quoted_indefinites.py``: '"You cannot cut an agency's staff …," she said. … The
  agency said' — an indefinite possessor inside a quotation brings in no unnamed body for the
  writer's description, which stays the body the article named.

Every text here is invented for newsmine.
"""

from __future__ import annotations

_HEAD = "Senators question agency chief\n\n"


def _contents(pipeline, text: str) -> list[str]:
    return [quote.text for quote in pipeline.analyze(text).quotes]


def _speaker_name(pipeline, text: str, snippet: str) -> str | None:
    quote = next(q for q in pipeline.analyze(text).quotes if snippet in q.text)
    return quote.speaker.name if quote.speaker is not None else None


# --- a content opening inside a hyphenated word ------------------------------------------------


def test_a_content_opening_inside_e_mails_starts_at_the_word(pipeline):
    text = _HEAD + "Ortiz said the e-mails showed nothing unusual.\n"
    assert "the e-mails showed nothing unusual" in _contents(pipeline, text)


def test_a_content_opening_inside_a_possessed_e_mail_takes_the_possessive(pipeline):
    text = _HEAD + "Sen. Mara Lee said her e-mail had been hacked during the campaign.\n"
    assert "her e-mail had been hacked during the campaign" in _contents(pipeline, text)


def test_a_content_opening_at_a_whole_hyphenated_word_is_unchanged(pipeline):
    # near miss: the parse kept the word whole; nothing to mend
    text = _HEAD + "The mayor said the co-pilot had flown the route before.\n"
    assert "the co-pilot had flown the route before" in _contents(pipeline, text)


# --- a that-clause hung on the noun of the cue's last phrase ----------------------------------


def test_a_that_clause_after_a_statement_and_a_time_phrase_is_the_report(pipeline):
    text = _HEAD + "Ward said in an e-mail after the debate that the congressman had won on substance.\n"
    assert "the congressman had won on substance" in _contents(pipeline, text)


def test_a_that_clause_after_a_written_statement_and_the_hearing_is_the_report(pipeline):
    text = _HEAD + (
        "The Environmental Protection Agency faced questions on Tuesday. The agency said in a written statement "
        "after the hearing that it expected to publish the final rule in the Federal Register by March.\n"
    )
    assert "it expected to publish the final rule in the Federal Register by March" in _contents(pipeline, text)


def test_a_relative_clause_on_a_phrase_of_a_verb_that_reports_nothing_is_kept(pipeline):
    # near miss: 'met' reports nothing; the clause describes the hearing
    text = _HEAD + "The panel met for an hour after the hearing that the senator had called.\n"
    assert not any(content.startswith("the senator had called") for content in _contents(pipeline, text))


def test_a_noun_with_its_own_that_clause_after_the_cue_is_kept_whole(pipeline):
    # near miss: the content opens at the noun the "that" clause belongs to ('reports that …')
    text = _HEAD + "Ward pointed to reports that the agency had shared drafts with advocacy groups.\n"
    assert not any(content.startswith("the agency had shared drafts") for content in _contents(pipeline, text))


def test_a_noun_complement_after_a_later_phrase_is_kept_whole(pipeline):
    # near miss: "that" is the mark of the noun's own clause ('news that …'), not a misread relative pronoun
    text = _HEAD + (
        "Ward called for the resignation of the administrator following news that the agency had shared drafts "
        "with advocacy groups.\n"
    )
    assert not any(content.startswith("the agency had shared drafts") for content in _contents(pipeline, text))


def test_a_plain_statement_that_clause_is_unchanged(pipeline):
    # near miss: no phrase between the statement and its clause
    text = _HEAD + "The ministry said in a statement that it would reopen the border on Monday.\n"
    assert "it would reopen the border on Monday" in _contents(pipeline, text)


# --- an indefinite noun inside a quotation ---------------------------------------------------


_AGENCY = (
    "Senators pressed the head of the Environmental Protection Agency on Tuesday over a delayed rule.\n\n"
    "Administrator Carla Benton said the delay was needed.\n\n"
)


def test_a_generic_agency_inside_a_quotation_leaves_the_agency_named(pipeline):
    text = _AGENCY + (
        '"You cannot cut an agency\'s staff and then ask why it moves slowly," she said.\n\n'
        "The agency said in a statement that it expected to publish the rule by March.\n"
    )
    assert _speaker_name(pipeline, text, "publish the rule") == "Environmental Protection Agency"


def test_an_agency_the_writer_brings_in_is_that_unnamed_one(pipeline):
    # near miss: the writer's own "an agency" is someone new, not the agency named before
    text = _AGENCY + (
        "An agency in Ohio that tests school water had warned of the problem in 2014.\n\n"
        "The agency said in a statement that it had sent its findings to Washington.\n"
    )
    assert _speaker_name(pipeline, text, "sent its findings") != "Environmental Protection Agency"
