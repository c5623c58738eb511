"""'according to X' inside a relative clause attributes that clause
(:mod:`newsmine.nlp.attribution.according_relatives`, nested64): 'a former store clerk who,
according to court papers, has agreed to cooperate'. Invented sentences; before the stage each
fixed content was the whole sentence before the phrase."""

from __future__ import annotations

import pytest


def _according_quote(pipeline, text):
    record = pipeline.analyze(text)
    found = [q for q in record.quotes if q.cue is not None and q.cue.text.lower() == "according to"]
    assert len(found) == 1, [(q.text, q.cue and q.cue.text) for q in record.quotes]
    return text, found[0]


@pytest.mark.parametrize(
    ("text", "parts", "speaker"),
    [
        ("The hearing resumes Monday with a former guard who, according to court papers, has agreed to testify.",
         ["who", "has agreed to testify"], "court papers"),
        ("The mill, which, according to the county's records, has not paid taxes since 2019, will be sold.",
         ["which", "has not paid taxes since 2019"], "the county's records"),
        # review64e: a source with commas of its own is passed over whole (the first comma after
        # 'according' opened no clause, and the stage gave up)
        (("The hearing resumes Monday with a former guard who, according to Ellen Park, the county prosecutor, "
          "has agreed to testify."), ["who", "has agreed to testify"], "Ellen Park"),
        ("The plant, which, according to records filed in Dallas, Texas, has not paid taxes since 2019, will be sold.",
         ["which", "has not paid taxes since 2019"], "records"),
    ],
)
def test_according_inside_a_relative_clause_attributes_the_clause(pipeline, text, parts, speaker):
    text, quote = _according_quote(pipeline, text)
    assert [text[p.start : p.end] for p in quote.parts] == parts
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the phrase after the relative clause: the clause before it, as before the stage
        ("The board approved the merger, which will cut 300 jobs, according to two people briefed on the talks.",
         "The board approved the merger, which will cut 300 jobs"),
        # the phrase after a subject, not a relative word: left to the other stages
        ("The deal, according to two people briefed on the talks, will cut 300 jobs.",
         "The deal, according to two people briefed on the talks, will cut 300 jobs"),
    ],
)
def test_according_outside_a_relative_clause_is_left(pipeline, text, content):
    text, quote = _according_quote(pipeline, text)
    assert quote.text == content
