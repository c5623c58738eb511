"""What a call's or a hearing's turns hold that reports nothing
(:mod:`newsmine.nlp.attribution.not_speech`): the courtesy 'Thank you' that opens a turn
(``thanks_as_a_courtesy``: 'you' was a stance quote of the turn's speaker, three times in
probe47a's earnings call; 'thank' with a subject of its own, or hanging from another verb, says
whom someone thanked and stays), and a conference call operator's turns (``in_operator_turn``).
Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

CALL = """Tarn Mills fourth-quarter earnings call

Tarn Mills held its earnings call on Thursday. An edited transcript follows.

Clara Hoyt: Thank you, operator, and good morning, everyone. Sales of wool blankets rose 9% in the quarter.

Rahul Desai: Thank you, Clara. How much of that came from price increases?

Clara Hoyt: Less than half. Thank you all for joining us today.
"""


def _thanks_quotes(pipeline, text: str) -> list[str]:
    return [q.text for q in pipeline.analyze(text).quotes if q.cue is not None and q.cue.lemma == "thank"]


def test_thank_you_opening_a_turn_or_a_sentence_is_no_quote(pipeline):
    assert _thanks_quotes(pipeline, CALL) == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Mayor Ana Ruiz thanked the volunteers for clearing the beach.", "the volunteers"),
        ("The mayor stood at the podium and thanked you, the readers, for the letters.", "you, the readers"),
        ("Q: The council kept the ferry running. You thank them for that.\n\nA: I do, and I thank you for asking.", "you for asking"),
    ],
    ids=["subject", "conjunct-you", "subject-you"],
)
def test_thanking_someone_with_a_subject_stays_a_quote(pipeline, sentence, content):
    # near misses: whom someone thanked, 'you' among them, with a subject or a conjunct's
    text = f"Beach cleared\n\n{sentence}\n"
    assert any(q.startswith(content) for q in _thanks_quotes(pipeline, text)), _thanks_quotes(pipeline, text)


# A conference call's operator runs the call: 'I would now like to turn the call over to …'
# was a quote whose 'I' went to an executive, 'That concludes …' a thought of 'That' (probe47a).
OPERATOR_CALL = """Tarn Mills fourth-quarter earnings call

Tarn Mills held its earnings call on Thursday. An edited transcript follows.

Operator: Good morning. I would now like to turn the call over to Clara Hoyt, chief executive.

Clara Hoyt: Sales of wool blankets rose 9% in the quarter, our best since 2019.

Operator: Our first question comes from Rahul Desai. I believe he has a question on prices.

Rahul Desai: How much of that came from price increases?

Clara Hoyt: Less than half. Most of it was volume in our own shops.
"""


def test_a_call_operators_turns_report_nothing(pipeline):
    quotes = [q.text for q in pipeline.analyze(OPERATOR_CALL).quotes]
    assert not [q for q in quotes if "turn the call over" in q or "has a question on prices" in q], quotes
    assert any(q.startswith("Sales of wool blankets rose") for q in quotes)


def test_an_operator_outside_a_transcript_still_speaks(pipeline):
    # near miss: 'Operator:' as a side's lead-in in a story with no name turns
    text = (
        'Rail strike: what each side says\n\nUnion: "We will strike on Monday unless the offer improves."\n\n'
        'Operator: "The offer is fair, and it stays on the table."\n'
    )
    quotes = {q.text: q.speaker.text for q in pipeline.analyze(text).quotes if q.speaker}
    assert quotes.get("The offer is fair, and it stays on the table.") == "Operator", quotes
