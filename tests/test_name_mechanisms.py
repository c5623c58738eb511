"""training/speakers/name_mechanisms.py: the stage that chose a wrong name speaker, and the
mention it took, read from hand-built docs (no model, no PolNeAR text); the errors it reads are
name_pool.py's study files, never a held-out sample's."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

SPEAKERS = Path(__file__).resolve().parent.parent / "training" / "speakers"


@pytest.fixture(scope="module")
def mechanisms():
    sys.path.insert(0, str(SPEAKERS))
    spec = importlib.util.spec_from_file_location("name_mechanisms", SPEAKERS / "name_mechanisms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_errors_read_are_the_name_pools_study_files(mechanisms):
    import name_pool

    assert mechanisms.STUDY_FILES is name_pool.STUDY_FILES
    assert not {"train-holdout", "train-blind"} & set(mechanisms.STUDY_FILES)


@pytest.mark.parametrize(
    ("cue", "gold_cue", "expected"),
    [
        ({"start": 10, "end": 14}, [(10, 14)], "gold cue"),
        ({"start": 10, "end": 14}, [(30, 35)], "another cue"),  # the cue choice
        ({"start": 10, "end": 14}, [], "another cue"),  # a gold Cue the scorer lost
        (None, [(10, 14)], "no cue (orphan)"),  # the orphan or run rule
    ],
)
def test_the_stage_is_read_from_the_kept_cue_against_the_gold_cue(mechanisms, cue, gold_cue, expected):
    assert mechanisms.stage({"cue": cue, "relation": "orphan"}, gold_cue) == expected


# "Ruiz told Lee that the vote failed ." parsed by hand
_WORDS = ["Ruiz", "told", "Lee", "that", "the", "vote", "failed", "."]
_HEADS = [1, 1, 1, 6, 5, 6, 1, 1]
_DEPS = ["nsubj", "ROOT", "dobj", "mark", "det", "nsubj", "ccomp", "punct"]


def _doc() -> Doc:
    return Doc(spacy.blank("en").vocab, words=_WORDS, heads=_HEADS, deps=_DEPS)


def _chars(doc: Doc, i: int) -> dict:
    return {"start": doc[i].idx, "end": doc[i].idx + len(doc[i])}


@pytest.mark.parametrize(("speaker", "expected"), [(0, "cue's nsubj"), (2, "cue's dobj"), (5, "same sentence:nsubj")])
def test_the_mention_taken_is_named_by_its_tie_to_the_cue(mechanisms, speaker, expected):
    doc = _doc()
    assert mechanisms.mention_role(doc, _chars(doc, speaker), _chars(doc, 1)) == expected
