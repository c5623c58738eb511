"""A relative named after a person's possessive, tagged with that person as one name.

The recogniser sometimes tags "Van Berg’s niece Marion" (or "Le Pen’s niece Marion, …, and
father Jean-Marie") as one person. Cut to its name that span is the owner's ("Van Berg"), so
the niece's words went to the party leader Karel Van Berg, named before. The span holds two
people: the owner before the possessive, and the relative, named by a first name after the
relative's noun. Split in two, the relative's first name then takes the owner's surname
(:func:`~newsmine.nlp.entities.mentions._share_kin_surnames`: "Marion Van Berg", the gold's
"Marion Le Pen"). Names that hold a possessive and a noun of kin are bodies, never one person
("Mothers’ Union", "St. John’s Son Foundation"), so only spans tagged as a person are cut.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsmine.nlp.entities.kin_nouns import KIN_NOUNS
from newsmine.nlp.entities.word_lists import _POSSESSIVE
from newsmine.nlp.entities.word_lists import known_first_name as _known_first_name


def _split_at_kin_nouns(ents: list[Span]) -> list[Span]:
    """``ents`` with each person tagged over "<owner>’s <kin noun>[,] <first name>" split into
    the owner and the relative (both people; the kin noun and the possessive dropped). The
    owner must be written in capitals and the word after the noun be a first name of the lists
    in capitals; else the span is kept ("Trump’s son-in-law Jared", "Ruiz’s brother Pedro
    Ruiz" are kept when the recogniser tags them apart, which it mostly does)."""
    found: list[Span] = []
    for ent in ents:
        parts = _kin_parts(ent) if ent.label_ == "PERSON" else None
        found.extend(parts if parts is not None else (ent,))
    return found


def _kin_parts(ent: Span) -> tuple[Span, Span] | None:
    """(owner, relative) of a person span "<owner>’s <kin noun>[,] <first name> …", else None."""
    doc = ent.doc
    marks = [t.i for t in ent if t.text in _POSSESSIVE]
    if len(marks) != 1:
        return None
    mark = marks[0]
    if mark == ent.start or mark + 2 >= ent.end or doc[mark + 1].lower_ not in KIN_NOUNS:
        return None
    first = mark + 2 + (doc[mark + 2].text == ",")
    if first >= ent.end or not doc[first].is_title or not _known_first_name(doc[first].lower_):
        return None
    owner = doc[ent.start : mark]
    if not all(t.is_title or t.text in ("-", ".") for t in owner):
        return None
    return Span(doc, ent.start, mark, label="PERSON"), Span(doc, first, ent.end, label="PERSON")
