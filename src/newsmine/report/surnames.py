"""Speakers known by a surname alone, beside the full names of the corpus that end in it; and
full names written with and without a middle name or a suffix.

An entity key is made from a name, so an article that names someone only by surname ("Alvarez
said", no first name anywhere in it: a wire brief, a follow-up) gives a key of its own,
``PERSON:alvarez``, ranked apart from ``PERSON:jose alvarez``. Whether they are one person the
key cannot know (two Brandts, a father and a son); the report says which ranked speakers are
such surnames and which full names they may be, so a researcher counting one candidate's quotes
sees the split instead of citing half of them. The same holds for a full middle name
("Margaret Lynn Hollis" beside "Margaret Hollis") and a suffix ("Robert Kane" beside "Robert
Kane Jr."), which keys keep (middle initials they drop).
"""

from __future__ import annotations

__all__ = ["name_form_notes", "surname_only_notes"]

# Generational suffixes a key keeps ("robert kane jr"): the surname is the word before them.
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _surname(key_name: str) -> str | None:
    """'jose alvarez' -> 'alvarez', 'robert kane jr' -> 'kane'; None for one word."""
    words = key_name.split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words[-1] if len(words) >= 2 else None


def surname_only_notes(speakers: list[tuple[str, str]], people: list[tuple[str, str]]) -> list[str]:
    """One line per ranked speaker whose key is a surname alone that full names of the corpus
    end in. ``speakers``: (name shown, key) of the ranked speakers, in rank order; ``people``:
    (key, name) of every person of the corpus."""
    full_names: dict[str, list[str]] = {}
    for key, name in people:
        surname = _surname(key.removeprefix("PERSON:"))
        if key.startswith("PERSON:") and surname is not None:
            full_names.setdefault(surname, []).append(name)
    notes = []
    for shown, key in speakers:
        word = key.removeprefix("PERSON:")
        if not key.startswith("PERSON:") or " " in word or word not in full_names:
            continue
        names = sorted(set(full_names[word]))
        if len(names) == 1:
            notes.append(f"{shown}: a surname alone, counted apart from {names[0]}, the one full name of the corpus "
                         "ending in it (the same person? README: Counting who is quoted)")
        else:
            notes.append(f"{shown}: a surname alone, counted apart from the full names ending in it: "
                         f"{', '.join(names)}")
    return notes


def _first_and_last(key_name: str) -> tuple[str, str] | None:
    """'margaret lynn hollis' and 'margaret hollis' -> ('margaret', 'hollis'); 'robert kane jr'
    -> ('robert', 'kane'); None for one word."""
    surname = _surname(key_name)
    return (key_name.split()[0], surname) if surname is not None else None


def name_form_notes(speakers: list[tuple[str, str]], people: list[tuple[str, str]]) -> list[str]:
    """One line per ranked speaker whose first name and surname other people's keys of the
    corpus share, with a middle name or a suffix more or less ("Margaret Lynn Hollis" and
    "Margaret Hollis"; "Robert Kane", "Robert Kane Jr." and "Robert Kane Sr."), once a group,
    at its highest-ranked member. Arguments as :func:`surname_only_notes`."""
    by_core: dict[tuple[str, str], dict[str, str]] = {}
    for key, name in people:
        core = _first_and_last(key.removeprefix("PERSON:")) if key.startswith("PERSON:") else None
        if core is not None:
            by_core.setdefault(core, {}).setdefault(key, name)
    notes, seen = [], set()
    for shown, key in speakers:
        core = _first_and_last(key.removeprefix("PERSON:")) if key.startswith("PERSON:") else None
        if core in seen:  # one note a group, at its highest-ranked member
            continue
        seen.add(core)
        others = sorted({name for other, name in by_core.get(core, {}).items() if other != key}) if core else []
        if others:
            notes.append(f"{shown}: counted apart from {', '.join(others)} (a middle name or a Jr./Sr. written in some "
                         "articles only, or another person: check their titles)")
    return notes
