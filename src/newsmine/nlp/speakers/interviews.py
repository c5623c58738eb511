"""An interview written as a transcript: 'Q: …' turns for the interviewer's questions, 'A: …'
turns for the answers. The answers are the interviewee's, and so is 'I' in them: the
person the introduction names most (the transcript itself names nobody as its speaker). A
transcript is two or more 'A:' paragraphs, at least half of them in the first person
(:func:`~newsmine.nlp.attribution.punctuation_candidates.answer_paragraphs`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from newsmine.nlp.attribution import doc_text
from newsmine.nlp.attribution.punctuation_candidates import answer_paragraphs
from newsmine.nlp.entities import EntityCluster

if TYPE_CHECKING:
    from newsmine.nlp.antecedents import DocIndex

__all__ = ["FIRST_PERSON", "answer_paragraphs", "interviewee", "speaks_as_interviewee"]

# The interviewer's turn, which ends the introduction.
_TURN_RE = re.compile(r"(?m)^[ \t]*[QA]:[ \t]")
# First-person words that, in an answer and outside quotation marks, are the interviewee.
FIRST_PERSON = frozenset({"i", "me", "my"})


def interviewee(doc: Doc, clusters: list[EntityCluster], answers: list[tuple[int, int]]) -> EntityCluster | None:
    """The person a transcript's introduction (the text before its first turn) names, the one
    named most often in the article when it names several; None without answers or a person."""
    if not answers:
        return None
    first_turn = _TURN_RE.search(doc_text(doc))
    intro_end = first_turn.start() if first_turn else answers[0][0]
    named = [c for c in clusters if c.label == "PERSON" and c.mentions and c.mentions[0].start_char < intro_end]
    if not named:
        return None
    return max(named, key=lambda c: (len(c.mentions), -c.mentions[0].start_char))


def speaks_as_interviewee(mention: Span, answers: list[tuple[int, int]], index: DocIndex) -> bool:
    """The turn marker 'A' of an answer, or 'I'/'me'/'my' in an answer outside quotation marks."""
    start = mention.start_char
    inside = next(((s, e) for s, e in answers if s <= start < e), None)
    if inside is None or len(mention) != 1:
        return False
    word = mention[0]
    if word.text == "A":
        return not mention.doc.text[inside[0] : start].strip()  # the marker itself, opening the answer
    return word.lower_ in FIRST_PERSON and not index.in_quote[word.i]
