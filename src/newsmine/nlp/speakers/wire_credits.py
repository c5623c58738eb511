"""A wire's name in a dateline's credit ("WASHINGTON (AP) —", "EASTPORT, Oct 18 (Reuters) -").

The wire in the credit wrote the story: it is no body the story speaks of, so it is neither the
outlet a report is credited to nor the body a description ("the broadcaster", "the agency")
stands for.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["in_dateline"]

# The dashes after a dateline's credit.
_DASHES = frozenset({"-", "—", "–", "--"})
# A dated dateline's credit stands this close to the start of its line ("EASTPORT, Oct 18 (").
_CREDIT_CHARS = 40


def in_dateline(token: Token) -> bool:
    """Whether ``token`` is (part of) a wire's name in parentheses in a dateline: after a place
    in capitals ('WASHINGTON (AP) —'), or closed by a dash near the start of its line after a
    place and a date ('EASTPORT, Oct 18 (Reuters) -')."""
    doc = token.doc
    left = token.i - 1
    while left >= 0 and doc[left].pos_ == "PROPN":
        left -= 1
    if not (left > 0 and doc[left].text == "(" and token.i - left <= 3):
        return False
    if doc[left - 1].is_upper:
        return True
    right = token.i + 1
    while right < len(doc) and doc[right].pos_ == "PROPN":
        right += 1
    if not (right + 1 < len(doc) and doc[right].text == ")" and doc[right + 1].text in _DASHES):
        return False
    opening = doc[left].idx
    return opening - (doc.text.rfind("\n", 0, opening) + 1) <= _CREDIT_CHARS
