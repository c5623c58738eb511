"""A report's that-clause the parse hung on the noun of a phrase before it: 'The agency said in
a written statement after the hearing that it expected to publish the final rule' kept as 'a
written statement after the hearing that it expected …'.

After the report's own phrases ('in a statement', 'after the hearing', 'on Friday') the small
model may read "that" as a relative pronoun of the last phrase's noun ('the hearing that it
expected …': "that" an object, the clause a relative clause with a subject of its own), so the
cue has no clause of its own and the content kept is everything after the cue. When the cue has
no clausal complement, the content opens inside one of the cue's phrases and such a "that" comes
right after a later one, the clause is what is reported and the content starts after the "that",
as PolNeAR starts it after a report's own modifiers ('said on Monday that …').

Not a noun's own clause: a "that" right after the phrase the content opens in ('pointed to reports
that Trump planned …', 'cited the fact that …'), or parsed as the mark of a noun's complement
('called for the impeachment of Lynch following news that the department would sue'). PolNeAR
keeps the noun with its clause; the first version of this rule cut 21 such contents on train.
Nor a clause with a gap "that" may fill, unless the cue cannot stand without what it reports:
in 'testified at the hearing after the vote that the committee had scheduled' the relative
pronoun is the object "scheduled" lacks, and "testified" reports nothing; in 'said in an e-mail
after the debate that the congressman had won' "said" must say something, and in '… that it
expected to publish the final rule' "publish" has an object of its own, so "that" fills no gap
(review53: the gap reading cut the first to 'the committee had scheduled').
Seen three times by first-sight probes (probe52c: 'in a statement after the debate that the
congressman had …'; probe53b: the hearing story above; probe53c: 'wrote in a note to clients that
slow sign-ups could …', where the parse makes 'to clients' the cue's dative, one of its phrases).
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import CLAUSE_SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.trailing_phrases import start_first_part_at

__all__ = ["start_after_phrase_that"]

# A cue's own clause: with one, a "that" after its phrases is no report's mark.
_CLAUSAL_DEPS = frozenset({"ccomp", "xcomp", "csubj"})
# An object or complement of the verb "that" hangs on besides "that": no gap for a relative pronoun.
_OBJECT_DEPS = frozenset({"dobj", "attr", "acomp", "oprd", "dative"})
# The cue's own phrases: 'in a statement', 'on Friday', and 'to clients' parsed as the cue's dative
# ('wrote in a note to clients that slow sign-ups could …': probe53c, an analyst's note).
_PHRASE_DEPS = frozenset({"prep", "npadvmod", "dative"})
# Cues that cannot stand without what they report ('said in an e-mail after the debate that …').
_BARE_CUES = frozenset({"say", "tell"})


def _fills_gap(ctx: DocContext, that: int) -> bool:
    """Whether the parse's relative "that" may be the object its verb lacks ('the hearing that
    the committee had scheduled'): no other object or complement of that verb."""
    verb = ctx.head[that]
    return not any(ctx.dep[c] in _OBJECT_DEPS and c != that for c in ctx.children[verb])


def start_after_phrase_that(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose first part starts after a "that" the parse hung, with its
    clause, on the noun of the cue's last phrase (see the module's docstring); only outside
    quotation marks, for a cue before its content with no clausal complement."""
    i = cand.trigger
    if i < 0 or cand.relation.startswith(("quote", "orphan")) or cand.trigger_char >= cand.start:
        return cand
    if any(ctx.dep[c] in _CLAUSAL_DEPS for c in ctx.children[i]):
        return cand
    phrases = [c for c in ctx.children[i] if c > i and ctx.dep[c] in _PHRASE_DEPS]
    first = ctx.token_at_char(cand.parts[0][0])
    last = ctx.token_at_char(cand.parts[0][1] - 1)
    opening = next((p for p in phrases if ctx.left[p] <= first <= ctx.right[p]), -1)
    if opening < 0:
        return cand
    for that in range(first + 1, last):
        if ctx.lower[that] != "that" or ctx.quote_of[that] >= 0:
            continue
        noun = that - 1
        phrase = next((p for p in phrases if ctx.left[p] <= noun <= ctx.right[p]), -1)
        if phrase < 0 or ctx.dep[noun] != "pobj" or ctx.head[ctx.head[noun]] not in (i, *phrases):
            return cand
        if phrase == opening:
            return cand  # 'pointed to reports that …', 'cited the fact that …': the noun's own clause, what is said
        clause = next((c for c in ctx.children[noun] if ctx.dep[c] == "relcl" and ctx.left[c] == that), -1)
        if clause < 0 or ctx.dep[that] == "mark" or not any(ctx.dep[c] in CLAUSE_SUBJECT_DEPS and c > that for c in ctx.children[clause]):
            return cand  # 'following news that the department would sue': "that" the mark of the noun's own clause
        if any(not any(ctx.left[p] <= k <= ctx.right[p] for p in phrases) for k in range(first, that)):
            return cand
        if ctx.lemma[i] not in _BARE_CUES and _fills_gap(ctx, that):
            return cand  # 'testified at the hearing after the vote that the committee had scheduled'
        return start_first_part_at(ctx, cand, that + 1)
    return cand
