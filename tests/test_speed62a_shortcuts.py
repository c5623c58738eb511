"""Shortcuts of session 62's speed pass (docs/history/speed.md, "speed62a"), on invented text:
the content model's tables weigh a value new at a template's last level as it is read (no
second pass over the ~50 templates), and a candidate that is no that-clause of its cue has no
cue phrase characters, answered before its first token is looked up. The same numbers as
before, to the last bit."""

from __future__ import annotations

from bisect import bisect_right

import pytest

from newsmine.nlp.attribution import DocContext, doc_text
from newsmine.nlp.attribution.candidates import find_candidates
from newsmine.nlp.attribution.features import content as content_module
from newsmine.nlp.attribution.features.content import content_margin, cue_phrase_chars, feature_values
from newsmine.nlp.attribution.model import AttributionModel, LinearScorer
from newsmine.nlp.quote_marks import find_quoted

# Original text: that-clauses after their cue with time and place phrases between (the cue
# phrases), direct quotes, a colon, an "according to".
_TEXT = """Ferry Fares Stay Frozen, Board Says
PORT ELLIS — The harbour board said on Monday that ferry fares would stay frozen until May.
Its chair, Ana Ruiz, said in a telephone interview on Friday that the islands would not be stranded.
"We will not strand anyone," Ruiz said. "Not this year."
Councillor Dan Osei told reporters that the delay would cost the town dearly.
According to the port authority, fuel costs rose by a third last year.
Priya Lind, a ferry pilot, said: "The boats are old."."""


def _context(nlp) -> tuple[DocContext, list]:
    doc = nlp(_TEXT)
    ctx = DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))
    return ctx, find_candidates(ctx)


def test_a_new_value_of_a_last_level_is_weighed_as_it_is_read():
    scorer = LinearScorer(weights={"after=PUNCT": 1.0, "rel|after=child:ccomp|VERB": -0.5}, threshold=0.5)
    templates = (("after", 1), ("rel|after", 2))
    scorer.add_value_weights(templates, [("after", "ADJ"), ("rel|after", "child:ccomp", "ADJ")])
    after, rel_after = scorer.value_tables(templates)
    assert after["PUNCT"] == 1.0  # not met before: looked up at the read, no KeyError
    assert after["NOUN"] == 0.0  # a feature the model has not
    assert rel_after["child:ccomp"]["VERB"] == -0.5
    assert after == {"ADJ": 0.0, "PUNCT": 1.0, "NOUN": 0.0}


def test_a_new_value_before_the_last_level_is_still_the_readers_to_add():
    scorer = LinearScorer(weights={"rel|after=child:pobj|VERB": 2.0}, threshold=0.5)
    templates = (("rel|after", 2),)
    (rel_after,) = scorer.value_tables(templates)
    with pytest.raises(KeyError):
        rel_after["child:pobj"]  # noqa: B018 (the read under test)
    scorer.add_value_weights(templates, [("rel|after", "child:pobj", "NOUN")])
    assert rel_after["child:pobj"]["VERB"] == 2.0


def test_the_margin_is_values_margin_with_fewer_second_passes(nlp, monkeypatch):
    ctx, candidates = _context(nlp)
    shipped = AttributionModel.default().content
    scorer = LinearScorer(weights=dict(shipped.weights), threshold=shipped.threshold)
    added = []
    add = LinearScorer.add_value_weights
    monkeypatch.setattr(LinearScorer, "add_value_weights", lambda self, *a: added.append(1) or add(self, *a))
    for cand in candidates:
        assert content_margin(ctx, cand, scorer) == shipped.values_margin(feature_values(ctx, cand))
    # every candidate but the first has a value new at some level; the second pass is now
    # taken only for a value new before a template's last level
    assert 0 < len(added) < len(candidates) - 1


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
