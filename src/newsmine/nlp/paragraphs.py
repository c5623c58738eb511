"""Paragraph breaks as sentence boundaries: the ``newsmine_paragraphs_v1`` component.

spaCy's small English parser often runs a sentence on across a paragraph break (on PolNeAR
dev, 291 of 3,193 parsed sentences span one), and a parse that joins a quotation to the
next paragraph's sentence hands its speaker and cue to the wrong words. News paragraphs
never continue a sentence, so this component, placed before the parser, marks the first
token after a paragraph break as a sentence start; the parser keeps preset boundaries.

A paragraph break is a blank line, or a single line break after a sentence-final mark
(``. ! ? :`` or a closing quotation mark or bracket): feeds end a paragraph with one
newline, but hard-wrapped text ("…told\\nReuters…") breaks lines inside sentences, and a
single newline there must not cut the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["mark_paragraph_starts"]

_FINAL_CHARS = frozenset(".!?:\"”’')]")


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first token of each paragraph (see the module docstring)."""
    n = len(doc)
    for i in range(1, n - 1):
        token = doc[i]
        if not token.is_space or "\n" not in token.text:
            continue
        before = doc[i - 1].text
        if token.text.count("\n") >= 2 or (before and before[-1] in _FINAL_CHARS):
            if not doc[i + 1].is_space:
                doc[i + 1].is_sent_start = True
    return doc
