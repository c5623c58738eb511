"""The closed classes of parser tags and dependency labels the attribution stages share are
named once, in :mod:`newsmine.nlp.attribution.context` (session 58, tidy58): a wider class is
built from a narrower one there, and no stage keeps a copy of its own under another name."""

from __future__ import annotations

import ast
from pathlib import Path

from newsmine.nlp import attribution
from newsmine.nlp.attribution import context

_SHARED_CLASSES = {
    name: getattr(context, name)
    for name in context.__all__
    if name.endswith(("_TAGS", "_DEPS")) and isinstance(getattr(context, name), frozenset)
}


def test_each_wider_class_differs_from_the_narrower_by_the_words_its_name_adds():
    assert context.FINITE_VERB_OR_MODAL_TAGS - context.FINITE_VERB_TAGS == {"MD"}
    assert context.WH_PRONOUN_TAGS - context.RELATIVE_PRONOUN_TAGS == {"WP$"}
    assert context.WH_WORD_TAGS - context.WH_PRONOUN_TAGS == {"WRB"}
    assert context.SUBJECT_DEPS - context.NOUN_SUBJECT_DEPS == {"csubj"}
    assert context.CLAUSE_SUBJECT_DEPS - context.NOUN_SUBJECT_DEPS == {"expl"}
    assert context.ANY_SUBJECT_DEPS == context.SUBJECT_DEPS | context.CLAUSE_SUBJECT_DEPS
    assert context.AUXILIARY_OR_ADVERB_DEPS - context.AUXILIARY_DEPS == {"advmod"}


def test_shared_classes_are_frozensets_a_stage_cannot_change():
    assert _SHARED_CLASSES, "no shared tag or label class found in context.__all__"
    assert all(isinstance(members, frozenset) for members in _SHARED_CLASSES.values())


def _literal_sets(path: Path):
    """Module-level ``NAME = frozenset({"…", …})`` assignments of string literals in ``path``."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
            continue
        call = node.value
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "frozenset"):
            continue
        if len(call.args) != 1 or not isinstance(call.args[0], ast.Set | ast.Tuple | ast.List):
            continue
        elements = call.args[0].elts
        if all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in elements):
            yield node.targets[0].id, frozenset(e.value for e in elements)


# Modules context.py imports, which cannot import it back: their copies are written out on purpose.
_IMPORTED_BY_CONTEXT = frozenset({"misparsed_complementizers.py"})


def test_no_stage_keeps_its_own_copy_of_a_shared_class():
    by_members = {members: name for name, members in _SHARED_CLASSES.items()}
    root = Path(attribution.__file__).parent
    copies = [
        f"{path.relative_to(root)}: {name} is context.{by_members[members]}"
        for path in sorted(root.rglob("*.py"))
        if path.name != "context.py" and path.name not in _IMPORTED_BY_CONTEXT
        for name, members in _literal_sets(path)
        if members in by_members
    ]
    assert copies == []
