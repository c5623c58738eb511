"""A call into a programme ('called in to "Fox & Friends"') reports no words; 'called into
doubt' and 'called the recording "old news"' still do. Every text here is invented for
newsmine (attribution/phone_ins.py)."""

from __future__ import annotations

_LEAD = "Harrow on air\n\nDale Harrow is running for governor. "


def _quotes(pipeline, text: str) -> list[str]:
    return [q.text for q in pipeline.analyze(text).quotes]


def test_a_show_called_in_to_is_no_quote(pipeline):
    text = _LEAD + 'Harrow himself called in to "Fox & Friends" on Monday morning. He told the host it was "old news."\n'
    assert not any("Fox & Friends" in quote for quote in _quotes(pipeline, text))


def test_a_show_called_into_is_no_quote(pipeline):
    text = _LEAD + 'On Tuesday he called into "The Morning Line" to defend the plan.\n'
    assert not any("The Morning Line" in quote for quote in _quotes(pipeline, text))


def test_calling_a_thing_something_is_still_a_quote(pipeline):
    # near miss: 'call' with an object and its quoted name is what the speaker called it
    text = _LEAD + 'Harrow called the recording "old news" on Monday.\n'
    assert any("old news" in quote for quote in _quotes(pipeline, text))


def test_calling_into_doubt_is_still_a_stance(pipeline):
    # near miss: 'called into doubt' is doubting (a PolNeAR train content), no telephone call
    text = _LEAD + "Several speakers called into doubt his record on taxes.\n"
    assert any("his record on taxes" in quote for quote in _quotes(pipeline, text))


def test_calling_in_to_complain_keeps_what_was_said(pipeline):
    # near miss (review51e): 'called in to' before a verb of saying, not a programme; the words stay
    text = _LEAD + "Harrow called in to complain that the vote count in his county was rigged.\n"
    assert any(quote.endswith("the vote count in his county was rigged") for quote in _quotes(pipeline, text))


def test_calling_in_to_say_keeps_what_was_said(pipeline):
    # near miss (review51e): 'called in to say' reports what he said
    text = _LEAD + "Harrow called in to say he was quitting the race for governor.\n"
    assert any("he was quitting the race for governor" in quote for quote in _quotes(pipeline, text))
