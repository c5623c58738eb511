"""The closed classes of parser tags and dependency labels the stages share are named once, in
:mod:`newsmine.nlp.parser_labels` (session 58: tidy58 named them in ``attribution.context``,
tidy58b moved them to a module every package can import): a wider class is built from a
narrower one there, ``attribution.context`` re-exports them, and no module under ``nlp/`` keeps
a copy of its own, under another name or written out in a condition."""

from __future__ import annotations

import ast
from pathlib import Path

import newsmine.nlp
from newsmine.nlp import parser_labels
from newsmine.nlp.attribution import context

_SHARED_CLASSES = {name: getattr(parser_labels, name) for name in parser_labels.__all__}


def test_each_wider_class_differs_from_the_narrower_by_the_words_its_name_adds():
    assert context.FINITE_VERB_TAGS - context.PRESENT_VERB_TAGS == {"VBD"}
    assert context.FINITE_VERB_OR_MODAL_TAGS - context.FINITE_VERB_TAGS == {"MD"}
    assert context.WH_PRONOUN_TAGS - context.RELATIVE_PRONOUN_TAGS == {"WP$"}
    assert context.WH_WORD_TAGS - context.WH_PRONOUN_TAGS == {"WRB"}
    assert context.SUBJECT_DEPS - context.NOUN_SUBJECT_DEPS == {"csubj"}
    assert context.CLAUSE_SUBJECT_DEPS - context.NOUN_SUBJECT_DEPS == {"expl"}
    assert context.ANY_SUBJECT_DEPS == context.SUBJECT_DEPS | context.CLAUSE_SUBJECT_DEPS
    assert context.AUXILIARY_OR_ADVERB_DEPS - context.AUXILIARY_DEPS == {"advmod"}


def test_shared_classes_are_frozensets_a_stage_cannot_change():
    assert _SHARED_CLASSES, "no shared tag or label class found in parser_labels.__all__"
    assert all(isinstance(members, frozenset) for members in _SHARED_CLASSES.values())


def test_attribution_context_re_exports_the_same_classes():
    """The attribution stages import the classes from ``context``: the very same objects."""
    for name, members in _SHARED_CLASSES.items():
        assert name in context.__all__
        assert getattr(context, name) is members


def _string_literals(node: ast.expr) -> frozenset[str] | None:
    """The members of a literal set, tuple or list of strings (``{"nsubj", "nsubjpass"}``), or
    ``frozenset(...)`` of one; None for anything else."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "frozenset":
        if len(node.args) != 1:
            return None
        node = node.args[0]
    if not isinstance(node, ast.Set | ast.Tuple | ast.List) or not node.elts:
        return None
    if all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
        return frozenset(e.value for e in node.elts)
    return None


def _literal_copies(path: Path):
    """``(line, members)`` for each module-level ``NAME = frozenset({"…", …})`` (or tuple, set,
    list) of strings in ``path``, and each ``x in ("…", …)`` / ``not in`` condition anywhere."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            members = _string_literals(node.value)
            if members is not None:
                yield node.lineno, members
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            for op, right in zip(node.ops, node.comparators, strict=True):
                members = _string_literals(right) if isinstance(op, ast.In | ast.NotIn) else None
                if members is not None:
                    yield node.lineno, members


def test_no_module_under_nlp_keeps_its_own_copy_of_a_shared_class():
    by_members = {members: name for name, members in _SHARED_CLASSES.items()}
    root = Path(newsmine.nlp.__file__).parent
    home = Path(parser_labels.__file__)
    copies = [
        f"{path.relative_to(root)}:{line}: parser_labels.{by_members[members]}"
        for path in sorted(root.rglob("*.py"))
        if path != home
        for line, members in _literal_copies(path)
        if members in by_members
    ]
    assert copies == []


def test_the_scan_finds_a_copy_under_another_name_or_in_a_condition(tmp_path):
    """A near miss must not count: a class with one member more or less is a class of its own."""
    module = tmp_path / "stage.py"
    module.write_text(
        '_SUBJECTS = frozenset({"nsubjpass", "nsubj"})\n'
        '_OBJECTS = frozenset({"nsubj", "nsubjpass", "poss"})\n'
        "def finite(token):\n"
        '    return token.tag_ in ("VBD", "VBZ", "VBP") or token.tag_ not in ("VBZ", "VBD")\n',
        encoding="utf-8",
    )
    found = [members for _, members in _literal_copies(module) if members in set(_SHARED_CLASSES.values())]
    assert found == [parser_labels.NOUN_SUBJECT_DEPS, parser_labels.FINITE_VERB_TAGS]
