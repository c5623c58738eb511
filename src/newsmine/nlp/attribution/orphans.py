"""The orphan quotations: quoted sentences the cue-driven choice left uncovered.

News quotations are nearly always someone's words: a quotation of six words or more that
no chosen content touches becomes a quote of its own, with the speaker of the best
candidate covering it, of the verb right after it, or of the attribution just before it.
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidates import Candidate, Intervals
from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.sources import relative_antecedent, subject_of

__all__ = ["ORPHAN_MIN_WORDS", "ORPHAN_PARAGRAPHS", "orphan_quotations"]

# Uncovered quotations of this many words or more are quotes of their own,
# their speaker looked for this many paragraphs back.
ORPHAN_MIN_WORDS = 6
ORPHAN_PARAGRAPHS = 2


def orphan_quotations(
    ctx: DocContext,
    candidates: list[Candidate],
    chosen: list[Candidate],
    min_words: int = ORPHAN_MIN_WORDS,
    paragraphs_back: int = ORPHAN_PARAGRAPHS,
) -> list[Candidate]:
    """``chosen`` plus a quote for each quoted sentence no chosen content touches.

    News quotations are nearly always someone's words, and PolNeAR annotates them: of the
    quotations of six words or more that the cue-driven choice leaves uncovered on PolNeAR
    train, 276 are part of a gold attribution and 60 are not. Each gets, in this order: the
    best candidate covering it that overlaps nothing chosen (its cue's best content was
    another); else the verb right after it with its subject ('"…," the editorial thundered.');
    else the speaker of the nearest attribution ending before it within the two paragraphs
    before ('Brandt said. ¶ "The rest of the gap …"'), with no cue; else no speaker.
    """
    taken = Intervals()
    for cand in chosen:
        taken.add(cand)
    covering: dict[int, list[Candidate]] = {}
    for cand in candidates:
        if cand.relation.startswith("quote"):
            for start, _ in cand.parts:
                k = ctx.quote_of[ctx.token_at_char(start)]
                if k >= 0:
                    covering.setdefault(k, []).append(cand)
    out = list(chosen)
    with_source = sorted((c for c in chosen if c.source >= 0), key=_reach)
    before = 0  # with_source[:before] end before the current quotation
    last: Candidate | None = None  # the attribution with a source ending last before it
    text = ctx.text
    for k, stretch in enumerate(ctx.stretches):
        while before < len(with_source) and _reach(with_source[before]) <= stretch.start:
            if last is None or _reach(with_source[before]) >= _reach(last):
                last = with_source[before]
            before += 1
        if len(text[stretch.inner_start : stretch.inner_end].split()) < min_words:
            continue
        if taken.overlapping(stretch.inner_start, stretch.inner_end):
            continue
        pick = next(
            (c for c in sorted(covering.get(k, ()), key=lambda c: -c.score) if not taken.overlapping(c.start, c.end)),
            None,
        )
        if pick is None:
            trigger, source = _verb_after_quotation(ctx, k)
            cue = (trigger, trigger + 1) if trigger >= 0 else (0, 0)
            if source < 0 and last is not None:
                para = ctx.paragraph_of_char(stretch.start)
                if para - paragraphs_back <= ctx.paragraph_of_char(last.end) <= para:
                    source = relative_antecedent(ctx, last.source)
            pick = Candidate(trigger, stretch.start, cue, list(stretch.pieces), "orphan", source, quoted_share=1.0)
        out.append(pick)
        taken.add(pick)
        if pick.source >= 0:
            last = pick
    out.sort(key=lambda c: c.start)
    return out


def _reach(cand: Candidate) -> int:
    """Where an attribution ends in the text, its cue word included: of '… the ACLU plans to
    watch the case, dos Santos says.' the attribution of 'says' ends last, not that of 'plans'."""
    return max(cand.end, cand.trigger_char + 1)


def _verb_after_quotation(ctx: DocContext, k: int) -> tuple[int, int]:
    """'"…," the editorial thundered.': the first verb after quotation ``k`` in its paragraph and
    sentence, with its subject outside the quotation, as (verb, subject); else (-1, -1)."""
    first, last = ctx.stretch_tokens[k]
    j = last
    while j < ctx.n and ctx.punct[j] and j - last < 3:
        j += 1
    if j >= ctx.n or ctx.para_of[j] != ctx.para_of[max(first, last - 1)]:
        return -1, -1
    for i in range(j, min(ctx.n, j + 8)):
        if ctx.pos[i] == "VERB" and ctx.quote_of[i] < 0:
            source = subject_of(ctx, i)
            return (i, source) if source >= 0 and ctx.quote_of[source] < 0 else (-1, -1)
        if ctx.punct[i] and ctx.lower[i] in (".", "!", "?", "“", '"'):
            break
    return -1, -1
