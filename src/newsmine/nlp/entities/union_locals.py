"""A union local's name the recogniser cut before its number.

"The United Food and Packing Workers Local 412 said" (probe50's strike): the small model tags
the union up to "Local" and the number apart (a cardinal), so the union was named "United Food
and Packing Workers Local" and "Local 412", the name its members and the article use, was lost.
A union's branch is named by "Local" and its number; the number is part of the name. An
organisation whose last word is "Local", with a number of digits right after it, runs on over
the number. Not a date ("Local 2024 elections" tagged a date is no branch), not a number glued
to more ("Local 412-B" keeps its tag's end).
"""

from __future__ import annotations

from spacy.tokens import Span

# Digits a local's number has at most ("Local 1199", "Local 32BJ" is no plain number).
_MAX_DIGITS = 5


def _with_local_number(ents: list[Span]) -> list[Span]:
    """``ents`` with each organisation ending in "Local" right before a number of digits running
    on over it; the cardinal the recogniser made of the number is dropped."""
    if not ents:
        return ents
    doc = ents[0].doc
    result: list[Span] = []
    absorbed = -1
    for ent in ents:
        if ent.start == absorbed:
            continue  # the number, now inside the union's name
        if ent.label_ == "ORG" and ent[-1].text == "Local" and ent.end < len(doc):
            number = doc[ent.end]
            if number.text.isdigit() and len(number.text) <= _MAX_DIGITS and number.ent_type_ in ("", "CARDINAL"):
                ent = Span(doc, ent.start, ent.end + 1, label="ORG")
                absorbed = number.i
        result.append(ent)
    return result
