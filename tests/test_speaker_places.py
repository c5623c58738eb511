"""A place description ("the state", "the city") stands for a place of the kind it names: a US
state for "the state", a town rather than a state for "the city", whichever was named last."""

from __future__ import annotations

from tests.conftest import speaker_of


def test_the_state_is_the_state_named_before_not_a_city_named_since(pipeline):
    # Austin is the latest place named, but "the state" that finds the rules unlawful is Texas
    text = (
        "Texas sues over the border\n\n"
        "Texas filed suit against the federal government on Monday, and Austin joined it a day "
        "later. Officials in Austin said the rules cost the city millions.\n\n"
        "The state said the rules were unlawful.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "the rules were unlawful").name == "Texas"


def test_the_city_is_the_city_named_before_not_its_state(pipeline):
    # Ohio is the latest place named, but a city is no state
    text = (
        "Water rules tightened\n\n"
        "Toledo, Ohio, will replace every lead pipe by 2030, officials announced on Monday.\n\n"
        "The city said it would test every school.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "test every school").name == "Toledo"


def test_a_capitalised_place_word_after_a_name_is_a_name_of_its_own(pipeline):
    # "The Islamic State" is no description of California, the latest place named
    text = (
        "Attack in the desert\n\n"
        "The mayor called for calm after two gunmen killed nine people in a mass shooting in "
        "Riverside, Calif. The Islamic State said the two were its followers.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "its followers").name == "Islamic State"
