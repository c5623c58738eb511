"""What follows a content's end in its sentence, and the constituent it ends with: the
content features that tell a content cut at the right place from one that runs on or stops
short (a relative clause, an 'according to …', a coordinated clause left out or taken in).
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.features.bins import bucket

__all__ = ["end_context", "last_constituent", "span_root"]

# Words after a content's end that say what it leaves out: an attribution ('according to'),
# a relative or adverbial clause, a coordinated clause.
_AFTER_WORDS = frozenset(
    {"according", "who", "which", "that", "where", "when", "while", "and", "but", "as", "after", "before",
     "because", "since", "if", "though", "although", "with", "in", "on", "at", "for", "to", "by", "said", "says"}
)  # fmt: skip


_REST_LOOK = 40


def _word_class(ctx: DocContext, j: int) -> str:
    """A token after a content's end: punctuation and telling words as written, a
    participle as 'VBG', anything else by part of speech."""
    word = ctx.lower[j]
    if ctx.punct[j] or word in _AFTER_WORDS:
        return word
    return "VBG" if ctx.tag[j] == "VBG" else ctx.pos[j]


def end_context(ctx: DocContext, last: int, sent_last: int) -> tuple[str, str, str, str]:
    """What follows a content's last token in its sentence: the next token's class ('end'
    when only punctuation is left in the sentence, 'para' when the paragraph ends there too),
    the class of the one after it, the dependency of the first constituent left out (a
    relative clause, an adverbial clause, a conjunct) and how many words are left out
    (bucketed).

    Kept on ``ctx`` by (last, sent_last), on which alone it depends: the candidates of a
    sentence often end on the same token (one content read with each of its cues)."""
    cache = ctx.__dict__.setdefault("_end_contexts", {})
    found = cache.get((last, sent_last))
    if found is not None:
        return found
    lower = ctx.lower
    # The words after the end, line breaks skipped, a run-on sentence looked at only so far.
    following = [j for j in range(last + 1, min(sent_last + 1, last + 1 + _REST_LOOK)) if lower[j].strip()]
    words = [j for j in following if not ctx.punct[j]]
    if not words:  # nothing but punctuation left: the sentence's end, or the paragraph's
        nxt = sent_last + 1
        end = "para" if nxt >= ctx.n or ctx.para_of[nxt] != ctx.para_of[last] else "end"
        found = end, _word_class(ctx, following[0]) if following else "-", "-", "0"
    else:
        after = _word_class(ctx, following[0])
        after2 = _word_class(ctx, following[1]) if len(following) > 1 else "end"
        cut_dep = ctx.dep[span_root(ctx, words[0], following[-1] + 1)]
        found = after, after2, cut_dep, str(bucket(len(words), (1, 3, 6, 12, 24)))
    cache[(last, sent_last)] = found
    return found


_SET_OFF = frozenset({",", ";", "—", "--", "–", "("})


def last_constituent(ctx: DocContext, root: int, first: int, last: int) -> str:
    """The dependency of the constituent a content ends with, climbing from its last word:
    the highest one set off by a comma, a dash or a parenthesis (its relative clause, its
    'according to …'), else the top one (the root's dependent). With whether it is set off."""
    punct, head, left, lower = ctx.punct, ctx.head, ctx.left, ctx.lower
    j = last
    while j > first and punct[j]:
        j -= 1
    set_off, below = -1, -1
    while j != root:
        before = left[j] - 1
        if before >= first and lower[before] in _SET_OFF:
            set_off = j
        h = head[j]
        if h == j or not first <= h <= last:
            break  # a constituent hung outside the content ('according to' on the cue)
        below, j = j, h
    if set_off >= 0:
        return f"{ctx.dep[set_off]}|True"
    top = below if j == root else j
    return f"{ctx.dep[top]}|False" if top >= 0 else "-"


def span_root(ctx: DocContext, start: int, end: int) -> int:
    """The token of [start, end) whose head lies outside it (the first such)."""
    for j in range(start, end):
        h = ctx.head[j]
        if h == j or not (start <= h < end):
            return j
    return start
