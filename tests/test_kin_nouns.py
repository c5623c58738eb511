"""The relatives' nouns have one public home, :mod:`newsmine.nlp.entities.kin_nouns`, which
the rules that read them import (session 64: ``spelling_variants`` imported three private
names from two other rule modules). Hand-built docs; no model, no PolNeAR text."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from newsmine.nlp.entities.kin_nouns import CHILD_NOUNS, KIN_NOUNS, PARENT_NOUNS, kin_noun_at, kin_noun_before

ENTITIES = Path(__file__).resolve().parent.parent / "src" / "newsmine" / "nlp" / "entities"
_KIN_NAMES = {"KIN_NOUNS", "CHILD_NOUNS", "PARENT_NOUNS", "kin_noun_at", "kin_noun_before"}


def _name_in(words: list[str], start: int, end: int):
    return Doc(spacy.blank("en").vocab, words=words)[start:end]


@pytest.mark.parametrize(
    ("words", "start", "end", "expected", "at"),
    [
        (["His", "son", ",", "Daniel", "Keel", ",", "said"], 3, 5, "son", 1),  # over one comma
        (["her", "Brother", "Ron", "Hale"], 2, 4, "brother", 1),  # no comma, lower-cased
        (["Daniel", "Keel", "said"], 0, 2, None, -1),  # nothing before the name
        ([",", "Daniel", "Keel"], 1, 3, None, -1),  # a comma alone
        (["the", "son", ",", ",", "Ann", "Lee"], 4, 6, ",", 2),  # one comma only is skipped
    ],
)
def test_kin_noun_before_reads_the_word_before_a_name_over_one_comma(words, start, end, expected, at):
    name = _name_in(words, start, end)
    assert kin_noun_before(name) == expected
    assert kin_noun_at(name) == at  # where the possessive before it is looked for


def test_the_generations_are_relatives_of_their_own_kind():
    # a child's or a parent's noun before a name tells namesakes apart by generation; a noun
    # on both lists would say nothing
    assert not CHILD_NOUNS & PARENT_NOUNS
    assert {"son", "daughter"} <= CHILD_NOUNS & KIN_NOUNS
    assert {"father", "mother"} <= PARENT_NOUNS & KIN_NOUNS
    assert "cousin" not in KIN_NOUNS  # a cousin's surname often differs


def _imports(path: Path) -> list[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(node.module or "", alias.name) for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) for alias in node.names]


def test_the_kin_names_are_defined_and_imported_from_kin_nouns_only():
    for path in sorted(ENTITIES.glob("*.py")):
        if path.name == "kin_nouns.py":
            continue
        text = path.read_text(encoding="utf-8")
        for name in _KIN_NAMES:
            assert f"_{name} = " not in text and f"def _{name}(" not in text, f"{path.name} defines _{name} again"
        for module, name in _imports(path):
            if name.lstrip("_") in _KIN_NAMES:
                assert module == "newsmine.nlp.entities.kin_nouns" and not name.startswith("_"), (
                    f"{path.name} imports {name} from {module}"
                )
