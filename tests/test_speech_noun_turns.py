"""A quotation after a sentence announcing it with a noun of speech ('Then a farmer had a
question for her. ¶ "…"') is that sentence subject's, not the speaker's before
(:mod:`newsmine.nlp.attribution.speech_noun_turns`, session 54). Every text here is invented
for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import first_quote_in

_LEE = '"We will open the new pier before the summer," Mayor Ann Lee told the crowd at the harbor on Tuesday.'


def test_a_question_announced_before_the_quotation_is_the_askers(pipeline):
    # Before: Mayor Ann Lee's, the person the question is put to.
    text = (
        _LEE + "\n\nThen a farmer in the back row had a question for her.\n\n"
        '"Who is going to pay for the road to the pier? Not us, I hope."'
    )
    quote = first_quote_in(pipeline, text, "Who is going to pay")
    assert quote.speaker is not None and quote.speaker.text == "a farmer in the back row"


@pytest.mark.parametrize(
    ("sentence", "snippet"),
    [
        # No answer given: the words after are not the chief's.
        ("The fire chief had no answer.", "We will open it in June"),
        # A message relayed from someone else is not the clerk's own.
        ("The clerk had a message from the governor.", "The state will pay"),
        # A thing, not words.
        ("The fire chief had a new truck.", "We will open it in June"),
    ],
)
def test_near_misses_keep_the_speaker_before(pipeline, sentence, snippet):
    words = {
        "We will open it in June": '"We will open it in June, and the ferry will run every hour."',
        "The state will pay": '"The state will pay for half of the new pier and all of the road."',
    }[snippet]
    quote = first_quote_in(pipeline, _LEE + " " + sentence + " " + words, snippet)
    assert quote.speaker is not None and quote.speaker.text == "Mayor Ann Lee"


@pytest.mark.parametrize(
    "sentence",
    [
        # Review (session 54, review54b): the question or message is someone else's, named in the
        # noun's own phrase; before the fix the subject of 'had' was the speaker.
        "The clerk had a question put to her by a voter.",
        "The clerk had a message written by the governor.",
        "The clerk had a message that the governor wrote on Monday.",
        "The clerk had the governor's message.",
    ],
)
def test_someone_elses_words_are_not_the_subjects(pipeline, sentence):
    text = _LEE + " " + sentence + ' "The state will pay for half of the new pier and all of the road."'
    quote = first_quote_in(pipeline, text, "The state will pay")
    assert quote.speaker is None or quote.speaker.text != "The clerk"


@pytest.mark.parametrize(
    "sentence",
    [
        # Guards: the subject's own question or message, with a clause of its own after the noun.
        "The clerk had a question that nobody expected.",
        "The clerk had her own message for the mayor.",
        "The clerk had a question to ask the mayor.",
    ],
)
def test_the_subjects_own_words_still_are(pipeline, sentence):
    text = _LEE + " " + sentence + ' "Will the state pay for half of the new pier and all of the road?"'
    quote = first_quote_in(pipeline, text, "Will the state pay")
    assert quote.speaker is not None and quote.speaker.text == "The clerk"
