"""'According to X, S1. S2.' continues over the sentences after the phrase in its paragraph,
but not over one that attributes words of its own: a reporting verb with its subject, or a
lead-in's colon opening a quotation. Every text here is invented for newsmine."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            (
                "Voters were divided.\n\nIn Mahler's words, the election is \"a referendum on whether anybody"
                ' is in charge." Krasner\'s message was simpler: "Look at the numbers."\n'
            ),
            "Look at the numbers",
        ),
        (
            (
                "Voters were divided.\n\nIn Mahler’s words, the election is “a referendum on whether anybody"
                " is in charge.” Krasner’s message was simpler: “Look at the numbers.”\n"
            ),
            "Look at the numbers",
        ),
    ],
)
def test_a_view_phrase_stops_at_a_sentence_with_its_own_lead_in(nlp, text, other):
    from newsmine.nlp.quotes import find_quotes

    quotes = [q for q in find_quotes(nlp(text)) if q.speaker is not None and q.speaker.text.startswith("Mahler")]
    assert quotes, "the view phrase attributes its own sentence"
    assert all(other not in text[q.start : q.end] for q in quotes)
    assert any("a referendum" in text[q.start : q.end] for q in quotes)
