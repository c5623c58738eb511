"""'Called in to "Fox & Friends"': a telephone call into a programme reports no words.

'Harrow himself called in to "Fox & Friends" on Monday morning' gave Harrow a quote of the show's
title (probe51's strict xfail): the title, in quotation marks after 'call', read as what was
called. 'Call in to' and 'call into' a programme name where the speaker spoke, never what was
said; what they said comes in a sentence of its own ('He told the host …'). 'Called into
question' and 'called into doubt' (doubted) are a stance and stay cues: a first version
reading only 'question' lost train's gold 'called into doubt his conservative credentials'. On PolNeAR train (session 51) the shape is
written once ("Why had Donald Trump called into Bill O'Reilly's program on Fox News"), with no
gold attribution on 'called'.
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import DocContext

__all__ = ["called_into_programme"]

# 'Called into question', 'called into doubt': a stance (doubted), not a telephone call.
_DOUBTS = frozenset({"question", "doubt"})


def called_into_programme(ctx: DocContext, i: int) -> bool:
    """Whether cue word ``i`` is 'call' followed by 'in to' or 'into' (not 'into question',
    'into doubt')."""
    if ctx.lemma[i] != "call" or i + 2 >= ctx.n:
        return False
    nxt = ctx.lower[i + 1]
    if nxt == "in" and ctx.lower[i + 2] == "to":
        return True
    return nxt == "into" and ctx.lower[i + 2] not in _DOUBTS
