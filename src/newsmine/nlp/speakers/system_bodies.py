"""Bodies written as the kind of system they run: "Meridian Health said … The hospital system
said it had offered a raise".

"System" is in no list of organisation nouns on purpose: alone it is rarely a body ("the system
is rigged", "the political system"). With a word before it that says what the system runs
("hospital", "health", "school", "university", "transit", "court", "prison"), news uses it for
the body named before that runs one ("the hospital system" for Meridian Health, "the school
system" for the Dayton Public Schools), as "the company" stands for a company (desc53's
invented articles: a hospital strike left "The hospital system" unresolved). The body must hold
a word of that kind in its name ("Health", "Schools", "Transit" …) or the word "System": "the
school system" is never Meridian Health, and "the hospital system" never the union that strikes
against it.
"""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["SYSTEM_HEAD", "system_name_words"]

SYSTEM_HEAD = "system"

_HEALTH = ("health", "healthcare", "hospital", "hospitals", "medical", "medicine", "clinic", "clinics")
_SCHOOLS = ("schools", "school", "district", "education", "academies")
# The word before "system" -> the words a name of that kind of body holds.
_SYSTEM_KINDS: dict[str, tuple[str, ...]] = {
    "hospital": _HEALTH,
    "health": _HEALTH,
    "healthcare": _HEALTH,
    "care": _HEALTH,  # "the health care system"
    "medical": _HEALTH,
    "school": _SCHOOLS,
    "university": ("university", "college", "colleges"),
    "college": ("university", "college", "colleges"),
    "transit": ("transit", "transportation", "metro", "rail"),
    "court": ("court", "courts", "judiciary"),
    "prison": ("prison", "prisons", "corrections"),
}


def system_name_words(mention: Span) -> tuple[str, ...] | None:
    """The words a body's name must hold to be ``mention`` when it is "the <kind> system" (the
    kind written right before the head, as a compound or adjective), else None. "system" itself
    is among them: "Mercy Health System … the hospital system" holds it."""
    root = mention.root
    if root.lower_ != SYSTEM_HEAD:
        return None
    kinds = [t.lower_ for t in root.lefts if t.dep_ in ("compound", "amod") and t.i == root.i - 1]
    if not kinds or kinds[0] not in _SYSTEM_KINDS:
        return None
    return (SYSTEM_HEAD, *_SYSTEM_KINDS[kinds[0]])
