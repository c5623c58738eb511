"""Where a content proposed from the parse ends, besides its subtree's end.

A cue's complement is also proposed without its trailing clauses (:func:`_core_end`: '…,
focusing on …', '…, which …'), cut again deeper down its right edge (:func:`_spine_cuts`:
'said he met Clinton, who is running …'), and resumed past a quoted fragment where the parse
broke it (:func:`_resumed_after_quotation`: 'could be "way off," and have been …'). Shared
by the proposers of :mod:`~newsmine.nlp.attribution.candidates`,
:mod:`~newsmine.nlp.attribution.two_part_complements` and
:mod:`~newsmine.nlp.attribution.credited_sentences`.
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import SUBJECT_DEPS, WINDOW, DocContext

_TRAILING_DEPS = frozenset({"advcl", "relcl", "conj", "npadvmod", "appos", "parataxis", "acl", "prep"})


def _core_end(ctx: DocContext, head: int) -> int:
    """End of ``head``'s subtree without its trailing modifiers: '…, focusing on …',
    '…, which …', '… or explain …' (a clause after a comma or a conjunction)."""
    for r in ctx.children[head]:
        if r <= head or ctx.dep[r] not in _TRAILING_DEPS:
            continue
        before = ctx.left[r] - 1
        if before > head and (ctx.lower[before] in (",", ";", "—", "--") or ctx.dep[before] == "cc"):
            return before
    return ctx.right[head] + 1


def _resumed_after_quotation(ctx: DocContext, cue: int, start: int, end: int) -> int:
    """Where a content of tokens [start, end) after ``cue`` really ends when the parse broke
    it at a quoted fragment's closing mark; ``end`` when it did not.

    'told Fox News that polls could be "way off," and have been unreliable …', 'pushed his
    promise of "free college" and forcing …': the small model hangs the closing mark, and
    the conjunct after it, on the reporting verb, so the complement stops inside the
    quotation. Then the content goes on to the end of the cue's first dependent after the
    mark, a conjunct with no subject or reporting verb of its own after 'and' or 'or'."""
    if start <= cue or end >= ctx.n:
        return end
    k = ctx.quote_of[end - 1]
    if k < 0 or ctx.stretch_tokens[k][1] < end or ctx.stretch_tokens[k][0] <= start:
        return end  # no quoted fragment cut at the content's end
    closing = ctx.stretch_tokens[k][1]
    for r in ctx.children[cue]:
        if r < closing:
            continue
        if ctx.punct[r] or ctx.dep[r] == "cc":
            continue
        if ctx.sent_of[r] != ctx.sent_of[cue] or ctx.dep[r] != "conj" or ctx.cue_verb[r] or ctx.child(r, SUBJECT_DEPS) >= 0 or ctx.quote_of[r] >= 0:
            return end  # 'while 73 percent said …', '… and says he will …': a statement of its own
        between = range(closing, ctx.left[r])
        if any(not ctx.punct[j] and ctx.lower[j] not in _RESUMING_CONJUNCTIONS for j in between):
            return end  # '…," but pledged to …': a contrast is more often a new statement
        return ctx.right[r] + 1
    return end


# Conjunctions after which a conjunct goes on with the clause a quotation broke.
_RESUMING_CONJUNCTIONS = frozenset({"and", "or"})


_CUT_PUNCTUATION = frozenset({",", ";", "—", "--", "–"})


_DASHES = frozenset({"—", "--", "–"})


def _spine_cuts(ctx: DocContext, head: int) -> list[int]:
    """Ends of ``head``'s subtree cut before a trailing clause on its right edge, at any
    depth: 'said he met Clinton, who is running in …' (the relative clause of the object of
    the complement's verb), '… would fail — a claim …', '… was drafted, and the aides …'.
    Walks the rightmost dependents down from ``head``."""
    cuts = []
    node = head
    for _ in range(WINDOW):
        for r in ctx.children[node]:
            if r <= node:
                continue
            if ctx.lower[r] in _DASHES:
                cuts.append(r)
            elif ctx.dep[r] in _TRAILING_DEPS:
                before = ctx.left[r] - 1
                if before > node and (ctx.lower[before] in _CUT_PUNCTUATION or ctx.dep[before] == "cc"):
                    cuts.append(before)
        right = [r for r in ctx.children[node] if r > node and not ctx.punct[r]]
        if not right or ctx.quote_of[right[-1]] >= 0:
            break
        node = right[-1]
    return cuts
