"""The person a narrative sentence introduces right before a quotation with no credit of its own.

Features, profiles and voter round-ups introduce a person in a sentence of narration and then
let the person speak with no cue at all: 'Terrence Boyd, 34, owns a tire shop in Saginaw. ¶
"I don't love either of them …"', 'Pell closed with a line she has used before. "They told
us …"'. Step 5 of :func:`~newsmine.nlp.attribution.orphans.orphan_quotations` gives such a
quotation the speaker of the last attribution before it, the person quoted before the newcomer
was introduced. A named person who is the subject of the narrative sentence right before the
quotation (the last of its paragraph, or the paragraph before when the quotation opens its own)
is the speaker instead, when no attribution comes between them.

Not a person the sentence tells of rather than introduces as a voice (review52c): the subject
of a passive ('Gordon Smith was arrested last week.' — someone things happen to, the speaker
before goes on about him), nor when the quotation speaks of a third person and never in the
first ('Tom Bell, her opponent, has raised $2 million. ¶ "He can buy all the ads he wants."':
words about the man just described, not his own; a newcomer's own words say 'I' or 'we'
when they speak of someone: 'He told me the water always comes back').
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidates import Candidate
from newsmine.nlp.attribution.context import SUBJECT_DEPS, DocContext

__all__ = ["introduced_speaker"]

_SENTENCE_ENDS = frozenset({".", "!"})
# Pronouns of a third person a quotation speaks of, and of the speaker speaking for themselves.
_THIRD_PERSON = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})
# Passives a profile introduces its subject with ('Dolores Quintana was born in El Paso'):
# facts of a life, not news that happened to someone.
_LIFE_PASSIVES = frozenset({"bear", "raise"})


def introduced_speaker(ctx: DocContext, k: int, last: Candidate | None) -> int:
    """The subject token of the narrative sentence right before orphan quotation ``k`` when it
    is a person's name ('Linda Vasquez, 58, a retired nurse, has voted for Democrats most of
    her life.'), else -1. The sentence is the one ending right before the quotation in its
    paragraph, or, when the quotation opens its paragraph, the last of the paragraph before,
    which must hold no quotation mark; ``last`` (the last attribution with a source before the
    quotation) must end before that sentence starts: a report in between speaks for itself."""
    mark = ctx.token_at_char(ctx.stretches[k].start)
    para = ctx.para_of[mark]
    para_first = ctx.para_token_bounds.get(para, (mark, mark))[0]
    if all(ctx.punct[i] for i in range(para_first, mark)):
        before = ctx.para_token_bounds.get(para - 1)
        if before is None or any(ctx.quote_of[i] >= 0 for i in range(*before)):
            return -1
        end = before[1] - 1
    else:
        end = mark - 1
    while end >= 0 and ctx.punct[end] and ctx.lower[end] not in _SENTENCE_ENDS:
        end -= 1
    if end < 0 or ctx.lower[end] not in _SENTENCE_ENDS:
        return -1
    first, stop = ctx.sent_bounds[ctx.sent_of[end]]
    if any(ctx.quote_of[i] >= 0 for i in range(first, stop)):
        return -1
    if last is not None and last.end > ctx.idx[first]:
        return -1
    if _of_someone_else(ctx, k):
        return -1
    return _named_person_subject(ctx, first, stop)


def _of_someone_else(ctx: DocContext, k: int) -> bool:
    """Whether quotation ``k`` speaks of a third person ('he', 'her') and never in the first:
    words about the person the sentence before described ('Tom Bell, her opponent, has raised
    $2 million. ¶ "He can buy all the ads he wants."'), the earlier speaker's still."""
    words = {ctx.lower[i] for i in range(*ctx.stretch_tokens[k])}
    return bool(words & _THIRD_PERSON) and not words & _FIRST_PERSON


def _named_person_subject(ctx: DocContext, first: int, stop: int) -> int:
    """The subject of the root verb of the sentence ``first``…``stop`` when it is a person's
    name the recogniser tagged, else -1. Not a passive's subject ('Gordon Smith was arrested
    last week.'): the one the news happened to, whom the speaker before goes on about — save
    a life's facts a profile opens with ('Dolores Quintana was born in El Paso.')."""
    root = next((i for i in range(first, stop) if ctx.head[i] == i), -1)
    if root < 0 or ctx.pos[root] not in ("VERB", "AUX"):
        return -1
    subject = ctx.child(root, SUBJECT_DEPS)
    if subject < 0 or ctx.pos[subject] != "PROPN" or ctx.ent[subject] != "PERSON":
        return -1
    if ctx.dep[subject] == "nsubjpass" and ctx.lemma[root] not in _LIFE_PASSIVES:
        return -1
    return subject
