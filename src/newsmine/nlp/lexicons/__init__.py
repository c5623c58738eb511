"""Curated word lists that ship with newsmine (one entry a line, '#' starts a comment).

- ``places.txt``: countries, capitals, US states and large cities: always places (GPE).
- ``outlets.txt``: news outlets and agencies: always organisations (ORG).
- ``titles.txt``: title and role words that may stand before a name ("Secretary-General").
- ``anonymous.txt``: head nouns of unnamed sources ("official", "source", "aide").
- ``person_nouns.txt``: head nouns of people by role or trade ("doctor", "coach", "voter").
- ``organisation_nouns.txt``: head nouns of institutions that speak ("ministry", "campaign").
- ``cues.txt``: reporting verbs and multi-word cues ("say", "make clear", "voice concern").
- ``cue_nouns.txt``: nouns that can head a cue ("criticism", "claim", "call").
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

__all__ = ["load"]


@cache
def load(name: str) -> frozenset[str]:
    """The lower-cased entries of lexicon ``name`` (file ``<name>.txt`` in this package)."""
    text = files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    entries = set()
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.add(entry.lower())
    return frozenset(entries)
