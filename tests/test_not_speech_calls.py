"""The courtesy 'Thank you' that opens a turn of a call or a hearing reports nothing
(:func:`newsmine.nlp.attribution.not_speech.thanks_as_a_courtesy`): 'you' was a stance quote of
the turn's speaker, three times in probe47a's earnings call. 'Thank' with a subject of its
own, or hanging from another verb, says whom someone thanked and stays. Every text here is
invented for newsmine.
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
