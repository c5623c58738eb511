"""Features of a source: a token near a cue word as its source, or no source, for the source
model (:mod:`~newsmine.nlp.attribution.sources.choice`); and the kind of a source token,
which the cue word's and the content's features read too.
"""

from __future__ import annotations

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import PRONOUN_WORDS, DocContext
from newsmine.nlp.attribution.features.bins import bucket

__all__ = ["no_source_features", "source_features", "source_kind"]


def source_kind(ctx: DocContext, s: int) -> str:
    if s < 0:
        return "none"
    if ctx.pos[s] == "PRON":
        return "pron:" + ctx.lower[s] if ctx.lower[s] in PRONOUN_WORDS else "pron"
    if ctx.ent[s]:
        return "ent:" + ctx.ent[s]
    if ctx.lemma[s] in lexicons.load("anonymous"):
        return "anon"
    return ctx.pos[s]


def source_features(ctx: DocContext, i: int, j: int, rule: int, first: bool) -> list[str]:
    """Features of token ``j`` as the source of cue word ``i``: its syntactic relation to the
    cue, side and distance, kind (pronoun, entity type, part of speech), whether the grammar
    rules (``rule``, :func:`~newsmine.nlp.attribution.sources.subject_of`) pick it, whether
    another reporting verb stands between them, whether it is the sentence's first option."""
    is_rule = j == rule
    rel = _relation_to_cue(ctx, i, j)
    side = "b" if j < i else "a"
    dist = bucket(abs(i - j), (2, 3, 5, 9, 17))
    kind = source_kind(ctx, j)
    lemma, tag = ctx.lemma[i], ctx.tag[i]
    lo, hi = (j + 1, i) if j < i else (i + 1, j)
    between = any(ctx.cue_verb[k] for k in range(lo, hi))
    return [
        "s:option",
        f"s:rule={is_rule}",
        f"s:rulenone={rule < 0}",
        f"s:rel={rel}",
        f"s:rel|side={rel}|{side}",
        f"s:rel|rule={rel}|{is_rule}",
        f"s:dep={ctx.dep[j]}",
        f"s:kind={kind}",
        f"s:kind|rel={kind}|{rel}",
        f"s:kind|rule={kind}|{is_rule}",
        f"s:side|dist={side}|{dist}",
        f"s:lem|rel={lemma}|{rel}",
        f"s:lem|rule={lemma}|{is_rule}",
        f"s:tag|rel={tag}|{rel}",
        f"s:between={between}",
        f"s:between|rule={between}|{is_rule}",
        f"s:first={first}",
        f"s:first|side={first}|{side}",
        f"s:inq={ctx.quote_of[j] >= 0}",
        f"s:head|rel={ctx.para_of[i] == 0}|{rel}",
    ]


def no_source_features(ctx: DocContext, i: int, rule: int) -> list[str]:
    """Features of 'cue word ``i`` has no source' (an impression, a participle, a fragment)."""
    lemma, tag = ctx.lemma[i], ctx.tag[i]
    return [
        "s:none",
        f"s:none|rule={source_kind(ctx, rule)}",
        f"s:none|lem={lemma}",
        f"s:none|lem|rule={lemma}|{rule >= 0}",
        f"s:none|tag={tag}",
        f"s:none|dep={ctx.dep[i]}",
        f"s:none|head={ctx.para_of[i] == 0}",
    ]


def _relation_to_cue(ctx: DocContext, i: int, j: int) -> str:
    """How token ``j`` hangs from cue word ``i``: its dependent ('child:nsubj'), its head, a
    dependent of its head ('sibling:nsubj'), a dependent's dependent, or further."""
    head, hj = ctx.head[i], ctx.head[j]
    if hj == i:
        return "child:" + ctx.dep[j]
    if j == head and head != i:
        return "head"
    if hj == head and head != i:
        return "sibling:" + ctx.dep[j]
    if ctx.head[hj] == i:
        return "grandchild:" + ctx.dep[j]
    if hj == ctx.head[head] and head != i:
        return "aunt:" + ctx.dep[j]
    return "other"
