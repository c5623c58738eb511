"""The shortcut of session 62's speed pass (docs/history/speed.md, "speed62a"), on invented
text: a candidate that is no that-clause of its cue has no cue phrase characters, answered
before its first token is looked up; the same numbers as the reading it replaced (kept below)."""

from __future__ import annotations

from bisect import bisect_right

from newsmine.nlp.attribution import DocContext, doc_text
from newsmine.nlp.attribution.candidates import find_candidates
from newsmine.nlp.attribution.features import content as content_module
from newsmine.nlp.attribution.features.content import cue_phrase_chars
from newsmine.nlp.quote_marks import find_quoted

# Original text: that-clauses after their cue with time and place phrases between (the cue
# phrases), direct quotes, a colon, an "according to".
_TEXT = """Ferry Fares Stay Frozen, Board Says
PORT ELLIS — The harbour board said on Monday that ferry fares would stay frozen until May.
Its chair, Ana Ruiz, said in a telephone interview on Friday that the islands would not be stranded.
"We will not strand anyone," Ruiz said. "Not this year."
Councillor Dan Osei told reporters that the delay would cost the town dearly.
According to the port authority, fuel costs rose by a third last year.
Priya Lind, a ferry pilot, said: "The boats are old."
"""


def _context(nlp) -> tuple[DocContext, list]:
    doc = nlp(_TEXT)
    ctx = DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))
    return ctx, find_candidates(ctx)


def _cue_phrase_chars_before(ctx: DocContext, cand) -> int:
    """session 61's cue_phrase_chars, which looked up the content's first token first."""
    first = max(bisect_right(ctx.idx, cand.start) - 1, 0)
    idx = ctx.idx
    tokens = content_module._cue_phrase_tokens(ctx, cand, first)  # noqa: SLF001
    return sum((idx[j + 1] if j + 1 < ctx.n else len(ctx.text)) - idx[j] for j in tokens)


def test_cue_phrase_chars_are_those_of_before(nlp):
    ctx, candidates = _context(nlp)
    assert any(not c.relation.startswith("child:ccomp") for c in candidates)
    phrased = [c for c in candidates if cue_phrase_chars(ctx, c) > 0]
    assert phrased  # 'said on Monday that', 'said in a telephone interview on Friday that'
    for cand in candidates:
        assert cue_phrase_chars(ctx, cand) == _cue_phrase_chars_before(ctx, cand), cand.relation


def test_a_candidate_that_is_no_that_clause_is_answered_without_its_first_token(nlp, monkeypatch):
    ctx, candidates = _context(nlp)
    looked_up = []
    monkeypatch.setattr(content_module, "bisect_right", lambda *a: looked_up.append(a) or bisect_right(*a))
    others = [c for c in candidates if not c.relation.startswith("child:ccomp")]
    assert others and all(cue_phrase_chars(ctx, c) == 0 for c in others)
    assert not looked_up
    clauses = [c for c in candidates if c.relation.startswith("child:ccomp")]
    assert clauses and sum(cue_phrase_chars(ctx, c) for c in clauses) > 0  # the near miss: still read
    assert len(looked_up) == len(clauses)
