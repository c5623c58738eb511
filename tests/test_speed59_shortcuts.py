"""Shortcuts of session 59's speed pass (docs/history/speed.md, "speed59"), on invented text:
the content model's margin of a candidate read from tables of weights one value a level
(:func:`~newsmine.nlp.attribution.features.content.content_margin`), where each of the ~50
features was made a tuple, hashed and looked up (``values_margin(feature_values(...))``, the
reading it replaced and the one the training scripts keep): the same float, to the last bit,
for every candidate, with the tables empty, filled, and cleared at their limit."""

from __future__ import annotations

import pytest

from newsmine.nlp.attribution import DocContext, doc_text
from newsmine.nlp.attribution import model as model_module
from newsmine.nlp.attribution.candidates import find_candidates
from newsmine.nlp.attribution.features.bins import feature_string
from newsmine.nlp.attribution.features.content import _TEMPLATES, content_margin, feature_values
from newsmine.nlp.attribution.model import AttributionModel, LinearScorer
from newsmine.nlp.quote_marks import find_quoted

# Original text: direct and indirect quotes, a split quotation, a colon, a cue after its
# content, an "according to", a quote with no speaker, and a headline.
_TEXT = """Harbour Board Delays Vote on Ferry Fares
PORT ELLIS — The harbour board will not vote on ferry fares until May, its chair, Ana Ruiz, said on Monday.
"We will not strand the islands," Ruiz said. "Not this year, and not while I chair this board."
Councillor Dan Osei told reporters that the delay would cost the town dearly, adding that fares had doubled.
According to a report by the port authority, fuel costs rose by a third last year.
Priya Lind, a ferry pilot, said: "The boats are old. Nobody wants to say it."
"It is a scandal," one islander wrote in a letter to the Gazette.
The board's statement said only that talks would continue."""


def _context(nlp) -> tuple[DocContext, list]:
    doc = nlp(_TEXT)
    ctx = DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))
    return ctx, find_candidates(ctx)


def _fresh_copy(scorer: LinearScorer) -> LinearScorer:
    """The same weights with empty caches (the shipped scorer's are shared in the process)."""
    return LinearScorer(weights=dict(scorer.weights), threshold=scorer.threshold)


def test_the_templates_are_those_of_the_content_features_in_order(nlp):
    ctx, candidates = _context(nlp)
    assert candidates
    for cand in candidates:
        assert [(value[0], len(value) - 1) for value in feature_values(ctx, cand)] == list(_TEMPLATES)


def test_the_margin_from_the_tables_is_values_margin_to_the_last_bit(nlp):
    ctx, candidates = _context(nlp)
    shipped = AttributionModel.default().content
    scorer = _fresh_copy(shipped)
    assert len(candidates) >= 10
    for rounds in range(2):  # the tables empty, then holding every value
        for cand in candidates:
            expected = shipped.values_margin(feature_values(ctx, cand))
            assert content_margin(ctx, cand, scorer) == expected, (rounds, cand.relation)
            assert content_margin(ctx, cand, shipped) == expected
    assert any(content_margin(ctx, cand, scorer) != 0.0 for cand in candidates)


def test_the_margin_adds_the_weights_in_the_features_order(nlp):
    """Invented weights, some features the model lacks (0.0): the plain sum in order."""
    ctx, candidates = _context(nlp)
    for cand in candidates[:5]:
        values = feature_values(ctx, cand)
        weights = {feature_string(value): 0.1 * (k + 1) - 1.3 for k, value in enumerate(values) if k % 3}
        scorer = LinearScorer(weights=weights, threshold=0.5)
        z = 0.0
        for value in values:
            z += weights.get(feature_string(value), 0.0)
        assert content_margin(ctx, cand, scorer) == z == scorer.values_margin(values)


def test_the_tables_are_cleared_at_their_limit_and_still_answer_alike(nlp, monkeypatch):
    ctx, candidates = _context(nlp)
    monkeypatch.setattr(model_module, "_VALUE_WEIGHTS_LIMIT", 120)  # two or three candidates' values
    shipped = AttributionModel.default().content
    scorer = _fresh_copy(shipped)
    for cand in candidates * 2:
        assert content_margin(ctx, cand, scorer) == shipped.values_margin(feature_values(ctx, cand))
        assert scorer._value_tables._size <= 120  # the bound under test


