"""The held-out speaker samples' articles left out of study printouts (training/speakers/held_out.py,
training/direct_misses.py --show): their ``@k`` lines index train's sorted article ids, and a
study prints no example from them while still counting it. Invented folders and ids only."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def held_out():
    return _load("held_out", ROOT / "training" / "speakers" / "held_out.py")


@pytest.fixture(scope="module")
def direct_misses():
    return _load("direct_misses", ROOT / "training" / "direct_misses.py")


def _split(tmp_path: Path, name: str) -> Path:
    """A split folder of four invented articles, and the two sample files naming two of them."""
    text = tmp_path / name / "text"
    text.mkdir(parents=True)
    for stem in ("gazette_b", "gazette_d", "courier_a", "courier_c"):  # sorted: a, b, c, d
        (text / f"{stem}.txt").write_text("The mayor said the pier would reopen.\n", encoding="utf-8")
    samples = tmp_path / "samples"
    samples.mkdir(exist_ok=True)
    (samples / "train-holdout.ann.txt").write_text("# held out\n@1\n1 P Ann Lee\n", encoding="utf-8")
    (samples / "train-blind.ann.txt").write_text("@3 gazette_d\n1 P -\n", encoding="utf-8")
    return tmp_path / name


def test_the_samples_at_lines_index_trains_sorted_articles(held_out, tmp_path):
    split = _split(tmp_path, "train")
    assert held_out.held_out_docs(split, tmp_path / "samples") == {"courier_c", "gazette_d"}


def test_a_folder_that_is_not_train_holds_no_held_out_article(held_out, tmp_path):
    # The indices are train's: read against dev's sorted ids they would name unrelated articles.
    split = _split(tmp_path, "dev")
    assert held_out.held_out_docs(split, tmp_path / "samples") == set()


def test_shown_examples_leave_out_held_out_articles_but_count_them(direct_misses):
    examples = {
        "extent: end late": [("courier_a", "A"), ("courier_c", "C")],
        "extent: start late + end early": [("gazette_b", "B")],
        "source: gold cue, none": [("gazette_d", "D")],
    }
    shown, held = direct_misses.shown_examples(examples, "late", {"courier_c", "gazette_d"})
    assert sorted(shown) == ["A", "B"]
    assert held == 1


def test_shown_examples_with_nothing_left_out_print_every_example(direct_misses):
    examples = {"extent: split": [("courier_a", "A"), ("courier_c", "C")]}
    assert direct_misses.shown_examples(examples, "split", set()) == (["A", "C"], 0)
