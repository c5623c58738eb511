"""A place's name set off after the statement's place noun is no speaker: 'Votes were counted
by hand in the county seat, Ames, the clerk's office said.'

The small parse takes the name apposed to the place noun ('the county seat, Ames') for the
cue's subject and hangs the real speaker on it as the name's apposition, so the speaker was
'Ames' (extract65, session 65; review64a's left case). A name right after a comma that follows
a noun of place ('seat', 'capital', 'town', 'hometown' …: :data:`_PLACE_NOUNS`) names that place;
when it also has an apposition of its own set off before the cue, that apposition is who spoke
(:func:`speaker_after_named_place`), and the content, which the parse stopped at the place noun,
goes on over the name (:func:`with_named_place`, an extent stage of
:mod:`~newsmine.nlp.attribution.decide`: the name is the statement's, not the credit's).
A name after a person's description ('…, the referee, Tom Wade, said') or after any other noun
is left to the other rules: only a place noun makes the name a place. And only when the phrase
after the name runs straight into the cue ('Ames, the clerk's office said'): a phrase set off by
a comma of its own before the cue is the name's description, and the name a person's ('Water
reached homes across the town, Jo Lane, the fire chief, said': Jo Lane speaks, the town is the
statement's). extract65's version gave that speaker 'the fire chief' and ran the content over
'Jo Lane' (review65d, session 65). PolNeAR train has no
sentence of this shape (a place noun, a comma, a name, a comma and a noun phrase before a
cue), so no train record changes; the shape is every local story's ('in the capital, Kabul,
the ministry said').
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.trailing_phrases import end_last_part_before, last_word_before_sourced_cue

__all__ = ["place_name_end", "speaker_after_named_place", "with_named_place"]

# Nouns of a place a name in apposition names ('the county seat, Ames'; 'the capital, Kabul').
_PLACE_NOUNS = frozenset({
    "seat", "capital", "city", "town", "village", "hometown", "county", "province", "state", "region", "district",
    "suburb", "borough", "township", "neighborhood", "neighbourhood", "port",
})  # fmt: skip
# Tags of the words of a name.
_PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})


def speaker_after_named_place(ctx: DocContext, cue: int, found: int) -> int:
    """The apposition after ``found`` when ``found``, the source of cue word ``cue``, is the
    name set off after a noun of place before the cue ('in the county seat, Ames, the clerk's
    office said'); else ``found``."""
    if found < 0 or found >= cue or ctx.tag[found] not in _PROPER_NOUN_TAGS:
        return found
    first = found
    while first > 0 and ctx.head[first - 1] == found and ctx.tag[first - 1] in _PROPER_NOUN_TAGS:
        first -= 1
    if first < 2 or place_name_end(ctx, first - 2) != found:
        return found
    speakers = [
        c for c in ctx.children[found]
        if ctx.dep[c] == "appos" and ctx.left[c] == found + 2 and _runs_into_cue(ctx, c, cue)
    ]  # fmt: skip
    return speakers[0] if speakers else found


def with_named_place(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose content before its cue goes on over the place's name set off
    after its last noun when its source follows that name ('Votes were counted by hand in the
    county seat, Ames, the clerk's office said': the name is no part of the reported clause's
    parse, so the content stopped at 'seat'; the name is the statement's, not the credit's)."""
    noun = last_word_before_sourced_cue(ctx, cand)
    if noun is None:
        return cand
    name_end = place_name_end(ctx, noun)
    if name_end is None or ctx.left[cand.source] != name_end + 2:
        return cand
    return end_last_part_before(ctx, cand, name_end + 1)


def _runs_into_cue(ctx: DocContext, speaker: int, cue: int) -> bool:
    """Whether the phrase of ``speaker`` ends right before cue word ``cue`` ('the clerk's office
    said'), so it is the cue's subject, not a description set off after a person's name ('Jo
    Lane, the fire chief, said')."""
    return speaker < cue and ctx.right[speaker] + 1 == cue


def place_name_end(ctx: DocContext, noun: int) -> int | None:
    """The last token of the name set off by commas right after place noun ``noun`` ('seat,
    Ames,'), or None when ``noun`` is no place noun or no such name follows it. Also asked by
    :mod:`~newsmine.nlp.attribution.own_source_ends`: such a name is no first speaker of two."""
    if ctx.lower[noun] not in _PLACE_NOUNS or ctx.tag[noun] not in ("NN", "NNS") or ctx.lower[noun + 1] != ",":
        return None
    k = noun + 2
    while k < ctx.n and ctx.tag[k] in _PROPER_NOUN_TAGS:
        k += 1
    if k == noun + 2 or k >= ctx.n or ctx.lower[k] != ",":
        return None
    return k - 1
