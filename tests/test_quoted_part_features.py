"""The content features of a mixed content's quoted part (session 60, retrain60): where the
quotation sits among the reported words, how many words it holds and its head's dependency
label (:func:`~newsmine.nlp.attribution.features.content.quoted_part`), on invented text; and
the content model's shortcut (``content_margin``) weighs them as the training scripts'
``feature_values`` do."""

from __future__ import annotations

from newsmine.nlp.attribution import DocContext, doc_text
from newsmine.nlp.attribution.candidates import find_candidates
from newsmine.nlp.attribution.features.bins import feature_string
from newsmine.nlp.attribution.features.content import content_margin, feature_values
from newsmine.nlp.attribution.model import LinearScorer
from newsmine.nlp.quote_marks import find_quoted

_TEXT = (
    'The harbour master said the new pier was "a disaster in waiting" and would need repairs.\n\n'
    'Councillor Dan Osei called the fare rise "reckless."\n\n'
    '"We will not strand the islands," Ana Ruiz said.\n\n'
    'The union described the offer as "insulting" and the timetable as "a fantasy."\n\n'
    "The board said only that talks would continue.\n"
)

_QUOTED_PART = ("qplace", "qplace|qwords", "qdep")


def _candidates(nlp) -> tuple[DocContext, list]:
    doc = nlp(_TEXT)
    ctx = DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))
    return ctx, find_candidates(ctx)


def _quoted_part_of(ctx: DocContext, candidates: list, content: str) -> dict[str, tuple[str, ...]]:
    """The quoted-part features of the candidate whose content is ``content``."""
    [cand] = [c for c in candidates if _TEXT[c.start : c.end] == content]
    return {value[0]: value[1:] for value in feature_values(ctx, cand) if value[0] in _QUOTED_PART}


def test_a_quotation_inside_a_that_clause_is_a_quoted_part_with_its_head(nlp):
    ctx, candidates = _candidates(nlp)
    part = _quoted_part_of(ctx, candidates, 'the new pier was "a disaster in waiting" and would need repairs')
    # four quoted words, inside the clause, the predicate noun of 'was'
    assert part == {"qplace": ("inside",), "qplace|qwords": ("inside", "2"), "qdep": ("attr",)}


def test_a_quoted_complement_closing_the_content_is_a_quoted_part(nlp):
    ctx, candidates = _candidates(nlp)
    [cand] = [c for c in candidates if c.start == _TEXT.index("the fare rise") and c.end > _TEXT.index("reckless")]
    part = {value[0]: value[1:] for value in feature_values(ctx, cand) if value[0] in _QUOTED_PART}
    assert part["qplace"] == ("close",) and part["qplace|qwords"] == ("close", "0")


def test_two_quotations_in_one_content_are_several(nlp):
    ctx, candidates = _candidates(nlp)
    start = _TEXT.index("the offer as")
    several = [c for c in candidates if c.start == start and c.end > _TEXT.index("a fantasy")]
    assert several
    for cand in several:
        assert {value[0]: value[1:] for value in feature_values(ctx, cand)}["qplace"] == ("several",)


def test_a_pure_quotation_and_a_clause_without_one_have_no_quoted_part(nlp):
    """Near misses: all words quoted (the quoted share says so already) or none."""
    ctx, candidates = _candidates(nlp)
    na = {"qplace": ("na",), "qplace|qwords": ("na", "na"), "qdep": ("na",)}
    assert _quoted_part_of(ctx, candidates, "We will not strand the islands,") == na
    unquoted = [c for c in candidates if "talks would continue" in _TEXT[c.start : c.end]]
    assert unquoted
    for cand in unquoted:
        assert {value[0]: value[1:] for value in feature_values(ctx, cand) if value[0] in _QUOTED_PART} == na


def test_the_content_margin_weighs_the_quoted_part_as_feature_values_do(nlp):
    """Invented weights on every feature, the quoted part's included: the shortcut inference
    takes and the feature values the training script fits on give the same margin."""
    ctx, candidates = _candidates(nlp)
    mixed = [c for c in candidates if dict((v[0], v[1:]) for v in feature_values(ctx, c))["qplace"] != ("na",)]
    assert len(mixed) >= 3
    for cand in candidates:
        values = feature_values(ctx, cand)
        weights = {feature_string(value): 0.01 * (k + 1) for k, value in enumerate(values)}
        scorer = LinearScorer(weights=weights, threshold=0.5)
        z = 0.0
        for value in values:
            z += weights[feature_string(value)]
        assert content_margin(ctx, cand, scorer) == z == scorer.values_margin(values)
