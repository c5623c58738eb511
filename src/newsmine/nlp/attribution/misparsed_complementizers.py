"""'Justice Helen Marsh wrote for the majority that the state had offered "no credible
evidence" …': after a prepositional phrase the parse may make the complementizer "that" the
object of the content's verb rather than its mark, so the content kept it. A "that" opening a
content before the subject of its own verb, outside quotation marks, is the complementizer
(:func:`misparsed_that`, asked by :meth:`.context.DocContext.char_range`). Probe51c.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS

if TYPE_CHECKING:
    from newsmine.nlp.attribution.context import DocContext


def misparsed_that(ctx: DocContext, start: int) -> bool:
    """Whether token ``start``, "that" parsed as an object or subject, has a subject of its verb
    after it ("that the state had offered": "that" a dobj of "offered", "state" its subject)
    and that verb is the cue's clausal complement: no pronoun "that" comes before its own
    verb's subject in a reported clause. Not in a relative clause, whose object "that" does
    ("the views that Sanders and Clinton have", PolNeAR train), nor inside a quotation, where a
    fronted object is speech as said ('"That I cannot accept"')."""
    if ctx.lower[start] != "that" or ctx.dep[start] not in ("dobj", "nsubj", "nsubjpass") or ctx.quote_of[start] >= 0:
        return False
    verb = ctx.head[start]
    if ctx.dep[verb] != "ccomp":
        return False  # "the views that Sanders and Clinton have": a relative clause's object comes first
    return any(ctx.dep[c] in NOUN_SUBJECT_DEPS and c > start and c < verb for c in ctx.children[verb])
