"""A place's name set off after the statement's place noun is no speaker: 'Votes were counted
by hand in the county seat, Ames, the clerk's office said.'

The small parse takes the name apposed to the place noun ('the county seat, Ames') for the
cue's subject and hangs the real speaker on it as the name's apposition, so the speaker was
'Ames' (extract65, session 65; review64a's left case). A name right after a comma that follows
a noun of place ('seat', 'capital', 'town', 'hometown' …: :data:`_PLACE_NOUNS`) names that place;
when it also has an apposition of its own set off before the cue, that apposition is who spoke.
A name after a person's description ('…, the referee, Tom Wade, said') or after any other noun
is left to the other rules: only a place noun makes the name a place. PolNeAR train has no
sentence of this shape (a place noun, a comma, a name, a comma and a noun phrase before a
cue), so no train record changes; the shape is every local story's ('in the capital, Kabul,
the ministry said').
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import DocContext

__all__ = ["speaker_after_named_place"]

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
    if first < 2 or ctx.lower[first - 1] != "," or ctx.lower[first - 2] not in _PLACE_NOUNS:
        return found
    if ctx.tag[first - 2] not in ("NN", "NNS"):
        return found
    speakers = [
        c for c in ctx.children[found]
        if ctx.dep[c] == "appos" and c < cue and ctx.lower[ctx.left[c] - 1] == "," and ctx.left[c] == found + 2
    ]  # fmt: skip
    return speakers[0] if speakers else found
