"""What a verb of telling reports without "that", parsed as a relative clause of whom it tells.

'Principal Janet Osei told the crowd she had learned of the plan only two days before the letter
went out' (probe50): with no "that", the small parser hangs 'she had learned of the plan' on
'crowd' as a relative clause ('the crowd [that] she had learned of …') and makes the words after
it the complement of 'told', so the content was cut to 'only two days before the letter went
out'. After 'told' and whom it tells, a clause of its own is what was told: a true relative
clause on the hearer needs a gap ('told the people she met', 'told the crowd she had spoken to'),
and one with a relative word is left to :mod:`.complements_parsed_relative`.

:func:`bare_told_clause` finds the clause's first token; the caller offers the clause to the end
of the verb's phrase as the verb's complement ('child:ccomp') and drops the readings that hold
the hearer with it (the object with its clause, the verb phrase).
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import (
    _TELLING_LEMMAS,
    FINITE_VERB_OR_MODAL_TAGS,
    SUBJECT_DEPS,
    WH_WORD_TAGS,
    DocContext,
)
from newsmine.nlp.attribution.proposals import _Proposals

__all__ = ["bare_told_clause", "drop_hearer_readings"]

# Prepositions whose object is what the clause verb is about ('learned of the plan', 'heard about
# the cuts'); a place or a time ('met on Monday', 'met in Paris') fills no gap a relative leaves.
_TOPIC_PREPOSITIONS = frozenset({"of", "about"})
# The clause verb's dependents that fill what a relative clause would leave open.
_FILLED_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative"})


def bare_told_clause(ctx: DocContext, i: int) -> int:
    """The first token of the clause that verb of telling ``i`` reports, which the parse hangs
    as a bare relative clause on its object (whom it tells), or -1: the object is a person's
    noun, name or pronoun; the clause opens right after it with its subject (a pronoun or a
    name), has a finite verb, no relative word, and fills its verb's object or complement
    ('she had learned of the plan'), with no preposition left without its object (:func:`_filled`)."""
    if ctx.pos[i] != "VERB" or ctx.lemma[i] not in _TELLING_LEMMAS or ctx.quote_of[i] >= 0:
        return -1
    if any(ctx.dep[c] == "ccomp" and c < _hearer_end(ctx, i) for c in ctx.children[i]):
        return -1
    hearer = ctx.child(i, {"dobj", "dative"})
    if hearer < 0 or hearer < i or ctx.pos[hearer] not in ("NOUN", "PROPN", "PRON"):
        return -1
    for clause in ctx.children[hearer]:
        if ctx.dep[clause] != "relcl" or clause < hearer or ctx.quote_of[clause] >= 0:
            continue
        start = ctx.left[clause]
        if start != hearer + 1 or ctx.dep[start] not in SUBJECT_DEPS or ctx.pos[start] not in ("PRON", "PROPN"):
            continue
        if ctx.tag[start] in WH_WORD_TAGS or ctx.lower[start] == "that":
            continue
        if _filled(ctx, clause):
            return start
    return -1


def _hearer_end(ctx: DocContext, i: int) -> int:
    """The token after the verb's object, or the verb's own end."""
    hearer = ctx.child(i, {"dobj", "dative"})
    return ctx.right[hearer] + 1 if hearer >= 0 else i + 1


def _filled(ctx: DocContext, clause: int) -> bool:
    """Whether ``clause`` is finite and leaves no gap a relative would fill: its verb has an
    object or a complement, or right after it a topic's preposition with its own object
    ('learned of the plan'), no preposition stranded, and no that-clause inside it."""
    finite = ctx.tag[clause] in FINITE_VERB_OR_MODAL_TAGS or any(
        ctx.dep[c] in ("aux", "auxpass") and ctx.tag[c] in FINITE_VERB_OR_MODAL_TAGS for c in ctx.children[clause]
    )
    if not finite:
        return False
    lo, hi = ctx.subtree(clause)
    if any(ctx.lower[k] == "that" and ctx.dep[k] == "mark" for k in range(lo, hi)):
        return False  # 'told the people she met that the budget was safe': the that-clause is what was told
    preps = [c for c in ctx.children[clause] if ctx.dep[c] == "prep"]
    if any(ctx.child(p, {"pobj", "pcomp"}) < 0 for p in preps):
        return False  # 'the crowd she had spoken to': the preposition's object is the gap
    # the topic right after the verb ('learned of the plan'); one after a place or a time goes
    # with 'told' as the parse would not say ('told the man she had met in Paris about the plan':
    # the man she met, told about the plan; review51c)
    topic = any(ctx.lower[p] in _TOPIC_PREPOSITIONS and p == clause + 1 for p in preps)
    return topic or any(ctx.dep[c] in _FILLED_DEPS for c in ctx.children[clause])


def drop_hearer_readings(ctx: DocContext, prop: _Proposals, start: int) -> None:
    """Drop from ``prop`` the contents that open before the clause at ``start`` and hold it:
    the hearer with the clause as its relative ('the crowd she had learned …') and the verb
    phrase, which open with whom the verb tells, no part of what was told."""
    at = ctx.idx[start]
    prop.items = [cand for cand in prop.items if not (cand.parts[0][0] < at < cand.parts[-1][1])]
