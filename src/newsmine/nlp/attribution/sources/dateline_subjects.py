"""A dateline, a date or a place parsed as a cue's subject: the dash that closes a dateline
(:func:`dateline_dash`, which :mod:`..datelines` and :mod:`newsmine.nlp.speakers.wire_credits`
read too) and the speaker after it (:func:`_subject_after_dateline`); a dateline's place in
capitals (:func:`_in_dateline`), a date, a time or a place as subject, and the person or body
in apposition or near that speaks instead (:func:`_speaker_near`), an age written as a noun
being no date (:func:`_age_noun`). Split from :mod:`.subject` (session 51), whose
:func:`~.subject.subject_of` asks them.
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import NOMINAL_POS, SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.sources.relative_clauses import in_relative_clause
from newsmine.nlp.attribution.sources.words import (
    _DASHES,
    _TIME_ENTS,
)


def _age_noun(ctx: DocContext, j: int) -> bool:
    """Whether token ``j`` ends an age used as a noun ('said the 46-year-old', 'a
    19-year-old told'), which the recogniser labels a date."""
    return ctx.lower[j] in ("old", "olds") and j >= 2 and ctx.lower[j - 1] == "-" and ctx.lower[j - 2] in ("year", "years")


def _in_dateline(ctx: DocContext, j: int) -> bool:
    """Whether token ``j`` is a dateline place in capitals before a dash ('GENEVA — …',
    'PORTLAND, Ore. - …'), which the recogniser does not always label a place."""
    if not (ctx.text[ctx.idx[j] : ctx.idx[j] + ctx.length[j]].isupper() and ctx.length[j] > 1):
        return False
    for k in range(j + 1, min(ctx.n, j + 5)):
        if ctx.lower[k] in _DASHES:
            return True
        if not ctx.punct[k] and ctx.pos[k] != "PROPN":
            return False
    return False


def dateline_dash(ctx: DocContext, j: int) -> int:
    """The dash closing the dateline token ``j`` belongs to, else -1. A dateline opens its
    paragraph with names, numbers and punctuation only up to a dash within
    _DATELINE_TOKENS tokens, and says it is one by a place in capitals ('WASHINGTON —',
    'BUENA PARK, Calif. -'), an agency in parentheses ('Lisbon (AFP) –'), a date
    ('PORTO, May 3 (UPI) —') or a time (a live blog's entry, '6:40 a.m. —'): 'Ana Ruiz — the
    mayor — said' is no dateline. A press release's wire service between slashes ('DOVER,
    England, 9 April 2025 /PRNewswire/ --') is one token the parse tags punctuation but spaCy
    does not count as such: it marks the dateline as an agency in parentheses does (else its
    place was the speaker of the release's "announced")."""
    p_start, p_end = ctx.para_token_bounds[ctx.para_of[j]]
    # An indent before the paragraph's first word is no part of the dateline: a text that
    # opens with one ("    KHARVIK, Marovia — …", copy indenting each paragraph) starts with a
    # whitespace token (session 53: the content took the dateline with it).
    while p_start < p_end - 1 and ctx.pos[p_start] == "SPACE":
        p_start += 1
    if j - p_start > _DATELINE_TOKENS:
        return -1
    first = ctx.text[ctx.idx[p_start] : ctx.idx[p_start] + ctx.length[p_start]]
    marked = capitals = first.isupper() and len(first) > 1
    for k in range(p_start, min(p_end - 1, p_start + _DATELINE_TOKENS + 1)):
        if ctx.lower[k] in _DASHES and k > p_start and (capitals or _spaced(ctx, k)):
            if k <= j or not (marked or ctx.lower[k - 1] == ")"):
                return -1
            return k
        if ctx.ent[k] in ("DATE", "TIME") or _wire_between_slashes(ctx.lower[k]):
            marked = True
        elif not (ctx.punct[k] or ctx.pos[k] in ("PROPN", "NUM") or _in_capitals(ctx, k)):
            return -1  # a place in capitals the tagger took for a common noun ('GLENWOOD —') is a name
    return -1


def _spaced(ctx: DocContext, k: int) -> bool:
    """Whether dash ``k`` can close a dateline not opened by a place in capitals: a hyphen with
    a space before it, not a word's hyphen ('Twenty-five years ago, …', whose date marked it as
    a dateline until extract66); a dash proper may touch what it follows. A place in capitals
    may be glued to its hyphen ('WASHINGTON-Taxes will rise …', review53), and so may a date's
    number or a closing bracket when a capital follows ('Boston, Jan. 5-Thirty homes …', cut
    before extract66; review66d): a word's hyphen joins letters ('Mid-March', 'Twenty-five'),
    and a range's joins numbers ('2019-20')."""
    start = ctx.idx[k]
    if ctx.lower[k] != "-":
        return True
    before = ctx.text[start - 1] if start > 0 else ""
    after = ctx.text[start + 1 : start + 2]
    return before.isspace() or ((before.isdigit() or before == ")") and after.isupper())


def _in_capitals(ctx: DocContext, k: int) -> bool:
    """A noun in capitals in one of the article's first paragraphs (headline, byline, the
    story's opening): a dateline's place the tagger took for a common noun. Not a headline's
    verb in capitals ('UN: PEACEKEEPERS PAYING 13-YEAR-OLDS …'), nor a subheading in capitals
    further down ('MEDICAL CLAIMS — …'), which no dateline is."""
    if ctx.para_of[k] > _DATELINE_PARAGRAPHS or ctx.pos[k] not in ("NOUN", "ADJ"):
        return False
    word = ctx.text[ctx.idx[k] : ctx.idx[k] + ctx.length[k]]
    return len(word) > 1 and word.isupper()


# The paragraphs a dateline may open (0 is the headline): after a byline and a date line at most.
_DATELINE_PARAGRAPHS = 3


def _wire_between_slashes(word: str) -> bool:
    """'/prnewswire/', '/cnw/': a wire service named between slashes, one token."""
    return len(word) > 2 and word[0] == word[-1] == "/" and word[1:-1].replace("-", "").isalnum()


def _subject_after_dateline(ctx: DocContext, dash: int, i: int) -> int:
    """The speaker after a dateline's dash for cue word ``i``: the subject of the cue or of a
    verb it hangs from between the dash and the cue ('WASHINGTON (AP) — Donald Trump and
    Paul Ryan pledged …'; not that of a relative clause on the way), else the first subject
    there (not a relative clause's, :mod:`.relative_clauses`), else the first noun-phrase
    head; else -1. Those two only before the first verb the
    cue hangs from: 'SYDNEY — The mayor of Cumberland, Harjit Singh, says the council was
    "blindsided" …, and has vowed to fight it' is the mayor's vow, not the council's."""
    span = range(dash + 1, i) if i > dash else range(0)
    subjects = [k for k in span if ctx.dep[k] in SUBJECT_DEPS and ctx.pos[k] in NOMINAL_POS]
    above = _ancestors(ctx, i)
    found = next((k for k in subjects if ctx.head[k] in above), -1)
    if found < 0:
        before = min((k for k in above if dash < k), default=i)
        found = next((k for k in subjects if k < before and not in_relative_clause(ctx, k)), -1)
        if found < 0:
            found = next((k for k in range(dash + 1, before) if ctx.pos[k] in NOMINAL_POS and ctx.dep[k] not in ("compound", "poss", "det")), -1)
    return found if found < 0 or ctx.quote_of[found] < 0 else -1


def _ancestors(ctx: DocContext, i: int) -> set[int]:
    """Token ``i`` and the tokens it hangs from, up to its sentence's root."""
    found = {i}
    while ctx.head[i] != i and ctx.head[i] not in found:
        i = ctx.head[i]
        found.add(i)
    return found


def _speaker_near(ctx: DocContext, subject: int, i: int) -> int:
    """A dateline or a date parsed as the subject ('GENEVA — UN chief António Guterres on
    Friday urged'): the person or organisation in apposition; for a date, else the nearest
    one before the cue in its sentence. A place with no such apposition stays: it may speak
    ('Russia said')."""
    for c in ctx.children[subject]:
        if ctx.dep[c] == "appos" and ctx.ent[c] in ("PERSON", "ORG"):
            return c
        if ctx.dep[c] == "compound" and c < subject and ctx.ent[c] in ("PERSON", "ORG") and ctx.ent[subject] in _TIME_ENTS:
            # 'Broaddrick Sunday night recounted': the name glued before the date as its compound.
            return c
    if ctx.ent[subject] in ("GPE", "LOC"):
        return subject
    start = ctx.sent_bounds[ctx.sent_of[i]][0]
    for j in range(i - 1, start - 1, -1):
        if ctx.ent[j] in ("PERSON", "ORG") and ctx.quote_of[j] < 0 and ctx.dep[j] != "compound":
            return j
    return -1


# How many tokens a dateline runs before its dash ('CAMBRIDGE, Mass., Dec. 11 (UPI) —').
_DATELINE_TOKENS = 12

# Entities that never speak themselves but the parser sometimes makes subjects.
_NOT_SPEAKER_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC"})
