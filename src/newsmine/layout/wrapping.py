"""Hard-wrapped text: which line breaks only wrap a line inside a paragraph (:func:`soft_breaks`),
and whether the line breaks left after flowing end paragraphs (:func:`lines_are_paragraphs`).

A line break is soft when the text as a whole is wrapped (most single line breaks follow a
line that is full, some lines go on with a lower-case word, and the wrap width lies between
:data:`MIN_WRAP_WIDTH` and :data:`MAX_WRAP_WIDTH`) and the line before it is full or well
filled and ending no sentence; see :mod:`newsmine.layout`.
"""

from __future__ import annotations

import re

from newsmine.layout.bylines import _parse_byline
from newsmine.layout.datelines import _WIRE_DATELINE_RE

__all__ = ["MAX_WRAP_WIDTH", "MIN_WRAP_WIDTH", "lines_are_paragraphs", "soft_breaks"]


# Wire and e-mail text wraps at 60 to 80 columns: wider lines are paragraphs, and narrower
# ones are lists, tables or one-line paragraphs rather than wrapped prose.
MAX_WRAP_WIDTH = 120
MIN_WRAP_WIDTH = 40
# Share of single line breaks that must follow a full line for a text to count as wrapped.
_MIN_FULL_SHARE = 0.5
# Share of single line breaks followed by a lower-case word, at least (PolNeAR dev wrapped at
# 72 columns: 0.2 to 0.9 an article, median 0.7).
_MIN_LOWER_SHARE = 0.15
# A line that starts like this starts a paragraph of its own, however full the line before.
_PARAGRAPH_OPENING_RE = re.compile(r"[ \t\u00a0]|[-*•–—▪]\s|\d{1,3}[.)]\s")
# A line the wrapping filled this far, ending in no sentence's end, goes on on the next line
# even when its next word would have fitted: tools that balance a paragraph's lines (GNU fmt,
# par) leave room that a greedy wrap does not. A paragraph's last line ends a sentence.
_FILLED_SHARE = 0.8
_LINE_ENDS = tuple(".!?:;\"”’')]")


def _numbered_goes_on(line: str, following: str) -> bool:
    """Whether a line opening with a number and a point ("1. The company's …") after a well
    filled line that ends no sentence goes on with the sentence that line cut ("… rise to $17
    on March" / "1. The …") rather than starting a numbered list: the line before is no list
    item itself."""
    return following.lstrip()[:1].isdigit() and not _PARAGRAPH_OPENING_RE.match(line)


def _opens_story_part(following: str, width: int) -> bool:
    """Whether a line starts a part of the story of its own, however full the line before: a
    short byline ("By Jane Okafor", under a headline that filled its line, ran into the title)
    or a wire dateline ("LONDON, May 3 (Reuters) - …", into the headline above it). A wrapped
    sentence's line that opens "By March, the company …" is full, and stays wrapped."""
    start = following.lstrip()[:3]
    if start in ("By ", "BY ", "By:", "BY:"):
        return len(following.strip()) < width // 2 and _parse_byline(following) is not None
    return start[:1].isupper() and _WIRE_DATELINE_RE.match(following) is not None


def _wrap_width(lines: list[str]) -> int:
    """The width most lines of a wrapped paragraph end within a word of, over every non-blank
    line (paragraphs written on one long line make it wide: not wrapped); the 90th percentile
    ignores the odd over-long line (a URL, an unbreakable word)."""
    widths = sorted(len(line.rstrip()) for line in lines if line.strip())
    return widths[int(0.9 * (len(widths) - 1))] if widths else 0


def soft_breaks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line break that only wraps a line inside a paragraph.

    A ``\\n`` or ``\\r\\n``; empty when the text is not hard-wrapped (see the module docstring).
    Linear in the text, in C string operations but for one step per line.
    """
    if "\n" not in text:
        return []
    lines = text.split("\n")
    # An e-mail's quoted lines: the "> " before each is no word of the line (see _quote_prefix).
    prefixes = [_quote_prefix(line) for line in lines] if ">" in text else [0] * len(lines)
    # Single line breaks between two non-blank lines: the only breaks that can be soft; not
    # where a quoted block starts or ends.
    candidates: list[int] = []  # index of the line before the break
    widths: list[int] = []
    for i in range(len(lines) - 1):
        line, following = lines[i], lines[i + 1]
        if line.strip() and following[prefixes[i + 1] :].strip() and bool(prefixes[i]) == bool(prefixes[i + 1]):
            candidates.append(i)
            widths.append(len(line.rstrip()))
    if len(candidates) < 2:
        return []
    width = _wrap_width(lines)
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return []
    full, filled = [], []
    for i, line_width in zip(candidates, widths):
        line, following = lines[i], lines[i + 1][prefixes[i + 1] :]
        # A no-break space joins words: no wrapping tool breaks there ("… on" / "March\xa014,\xa02025").
        next_word = following.lstrip(" \t").split(" ", 1)[0]
        fits = line_width + 1 + len(next_word) <= width
        goes_on = line_width >= _FILLED_SHARE * width and not line.rstrip().endswith(_LINE_ENDS)
        if _PARAGRAPH_OPENING_RE.match(following) and not (goes_on and _numbered_goes_on(line, following)):
            continue
        if _opens_story_part(following, width):
            continue
        if not fits:
            full.append(i)
        elif goes_on:
            filled.append(i)
    if len(full) < _MIN_FULL_SHARE * len(candidates):
        return []
    # Wrapping cuts sentences anywhere, so many wrapped lines go on with a lower-case word;
    # lines of a list or a quote round-up of even widths start with capitals or marks.
    lower = sum(lines[i + 1][prefixes[i + 1] :].lstrip()[:1].islower() for i in candidates)
    if lower < _MIN_LOWER_SHARE * len(candidates):
        return []
    # Character offsets of the chosen breaks.
    starts = []
    position = 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    result = []
    for i in sorted(full + filled):
        newline = starts[i + 1] - 1
        start = newline - 1 if lines[i].endswith("\r") else newline
        result.append((start, starts[i + 1] + prefixes[i + 1]))  # a quoted line's "> " goes with its break
    return result


# An e-mail's quoted line: "> I have paid my bill …", "> > …" a reply's quote of a quote.
_QUOTE_PREFIX_RE = re.compile(r">[> \t]*")
_QUOTED_LINE_RE = re.compile(r"^>[> \t]*", re.M)


def _quote_prefix(line: str) -> int:
    """The length of a quoted line's "> " prefix (markers and the spaces after them), else 0."""
    return _QUOTE_PREFIX_RE.match(line).end() if line.startswith(">") else 0


def lines_are_paragraphs(text: str, flowing: str) -> bool:
    """Whether every line break left in ``flowing`` (``text`` after :func:`~.flowing.flow_text`) ends a
    paragraph, though no full stop comes before it: a subhead ("Passengers face weeks of
    disruption"), a press release's "About Brightmoor Foods" over its boilerplate.

    So when the text is hard-wrapped (its soft breaks are spaces now; the breaks left are the
    ones this module found hard), or when its lines are too wide to be wrapped: a feed's one
    paragraph a line. Otherwise (lines of a wrap width that were not found wrapped) a single
    line break may still cut a sentence, and only a full stop before it ends a paragraph.
    """
    if flowing.count("\n") != text.count("\n") + text.count("\r") - text.count("\r\n"):
        return True  # soft breaks were spaced (a lone carriage return counts as the line break it is)
    return "\n" in flowing and _wrap_width(flowing.split("\n")) > MAX_WRAP_WIDTH
