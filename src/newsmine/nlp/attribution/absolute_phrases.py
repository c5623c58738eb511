"""A content is the clause before its cue, not the writer's absolute phrase after it: 'The fire
began in the kitchen, the chief said, the blaze spreading to the roof.'

An absolute phrase (a noun and its participle, no verb of its own: 'the blaze spreading to the
roof', 'his voice cracking', 'its crews working through the night') set off after ', SOURCE
said,' is the writer's scene, not the speaker's words. The small parse hangs it on the statement's
verb as an adverbial clause and the cue on the participle as a parataxis, so the only candidate
of the cue was the absolute phrase ('rest:parataxis', the rest of the participle's subtree) and
the statement before the cue had none (extract65, session 65; review64a's left case). The
content is then moved to the statement: from the start of the verb's phrase to the comma before
the source. A participle with no subject ('…, the company said, citing falling demand') is the
speaker's own act and a cue of its own, and stays. With quotation marks ('"The fire was
contained by noon," the chief said, the blaze spreading …') the quotation was kept already.
PolNeAR train has no absolute phrase after a reporting verb (grep of the texts: ', said, the|a
|his|its … -ing' holds none), so no train record changes.
"""

from __future__ import annotations

from dataclasses import replace

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.trailing_phrases import last_part_after_cue

__all__ = ["before_absolute_phrase"]

# Dependencies of a participle's child that make it a clause of its own, not an absolute phrase.
_CLAUSE_CHILD_DEPS = frozenset({"aux", "auxpass", "mark"})


def before_absolute_phrase(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose content is the statement before its cue when its content is
    the absolute phrase after ', SOURCE CUE,' (see the module docstring)."""
    if last_part_after_cue(ctx, cand) is None or len(cand.parts) != 1 or cand.source < 0:
        return cand
    cue = cand.trigger
    participle = ctx.head[cue]
    if (
        ctx.dep[cue] != "parataxis"
        or participle <= cue
        or ctx.tag[participle] != "VBG"
        or ctx.dep[participle] != "advcl"
    ):
        return cand
    children = ctx.children[participle]
    if any(ctx.dep[c] in _CLAUSE_CHILD_DEPS for c in children):
        return cand
    if not any(ctx.dep[c] == "nsubj" and c > cue and ctx.pos[c] in ("NOUN", "PROPN") for c in children):
        return cand  # no subject of its own: the speaker's act ('…, the company said, citing …')
    statement = ctx.head[participle]
    comma = ctx.left[cand.source] - 1
    if not statement < comma < cue or ctx.lower[comma] != "," or ctx.lower[cue + 1] != ",":
        return cand
    part = ctx.char_range(ctx.left[statement], comma)
    if part is None:
        return cand
    return replace(cand, parts=[part], quoted_share=ctx.quoted_share([part]))
