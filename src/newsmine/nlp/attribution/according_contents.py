"""What 'according to X' (or 'in X's view', 'in the words of X') attributes: the words of its
sentence before it, after it or around it, and the paragraph's sentences it runs on over
(:func:`_propose_according`).

The parser hangs the phrase on whichever verb is nearest, so the head's clause that
:mod:`~newsmine.nlp.attribution.candidates` proposes misses these. :func:`_copula_before`
("That's according to …": the subject is what is reported) is asked there too, and
:data:`_MIN_ACCORDING_WORDS` by :mod:`~newsmine.nlp.attribution.credited_sentences`.
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.proposals import _Proposals
from newsmine.nlp.attribution.punctuation_candidates import colon_opens_quotation
from newsmine.nlp.attribution.quotation_candidates import cue_between


def _propose_according(ctx: DocContext, prop: _Proposals, phrase: tuple[int, int] | None = None) -> None:
    """What 'according to X' attributes: the words of its sentence before the phrase
    ('according:before': 'Verizon has struck a deal, according to the Labor Department,
    taking a step …'), after it ('according:after': 'According to the Associated Press, 571
    of …'), or both around it ('according:around': 'His criticism, according to an
    interview, was …'). The parser hangs the phrase on whichever verb is nearest ('…
    significant, and his expertise valued, according to officials'), so the head's clause
    (``rest:prep``) misses these. Also the narrow paragraph continuations of the phrase:
    'According to X, S1. S2.' (``according:after_run``: the sentences after it in its
    paragraph) and 'S1. S2, according to X.' (``according:before_run``: the sentences
    before it in its paragraph). ``phrase``: the tokens of 'in X's view' or 'in the words of
    X' (:func:`~newsmine.nlp.attribution.cues.view_phrase`), which attributes its sentence the
    same way, in place of 'according to X'."""
    i = prop.trigger
    s_start, s_end = ctx.sent_bounds[ctx.sent_of[i]]
    if phrase is not None:
        start, end = phrase
    else:
        to_object = ctx.child(i + 1, {"pobj"}) if i + 1 < ctx.n else -1
        start, end = i, max(ctx.right[i] + 1, i + 2, ctx.right[to_object] + 1 if to_object >= 0 else 0)
    before = ctx.char_range(s_start, start)
    after = ctx.char_range(end, s_end) if end < s_end else None
    if phrase is None and _copula_before(ctx, i, s_start):
        # "That's according to exit polls": what is reported is the subject ('That', the
        # sentences before), not the copula with it.
        before = ctx.char_range(s_start, i - 1)
    elif before is not None and ctx.word_count(s_start, start) < _MIN_ACCORDING_WORDS:
        before = None
    after = after if after is not None and ctx.word_count(end, s_end) >= _MIN_ACCORDING_WORDS else None
    if before is not None:
        prop.parts("according:before", [before])
    if after is not None:
        prop.parts("according:after", [after])
    if before is not None and after is not None:
        prop.parts("according:around", [before, after])
    p_start, p_end = ctx.para_token_bounds[ctx.para_of[i]]
    if before is None and after is not None and s_end < p_end:
        rest = ctx.char_range(s_end, p_end)
        if rest is not None and not _attributed_of_its_own(ctx, s_end, p_end, i):
            prop.parts("according:after_run", [(after[0], rest[1])])
    if after is None and before is not None and s_start > p_start:
        earlier = ctx.char_range(p_start, s_start)
        if earlier is not None:
            prop.parts("according:before_run", [(earlier[0], before[1])])


def _attributed_of_its_own(ctx: DocContext, start: int, end: int, trigger: int) -> bool:
    """Whether tokens [start, end) attribute words of their own: a reporting verb with its
    subject or its own content (:func:`cue_between`), or a lead-in's colon opening a
    quotation ('In Mahler's words, the race is "…" Krasner's message was simpler: "…"'): an
    'according to X' paragraph continued over them would take another speaker's words."""
    if start >= end:
        return False
    if cue_between(ctx, ctx.idx[start], ctx.idx[end - 1] + 1, trigger):
        return True
    return any(ctx.lower[j] == ":" and ctx.quote_of[j] < 0 and colon_opens_quotation(ctx, j) for j in range(start, end))


# The copula's clitic, whose lemma the model leaves as written after a curly apostrophe.
_COPULA_CLITICS = frozenset({"'s", "’s"})


def _copula_before(ctx: DocContext, i: int, s_start: int) -> bool:
    """Whether 'according' at ``i`` follows a copula that its sentence's words before are the
    subject of: "That's according to …", 'This is according to …'."""
    copula = i - 1
    if copula <= s_start or not (ctx.lemma[copula] == "be" or ctx.lower[copula] in _COPULA_CLITICS):
        return False
    subject = ctx.child(copula, SUBJECT_DEPS)
    if subject < 0:
        subject = ctx.child(i, SUBJECT_DEPS)  # the copula parsed as 'according''s auxiliary
    return subject >= 0 and ctx.left[subject] == s_start and ctx.right[subject] == copula - 1


# A side of 'according to X' with fewer words is no statement ('34, to be exact, according to').
_MIN_ACCORDING_WORDS = 2
