"""A relative pronoun right after a time ('a survey released Wednesday, which found …') speaks for
the noun the time modifies, never for the day (:mod:`newsmine.nlp.speakers.relative_times`,
probe51d). Every text here is invented for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of

POLL_RELEASED_ON_A_DAY = (
    "Harbour Voters Tire of the Feud\n\n"
    "Few are happy, judging by a Harbour College survey of Maine Democrats released Wednesday, which found that "
    "58 percent thought the candidates spent \"too much time on the ferry.\"\n"
)


def test_which_after_a_day_speaks_for_the_poll_not_the_day(pipeline):
    speaker = speaker_of(pipeline.analyze(POLL_RELEASED_ON_A_DAY), "too much time on the ferry")
    assert speaker.name != "Wednesday"
    assert speaker.name in (None, "Harbour College"), (speaker.text, speaker.name, speaker.kind)


def test_who_after_a_person_is_still_the_person(pipeline):
    # near miss: no time before the relative pronoun; the person named right before it speaks
    text = (
        "Mayor Backs the Pier\n\n"
        "The pier was backed on Monday by Mayor Ada Finch, who said that the project \"will pay for itself "
        "within ten years.\"\n"
    )
    assert speaker_of(pipeline.analyze(text), "will pay for itself").name == "Ada Finch"


def test_who_after_a_person_named_after_a_day_is_the_person(pipeline):
    # near miss: the day comes before the person, who stands right before 'who'
    text = (
        "Council Splits on Ferry\n\n"
        "The ferry plan was attacked on Tuesday by Councillor Ray Dunne, who said it would \"sink the budget.\"\n"
    )
    assert speaker_of(pipeline.analyze(text), "sink the budget").name == "Ray Dunne"


def test_which_after_a_day_hung_from_a_verb_speaks_for_no_day(pipeline):
    # review51e: the day hangs from the verb ('taken … on Monday'), so no noun stands above it;
    # the pronoun went to the day
    text = (
        "Pier Poll\n\n"
        "The pier poll was taken by Gallup on Monday, which said that 40 percent of voters \"want the ferry back.\"\n"
    )
    assert speaker_of(pipeline.analyze(text), "want the ferry back").name != "Monday"


def test_which_after_a_company_hung_from_a_verb_is_still_read(pipeline):
    # near miss: no time right before 'who'; the name before it still speaks
    text = (
        "Pier Poll\n\n"
        "The pier poll was run on Monday by Dana Kerr, who said that 40 percent of voters \"want the ferry back.\"\n"
    )
    assert speaker_of(pipeline.analyze(text), "want the ferry back").name == "Dana Kerr"


def test_a_day_before_who_that_names_no_one_gives_no_speaker(pipeline):
    # near miss (review51e): 'on Tuesday, who' after a body: no day speaks, the quote is not the day's
    text = "Library vote\n\nThe council met on Tuesday, who said the library was \"too costly to keep.\"\n"
    speaker = speaker_of(pipeline.analyze(text), "too costly to keep")
    assert speaker is None or speaker.name != "Tuesday"
