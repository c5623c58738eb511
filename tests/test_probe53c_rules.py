"""Probe53c's rules, each on invented political news (tests/test_probe53c_beats.py holds the
probe itself), with near misses beside each where the rule must not fire:

- ``attribution/phrase_that_clauses.py``: 'wrote in a note to clients that slow sign-ups could
  …' — the parse makes 'to clients' the cue's dative and hangs the report's clause on 'clients'
  as a relative clause; a dative is one of the cue's phrases, so the content starts after "that";
- ``speakers/party_appositions.py``: 'Rep. Dale Harkins, a Texas Republican who backed the policy'
  — a "who" on a party word (tagged NORP) in apposition to a named person is that person, not an
  unnamed "Republican".

Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

_HEAD = "Insurer's shares fall\n\n"


def _contents(pipeline, text: str) -> list[str]:
    return [quote.text for quote in pipeline.analyze(text).quotes]


# --- a report's that-clause after the cue's dative ----------------------------------------------


def test_a_clause_after_a_note_to_clients_starts_after_that(pipeline):
    text = (
        _HEAD + "The shares fell after an analyst at Morgan Hale, Priya Natarajan, wrote in a note to clients that slow "
        'sign-ups could leave the insurer with "an older, sicker and more expensive pool" of customers.\n'
    )
    contents = _contents(pipeline, text)
    assert 'slow sign-ups could leave the insurer with "an older, sicker and more expensive pool" of customers' in contents
    assert not any(content.startswith("a note") for content in contents)


def test_a_note_to_clients_parsed_as_a_plain_phrase_is_unchanged(pipeline):
    # near miss: the parse gives 'wrote' the clause itself; nothing to mend
    text = _HEAD + "An analyst at Dunmore Securities wrote in a note to clients that weak demand could leave the airline with empty planes.\n"
    assert "weak demand could leave the airline with empty planes" in _contents(pipeline, text)


@pytest.mark.xfail(
    strict=True,
    reason="'wrote in a letter to clients that new rules could cost …': the parse hangs the clause on 'letter', the "
    "noun of the phrase the content opens in; phrase_that_clauses leaves a noun's own clause there ('pointed to "
    "reports that …') and complements_parsed_relative leaves document nouns ('in a statement that the mayor "
    "released'), so the content keeps 'a letter to clients that …'",
)
def test_a_clause_hung_on_the_letter_itself_starts_after_that(pipeline):
    text = _HEAD + "Ross Kim, an analyst at Lorne, wrote in a letter to clients that new rules could cost the lender millions.\n"
    assert "new rules could cost the lender millions" in _contents(pipeline, text)


# --- a "who" on a party word in apposition to a named person --------------------------------------

_HILL = "Ruling draws fire on Capitol Hill\n\n"


def _speakers(pipeline, text: str) -> dict[str, str | None]:
    return {quote.text: (quote.speaker.name if quote.speaker is not None else None) for quote in pipeline.analyze(text).quotes}


def test_a_who_on_a_party_word_after_a_name_is_the_named_person(pipeline):
    text = _HILL + 'Rep. Dale Harkins, a Texas Republican who backed the policy, said the decision was "judicial activism at its worst."\n'
    assert _speakers(pipeline, text)["the policy"] == "Dale Harkins"


def test_a_who_on_a_bare_party_word_after_a_name_is_the_named_person(pipeline):
    text = _HILL + "Sen. Mara Quill, a Democrat who voted against the bill, said she would try again next year.\n"
    assert _speakers(pipeline, text)["the bill"] == "Mara Quill"


def test_a_who_on_a_party_plural_is_no_one_named(pipeline):
    # near miss: 'Democrats who opposed the bill' are people nobody names, not a person named before
    text = _HILL + "Sen. Mara Quill spoke first. Democrats who opposed the bill said it went too far.\n"
    speakers = _speakers(pipeline, text)
    assert speakers["the bill"] != "Mara Quill"
    assert speakers["it went too far"] != "Mara Quill"


def test_a_who_on_a_party_word_without_a_named_person_before_it_is_unchanged(pipeline):
    # near miss: no name before the comma ('The senator, a Republican who …'): the rule names no one
    text = _HILL + "The new senator, a Republican who opposed the plan, said he would vote against it.\n"
    assert _speakers(pipeline, text)["the plan"] in (None, "Republican")