def test_a_value_of_another_template_is_refused():
    scorer = LinearScorer(weights={"after=PUNCT": 1.0}, threshold=0.5)
    with pytest.raises(ValueError, match="template"):
        scorer.add_value_weights((("after", 1),), [("rel|after", "child:ccomp", "PUNCT")])
    with pytest.raises(ValueError, match="template"):
        scorer.add_value_weights((("after", 1),), [("after", "PUNCT", "extra")])
    scorer.add_value_weights((("after", 1), ("q", 1)), [("after", "PUNCT"), ("q", "all")])
    assert scorer.value_tables((("after", 1), ("q", 1))) == ({"PUNCT": 1.0}, {"all": 0.0})


# The reranker's rows read each candidate's range once, and the nesting and the inner cue by
# numbers (nesting_of, CueTops.inner_of); the reading they replaced is kept below.


def _old_nesting(cand, best) -> str:
    """content_choice.nesting as it read the candidates' properties before session 59."""
    if cand is best:
        return "best"
    if best.start <= cand.start and cand.end <= best.end:
        return "inside"
    if cand.start <= best.start and best.end <= cand.end:
        return "contains"
    if cand.start < best.end and best.start < cand.end:
        return "overlaps"
    return "apart"


def _old_inner(tops, cand, trigger_char):
    """CueTops.inner as it was before session 59."""
    from bisect import bisect_left

    lo, hi = bisect_left(tops.top_chars, cand.start), bisect_left(tops.top_chars, cand.end)
    return max((tops.tops[k][1] for k in range(lo, hi) if tops.tops[k][0] != trigger_char), default=None)


def _rows_as_before(groups, relations):
    """reranker.rerank_rows as it read the candidates before session 59."""
    import math

    from newsmine.nlp.attribution.features.bins import logit
    from newsmine.nlp.attribution.features.content import short_relation
    from newsmine.nlp.attribution.features.content_choice import MASS_LIMIT, CueTops, overlapping_masses
    from newsmine.nlp.attribution.reranker import _NEST, _or_none

    tops = CueTops(groups)
    out = []
    for group, ranked in zip(groups, tops.ranked):
        best = ranked[0]
        z_best = logit(best.score)
        z_second = logit(ranked[1].score) if len(ranked) > 1 else _or_none(None)
        rank_of = {id(c): r for r, c in enumerate(ranked)}
        trigger_char = best.trigger_char
        outer = _or_none(tops.outer(trigger_char))
        rows = []
        for cand, mass in zip(group, overlapping_masses(group)):
            start, end = cand.parts[0][0], cand.parts[-1][1]
            z = logit(cand.score)
            gap = z - z_second if cand is best else z_best - z
            inner = _or_none(_old_inner(tops, cand, trigger_char))
            relation = relations.get(short_relation(cand.relation), -1)
            side = 0 if trigger_char < start else 1 if trigger_char >= end else 2
            distance = start - trigger_char - cand.cue_phrase_chars if side == 0 else trigger_char - end if side == 1 else 0
            cue_p = cand.cue_probability
            rows.append([
                z, z_best, z_second, gap, rank_of[id(cand)], len(group), _NEST[_old_nesting(cand, best)], inner, outer,
                logit(min(mass, MASS_LIMIT)), cand.quoted_share, relation, math.log1p(end - start),
                len(cand.parts), -1.0 if math.isnan(cue_p) else cue_p, int(cand.source >= 0), side, math.log1p(max(distance, 0)),
            ])  # fmt: skip
        out.append(rows)
    return out


def _scored_groups(nlp):
    from newsmine.nlp.attribution.decide import cue_groups

    ctx, candidates = _context(nlp)
    content = AttributionModel.default().content
    for cand in candidates:
        margin = content.values_margin(cand.shared_values) + content.values_margin(feature_values(ctx, cand))
        cand.score = model_module.sigmoid(margin)
    return cue_groups(candidates)


def test_the_reranker_rows_are_those_of_the_reading_they_replaced(nlp):
    from newsmine.nlp.attribution.reranker import rerank_rows

    groups = _scored_groups(nlp)
    relations = AttributionModel.default().reranker.relation_codes
    assert sum(len(group) for group in groups) >= 10
    assert any(len(group) > 1 for group in groups), "cues with several contents: nesting and ranks"
    assert rerank_rows(groups, relations) == _rows_as_before(groups, relations)


