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
