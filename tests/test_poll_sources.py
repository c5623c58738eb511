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


# review52g: near misses (invented). A poll's title in quotation marks is still the writer's
# poll ('in the "Battleground Poll"'): the cue word stands outside the marks. A poll named in a
# quotation running on over a paragraph without closing marks is the quoted speaker's too.
def test_a_poll_titled_in_quotation_marks_is_still_the_source(pipeline):
    text = 'In the "Battleground Poll" released Tuesday, 52 percent of likely voters favored the governor.\n'
    quotes = [q for q in pipeline.analyze(text).quotes if q.speaker is not None and "poll" in q.speaker.text.lower()]
    assert [q.text for q in quotes][:1] == ["52 percent of likely voters favored the governor"]


def test_a_poll_named_in_a_quotation_running_over_paragraphs_is_no_source(pipeline):
    text = (
        "Councillor Abel Strand spoke at length on Tuesday.\n\n"
        '"The mayor has never trailed in a Harbour Gazette poll, and she never will.\n\n'
        '"Nobody on this council doubts that," Strand said.\n'
    )
    assert _poll_quotes(pipeline, text) == []


def test_a_poll_title_holding_in_is_still_the_source(pipeline):
    # xfail53 (left by review52g): the poll's noun right after the quoted title (cues._poll_after_title)
    text = 'Mayor Lena Ruiz leads by nine points in the "Voters in the Middle" poll released Tuesday.\n'
    assert [q.text for q in _poll_quotes(pipeline, text)] == ["Mayor Lena Ruiz leads by nine points"]


def test_a_quoted_title_before_another_noun_than_a_poll_is_no_poll(pipeline):
    # near miss: a quoted name holding 'in' before a noun that is no poll cites no poll
    text = 'Mayor Lena Ruiz leads by nine points in the "Voters in the Middle" district, a new count shows.\n'
    assert _poll_quotes(pipeline, text) == []
