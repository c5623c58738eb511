"""He / she right after a sentence that brings a person in without making them its subject
("…, courtesy of Wes Nakagiri, a delegate …"; "Some economists, like Gary Hufbauer, …"):
that newcomer takes the floor from the previous speaker and from a prominent name further
back (antecedents.people._sole_person_before). Two shapes of the same class left as strict
xfails: a man named before and made a thing's object, a speaker whose quotation names him.

Every article here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_RALLY = (
    "Mayor rallies the harbor crowd\n\n"
    "Mayor Tom Reyes spoke for an hour on the pier. Reyes promised new ferries, and Reyes mocked the council. "
    "Reyes thanked the unions. Reyes closed with a joke: \"We will build it, and they will sail.\"\n\n"
)


def test_a_man_brought_in_by_a_phrase_speaks_next_as_he(pipeline):
    # The governor (a woman) is the subject; the fisherman enters in a "courtesy of" phrase and
    # is the only man of that sentence: the "he" after it is his, not the mayor's.
    text = _RALLY + (
        "Governor Ana Silva sat behind him; she had flown in from the capital. "
        "Silva got a cheer of sorts, courtesy of Carl Menko, a fisherman from Elm Bay who "
        "waved a paper ferry over the crowd.\n\n"
        "\"I made it last night and thought she would want to see it,\" he said.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "I made it last night").name == "Carl Menko"


def test_a_man_named_earlier_in_the_article_does_not_take_the_floor_so(pipeline):
    # Near miss: the fisherman was named before (no newcomer), so the rule keeps out and the
    # ranking is as it was (the mayor, the prominent previous speaker).
    text = (
        "Mayor rallies the harbor crowd\n\n"
        "Carl Menko sells fish on the pier.\n\n"
    ) + _RALLY + (
        "Governor Ana Silva sat behind him; she had flown in from the capital. "
        "Silva got a cheer of sorts, courtesy of Carl Menko, a fisherman from Elm Bay who "
        "waved a paper ferry over the crowd.\n\n"
        "\"I made it last night and thought she would want to see it,\" he said.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "I made it last night").name == "Tom Reyes"


def test_two_men_brought_in_together_leave_the_ranking_alone(pipeline):
    # Near miss: two men (one carried on by "his") in the sentence before: the rule picks no one.
    text = _RALLY + (
        "Governor Ana Silva sat behind him; she had flown in from the capital. "
        "Silva got a cheer of sorts, courtesy of Carl Menko and his brother Peter Menko, fishermen from "
        "Elm Bay who waved a paper ferry over the crowd.\n\n"
        "\"I made it last night and thought she would want to see it,\" he said.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "I made it last night").name == "Tom Reyes"


@pytest.mark.xfail(
    strict=True,
    reason="a speaker's own quotation that names him as others speak of him ('they say Tom Reyes should "
    "quit,' he said) drops him from the candidates (_named_in_own_quotation: a speaker does not name "
    "himself), so the 'he' goes to another man (pron47 saw it twice on train-sample)",
)
def test_a_speaker_quoting_what_others_say_of_him_is_still_he(pipeline):
    text = (
        "Reyes digs in\n\n"
        "Council member Bill Ortega has called on the mayor to step aside. Mayor Tom Reyes told supporters "
        "on Tuesday he would not.\n\n"
        "\"There are a lot of people out there, they say Tom Reyes should quit,\" he said at the rally.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "they say Tom Reyes should quit").name == "Tom Reyes"


@pytest.mark.xfail(
    strict=True,
    reason="a man named before, made the object of a sentence whose subject is a thing ('The report "
    "accuses Kemp of …'), loses the next 'He said' to the more prominent previous speaker: the "
    "newcomer rule takes first mentions only (a first version without that and two other conditions "
    "changed 26 train quotes, most of them worse; pron47's Bob x3 on train-fresh)",
)
def test_a_man_a_thing_accuses_answers_as_he(pipeline):
    text = (
        "Port chief answers his critics\n\n"
        "The auditor Paul Grant released a report on the harbor on Monday. \"The books were a mess,\" Grant "
        "said. Grant said the port lost money for years. Grant called for a new board.\n\n"
        "Harbor chief Alan Kemp ran the port from 2010.\n\n"
        "The report accuses Kemp of hiding losses. He said that is \"simply false.\"\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "simply false").name == "Alan Kemp"
