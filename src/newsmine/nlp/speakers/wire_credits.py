"""A wire's name in a dateline's credit ("WASHINGTON (AP) —", "EASTPORT, Oct 18 (Reuters) -").

The wire in the credit wrote the story: it is no body the story speaks of, so it is neither the
outlet a report is credited to nor the body a description ("the broadcaster", "the agency")
stands for. What a dateline is, the source rules already know
(:func:`~newsmine.nlp.attribution.sources.dateline_subjects.dateline_dash`: a place in capitals, a date or
an agency in parentheses before a dash near the paragraph's start); this module only asks
whether the name stands in its parentheses.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.sources.dateline_subjects import dateline_dash

__all__ = ["in_dateline"]


def in_dateline(ctx: DocContext, token: Token) -> bool:
    """Whether ``token`` is (part of) a wire's name in parentheses in a dateline."""
    doc = token.doc
    left = token.i - 1
    while left >= 0 and doc[left].pos_ == "PROPN":
        left -= 1
    if not (left > 0 and doc[left].text == "(" and token.i - left <= 3):
        return False
    return dateline_dash(ctx, token.i) >= 0
