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

Review53 added, after each rule's own tests, the misfires a sceptical reading found (a dateline's
dash taken for a hyphen; a relative clause whose "that" fills its verb's gap taken for a report)
with their fixes, more near misses, and what is left as strict xfails.

Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

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


def test_a_dateline_glued_to_the_content_by_its_dash_stays_out(pipeline):
    # review53: the dash after 'WASHINGTON' is no hyphen of a word; the dateline rule cut it off first
    text = _HEAD + "WASHINGTON-Taxes will rise next year, the senator said.\n"
    contents = _contents(pipeline, text)
    assert "Taxes will rise next year" in contents
    assert not any("WASHINGTON" in content for content in contents)


def test_a_content_opening_inside_re_election_starts_at_the_word(pipeline):
    text = _HEAD + "Warren said re-election was not on her mind.\n"
    assert "re-election was not on her mind" in _contents(pipeline, text)


def test_a_hyphenated_speaker_before_the_cue_is_untouched(pipeline):
    # near miss: the hyphenated word is the speaker's name, before the cue; the content follows it
    text = _HEAD + "Jean-Pierre Dubois said the talks had collapsed.\n"
    assert "the talks had collapsed" in _contents(pipeline, text)
    assert _speaker_name(pipeline, text, "talks had collapsed") == "Jean-Pierre Dubois"


def test_a_content_opening_with_x_rays_is_whole(pipeline):
    # near miss: a content before and after the cue opening with a hyphenated word kept whole
    text = _HEAD + (
        "The doctor said X-rays showed no fracture. Anti-abortion groups had spent heavily in the state, Warren said.\n"
    )
    contents = _contents(pipeline, text)
    assert "X-rays showed no fracture" in contents
    assert "Anti-abortion groups had spent heavily in the state" in contents


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


@pytest.mark.parametrize("tail", ["", " for May"])
def test_a_relative_clause_whose_that_fills_its_verbs_gap_is_kept(pipeline, tail):
    # review53 near miss: "that" is the object "scheduled" lacks (with or without a time phrase),
    # and "testified" needs no content
    text = _HEAD + f"Ward testified at the hearing after the vote that the committee had scheduled{tail}.\n"
    assert not any(content.startswith("the committee had scheduled") for content in _contents(pipeline, text))


def test_a_that_clause_after_a_day_and_a_vote_is_the_report(pipeline):
    # near miss for the rule itself: the parse gives "said" its clause; nothing to mend
    text = _HEAD + "Ward said on the day after the vote that the party had lost its way.\n"
    assert "the party had lost its way" in _contents(pipeline, text)


def test_a_that_after_a_book_in_an_interview_phrase_is_left(pipeline):
    # near miss: the noun before "that" is an object inside the phrase, no pobj of a cue's phrase
    text = _HEAD + (
        "Ward said in an interview with the man who wrote the book that inspired the film that he regretted nothing.\n"
    )
    assert not any(content.startswith("inspired the film") for content in _contents(pipeline, text))


@pytest.mark.xfail(
    strict=True,
    reason="review53: 'argued in court after the ruling that the judge had erred' — the parse makes "
    "'that' the object of 'erred', as it makes it the object of 'scheduled' in 'testified at the hearing "
    "after the vote that the committee had scheduled'; without a verb's transitivity the two read alike, "
    "so the rule fires only for 'say'/'tell' (which need a content) or a clause with an object of its own",
)
def test_a_that_clause_after_argued_in_court_and_the_ruling_is_the_report(pipeline):
    text = _HEAD + "Ward argued in court after the ruling that the judge had erred.\n"
    assert "the judge had erred" in _contents(pipeline, text)


@pytest.mark.xfail(
    strict=True,
    reason="review53: 'said in a statement after the hearing that the panel had called that she would "
    "resign' — a real relative clause before the report's own that-clause; the parse hangs the second "
    "clause on 'called', and the rule (like main before it) keeps 'the panel had called that …'",
)
def test_a_report_after_a_real_relative_clause_on_the_phrase_is_the_second_clause(pipeline):
    text = _HEAD + "Ward said in a statement after the hearing that the panel had called that she would resign.\n"
    wards = [q.text for q in pipeline.analyze(text).quotes if q.speaker is not None and q.speaker.name == "Ward"]
    assert wards == ["she would resign"]


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


_HARLOW = "Investigators questioned executives of Harlow Mining Corp. on Monday.\n\n"


def test_a_quoted_generic_company_leaves_the_company_named(pipeline):
    # review53: the rule with another body ('a company's books' in a union leader's words)
    text = _HARLOW + (
        '"A company\'s books should be open to its workers," said union leader Dana Pike.\n\n'
        "The company said in a statement that its books were audited every year.\n"
    )
    assert _speaker_name(pipeline, text, "audited every year") == "Harlow Mining Corp."


def test_an_agency_possessor_outside_quotation_marks_is_still_brought_in(pipeline):
    # review53 near miss: the writer's own "An agency's lawyer" is someone new, even after a quoted generic
    text = _AGENCY + (
        '"You cannot cut an agency\'s staff and then ask why it moves slowly," she said.\n\n'
        "An agency's lawyer in Ohio later wrote to the committee. "
        "The agency said in a statement that it had sent its findings to Washington.\n"
    )
    assert _speaker_name(pipeline, text, "sent its findings") != "Environmental Protection Agency"
