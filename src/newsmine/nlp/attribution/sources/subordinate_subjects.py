"""A subject the parse takes from a subordinate clause that ends right before the cue.

'Svitlana Hrytsenko, 46, a shift supervisor who was on duty when the first round hit, said there
had been no fuel' (probe50): the small parser reads 'hit' as a noun, makes 'the first round hit'
the subject of 'said' and 'when' an adverb of 'said', and hangs 'said' on the name as a relative
clause. A noun phrase opened by a subordinating word ('when', 'after', 'while', …) and closed by
the comma right before the verb is that clause's, never the verb's subject: English puts no
subject between such a clause's comma and its verb. (A subject whose phrase holds words set off
before the comma is the verb's own: 'When the director, James Comey, said'.) The verb's speaker is then the name or noun
the parse hangs it on (the sentence's subject, with its words set off before the verb).
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import DocContext

# Words opening an adverbial clause of time, reason or condition.
_SUBORDINATORS = frozenset(
    {"when", "while", "after", "before", "as", "because", "since", "until", "once", "if", "whenever"}
)
# The words of a noun phrase between the subordinating word and its head noun ('the first round').
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"})


def subject_past_subordinate_clause(ctx: DocContext, i: int, found: int) -> int:
    """The speaker of cue ``i`` when ``found``, the grammar's subject, is the subject of a
    subordinate clause the parse folded into the cue's ('… when the first round hit, said'):
    the noun the cue hangs on as a relative clause (the name the words before describe).
    ``found`` otherwise, and when the subject's head is not the word right before the comma
    ('as Tom Ridge, a former secretary …, put it': the comma closes its apposition, and the
    clause "as" opens is the cue's own)."""
    if found <= 0 or found != i - 2 or ctx.lower[i - 1] != ",":
        return found  # 'as Tom Ridge, a former secretary, put it': words set off after the subject
    start = ctx.left[found]
    opener = start - 1
    if opener < 0 or ctx.lower[opener] not in _SUBORDINATORS or ctx.head[opener] not in (i, found):
        return found
    if any(ctx.pos[k] not in _PHRASE_POS for k in range(start, found + 1)):
        return found  # a clause with its own verb: the parse read it right, or another way
    head = ctx.head[i]
    if ctx.dep[i] in ("relcl", "acl") and head < opener and ctx.pos[head] in ("PROPN", "NOUN"):
        return head
    return found
