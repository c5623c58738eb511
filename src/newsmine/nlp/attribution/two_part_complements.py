"""Complements the parse splits around their cue, proposed as the two parts they are.

A passive cue's subject and its complement ('The central bank is expected to act in
December': :func:`_propose_subject_and_complement`), and a complement clause whose subject
is a relative word before the cue ('the changes, which officials said will take effect in
May': :func:`_propose_relative_complement`). The parse proposes either part alone; PolNeAR's
content holds both, without the cue between them. :func:`subject_before_cue` (a cue word's
subjects before its cue, without its auxiliaries) is also asked by
:mod:`~newsmine.nlp.attribution.raised_subjects`.
"""

from __future__ import annotations

from newsmine.nlp.attribution.content_ends import _core_end
from newsmine.nlp.attribution.context import (
    AUXILIARY_OR_ADVERB_DEPS,
    NOUN_SUBJECT_DEPS,
    RELATIVE_PRONOUN_TAGS,
    SUBJECT_DEPS,
    DocContext,
)
from newsmine.nlp.attribution.cues import cue_category
from newsmine.nlp.attribution.proposals import _Proposals

__all__ = ["subject_before_cue"]


def _propose_subject_and_complement(ctx: DocContext, prop: _Proposals) -> None:
    """A passive cue's subject and complement, in two parts around the cue: 'The central bank
    is expected to act in December', 'The walk-off is considered one of the largest in company
    history'. The subject (``child:nsubjpass``) and the complement (``child:xcomp``,
    ``child:oprd``) are proposed each alone; PolNeAR's content holds both (train, gold contents
    of a passive cue with an infinitive after it: both 99, the infinitive alone 22, the
    subject alone 2). Not for cue words that report nobody's words ('is designed to attract',
    'has been updated to include': category "other"), nor for raising verbs ('X seems to …':
    PolNeAR annotates 'seem' and 'appear' unevenly; on train they added 25 gold contents for
    16 lost and 7 more unmatched quotes)."""
    i = prop.trigger
    if cue_category(ctx.lemma[i], direct=False) == "other":
        return  # 'is designed to attract', 'has been updated to include': no one's words
    subject = ctx.child(i, {"nsubjpass"})
    if subject < 0 or subject > i:
        return
    cue_end = prop.cue[1]
    complement = next((c for c in ctx.children[i] if c >= cue_end and ctx.dep[c] in _RAISED_COMPLEMENT_DEPS), -1)
    if complement < 0:
        return
    subject_span = subject_before_cue(ctx, i, prop.cue[0])
    if subject_span is None:
        return
    s_start, s_end = subject_span
    c_start, c_end = ctx.subtree(complement)
    p_start, p_end = ctx.para_token_bounds[ctx.para_of[i]]
    if s_start < p_start or c_end > p_end or any(ctx.quote_of[j] >= 0 for j in range(s_start, c_end)):
        return
    front = ctx.char_range(s_start, s_end)
    for end in sorted({c_end, _core_end(ctx, complement)}, reverse=True):
        back = ctx.char_range(c_start, end)
        if front is not None and back is not None:
            prop.parts(f"child:{ctx.dep[complement]}", [front, back])


def _propose_relative_complement(ctx: DocContext, prop: _Proposals) -> None:
    """A complement clause whose subject is a relative word before the cue, in two parts around
    the cue and its subject: 'the changes, which officials said will take effect in May' ->
    'which' + 'will take effect in May', 'what she said is growing demand', 'a deadline that
    insiders said went unnoticed'. The clause's subtree holds the cue, so the cue's complement
    (``child:ccomp``) is not proposed whole; PolNeAR's content is the relative word and the
    clause after the cue."""
    i = prop.trigger
    cue_start, cue_end = prop.cue
    p_start, p_end = ctx.para_token_bounds[ctx.para_of[i]]
    for clause in ctx.children[i]:
        if ctx.dep[clause] != "ccomp" or clause < cue_end or ctx.left[clause] >= cue_start:
            continue
        relative = ctx.child(clause, _RELATIVE_SUBJECT_DEPS)
        if relative < 0 or relative != ctx.left[clause] or ctx.tag[relative] not in RELATIVE_PRONOUN_TAGS:
            continue
        # Between the relative word and the cue, only the cue's own subject and auxiliaries.
        if any(ctx.head[j] != i and not any(ctx.left[c] <= j <= ctx.right[c] for c in ctx.children[i] if c < i) for j in range(relative + 1, cue_start)):
            continue
        end = ctx.right[clause] + 1
        if relative < p_start or end > p_end:
            continue
        front = ctx.char_range(relative, relative + 1)
        for stop in sorted({end, _core_end(ctx, clause)}, reverse=True):
            back = ctx.char_range(cue_end, stop) if stop > cue_end else None
            if front is not None and back is not None:
                prop.parts("child:ccomp", [front, back])


# The relative word that is the subject of the clause a cue reports ('which officials said will').
_RELATIVE_SUBJECT_DEPS = NOUN_SUBJECT_DEPS




# A passive cue's complements that complete its subject ('is expected to …', 'is considered one of …').
_RAISED_COMPLEMENT_DEPS = frozenset({"xcomp", "oprd"})


def subject_before_cue(
    ctx: DocContext,
    i: int,
    cue_start: int,
    *,
    between: frozenset[str] = frozenset(),
    trailing: frozenset[str] = AUXILIARY_OR_ADVERB_DEPS,
) -> tuple[int, int] | None:
    """The tokens (start, end) of cue word ``i``'s subjects before its cue starting at token
    ``cue_start``, its auxiliaries left out ('is', 'did not', 'may also'), or None when it has no
    subject before it or a word there is in none of its subjects' subtrees (a misparse may give
    'The birth of the newest Clinton' two subjects). ``between``: the dependencies of the cue
    word's other children before it whose words may also stand there ('The economy, until
    recently, seemed'); ``trailing``: those of its children left out at the end."""
    subjects = [c for c in ctx.children[i] if c < i and ctx.dep[c] in SUBJECT_DEPS]
    if not subjects:
        return None
    s_start = min(ctx.left[c] for c in subjects)
    s_end = cue_start
    while s_end - 1 > s_start and ctx.head[s_end - 1] == i and ctx.dep[s_end - 1] in trailing:
        s_end -= 1
    covering = subjects + [c for c in ctx.children[i] if c < i and ctx.dep[c] in between] if between else subjects
    if any(not any(ctx.left[c] <= j <= ctx.right[c] for c in covering) for j in range(s_start, s_end)):
        return None
    return s_start, s_end
