"""Where an indirect content may end: the cuts the candidates offer the content model.

Every text here is invented for newsmine. Each test checks that a content ending before a
trailing clause is among a cue's candidates (the model chooses among them), for clauses
hung deeper than the complement's own verb.
"""

from __future__ import annotations

from newsmine.nlp.attribution import DocContext, find_candidates
from newsmine.nlp.quote_marks import find_quoted


def _contents(nlp, text: str, cue_word: str) -> set[str]:
    doc = nlp(text)
    ctx = DocContext(doc, find_quoted(doc.text))
    cue = next(t.i for t in doc if t.text == cue_word)
    return {" … ".join(doc.text[s:e] for s, e in c.parts) for c in find_candidates(ctx) if c.trigger == cue}


def test_a_relative_clause_on_the_complements_object_can_be_left_out(nlp):
    text = "Port director Ana Silva said she had met the new minister, who took office in March.\n"
    contents = _contents(nlp, text, "said")
    assert "she had met the new minister, who took office in March" in contents
    assert "she had met the new minister" in contents


def test_an_aside_after_a_dash_can_be_left_out(nlp):
    text = "The harbour master said the ferry would resume on Friday — a promise few believed.\n"
    contents = _contents(nlp, text, "said")
    assert "the ferry would resume on Friday" in contents
