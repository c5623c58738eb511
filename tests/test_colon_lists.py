"""A noun content runs on over the list a colon after it opens ('one of three demands: a new
hull, …'); a sentence of the writer's after the colon stays out. Every text here is invented
for newsmine."""

from __future__ import annotations

from newsmine.nlp.quotes import find_quotes


def _contents(nlp, text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(nlp(text)) if q.cue is not None and q.cue.text == "repeated"]


def test_the_list_after_a_colon_joins_a_noun_content(nlp):
    text = "The harbour master repeated the three demands of the dockworkers: a new hull, a longer season and a lower levy.\n"
    assert _contents(nlp, text) == ["the three demands of the dockworkers: a new hull, a longer season and a lower levy"]


def test_a_sentence_after_the_colon_stays_out(nlp):
    text = "The harbour master repeated the three demands of the dockworkers: After all, he had written them himself.\n"
    assert _contents(nlp, text) == ["the three demands of the dockworkers"]
