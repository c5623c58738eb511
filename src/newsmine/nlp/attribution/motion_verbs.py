"""A verb of motion reports nothing said before it.

'ABOARD THE KELLER PLANE — Vince Keller spent most of the flight …, but about an hour in, the
Republican nominee wandered back to the press section': the parse hung the first clause on
"wandered" as its complement, and the model kept it (low) as what the nominee said. Walking,
wandering, flying or driving somewhere says nothing; the words before such a verb are the
writer's. Only a content before the cue: after it the verb may open a report the gold keeps
('stepped up to defend Manafort', 'went on to name cities …', 'rushing out new books'), and
'go'/'come' are left out ('"…," Trump went on': a speaker carrying on). On PolNeAR train
(session 52) no kept content stands before a verb of this list, so it changes nothing there;
quotations stay (quoted words are someone's, and another cue may claim them).
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import QUOTATION_SHARE
from newsmine.nlp.attribution.candidates import Candidate
from newsmine.nlp.attribution.context import DocContext

__all__ = ["moves_after_content"]

# Verbs that move their subject from place to place, and nothing else in news prose.
_MOTION = frozenset({
    "wander", "walk", "stroll", "amble", "saunter", "stride", "travel", "fly", "drive",
    "ride", "arrive", "climb", "hurry", "jog", "sprint", "tiptoe", "wade", "roam", "trek", "hike",
})  # fmt: skip


def moves_after_content(ctx: DocContext, cand: Candidate) -> bool:
    """Whether ``cand``'s cue is a verb of motion and its content, not a quotation, ends
    before the cue: the writer's clause, not a report."""
    i = cand.trigger
    if not (0 <= i < ctx.n) or not cand.parts or ctx.lemma[i] not in _MOTION or ctx.pos[i] != "VERB":
        return False
    return cand.quoted_share < QUOTATION_SHARE and cand.parts[-1][1] <= ctx.idx[i]