def test_nesting_of_answers_as_nesting_for_every_pair_of_ranges():
    from newsmine.nlp.attribution.candidate import Candidate
    from newsmine.nlp.attribution.features.content_choice import nesting, nesting_of

    def candidate(start: int, end: int) -> Candidate:
        return Candidate(trigger=0, trigger_char=0, cue=(0, 1), parts=[(start, end)], relation="child:ccomp", source=-1)

    ranges = [(s, e) for s in range(6) for e in range(s, 7)]
    for best_start, best_end in ranges:
        best = candidate(best_start, best_end)
        assert nesting(best, best) == "best" == _old_nesting(best, best)
        for start, end in ranges:
            other = candidate(start, end)
            expected = _old_nesting(other, best)
            at = (start, end, best_start, best_end)
            assert nesting_of(*at) == expected == nesting(other, best), at


def test_inner_of_answers_as_inner(nlp):
    from newsmine.nlp.attribution.features.content_choice import CueTops

    groups = _scored_groups(nlp)
    tops = CueTops(groups)
    found = 0
    for group in groups:
        trigger_char = group[0].trigger_char
        for cand in group:
            expected = _old_inner(tops, cand, trigger_char)
            assert tops.inner_of(cand.start, cand.end, trigger_char) == expected == tops.inner(cand, trigger_char)
            found += expected is not None
    assert found, "some content holds another cue word"
    assert tops.inner_of(10, 5, 0) is None, "a range ending before it starts holds nothing"


def _names(node) -> list[str]:
    return [element.id for element in node.elts]


def test_each_line_of_content_margin_reads_the_values_of_its_feature():
    """content_margin's unrolled lookups against _feature_list, by their source (review59b): line
    k reads table k with the very variables feature k is made of, in their order. The weight
    tests above miss a line that reads another variable holding the same value on their text
    ('rel' for 'rel_short'), or one whose feature the model lacks (weight 0.0 either way)."""
    import ast
    import inspect

    from newsmine.nlp.attribution.features import content

    feature_list = ast.parse(inspect.getsource(content._feature_list)).body[0]
    returned = next(node for node in ast.walk(feature_list) if isinstance(node, ast.Return)).value
    features = [(element.elts[0].value, [name.id for name in element.elts[1:]]) for element in returned.elts]

    margin = ast.parse(inspect.getsource(content.content_margin)).body[0]
    lookups = []
    for node in ast.walk(margin):
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and node.target.id == "z":
            keys, sub = [], node.value
            while isinstance(sub.value, ast.Subscript):
                keys.append(sub.slice.id)
                sub = sub.value
            assert isinstance(sub.value, ast.Name) and sub.value.id == "tables"
            lookups.append((sub.slice.value, keys[::-1]))
    assert [template for template, _ in features] == [template for template, _ in _TEMPLATES]
    assert lookups == [(k, names) for k, (_, names) in enumerate(features)]
    # both unpack content._values' tuple into the same names, in the same order
    unpacked = [
        next(_names(node.targets[0]) for node in ast.walk(function) if isinstance(node, ast.Assign))
        for function in (feature_list, margin)
    ]
    assert unpacked[0] == unpacked[1]


def test_a_line_reading_another_value_than_its_feature_raises_instead_of_looping(nlp, monkeypatch):
    """A KeyError after every value was just added means content_margin and the features have
    drifted apart: LookupError, where the reading looped for ever (review59b). Since speed62d
    the weights added are those of ``content._LAYOUT``, read off ``_feature_list``: here a
    layout that puts the lemma where ``nearest|rel``'s line reads the relation."""
    from newsmine.nlp.attribution.features import content
    from newsmine.nlp.attribution.features.bins import ValueLayout

    ctx, candidates = _context(nlp)
    made = content._feature_list

    def drifted(values):
        features = made(values)
        features[7] = ("nearest|rel", features[7][1], features[8][2])  # nearest|lem's lemma
        return features

    monkeypatch.setattr(content, "_LAYOUT", ValueLayout.of(drifted, 30))
    scorer = _fresh_copy(AttributionModel.default().content)
    with pytest.raises(LookupError, match="content_margin"):
        content_margin(ctx, candidates[0], scorer)
