"""A text's paragraphs as the quote finder reads them: its non-blank lines.

The quote finder reads an article's paragraphs twice (the marks, then the single-mark style)
and the attribution context once more, so the last text's bounds are kept (one entry).
Split from ``quote_marks.py`` (session 50).
"""

from __future__ import annotations

import re

_NEWLINE_RE = re.compile(r"\r?\n")


# The last text's paragraph bounds: the quote finder reads an article's twice and the
# attribution context once more. One entry, replaced whole (threads may share it).
_last_bounds: tuple[str, tuple[tuple[int, int], ...]] = ("", ())


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Non-blank lines of ``text`` as (start, end): news feeds end a paragraph with one
    newline or with a blank line."""
    global _last_bounds
    last_text, last = _last_bounds
    if text == last_text:
        return list(last)
    bounds = _read_paragraph_bounds(text)
    _last_bounds = (text, tuple(bounds))
    return bounds


def _read_paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds = []
    pos = 0
    for match in _NEWLINE_RE.finditer(text):
        bounds.append((pos, match.start()))
        pos = match.end()
    bounds.append((pos, len(text)))
    return [(s, e) for s, e in bounds if not text[s:e].isspace() and s < e]
