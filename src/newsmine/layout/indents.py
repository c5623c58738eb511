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
An e-mail's "> " prefix, which flowing blanks, is not the input's white space and stays.
"""

from __future__ import annotations

import re

__all__ = ["line_indents", "may_be_indented", "without_spans"]


# Spaces and tabs at the text's start or after a line break.
_INDENT_RE = re.compile(r"(?<![^\n])[ \t]+")


def may_be_indented(unix: str) -> bool:
    """Whether a line of ``unix`` (or the text) opens with a space or a tab: a quick test."""
    return unix[:1] in (" ", "\t") or "\n " in unix or "\n\t" in unix


def line_indents(unix: str, flowing: str) -> list[tuple[int, int]]:
    """(start, end) of each run of spaces and tabs that opens a line of ``flowing`` (a line break
    it kept, or the text's start) and is the same white space in ``unix`` (the input with ``\\n``
    line ends, which ``flowing`` is the same length as); a line of only spaces loses them all."""
    if not may_be_indented(unix):
        return []
    return [m.span() for m in _INDENT_RE.finditer(flowing) if unix[m.start() : m.end()] == m.group()]


def without_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without the characters of ``spans`` (in order, not overlapping)."""
    pieces, position = [], 0
    for start, end in spans:
        pieces.append(text[position:start])
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
