"""A content that opens inside a hyphenated word starts at the word: 'Benton said the e-mails
reflected routine consultation' kept as 'mails reflected routine consultation'.

The tokenizer splits a hyphenated word into its pieces and the hyphens between them ('e', '-',
'mails'); the small model may then parse the last piece alone as the clause's subject and hang
the first pieces, with the determiner before them, on the reporting verb, so the content, the
clause's subtree, opens at the last piece. No reader cuts a word in two: the content starts at
the word's first piece, with the words before it that the parse hung on its pieces ('the').
Probe53b (an inspector general's story quoting "e-mails"; PolNeAR train has no content opening
so, so the rule leaves train as it was).

Not a dateline's dash: 'WASHINGTON-Taxes will rise next year, the senator said' is a place and
its dash glued to the content's first word, which :mod:`.datelines` cut off before this stage
runs; the place is no piece of a word (review53: the content had taken 'WASHINGTON-' back).
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.sources.dateline_subjects import dateline_dash
from newsmine.nlp.attribution.trailing_phrases import start_first_part_at

__all__ = ["start_at_whole_word"]

_HYPHENS = frozenset({"-", "‐", "‑"})
# What the parse hangs before a noun's first piece: 'the e-mails', 'his co-workers'.
_MODIFIER_DEPS = frozenset({"det", "poss", "amod", "compound", "nummod"})


def _glued(ctx: DocContext, left: int, right: int) -> bool:
    """Whether tokens ``left`` and ``right`` touch, with no space between them."""
    return ctx.idx[left] + ctx.length[left] == ctx.idx[right]


def start_at_whole_word(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose first part starts at the first piece of the hyphenated word it
    opens inside ('mails' of 'e-mails'), with the modifiers before the word the parse hung on its
    pieces; never at or before the cue (a cue's own 're-' stays out)."""
    start = cand.parts[0][0]
    first = ctx.token_at_char(start)
    if not 2 <= first < ctx.n or ctx.idx[first] != start:
        return cand
    word = first
    while word >= 2 and ctx.lower[word - 1] in _HYPHENS and _glued(ctx, word - 1, word) and _glued(ctx, word - 2, word - 1):
        word -= 2
    if word == first or ctx.punct[word]:
        return cand
    if word <= dateline_dash(ctx, word) < first:
        return cand  # 'WASHINGTON-Taxes will rise': a dateline's dash, no hyphen of a word
    pieces = range(word, first + 1)
    opening = word
    while opening > 0 and ctx.head[opening - 1] in pieces and ctx.dep[opening - 1] in _MODIFIER_DEPS:
        opening -= 1
    cue_start, cue_end = cand.cue
    if cue_start <= first and opening < cue_end:
        return cand  # the pieces before are the cue's, or lie before it
    return start_first_part_at(ctx, cand, opening)
