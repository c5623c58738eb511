"""The token-vector study's helper (training/token_vectors.py): which tokens' vectors a
candidate's columns read, on Docs built by hand (no model needed)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import spacy
from spacy.tokens import Doc

from newsmine.nlp.attribution.candidates import Candidate

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))  # token_vectors imports its neighbour polnear
_SPEC = importlib.util.spec_from_file_location("token_vectors", ROOT / "training" / "token_vectors.py")
tv = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(tv)

WORDS = ["Aides", "said", "\n\n", "the", "plan", "failed", "\n\n", "."]
SPACES = [True, False, False, True, True, False, False, False]


def _doc() -> Doc:
    return Doc(spacy.blank("en").vocab, words=WORDS, spaces=SPACES)  # English lexical attributes: is_space


def _candidate(doc: Doc, first: int, last: int, source: int = 0) -> Candidate:
    parts = [(doc[first].idx, doc[last].idx + len(doc[last]))]
    return Candidate(trigger=1, trigger_char=doc[1].idx, cue=(1, 2), parts=parts, relation="child:ccomp", source=source)


def _tokens(doc: Doc, cand: Candidate) -> dict[str, int]:
    starts = np.array([t.idx for t in doc])
    spaces = np.array([t.is_space for t in doc])
    return dict(zip(tv.ROLES, tv.candidate_tokens(starts, spaces, cand)))


def test_the_tokens_around_a_content_skip_paragraph_breaks():
    doc = _doc()
    tokens = _tokens(doc, _candidate(doc, 3, 5))
    assert tokens == {"cue": 1, "first": 3, "last": 5, "before": 1, "after": 7, "source": 0}


def test_a_content_at_the_article_edges_has_no_token_before_or_after():
    doc = _doc()
    tokens = _tokens(doc, _candidate(doc, 0, 7, source=-1))
    assert (tokens["before"], tokens["after"], tokens["source"]) == (-1, -1, -1)


def test_missing_roles_read_zero_vectors_and_cosines_compare_roles():
    doc = _doc()
    tensor = np.arange(len(doc) * 3, dtype=np.float32).reshape(len(doc), 3) + 1
    cand = _candidate(doc, 0, 7, source=-1)
    vectors = tv.role_vectors(doc, tensor, [cand])
    roles = {name: k for k, name in enumerate(tv.ROLES)}
    assert np.array_equal(vectors[0, roles["first"]], tensor[0])
    assert not vectors[0, roles["before"]].any() and not vectors[0, roles["source"]].any()
    cosines = tv.similarities(vectors)
    assert cosines.shape == (1, 5)
    assert cosines[0, 1] == 0.0  # before-first: no token before
