"""Curated word lists that ship with newsmine (one entry a line, '#' starts a comment).

- ``places.txt``: countries, capitals, US states and large cities: always places (GPE).
- ``outlets.txt``: news outlets and agencies: always organisations (ORG).
- ``outlet_aliases.txt``: informal short forms of outlets ("WaPo", "HuffPo"), as
  "Canonical Name = alias; alias" lines (:func:`load_aliases`).
- ``titles.txt``: title and role words that may stand before a name ("Secretary-General").
- ``positions.txt``: sports positions before a player's name ("Defender Ana Ruiz"), titles too.
- ``anonymous.txt``: head nouns of unnamed sources ("official", "source", "aide").
- ``person_nouns.txt``: head nouns of people by role or trade ("doctor", "coach", "voter").
- ``organisation_nouns.txt``: head nouns of institutions that speak ("ministry", "campaign").
- ``cues.txt``: reporting verbs and multi-word cues ("say", "make clear", "voice concern").
- ``cue_nouns.txt``: nouns that can head a cue ("criticism", "claim", "call").
- ``document_nouns.txt``: documents that speak for their author ("poll", "memo", "tweet"), in
  ``[family]`` blocks (:func:`load_sections`): the source rules and the speaker resolver.
- ``cue_categories.txt``: what a cue reports ("say" speech, "tweet" writing, "believe"
  thought, "endorse" stance), in ``[section]`` blocks (:func:`load_sections`).
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

__all__ = ["load", "load_aliases", "load_block", "load_sections"]


def _lines(name: str) -> list[str]:
    """The non-empty lines of ``<name>.txt`` in this package, comments removed, as written."""
    text = files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return [entry for line in text.splitlines() if (entry := line.split("#", 1)[0].strip())]


def _entries(name: str) -> list[str]:
    """The lower-cased non-empty lines of ``<name>.txt`` in this package, comments removed."""
    return [entry.lower() for entry in _lines(name)]


@cache
def load(name: str) -> frozenset[str]:
    """The lower-cased entries of lexicon ``name`` (file ``<name>.txt`` in this package)."""
    return frozenset(_entries(name))


@cache
def load_sections(name: str) -> dict[str, str]:
    """Lexicon ``name`` in ``[section]`` blocks, as {entry: section}. An entry listed under
    two sections is an error in the file (which one would win is not obvious)."""
    sections: dict[str, str] = {}
    section = ""
    for entry in _entries(name):
        if entry.startswith("[") and entry.endswith("]"):
            section = entry[1:-1].strip()
            continue
        if not section:
            raise ValueError(f"{name}.txt: {entry!r} comes before any [section] line")
        if sections.setdefault(entry, section) != section:
            raise ValueError(f"{name}.txt: {entry!r} is listed under [{sections[entry]}] and [{section}]")
    return sections


@cache
def load_aliases(name: str) -> dict[str, str]:
    """Lexicon ``name`` of "Canonical Name = alias; alias" lines, as {alias: canonical name};
    aliases lower case, the canonical name as written (it becomes an entity's name)."""
    aliases: dict[str, str] = {}
    for entry in _lines(name):
        canonical, sep, rest = entry.partition("=")
        if not sep:
            raise ValueError(f"{name}.txt: {entry!r} has no '=' between a name and its aliases")
        for alias in rest.split(";"):
            if alias.strip():
                aliases[alias.strip().lower()] = canonical.strip()
    return aliases


@cache
def load_block(name: str, heading: str) -> frozenset[str]:
    """The lower-cased entries of lexicon ``name`` listed under the comment line ``# heading``
    up to the next comment line: ``places.txt`` keeps countries, capitals and US states in one
    file (all places to the recogniser) but a description tells them apart ("the state" is
    Michigan rather than Flint)."""
    text = files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    entries: list[str] = []
    inside = False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            if inside:
                break
            inside = stripped.lstrip("#").strip().lower() == heading.lower()
            continue
        if inside and (entry := stripped.split("#", 1)[0].strip()):
            entries.append(entry.lower())
    if not entries:
        raise ValueError(f"{name}.txt has no entries under '# {heading}'")
    return frozenset(entries)
