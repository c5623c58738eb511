"""A quotation right after a sentence that ends on someone taking the floor ('…, and her
brother cut in. "…"', 'Then a farmer in the back row interrupted. "…"', 'The mayor smiled as
she replied. ¶ "…"'): the words are the turn-taker's, not the speaker's before
(:mod:`newsmine.nlp.attribution.orphan_turn_takers`, session 52). Every text here is invented
for newsmine."""

from __future__ import annotations

import pytest


def _quote_with(pipeline, text, snippet):
    found = [q for q in pipeline.analyze(text).quotes if snippet in q.text]
    assert found, f"no quote holds {snippet!r}"
    return found[0]


_RUN = '"Tell him I kept the ticket from the parade," Marta Alvarez said, and '
_AFTER = ' "Don\'t forget the parade in 1998 -- we were all there together. We sat in the front row."\n'


@pytest.mark.parametrize(
    ("text", "snippet", "speaker", "cue"),
    [
        # A clause conjoined after a credited quotation: before, Marta Alvarez's.
        (_RUN + "her brother Tomas cut in." + _AFTER, "parade in 1998", "her brother", "cut in"),
        (_RUN + "her brother Tomas chimed in." + _AFTER, "parade in 1998", "her brother", "chimed in"),
        # A sentence of its own with a verb outside the cue lexicon: before, the senator's.
        (
            (
                "Senator Ruth Calder praised the new bridge for nearly an hour. Then a farmer in the back row "
                'interrupted. "What about the road to my village? It has been closed for three years."\n'
            ),
            "road to my village",
            "a farmer in the back row",
            "interrupted",
        ),
        # A reply in a subordinate clause, the quotation opening the next paragraph: before, Ben Ortiz's.
        (
            (
                "Mayor Ann Lee took questions for an hour at the town hall in Port Elm.\n\n"
                '"Will the ferry run again before the summer? We need it for the market," asked Ben Ortiz, a fisherman.\n\n'
                "The mayor smiled as she replied.\n\n"
                '"The first boat leaves on the first of May, and there will be two more by June."\n'
            ),
            "first boat",
            "she",
            "replied",
        ),
    ],
)
def test_a_quotation_after_someone_takes_the_floor_is_theirs(pipeline, text, snippet, speaker, cue):
    quote = _quote_with(pipeline, text, snippet)
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.cue is not None and quote.cue.text == cue


@pytest.mark.parametrize(
    "turn",
    [
        "her brother Tomas nodded.",  # no verb of speaking: the quotation stays Marta Alvarez's
        "her brother Tomas never replied.",  # negated: he said nothing
        "her brother Tomas interrupted the photographer.",  # an object: he did something else
        "the crowd around them cheered.",  # a reporting verb, but no turn taken: no words of the crowd's
    ],
)
def test_a_clause_that_takes_no_turn_leaves_the_quotation_to_the_speaker_before(pipeline, turn):
    quote = _quote_with(pipeline, _RUN + turn + _AFTER, "parade in 1998")
    assert quote.speaker is not None and quote.speaker.text == "Marta Alvarez"


def test_a_reply_the_next_paragraph_does_not_open_with_a_quotation_is_no_turn(pipeline):
    # 'replied.' ends a paragraph, but a sentence of narration opens the next before the
    # quotation: the quotation's speaker is not read from two sentences back.
    text = (
        "Mayor Ann Lee took questions for an hour at the town hall in Port Elm.\n\n"
        '"Will the ferry run again before the summer? We need it for the market," asked Ben Ortiz, a fisherman.\n\n'
        "The mayor smiled as she replied.\n\n"
        'Outside, the harbor was empty. "The first boat leaves on the first of May, and there will be two more by June."\n'
    )
    quote = _quote_with(pipeline, text, "first boat")
    assert quote.cue is None or quote.cue.text != "replied"
