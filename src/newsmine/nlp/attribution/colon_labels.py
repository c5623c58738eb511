"""Colon lead-ins that are no speaker: a dateline written with a colon, and a who's-who label
whose line goes on about its person by surname.

Two shapes a reviewer found (review51e), before any transcript rule, read as a colon quote:

- 'NEW YORK, N.Y.: Stocks rose … Traders said …': a place in capitals, a comma and a US state or
  a country ("N.Y.", "Mass.", "Maine", "Chile") is where the story was filed from, as
  'NEW YORK, N.Y. — …' is; the paragraph was the city's quote (:func:`colon_dateline`);
- 'TOM BELL, COUNCILMAN: Bell wants the ferry back.': a label naming a person whose text opens
  with that person's surname is the writer's note on them, not their words: nobody speaking
  calls himself "Bell" (:func:`label_named_after`). 'TOM BELL, COUNCILMAN: We want the ferry
  back.' stays his.

Session 52 (seen52). review52d: a label naming an office and its country is a speaker, not a
place ('THE PRIME MINISTER, Canada: We will not sign …' lost its quote): a lead-in holding a
title word is no dateline.
"""

from __future__ import annotations

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import DocContext

__all__ = ["colon_dateline", "label_named_after"]


def colon_dateline(ctx: DocContext, start: int, colon: int) -> bool:
    """Whether the lead-in ``start``..``colon`` is a dateline: words in capitals, a comma, then a
    US state (written out or abbreviated) or a country."""
    comma = next((j for j in range(start, colon) if ctx.lower[j] == ","), -1)
    if comma <= start:
        return False
    place = [j for j in range(start, comma) if not ctx.punct[j]]
    if not place or not all(_in_capitals(ctx, j) for j in place):
        return False
    from newsmine.nlp.entities.word_lists import title_words  # the entities import attribution

    if any(ctx.lower[j] in title_words() for j in place):
        return False  # 'THE PRIME MINISTER, Canada: …' is an office speaking
    from newsmine.nlp.antecedents.doc_index import STATE_ABBREVIATIONS  # the antecedents import attribution

    rest = ctx.text[ctx.idx[comma] + 1 : ctx.idx[colon]].strip().lower()
    if not rest:
        return False
    states = lexicons.load_block("places", "US states")
    countries = lexicons.load_block("places", "Countries and common short forms")
    return rest in states or rest in countries or rest.replace(".", "").replace(" ", "") in STATE_ABBREVIATIONS


def label_named_after(ctx: DocContext, start: int, colon: int) -> bool:
    """Whether the words after the colon open with the last name word of a lead-in written as a
    name ('TOM BELL, COUNCILMAN: Bell wants …', 'Ana Ruiz: Ruiz has …')."""
    first = colon + 1
    if first >= ctx.n or ctx.pos[first] != "PROPN":
        return False
    names = [j for j in range(start, colon) if ctx.pos[j] == "PROPN" and not ctx.punct[j]]
    end = next((j for j in range(start, colon) if ctx.lower[j] == ","), colon)
    names = [j for j in names if j < end]
    return len(names) >= 2 and ctx.lower[names[-1]] == ctx.lower[first]


def _in_capitals(ctx: DocContext, j: int) -> bool:
    word = ctx.text[ctx.idx[j] : ctx.idx[j] + ctx.length[j]]
    return len(word) > 1 and word.isupper()
