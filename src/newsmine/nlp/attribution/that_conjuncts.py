"""A kept content runs on over a second 'that' clause the parse hung on the cue.

'The governor said the country needs to secure its border, but that he would not support mass
deportation': the second clause is the cue's second complement (the source said both), and
PolNeAR's content runs over it, but the parse often makes 'support' a conjunct of 'said'
rather than of 'needs', so the content stopped at 'border'. When the cue word has a conjunct
verb after the content, with a subject of its own and the complementizer 'that' right after
'and' / 'but' (',' allowed), and nothing but that punctuation and conjunction between the
content and 'that', the content's last part is carried to the end of that verb's phrase.
A demonstrative ('…, but that group was …', 'and that's it') is a subject or determiner, not
a 'mark', and is left alone. PolNeAR train (session 27, content9): 8 kept contents changed,
5 new matches (4 exact), 3 matches made exact, none farther.

Without 'that', the same shape carries the content on when the second clause holds a
quotation: 'McConnell says the American people are seeking a leader, but instead Obama is
giving them "lectures, distractions …"', 'Guccifer said Clinton's server was unprotected, and
he had total access to the server that "was like an open orchid …"'. The quoted words say the
report goes on there; a clause without them is the writer's as often as the source's (on
PolNeAR train the gold runs over such a clause about one time in three), so it is left alone.
Only a reported clause (the cue's ``ccomp``), a conjunct verb that is no reporting verb
itself ('and called it "a disgrace"' is an attribution of its own) with no reporting verb
under it (the quotation is not another's report), nor a verb of the cue categories ('but the
council has dismissed it as "a fantasy"': another party's stance; session 36's review). PolNeAR train (session 36, extent36): 4
kept contents changed, 3 direct contents gained (a split and an early end made one), none
lost.
"""

from __future__ import annotations

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import CLAUSE_SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.trailing_phrases import end_last_part_before, last_part_after_cue

__all__ = ["with_quoted_conjunct", "with_that_conjunct"]

_CONJUNCTIONS = frozenset({"and", "but"})
# The relation of a cue's reported clause ('said the plan was …'), ``child:ccomp[:core]``.
_REPORTED_CLAUSE = "child:ccomp"


def with_that_conjunct(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose last part runs on to the end of a 'that' clause conjoined to
    the cue word right after the content (:mod:`module docstring
    <newsmine.nlp.attribution.that_conjuncts>`). Only contents after their cue word, outside
    quotations."""
    tokens = last_part_after_cue(ctx, cand)
    if tokens is None:
        return cand
    i, last = cand.trigger, tokens[1]
    for v in ctx.children[i]:
        if v <= last or ctx.dep[v] != "conj" or ctx.pos[v] not in ("VERB", "AUX"):
            continue
        mark = ctx.left[v]
        if ctx.lower[mark] != "that" or ctx.dep[mark] != "mark" or ctx.head[mark] != v:
            continue
        if not any(ctx.dep[c] in CLAUSE_SUBJECT_DEPS for c in ctx.children[v]):
            continue
        if not _joined_by_conjunction(ctx, last, mark):
            continue
        if any(ctx.quote_of[t] >= 0 for t in range(last + 1, ctx.right[v] + 1)):
            continue
        return end_last_part_before(ctx, cand, ctx.right[v] + 1)  # (here after the part's old end)
    return cand


def with_quoted_conjunct(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose last part runs on to the end of a clause conjoined to the
    cue word right after the reported clause, with a subject of its own, no 'that', after
    'and' / 'but' (',' allowed) and holding a quotation (:mod:`module docstring
    <newsmine.nlp.attribution.that_conjuncts>`). Only a ``ccomp`` content after its cue word;
    neither the conjunct nor a word under it a reporting verb."""
    # (a ccomp content is no quotation's nor orphan's: last_part_after_cue checks the rest)
    tokens = last_part_after_cue(ctx, cand) if cand.relation.startswith(_REPORTED_CLAUSE) else None
    if tokens is None:
        return cand
    i, last = cand.trigger, tokens[1]
    v = next((c for c in ctx.children[i] if c > last and ctx.dep[c] == "conj" and ctx.pos[c] in ("VERB", "AUX")), -1)
    if v < 0 or not any(ctx.dep[c] in CLAUSE_SUBJECT_DEPS for c in ctx.children[v]):
        return cand
    first = ctx.left[v]
    if ctx.lower[first] == "that":
        return cand  # a 'that' clause is with_that_conjunct's ('but that group …', a demonstrative, is passed over too)
    if not _joined_by_conjunction(ctx, last, first):
        return cand
    clause = range(first, ctx.right[v] + 1)
    if not any(ctx.quote_of[t] >= 0 for t in clause) or any(_reports(ctx, t) for t in clause):
        return cand
    return end_last_part_before(ctx, cand, ctx.right[v] + 1)


def _reports(ctx: DocContext, t: int) -> bool:
    """Whether token ``t`` is a verb reporting words or a stance of its own: a reporting verb
    ('and called it "a disgrace"'), or any verb the cue categories list ('but the council has
    dismissed it as "a fantasy"': the council's words, not the first source's)."""
    if ctx.cue_verb[t]:
        return True
    return ctx.pos[t] == "VERB" and ctx.quote_of[t] < 0 and ctx.lemma[t] in lexicons.load_sections("cue_categories")


def _joined_by_conjunction(ctx: DocContext, last: int, first: int) -> bool:
    """Whether the tokens between the content's ``last`` token and a conjunct's ``first`` are
    'and' / 'but' and punctuation only, a conjunction among them (', and', 'but', ', but'):
    the second clause follows the reported one directly, with no words of the writer's between."""
    between = range(last + 1, first)
    return any(ctx.lower[t] in _CONJUNCTIONS for t in between) and all(
        ctx.punct[t] or ctx.lower[t] in _CONJUNCTIONS for t in between
    )
