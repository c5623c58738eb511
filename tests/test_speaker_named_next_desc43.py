"""One person described first and named in the next sentence, seen in session 43 (desc43): "A
Clinton ally suggested … Virginia Gov. Terry McAuliffe (D) tried …", "Hillary Clinton's
right-hand woman rallied supporters … Huma Abedin, vice chairwoman …, emailed …". The
description, the subject of a paragraph's first sentence, is the person the next sentence
opens with, named there for the first time. Every text here is invented for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of


def test_an_ally_named_in_the_next_sentence(pipeline):
    text = (
        "Council race tightens\n\n"
        "A Ruiz ally said the mayor would back the stadium deal once re-elected. Harlow County "
        "Commissioner Tomas Okafor tried to walk back his comments a day later.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "would back the stadium deal")
    assert speaker.name == "Tomas Okafor"


def test_a_right_hand_man_after_a_dateline(pipeline):
    text = (
        "Ruiz camp: the plan hurts renters\n\n"
        "HARLOW (AP) \u2014 In response to the council's housing plan, Mayor Elena Ruiz's "
        "right-hand man rallied volunteers, saying: \u201cWe have to stop it.\u201d\n\n"
        "Martin Dreyer, deputy chairman of the Ruiz campaign, wrote to volunteers on Monday "
        "evening, telling them the plan would raise rents.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "We have to stop it")
    assert speaker.name == "Martin Dreyer"


def test_a_spokesman_stays_unnamed_though_someone_is_named_next(pipeline):
    # a spokesman the article keeps unnamed is not the next person it names
    text = (
        "Mill to close\n\n"
        "A company spokesman said the Harlow mill would close in May. Union leader Dana Whitfield "
        "called the decision a betrayal of 300 workers.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "would close in May")
    assert speaker.name != "Dana Whitfield"


def test_no_one_new_opens_the_next_sentence(pipeline):
    # the next sentence opens with someone named before: not the one described
    text = (
        "Mayor Elena Ruiz unveiled the budget on Monday.\n\n"
        "A Ruiz ally said the budget would pass easily. Ruiz thanked the council for its work.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "would pass easily")
    assert speaker.name != "Elena Ruiz"
