"""Pull-quotes: a display line repeating a quotation of the article (:func:`pull_quotes`),
which is that quotation's speaker's. Split from ``quote_marks.py`` (session 50).
"""

from __future__ import annotations

from bisect import bisect_right

from newsmine.nlp.quote_marks.double_marks import _OPENING, _STRAIGHT
from newsmine.nlp.quote_marks.single_marks import _ASCII_SINGLE, _SINGLE_OPEN
from newsmine.nlp.quote_marks.stretches import QuotedStretch

# A pull-quote has at least this many words (a short paragraph-long quotation repeated, "No.",
# "Thank you very much.", is an answer or a chant, not a display line).
_PULL_QUOTE_WORDS = 6
# At most this many paragraph-long quotations are looked up, each in all the quoted text: a
# transcript quoting paragraph after paragraph would cost their square, and sets no display lines.
_PULL_QUOTE_LOOKUPS = 40


def pull_quotes(text: str, stretches: list[QuotedStretch], paragraphs: list[tuple[int, int]]) -> dict[int, int]:
    """The pull-quotes among ``stretches`` (found in ``text``, whose paragraphs are
    ``paragraphs``), each mapped to the stretch whose words it repeats.

    Magazine and web layouts set a display line between paragraphs that repeats a quotation
    of the article ('“No auction house will touch it” ¶ … ¶ “No auction house will touch it,”
    she said.'): a closed quotation that is the whole of its paragraph, of six words or more,
    whose words stand inside another quotation. It is that quotation's speaker's, never the
    report before it nor the quote it follows. Words set in marks of their own inside the other
    quotation are a speaker quoting someone ('"She said, ‘I will never close the ferry.’ Then she
    closed it," Reyes said'): the paragraph-long quotation is then no display line of Reyes's.
    (PolNeAR's pull-quotes are unclosed, with a
    credit line under them, '"The reality is, …¶S.C. Rep. Jim Clyburn': left as they were.)
    One scan of the quoted text per paragraph-long quotation, for the first
    ``_PULL_QUOTE_LOOKUPS`` of them."""
    starts = [start for start, _ in paragraphs]
    found: dict[int, int] = {}
    joined = None
    lookups = 0
    for k, stretch in enumerate(stretches):
        if not stretch.closed or len(stretch.pieces) > 1:
            continue
        start, end = paragraphs[bisect_right(starts, stretch.start) - 1]
        while start < stretch.start and text[start].isspace():
            start += 1
        # (the tail read only for the one quotation opening its paragraph: linear)
        if start != stretch.start or text[stretch.end : end].strip(" .,!?"):
            continue
        words = text[stretch.inner_start : stretch.inner_end].strip(" .,!?")
        if len(words.split()) < _PULL_QUOTE_WORDS:
            continue
        lookups += 1
        if lookups > _PULL_QUOTE_LOOKUPS:
            break
        if joined is None:
            joined = "\0".join(text[s.inner_start : s.inner_end] for s in stretches)
        if joined.count(words) >= 2:
            repeated = [j for j, s in enumerate(stretches) if j != k and words in text[s.inner_start : s.inner_end]]
            own = [j for j in repeated if _holds_unquoted(text[stretches[j].inner_start : stretches[j].inner_end], words)]
            if own:
                found[k] = own[0]
    return found


# Marks before words quoted inside a quotation.
_INNER_OPENINGS = _OPENING + _STRAIGHT + _SINGLE_OPEN + _ASCII_SINGLE


def _holds_unquoted(inner: str, words: str) -> bool:
    """Whether a quotation's text ``inner`` holds ``words`` once at least without a mark of their
    own before them."""
    at = inner.find(words)
    while at >= 0:
        if at == 0 or inner[at - 1] not in _INNER_OPENINGS:
            return True
        at = inner.find(words, at + 1)
    return False
