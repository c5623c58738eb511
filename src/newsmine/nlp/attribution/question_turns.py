"""An interviewer's turn that puts a question again: 'Varga pressed. "Are you calling him
wrong?"', 'The reporter followed up: "Is it more than 10,000?"' (session 53, probe53).

Why: in a write-up of an interview, a press briefing or a debate the one who asks takes the
floor with these words and says nothing else, exactly as 'cut in' or 'interjected' do
(:mod:`.orphan_turn_takers`); the words after are the asker's question. Without them the
question went to the speaker before — the guest or the press secretary who had just answered
— or, after a colon, was no quote at all ('follow' is no cue, and an orphan quotation of a few
words is dropped).

Only 'press' standing alone (or 'again', 'further', 'harder': still asking) and 'follow up':
'The crowd pressed forward.', 'Officers pressed on toward the bridge.' move bodies, not
questions. PolNeAR train has one such turn ('"…?" Hannity pressed. "…"', a quotation on both
sides of the verb, read otherwise) and no 'followed up', so train is unchanged.
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import DocContext

__all__ = ["puts_question_again", "short_question_lead_in"]

# What may stand beside 'pressed' and leave it a question put again ('pressed again').
_PRESS_ADVERBS = frozenset({"again", "further", "harder"})


def puts_question_again(ctx: DocContext, verb: int) -> bool:
    """Whether ``verb`` is 'pressed' (alone, or with 'again', 'further', 'harder') or 'followed
    up': an interviewer putting a question again. The caller checks the rest of a turn (a
    subject of its own, no object, not negated)."""
    lemma = ctx.lemma[verb]
    modifiers = [c for c in ctx.children[verb] if ctx.dep[c] in ("prt", "advmod")]
    if lemma == "press":
        return all(ctx.lower[c] in _PRESS_ADVERBS for c in modifiers)
    if lemma == "follow":
        return any(ctx.lower[c] == "up" and c == verb + 1 for c in modifiers)
    return False


def short_question_lead_in(ctx: DocContext, k: int) -> tuple[int, int] | None:
    """(cue, source) of a short quotation ``k`` (fewer words than an orphan quotation needs) that
    an interviewer's turn introduces before a colon ('The reporter followed up: "Is it more than
    10,000?"', 'Varga pressed: "Why not?"'); None otherwise. Longer quotations get the same
    lead-in from :func:`~.orphan_lead_ins._lead_in`."""
    from newsmine.nlp.attribution.orphan_lead_ins import _lead_in  # the lead-ins import this module

    trigger, source = _lead_in(ctx, k)
    if trigger < 0 or source < 0 or not puts_question_again(ctx, trigger):
        return None
    return trigger, source
