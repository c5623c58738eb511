"""Which of two relatives sharing a surname a bare surname that speaks is, when the one who
spoke in the paragraph just before is not the one the article named first.

A bare surname shared by relatives goes to the one the article names in full first (news
introduce the person the story is about first, relatives after), or to the one the same
paragraph has just named in full. A story about someone who does not speak — a patient, a
victim — often quotes a relative instead: 'Among the patients … was Howard Greene, 82 …. His
son, Michael Greene, said …' and, a paragraph on, '"…," Greene said'. Only the son has spoken,
and only he can be speaking again (probe50b's hospital story; probe50's 'Ms Pritchard' after
her mother Joan Pritchard, the same shape).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsmine.nlp import lexicons


def speaks(span: Span) -> bool:
    """Whether the name is the subject of a verb of the cue lexicon, itself ('Greene said'), as
    the apposition of the subject ('His son, Michael Greene, said') or through a relative
    clause of its own ('Howard Greene, who said …')."""
    root = span.root
    for clause in root.children:
        who = any(s.dep_ == "nsubj" and s.lower_ == "who" for s in clause.children)
        if clause.dep_ == "relcl" and who and _cue(clause):
            return True
    if root.dep_ == "appos":
        root = root.head
    return root.dep_ == "nsubj" and _cue(root.head)


def _cue(verb: Token) -> bool:
    """Whether ``verb`` is a verb of the cue lexicon ('said', 'told', 'wrote')."""
    return verb.pos_ == "VERB" and verb.lemma_ in lexicons.load("cues")


def one_paragraph_on(text: str, start: int, end: int) -> bool:
    """Whether the text between ``start`` and ``end`` crosses exactly one paragraph break."""
    return len(_BREAK_RE.findall(text, start, end)) == 1


_BREAK_RE = re.compile(r"\n\s*")


def pronoun_speakers_between(doc, start: int, end: int) -> set[str]:
    """The genders ("m", "f") of the subject pronouns 'he' and 'she' of cue verbs between
    tokens ``start`` and ``end``: 'Pruitt's wife, Karen Pruitt, wrote … ¶ The governor himself
    broke his silence …. In a statement, he said …. "…," Pruitt wrote' — a man has spoken since
    the wife, so the bare surname is not hers (probe51's scandal story)."""
    genders = {"he": "m", "she": "f"}
    return {
        genders[t.lower_] for t in doc[start:end]
        if t.lower_ in genders and t.dep_ == "nsubj" and _cue(t.head)
    }  # fmt: skip
