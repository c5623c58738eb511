"""A question put to the reader with a call to act after it reports nobody
(:mod:`newsmine.nlp.attribution.not_speech`, ``asks_the_reader_a_question``): 'Do you support
Ben Carson? Like the page:' closed eleven PolNeAR train articles of one outlet, each kept as a
stance of 'you' that the gold never has (session 56). An interview's question ('Q: Do you …?'),
a question the writer answers, and a question with no call to act after it stay quotes.
Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

_LEAD = (
    "Harbour vote splits the council\n\n"
    "The Tarn council voted 5-4 on Tuesday to sell the old ferry pier, and Mayor Ana Ruiz said the money "
    "would go to flood defences.\n\n"
)


def _you_quotes(pipeline, text: str) -> list[str]:
    return [q.text for q in pipeline.analyze(text).quotes if q.speaker is not None and q.speaker.text.lower() == "you"]


@pytest.mark.parametrize(
    "closing",
    [
        "Do you support Ana Ruiz? Like the page:",
        "Do you agree with the council's vote? Share this story with your friends.",
    ],
    ids=["like-the-page", "share"],
)
def test_a_question_to_the_reader_before_a_call_to_act_is_no_quote(pipeline, closing):
    text = _LEAD + closing + "\n"
    assert _you_quotes(pipeline, text) == []
    assert any(q.text.startswith("the money") for q in pipeline.analyze(text).quotes)  # the mayor's words stay


@pytest.mark.parametrize(
    ("closing", "content"),
    [
        ("Q: Do you support the pier sale? Tell us why.\n\nA: I do.", "the pier sale"),
        ("Do you remember the floods of 2008? I do, and so does every farmer in the county.", "the floods of 2008"),
        ("Do you support the sale? Most voters in the county do.", "the sale"),
    ],
    ids=["interview-label", "answered", "no-call-to-act"],
)
def test_other_questions_with_you_stay_quotes(pipeline, closing, content):
    # near misses: a turn's label before the question, a question the writer answers, a
    # question with a statement after it
    text = _LEAD + closing + "\n"
    assert content in _you_quotes(pipeline, text), _you_quotes(pipeline, text)
