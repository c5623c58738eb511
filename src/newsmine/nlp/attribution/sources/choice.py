"""The learned source choice: which noun phrase near a cue word is its source, or none.

:func:`source_options` lists the noun phrases a cue word's source may be,
:func:`choose_source` picks one with the speaker model (the grammar's pick,
:func:`~newsmine.nlp.attribution.sources.subject.subject_of`, among the features; without a
model, the grammar's pick), :func:`assign_speakers` re-chooses the candidates' sources
with it once per cue word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsmine.nlp.attribution.context import NOMINAL_POS, DocContext
from newsmine.nlp.attribution.features import no_source_features, source_features
from newsmine.nlp.attribution.model import LinearScorer
from newsmine.nlp.attribution.sources.subject import subject_of

if TYPE_CHECKING:  # candidates imports this module
    from newsmine.nlp.attribution.candidates import Candidate


# How far (tokens) from its cue word, in its sentence, a noun phrase may be its source.
_SOURCE_WINDOW = 25


def choose_source(ctx: DocContext, i: int, scorer: LinearScorer | None) -> int:
    """The source of cue word ``i`` (token index, -1 if none): with the source model, the
    best-scoring of the noun phrases near the cue and of 'none', the grammar's pick
    (:func:`subject_of`) among the features; without, the grammar's pick."""
    rule = subject_of(ctx, i)
    if scorer is None:
        return rule
    best, best_margin = -1, scorer.margin(no_source_features(ctx, i, rule))
    for n, j in enumerate(source_options(ctx, i, rule)):
        margin = scorer.margin(source_features(ctx, i, j, rule, n == 0))
        if margin > best_margin:
            best, best_margin = j, margin
    return best


def assign_speakers(ctx: DocContext, candidates: list[Candidate], scorer: LinearScorer) -> None:
    """Each candidate's source chosen again by the speaker model ``scorer`` (once per cue
    word), after its features were computed with the grammar's. Attributions made by
    punctuation (a headline colon, a dash before a name) keep the name they were built on."""
    chosen: dict[int, int] = {}
    for cand in candidates:
        if cand.relation in _PUNCTUATION_RELATIONS:
            continue
        source = chosen.get(cand.trigger)
        if source is None:
            source = chosen[cand.trigger] = choose_source(ctx, cand.trigger, scorer)
        cand.source = source


_PUNCTUATION_RELATIONS = frozenset({"colon", "dash"})


def source_options(ctx: DocContext, i: int, rule: int) -> list[int]:
    """The tokens that may be cue word ``i``'s source, in text order: heads of noun phrases
    (nouns, names, pronouns; not the parts of a compound) of its sentence within
    _SOURCE_WINDOW tokens, outside quotation marks when the cue is, and the grammar's pick."""
    s_start, s_end = ctx.sent_bounds[ctx.sent_of[i]]
    outside = ctx.quote_of[i] < 0
    pos, dep, quote_of = ctx.pos, ctx.dep, ctx.quote_of
    options = [
        j
        for j in range(max(s_start, i - _SOURCE_WINDOW), min(s_end, i + _SOURCE_WINDOW + 1))
        if j != i and pos[j] in NOMINAL_POS and dep[j] != "compound" and not (outside and quote_of[j] >= 0)
    ]
    if rule >= 0 and rule not in options:
        options.append(rule)
        options.sort()
    return options
