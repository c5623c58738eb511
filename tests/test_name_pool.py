"""The study files training/speakers/name_pool.py pools: every sample that judges name sources,
and never a held-out one (train-holdout, train-blind: only the lead scores them). Reads the
repository's annotation files only; no PolNeAR text."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SPEAKERS = Path(__file__).resolve().parent.parent / "training" / "speakers"


def _load(name: str):
    sys.path.insert(0, str(SPEAKERS))
    spec = importlib.util.spec_from_file_location(name, SPEAKERS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pool():
    return _load("name_pool")


def test_the_pool_leaves_out_the_held_out_samples(pool):
    assert not {"train-holdout", "train-blind"} & set(pool.STUDY_FILES)


def test_the_pool_holds_every_study_file_that_judges_names(pool):
    build_gold = _load("build_gold")
    judging_names = set()
    for path in SPEAKERS.glob("train-*.ann.txt"):
        text = path.read_text(encoding="utf-8")
        lines = {line.strip() for line in text.splitlines()}
        if "# descriptions only" in lines or "# pronouns only" in lines:
            continue
        assert build_gold.is_partial(text) == ("# names only" in lines)
        judging_names.add(path.name.removesuffix(".ann.txt"))
    assert judging_names - {"train-holdout", "train-blind"} == set(pool.STUDY_FILES)
