"""A poll as a quote's source ('Ruiz leads by nine points in a new Harbour Gazette poll',
``poll_candidates``): only a poll the writer cites. A poll named inside someone's quotation is
part of what that person said, already their quote. Articles are invented."""

from __future__ import annotations


def _poll_quotes(pipeline, text: str) -> list:
    return [q for q in pipeline.analyze(text).quotes if q.speaker is not None and "poll" in q.speaker.text]


def test_a_poll_named_inside_a_quotation_is_no_source(pipeline):
    text = 'Councillor Abel Strand said the mayor "has never trailed in a Harbour Gazette poll and never will."\n'
    assert _poll_quotes(pipeline, text) == []


def test_a_poll_the_writer_cites_is_still_the_source(pipeline):
    text = "Mayor Lena Ruiz leads her challenger by nine points in a new Harbour Gazette poll.\n"
    assert [q.speaker.text for q in _poll_quotes(pipeline, text)] == ["a new Harbour Gazette poll"]


def test_a_poll_the_writer_cites_beside_a_quotation_is_still_the_source(pipeline):
    text = 'Mayor Lena Ruiz, who calls the race "wide open," leads her challenger by nine points in a new Harbour Gazette poll.\n'
    assert [q.speaker.text for q in _poll_quotes(pipeline, text)] == ["a new Harbour Gazette poll"]
