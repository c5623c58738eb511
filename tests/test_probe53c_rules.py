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


# --- review53g: near misses a sceptical reader would try (all resolve right; guards) -------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the clause interrupted by an aside after "who"
        (_HILL + "Sen. Carl Mott, a Republican who, like Sen. Ada Byrne, opposed the bill, said it would cost jobs.\n", "Carl Mott"),
        # a comma before "who": the same person
        (_HILL + "Sen. Carl Mott, a Republican, who opposed the bill, said it would cost jobs.\n", "Carl Mott"),
        # a party word with a modifier ('a former Democrat')
        (_HILL + "Gov. Nina Hale, a former Democrat who opposed the bill, said it would cost jobs.\n", "Nina Hale"),
    ],
)
def test_a_who_on_a_party_word_in_apposition_reaches_the_name(pipeline, text, name):
    assert _speakers(pipeline, text)["the bill"] == name


def test_a_who_on_a_party_plural_after_two_names_is_not_the_first(pipeline):
    # near miss: 'X and Y, Democrats who …' is the pair, never the first name alone
    text = _HILL + "Sen. Lena Voss and Sen. Omar Diaz, Democrats who opposed the bill, said it went too far.\n"
    assert _speakers(pipeline, text)["the bill"] != "Lena Voss"


def test_a_who_on_a_party_word_after_an_aides_name_is_the_named_person(pipeline):
    # near miss: 'An aide to Sen. X, a Republican who …': the party word is the senator's, and the
    # aide keeps the sentence's own report
    text = _HILL + "An aide to Sen. Carl Mott, a Republican who opposed the bill, said it would cost jobs.\n"
    speakers = _speakers(pipeline, text)
    assert speakers["the bill"] == "Carl Mott"
    assert speakers["it would cost jobs"] != "Carl Mott"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            _HEAD + "Mayor Ruth Calder said in a letter to the editor that the budget would not raise taxes.\n",
            "the budget would not raise taxes",
        ),
        (
            _HEAD + "Sen. Carl Mott told a meeting of donors that the party would win back the House.\n",
            "the party would win back the House",
        ),
        # a relative "that" inside the content stays in it
        (
            _HEAD + "The chief executive, Dana Pike, said in a memo to staff that the plan that the board approved "
            "would cut 200 jobs.\n",
            "the plan that the board approved would cut 200 jobs",
        ),
    ],
)
def test_a_report_after_a_phrase_to_someone_keeps_its_whole_clause(pipeline, text, content):
    assert content in _contents(pipeline, text)


@pytest.mark.xfail(
    strict=True,
    reason="review53g, seen and left (before probe53c too: 'to the clients' is a plain phrase here): "
    "'said in a note to the clients that she had kept for years that the fund would close' — the first "
    "'that' is the relative of 'kept', but a bare 'said' must say something, so phrase_that_clauses "
    "starts the content after it ('she had kept for years that …') instead of after the second 'that'",
)
def test_a_relative_that_before_the_reports_that_is_no_report(pipeline):
    text = _HEAD + "Dana Pike said in a note to the clients that she had kept for years that the fund would close.\n"
    assert "the fund would close" in _contents(pipeline, text)
