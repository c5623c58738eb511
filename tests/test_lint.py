"""Pyflakes' checks (ruff's ``F`` rules) over the code, the tests, the training scripts and
the benchmarks: an undefined name or an import of something that no longer exists fails here,
not in a script run months later (the eighteenth session's CI failed at collection on a test
importing a helper that a refactor had removed; the training scripts held three undefined
names). ``ruff`` is a test extra; the check takes about a second."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CHECKED = ("src", "tests", "training", "benchmarks")


def _ruff() -> list[str]:
    """ruff as installed beside this Python (the venv's), else on PATH."""
    beside = Path(sys.executable).with_name("ruff")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("ruff")
    if found is None:
        pytest.fail("ruff is not installed: pip install '.[test]' installs it")
    return [found]


def test_no_undefined_names_or_unused_imports():
    result = subprocess.run([*_ruff(), "check", "--select", "F", "--no-cache", "--output-format", "concise",
                             *CHECKED], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
