"""Speakers a lead-in names in ways the parse misses (session 24's fifth probe round): the
subject of a copular lead-in before a colon ('The mayor was blunt: "…"'). Hand-written text;
the probe article p5-colon-quotes holds the same case inside a whole story."""

from __future__ import annotations

from tests.conftest import speaker_of


def test_a_copular_lead_in_before_a_colon_is_spoken_by_its_subject(pipeline):
    record = pipeline.analyze(
        "Paul Reyes chaired the council meeting on Monday.\n\n"
        'Mayor Laura Bennett was blunt: "The city is out of money."\n\n'
        'Reyes was more cautious: "We may still find savings."\n\n'
        'The message from the unions was clear: "Pay us first."\n'
    )
    assert speaker_of(record, "out of money").name == "Laura Bennett"
    assert speaker_of(record, "find savings").name == "Paul Reyes"
    # a thing as the subject ('The message … was clear:') is no speaker: never the unions' name
    assert not any(q.speaker and "message" in q.speaker.text for q in record.quotes if "Pay us first" in q.text)
