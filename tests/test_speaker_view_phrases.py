"""'In Ms. Okafor's view, …', 'because, in Mr. Rivers' words, "…"', 'in the words of the city
engineer': a phrase set off on its clause attributes the clause to the owner of the view or
the words, as 'according to' does (the owner is the speaker); not the writer's own view, nor a
phrase set off inside another phrase."""

from __future__ import annotations

from tests.conftest import speaker_of


def test_a_named_view_attributes_its_clause(pipeline):
    record = pipeline.analyze(
        "Bridge vote splits council\n\n"
        "The council voted 5-4 on Tuesday to replace the Elm Street bridge.\n\n"
        "In Ms. Okafor's view, the bridge will pay for itself within a decade.\n"
    )
    speaker = speaker_of(record, "will pay for itself")
    assert speaker.name == "Okafor"
    assert [q.cue.text for q in record.quotes if "pay for itself" in q.text] == ["view"]


def test_words_after_a_bare_apostrophe_are_the_named_owners(pipeline):
    record = pipeline.analyze(
        "Bridge vote splits council\n\n"
        "Councilman Dale Rivers voted with the majority on Tuesday.\n\n"
        "The old bridge had to go because, in Mr. Rivers' words, \"it will not survive another "
        'winter of salt and ice."\n'
    )
    assert speaker_of(record, "another winter").name == "Dale Rivers"


def test_the_words_of_a_described_source(pipeline):
    record = pipeline.analyze(
        "Bridge vote splits council\n\n"
        "The council voted 5-4 on Tuesday to replace the Elm Street bridge.\n\n"
        'The new crossing was, in the words of the city engineer, "the cheapest choice by far."\n'
    )
    assert speaker_of(record, "cheapest choice").text == "the city engineer"


def test_the_writers_view_and_a_view_inside_a_phrase_attribute_nothing(pipeline):
    record = pipeline.analyze(
        "Bridge vote splits council\n\n"
        "In my view, the council should have waited for the state money.\n\n"
        "Councilman Dale Rivers would not say what he thought of the mayor's reasons for, in his "
        "view, rushing the vote.\n"
    )
    assert not [q for q in record.quotes if q.cue is not None and q.cue.text == "view"]
