"""An unnamed source joined to a name speaks as that name: the first named member of a
conjunction (the gold's convention), a person the description stands in apposition to, and the
noun of an absolute "with" before a participle cue. Articles written for these tests (names
invented); the parses they rely on were observed with en_core_web_sm 3.8.0."""

from __future__ import annotations

import pytest

from newsmine.nlp.results import entities_of
from newsmine.nlp.speakers import SpeakerResolver
from tests.test_entity_names import _speaker_names

# (article, a (speaker as written, name) the record must hold)
CASES = {
    "an unnamed first member of a conjunction speaks as the named one": (
        "Track season\n\n"
        "Several neighbourhood associations and the Harbor League urged the council to close the road.",
        ("Several neighbourhood associations", "Harbor League"),
    ),
    "a second member the parse made the subject speaks as the first, named one": (
        "Track season\n\n"
        "The Northgate Rowing Union and 11 local clubs called for new safety rules on Sunday.",
        ("11 local clubs", "Northgate Rowing Union"),
    ),
    "a role joined by and to a name speaks as the name": (
        "Bridge delays\n\n"
        "The bridge will cost twice the estimate and open a year late, said lobbyist and party "
        "strategist Carl Bremer, who advised the mayor in 2019.",
        ("lobbyist", "Carl Bremer"),
    ),
    "a description with a name in apposition to its own apposition speaks as the name": (
        "Bridge delays\n\n"
        "Two neighbours spoke at the meeting. The second resident, her brother-in-law Peter Walsh, "
        "52, praised the mayor's work on the roads.",
        ("The second resident", "Peter Walsh"),
    ),
    "the noun of an absolute with speaks for the participle after it": (
        "Bridge delays\n\n"
        "The minister spoke for twenty minutes. The hearing closed with Rachel Lindqvist asking the "
        "minister whether the bridge would open before winter.",
        ("Rachel Lindqvist", "Rachel Lindqvist"),  # not "The hearing"
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_an_unnamed_source_joined_to_a_name_speaks_by_the_name(pipeline, case):
    article, expected = CASES[case]
    assert expected in _speaker_names(pipeline.analyze(article))


def test_a_description_in_apposition_to_a_person_is_that_person(nlp):
    # The attribution stage may choose the description as the source ("the widow of …
    # criticised"); it stands for the person it is in apposition to.
    text = (
        "Harbour school\n\n"
        "Marta Lindgren, the widow of a fallen Navy diver, criticised the minister's plan to close "
        "the harbour school.\n"
    )
    doc = nlp(text)
    start = text.index("the widow")
    mention = doc.char_span(start, start + len("the widow of a fallen Navy diver"))
    assert SpeakerResolver(doc, entities_of(doc)).resolve(mention).name == "Marta Lindgren"


def test_a_conjunction_joined_after_a_modifier_is_no_member(pipeline):
    # "Workers at the depot and the Harbor League": the parse joins the League to "Workers", but
    # the "and" stands after the modifier, so the League is no member of who presses.
    record = pipeline.analyze(
        "Road plans\n\n"
        "Workers at the depot and the Harbor League pressed the mayor to repave the avenue."
    )
    assert ("Workers at the depot", "Workers at the depot") in _speaker_names(record)
