"""A plain-text article's headline as the pipeline hands it on: the title with the guillemets
the input wrote (:func:`as_written`), and where the headline's line ends, a paragraph's end
for the sentence splitter (:func:`headline_line_end`). Split from :mod:`newsmine.pipeline`
(session 50).
"""

from __future__ import annotations


def as_written(headline: str | None, flowing: str, copy: str) -> str | None:
    """``headline`` (found in ``flowing``) with the guillemets the input wrote where
    :func:`newsmine.layout.flow_text` put curly marks for the parser: the title is the article's
    own ("«Never again», says mayor", not "“Never again”, …"); its wrapped lines stay joined.

    ``copy`` is the input's reading copy (:func:`~newsmine.layout.reading_copy`, what
    ``flowing``'s offsets index; HTML entities such as "&laquo;" read as the characters they
    name), which the pipeline reads once an article (:func:`~newsmine.layout.read_layout`, session
    62; it was made again here for every plain-text article without a title)."""
    if headline is None or "«" not in copy:
        return headline
    start = flowing.find(headline)
    if start < 0:
        return headline
    written = copy[start : start + len(headline)]
    return "".join(w if w in "«»" else f for f, w in zip(headline, written))


def headline_line_end(text: str, headline: str | None) -> int:
    """Where the headline's line ends (:func:`find_headline`'s, None for a web page), else -1: a
    single line break after it ends a paragraph (:mod:`newsmine.nlp.paragraphs`). The first
    line, or the one under a notice or kicker line; the headline may have lost a kicker glued
    to its start ("EXCLUSIVE-…")."""
    if headline is None:
        return -1
    start = text.find(headline)
    end = text.find("\n", start)
    return end if start >= 0 and end > 0 and text[text.rfind("\n", 0, start) + 1 : end].strip().endswith(headline) else -1
