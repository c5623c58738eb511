"""training/rerank_study.py's quoted-part columns (session 61), on invented text: where a
quotation sits among a mixed content's words, its quoted words binned, and the cue lexicon."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import doc_context

TEXT = (
    'The mayor called the plan "a disaster in waiting" on Tuesday. '
    'Officials dismissed the report as "fake news." '
    '"We will win," Smith said. '
    'He said the budget was "balanced" and "fair" to everyone.\n'
)


@pytest.fixture(scope="module")
def study():
    pytest.importorskip("sklearn")
    pytest.importorskip("lightgbm")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training"))
    import rerank_study

    return rerank_study


@pytest.fixture(scope="module")
def quoted(nlp, study):
    """Each candidate's (content text, relation) -> (q_bin, q_place, q_words, lex)."""
    from newsmine.nlp.attribution import find_candidates

    ctx = doc_context(nlp, TEXT)

    class Doc:
        pass

    d = Doc()
    d.ctx, d.candidates = ctx, find_candidates(ctx, None, None)
    study._QUOTED.clear()
    study._remember_quoted([d])
    out = {(TEXT[c.start : c.end], c.relation): study._QUOTED[id(c)] for c in d.candidates}
    study._QUOTED.clear()
    return out


def _values(quoted, content: str) -> set[tuple[int, int, int, int]]:
    found = {v for (text, _), v in quoted.items() if text == content}
    assert found, f"no candidate {content!r} among {sorted(t for t, _ in quoted)}"
    return found


def test_quotation_closing_a_mixed_content(quoted, study):
    # 'the plan "a disaster in waiting' : reported words, then the quotation to the end
    (q_bin, place, words, lex), = _values(quoted, 'the plan "a disaster in waiting')
    assert place == study._PLACES["close"] and words == 3 and q_bin == 2 and lex == 1


def test_quotation_inside_and_several(quoted, study):
    assert {v[1] for v in _values(quoted, 'the plan "a disaster in waiting" on Tuesday')} == {study._PLACES["inside"]}
    assert {v[1] for v in _values(quoted, 'the budget was "balanced" and "fair" to everyone')} == {study._PLACES["several"]}


def test_weak_cue_outside_the_lexicon(quoted, study):
    # 'dismissed … as "fake news."': the lemma 'dismiss' is no cue-lexicon word
    (q_bin, place, _, lex), = _values(quoted, 'as "fake news.')
    assert place == study._PLACES["close"] and lex == 0


def test_near_misses_have_no_quoted_part(quoted):
    # wholly quoted, or without quotation marks: no place, the share bin tells them apart
    assert {v[:2] for v in _values(quoted, "We will win,")} == {(3, -1)}
    assert {v[:3] for v in _values(quoted, "the report")} == {(0, -1, 0)}
