"""Shared fixtures. The spaCy pipeline is loaded once per test session (about a second)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "data" / "samples"
# PolNeAR lives beside the repository, never inside it (third-party text).
POLNEAR = REPO.parent / "shared" / "benchmarks" / "polnear"


@pytest.fixture(scope="session")
def pipeline():
    from newsmine import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline):
    """The loaded spaCy Language with newsmine's components."""
    return pipeline.nlp
