"""He / she right after a sentence that brings a person in without making them its subject
("…, courtesy of Wes Nakagiri, a delegate …"; "Some economists, like Gary Hufbauer, …"):
that newcomer takes the floor from the previous speaker and from a prominent name further
back (antecedents.people._sole_person_before).

Every article here is invented for newsmine.
"""

from __future__ import annotations

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
