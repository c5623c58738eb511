"""Bodies written as the kind of system they run: "Meridian Health said … The hospital system
said it had offered a raise".

"System" is in no list of organisation nouns on purpose: alone it is rarely a body ("the system
is rigged", "the political system"). With a word before it that says what the system runs
("hospital", "health", "school", "university", "transit", "court", "prison"), news uses it for
the body named before that runs one ("the hospital system" for Meridian Health, "the school
system" for the Dayton Public Schools), as "the company" stands for a company (desc53's
invented articles: a hospital strike left "The hospital system" unresolved). The body must hold
a word of that kind in its name ("Health", "Schools", "Transit" …): "the school system" is never
Meridian Health, and "the hospital system" never the union that strikes against it.

review53c: a name whose only word of the kind names one institution ("the Supreme Court",
"Harvard University", "Lincoln High School", "Mercy Hospital") is a court or a school, not a
system: it is one only when its name says "System" too ("University of Texas System"). The
word "System" alone is no kind ("the Federal Reserve System" is no school system), and "care"
is a health word only after "health" ("the foster care system" is no hospital's).
"""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["SYSTEM_HEAD", "system_fit", "system_name_words"]

SYSTEM_HEAD = "system"

_HEALTH = ("health", "healthcare", "hospital", "hospitals", "medical", "medicine", "clinic", "clinics")
_SCHOOLS = ("schools", "school", "district", "education", "academies")
# The word before "system" -> the words a name of that kind of body holds.
_SYSTEM_KINDS: dict[str, tuple[str, ...]] = {
    "hospital": _HEALTH,
    "health": _HEALTH,
    "healthcare": _HEALTH,
    "care": _HEALTH,  # "the health care system" (only after "health": :func:`system_name_words`)
    "medical": _HEALTH,
    "school": _SCHOOLS,
    "university": ("university", "college", "colleges"),
    "college": ("university", "college", "colleges"),
    "transit": ("transit", "transportation", "metro", "rail"),
    "court": ("court", "courts", "judiciary"),
    "prison": ("prison", "prisons", "corrections"),
}
# Words of a kind that name one institution, not a system of them: "the Supreme Court",
# "Harvard University", "Mercy Hospital" are no "court system", "university system" …
_ONE_INSTITUTION = frozenset({"court", "university", "college", "school", "hospital", "clinic", "prison"})
# How well a name holding "System" and a word of the kind fits, and one holding a word that
# names many institutions or a service ("Schools", "Health", "Transit").
_SYSTEM_NAMED_FIT = 3.0
_KIND_NAMED_FIT = 2.0


def system_name_words(mention: Span) -> tuple[str, ...] | None:
    """The words a body's name must hold to be ``mention`` when it is "the <kind> system" (the
    kind written right before the head, as a compound or adjective), else None. "system" itself
    is among them: "Mercy Health System … the hospital system" holds it."""
    root = mention.root
    if root.lower_ != SYSTEM_HEAD:
        return None
    kinds = [t for t in root.lefts if t.dep_ in ("compound", "amod") and t.i == root.i - 1]
    if not kinds or kinds[0].lower_ not in _SYSTEM_KINDS:
        return None
    if kinds[0].lower_ == "care" and (kinds[0].i == 0 or mention.doc[kinds[0].i - 1].lower_ != "health"):
        return None  # "the foster care system", "the child care system": no health body's
    return (SYSTEM_HEAD, *_SYSTEM_KINDS[kinds[0].lower_])


def system_fit(name_words: set[str], type_words: tuple[str, ...]) -> float:
    """How well a body whose name holds ``name_words`` is "the <kind> system" whose
    ``type_words`` :func:`system_name_words` gave: best when its name says "System" and holds a
    word of the kind, well when it holds a word of the kind that names no single institution
    ("Chicago Public Schools", "Meridian Health"), else not at all ("the Supreme Court",
    "Harvard University", "the Federal Reserve System")."""
    kinds = name_words & set(type_words[1:])
    if not kinds:
        return 0.0
    if SYSTEM_HEAD in name_words:
        return _SYSTEM_NAMED_FIT
    return _KIND_NAMED_FIT if kinds - _ONE_INSTITUTION else 0.0
