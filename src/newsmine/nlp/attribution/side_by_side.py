"""A quotation whose credit comes after the next one: '"The pier is safe." "We will reopen it
in May," Mayor Ann Lee said.'

A writer who closes a quotation at a sentence's end and opens the next one at once, in the same
paragraph, goes on quoting the same voice; the one credit, written after the second quotation,
names both. Without this rule the first quotation was an orphan and took the last speaker
before it (direct51's strict xfail: the council that met, not the mayor). Only when nothing
but spaces parts the two (a line or paragraph break is a new turn), the first quotation is a
statement closed by a full stop opening its own sentence (not a title inside a sentence: 'on
"Meet the Press." "But …'), and the credit right after the second has a source.

Not a question or an exclamation (review54c): '"Will you vote for the bill?" "Not today," Reyes
said.' is asked by one and answered by another, and '"Hey hey, ho ho, these cuts have got to
go!" "We are here to stay," said Maria Ortega.' a crowd's chant before a marcher's words; both
turns of two voices, which the one credit after the second does not name."""

from __future__ import annotations

from newsmine.nlp.attribution.after_quotation import attribution_after
from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.orphan_continuations import _opens_sentence

__all__ = ["credit_after_the_next_quotation"]

# A statement's full stop: a question or an exclamation before the next quotation is another voice.
_SENTENCE_END = (".",)


def credit_after_the_next_quotation(ctx: DocContext, k: int) -> tuple[int, int]:
    """The cue word and source credited right after quotation ``k + 1`` when quotation ``k``
    (a whole statement opening its own sentence) sits right before it in its paragraph; (-1, -1) else."""
    if k + 1 >= len(ctx.stretches):
        return -1, -1
    stretch, following = ctx.stretches[k], ctx.stretches[k + 1]
    text = ctx.text
    between = text[stretch.end : following.start]
    if between.strip() or "\n" in between or not stretch.closed:
        return -1, -1
    if not text[stretch.inner_start : stretch.inner_end].rstrip().endswith(_SENTENCE_END):
        return -1, -1
    if not _opens_sentence(text, stretch.start):
        return -1, -1
    trigger, source = attribution_after(ctx, k + 1)
    return (trigger, source) if trigger >= 0 and source >= 0 else (-1, -1)
