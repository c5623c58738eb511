"""A kept content runs on over a second 'that' clause the parse hung on the cue word ('said the
pier must close, but that the ferry would stay'); a demonstrative 'that' after 'but' is left
alone. Every text here is invented for newsmine."""

from __future__ import annotations

from newsmine.nlp.quotes import find_quotes


def _contents(nlp, text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(nlp(text)) if q.cue is not None and q.cue.text == "said"]


def test_a_second_that_clause_on_the_cue_joins_the_content(nlp):
    text = "The governor said the county needs to secure its harbour, but that he would not support a new ferry levy.\n"
    assert _contents(nlp, text) == ["the county needs to secure its harbour, but that he would not support a new ferry levy"]


def test_a_demonstrative_that_after_but_stays_out(nlp):
    text = "The mayor said the harbour plan was sound, but that group was not convinced.\n"
    assert _contents(nlp, text) == ["the harbour plan was sound"]
