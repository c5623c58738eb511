"""Indents: the spaces and tabs that open a line after a hard line break (or open the text),
which the parser does not read (:func:`line_indents`).

The small parser reads a run of white space as a token of its own, and a paragraph break
written "\\n    " (copy indenting each paragraph's first line) or "\\n   \\n" (a blank line
padded with spaces, as wire and archive exports write them) is another token to it than the
"\\n" or "\\n\\n" of the same text written plainly: its features differ, and tags, entities and
parses nearby moved (session 53, ``training/layout_probes.py``: 8 quotes or speakers of the
invented probes differed with padded blank lines, and an indented headline's parse gave it a
content). So the parser reads the text without them, as it reads a ``\\r\\n`` as one ``\\n``
(:mod:`~newsmine.layout.line_ends`), and records move its offsets back into the input.

An indent is found after flowing (:func:`~newsmine.layout.flowing.flow_text`): an indented line
still starts a paragraph for the wrapping rules, and a wrapped line's spaces are no indent.
An e-mail's "> " prefix, which flowing blanks, is no indent: the parser does not read it either
(:func:`~newsmine.layout.flowing.unread_spans`, layout59).
"""

from __future__ import annotations

import re

__all__ = ["INDENT_CHARACTERS", "line_indents", "may_be_indented", "without_spans"]


# The spaces an indent is made of: a space, a tab, and the Unicode spaces that word processors
# and web pages put before a paragraph (no-break, em, ideographic). The parser reads a run of
# any as a white-space token, as it does spaces (review53b: an article whose paragraphs opened
# with two no-break spaces had a speaker "\xa0\xa0Harbour board delays").
INDENT_CHARACTERS = " \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# Such spaces at the text's start or after a line break.
_INDENT_RE = re.compile(rf"(?<![^\n])[{INDENT_CHARACTERS}]+")
# A line opening with a space, a tab or one of the Unicode spaces (the text's start: may_be_indented).
# A pattern opening with a line break is searched at C speed: "\n " in text took 30 µs an article
# of published train, the pattern 2 µs (layout62).
_INDENTED_LINE_RE = re.compile(rf"\n[{INDENT_CHARACTERS}]")


def may_be_indented(unix: str) -> bool:
    """Whether a line of ``unix`` (or the text) opens with a space, a tab or a Unicode space:
    a quick test."""
    return (unix != "" and unix[0] in INDENT_CHARACTERS) or _INDENTED_LINE_RE.search(unix) is not None


def line_indents(unix: str, flowing: str) -> list[tuple[int, int]]:
    """(start, end) of each run of spaces (:data:`INDENT_CHARACTERS`) that opens a line of ``flowing`` (a line break
    it kept, or the text's start) and is the same white space in ``unix`` (the input with ``\\n``
    line ends, which ``flowing`` is the same length as); a line of only spaces loses them all.
    And the margin after a soft break (a wrapped text whose every line opens with spaces,
    :func:`~newsmine.layout.wrapping._margin`): the break flowed into one space, and the margin
    blanked with it is no more read than a line's indent (review53b: else the parser read
    "the  town" with a white-space token inside a sentence)."""
    if not may_be_indented(unix):
        return []
    indents = [m.span() for m in _INDENT_RE.finditer(flowing) if unix[m.start() : m.end()] == m.group()]
    flowed = [
        m.span()
        for m in _INDENT_RE.finditer(unix)
        if m.start() and flowing[m.start() - 1] == " " and not flowing[m.start() : m.end()].strip()
    ]
    return sorted(indents + flowed) if flowed else indents


def without_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without the characters of ``spans`` (in order, not overlapping)."""
    pieces, position = [], 0
    for start, end in spans:
        pieces.append(text[position:start])
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
