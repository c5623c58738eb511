"""A name closing the statement is not the speaker when a described name follows it: 'The
company named a new chief, Jo Lane, the board's chairman, Sam Ito, said.'

The small parse takes the name set off after the statement's last noun ('chief, Jo Lane') for
the cue's subject and hangs the rest on it as a chain of appositions ('the board's chairman',
then 'Sam Ito'), so the speaker was Jo Lane and the content stopped at 'chief' (review65d left
it; extract65 mended the same chain where the parse instead hung it on the statement's noun).
A person has one name: of two names set off before the cue with a description between, the
one whose description opens before it and whose phrase runs into the cue is the speaker (the
usual credit '…, the board's chairman, Sam Ito, said'), and the first name is the statement's
noun's apposition (:func:`speaker_after_chained_name`); the content then goes on over it
(:func:`with_chained_name`, an extent stage after
:func:`~newsmine.nlp.attribution.sources.named_places.with_named_place`). Only after a common
noun: a name right after a verb's clause ('Prices will rise, Jo Lane, …') is no apposition of
the statement's, and a name with its description alone ('…, Jo Lane, the organizer, said') has
no second name and is left alone.
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.trailing_phrases import end_last_part_before, last_word_before_sourced_cue

__all__ = ["speaker_after_chained_name", "with_chained_name"]

# Tags of the words of a name.
_PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})
# Tags of the statement's noun a name set off after it is apposed to ('a new chief, Jo Lane').
_COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})


def speaker_after_chained_name(ctx: DocContext, cue: int, found: int) -> int:
    """The last name of the chain 'Name, description, Name' before cue word ``cue`` when
    ``found``, its source, is the chain's first name set off after a common noun; else
    ``found``."""
    if found < 0 or found >= cue or ctx.tag[found] not in _PROPER_NOUN_TAGS:
        return found
    second = _second_name(ctx, found, cue)
    return found if second is None or _noun_before_name(ctx, found) is None else second


def with_chained_name(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose content before its cue goes on over the name set off after
    its last noun when its source is the second name of a chain after that name (see
    :func:`speaker_after_chained_name`)."""
    noun = last_word_before_sourced_cue(ctx, cand)
    if noun is None or ctx.tag[noun] not in _COMMON_NOUN_TAGS or noun + 2 >= ctx.n or ctx.lower[noun + 1] != ",":
        return cand
    first = _name_end(ctx, noun + 2)
    if first is None or _second_name(ctx, first, cand.trigger) != cand.source:
        return cand
    return end_last_part_before(ctx, cand, first + 1)


def _second_name(ctx: DocContext, first: int, cue: int) -> int | None:
    """The last token of the name apposed to the description apposed to name ``first`` (the
    parse's chain 'Jo Lane' → 'the board's chairman' → 'Sam Ito'), when that name runs into cue
    word ``cue`` (its comma right before the cue, or the cue itself); else None."""
    for description in ctx.children[first]:
        if ctx.dep[description] != "appos" or ctx.tag[description] not in _COMMON_NOUN_TAGS:
            continue
        for name in ctx.children[description]:
            end = ctx.right[name]
            runs_in = end + 1 == cue or (end + 2 == cue and ctx.lower[end + 1] == ",")
            if ctx.dep[name] == "appos" and ctx.tag[name] in _PROPER_NOUN_TAGS and name > description and runs_in:
                return name
    return None


def _noun_before_name(ctx: DocContext, name: int) -> int | None:
    """The common noun right before the comma that opens name ``name`` (its last token), or
    None."""
    k = name
    while k > 0 and ctx.tag[k - 1] in _PROPER_NOUN_TAGS:
        k -= 1
    if k < 2 or ctx.lower[k - 1] != "," or ctx.tag[k - 2] not in _COMMON_NOUN_TAGS:
        return None
    return k - 2


def _name_end(ctx: DocContext, opening: int) -> int | None:
    """The last token of the name opening at ``opening`` when a comma closes it, or None."""
    k = opening
    while k < ctx.n and ctx.tag[k] in _PROPER_NOUN_TAGS:
        k += 1
    return k - 1 if opening < k < ctx.n and ctx.lower[k] == "," else None
