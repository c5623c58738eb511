"""The relatives' nouns that several entity rules read, in one public home.

A relative's noun before a name ("his wife, Ann", "His son, Daniel Keel") says the name is a
relative's: a lone first name takes the possessor's surname (:mod:`.mentions`), an unlisted
given name before a shared surname is a relative's (:mod:`.kin_given_names`), namesakes are
told apart by generation (:mod:`.namesake_cues`) and two spellings of a given name are kept
apart (:mod:`.spelling_variants`). The lists and the one reading of the word before a name
lived in two of those modules and were imported privately by the others (session 64 gave them
this module).
"""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["CHILD_NOUNS", "KIN_NOUNS", "PARENT_NOUNS", "kin_noun_at", "kin_noun_before"]

# A relative's noun between a named person's possessive and a lone first name ("Clinton's
# husband, Bill"): the relatives news name by the first name alone, the surname being the
# possessor's (:mod:`.mentions`), and by a full name sharing the surname (:mod:`.kin_given_names`).
# Not "cousin", "aunt", "uncle", nor in-laws: their surnames often differ.
KIN_NOUNS = frozenset({
    "husband", "wife", "son", "daughter", "brother", "sister", "father", "mother", "niece", "nephew",
    "grandson", "granddaughter", "widow", "widower",
})  # fmt: skip

# Relatives' nouns introducing a person of the younger or the elder generation ("His son, Daniel
# Keel"), for "the younger Keel" / "the elder Keel" between relatives none of whom is "Jr.".
CHILD_NOUNS = frozenset({"son", "daughter", "grandson", "granddaughter", "niece", "nephew", "stepson", "stepdaughter"})
PARENT_NOUNS = frozenset(
    {"father", "mother", "grandfather", "grandmother", "uncle", "aunt", "stepfather", "stepmother"}
)


def kin_noun_at(span: Span) -> int:
    """The index of the word before a name, over one comma (that of "son" for "His son, Daniel
    Keel"), or -1 at the text's start. The rules that also read the words before the relative's
    noun (a possessive: "Clinton's husband, Bill") take the index; the others the word."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i


def kin_noun_before(span: Span) -> str | None:
    """The word before a name, over one comma, lower-cased: "son" for "His son, Daniel Keel".
    Callers test it against the lists above."""
    i = kin_noun_at(span)
    return span.doc[i].lower_ if i >= 0 else None
