"""Speakers known by a surname alone, beside the full names of the corpus that end in it.

An entity key is made from a name, so an article that names someone only by surname ("Alvarez
said", no first name anywhere in it: a wire brief, a follow-up) gives a key of its own,
``PERSON:alvarez``, ranked apart from ``PERSON:jose alvarez``. Whether they are one person the
key cannot know (two Brandts, a father and a son); the report says which ranked speakers are
such surnames and which full names they may be, so a researcher counting one candidate's quotes
sees the split instead of citing half of them.
"""

from __future__ import annotations

__all__ = ["surname_only_notes"]

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
