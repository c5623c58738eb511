"""Whether a subject belongs to a relative clause ("who has often split with her caucus").

"PORTLAND, Maine — Sen. Ruth Calloway of Oregon, a Democrat who has often split with her
caucus, said …": the parse makes the dateline the subject of "said" and the senator its
apposition, so the speaker is looked for after the dash
(:func:`.dateline_subjects._subject_after_dateline`); the first subject there was "who" of
the relative clause, read as "a Democrat". A relative clause's subject describes a noun, it
does not speak; the name the lead opens with does (seen52c, from wrap52's xfail).
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.sources.words import _CLOSING_MARKS
from newsmine.nlp.parser_labels import ANY_SUBJECT_DEPS, FINITE_VERB_TAGS, NOUN_SUBJECT_DEPS

__all__ = ["in_relative_clause", "relative_series_subject"]

_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
_COORDINATORS = frozenset({"and", "or"})


def in_relative_clause(ctx: DocContext, k: int) -> bool:
    """Whether token ``k`` is the subject of a relative clause (its verb hangs from a noun as
    ``relcl``)."""
    return ctx.dep[ctx.head[k]] == "relcl"


def relative_series_subject(ctx: DocContext, i: int) -> int:
    """The relative pronoun a subjectless verb ``i`` shares in a series of relative clauses
    (-1 if none).

    "… the mayor who questions the board, who fights with reporters, claims that the Gazette
    "takes its orders" …, and asserts that …", "a governor who has called for "…", has said of
    smugglers that "…" and who …": a verb set after a comma, with no subject of its own, goes on
    the relative clause before it; the parse hangs it on the main verb ('This was …') or on the
    reported clause before it ('the Gazette'), whose subject it took. Only an asyndetic verb
    (a comma and no 'and' before it: a main clause does not go on that way) or, after 'and', one
    whose verb before it is such a verb itself; the relative clause's subject a relative pronoun
    ('who', 'that', 'which'), before ``i`` in its sentence, and ``i`` finite ('claims', 'has said').
    The relative clause must read as a series: a second relative after a comma ('…, who fights
    …') or the auxiliary of ``i`` repeating its own ('who has called …, has said'). Not 'praised
    the workers who stayed, and said …' (the praiser speaks), not 'toured the plant that makes
    ferries, met workers and said …' (a series of the main verb), not a verb with a subject of
    its own.
    """
    return _series_subject(ctx, i, 0)


def _series_subject(ctx: DocContext, i: int, depth: int) -> int:
    if depth > 4 or ctx.dep[i] not in ("conj", "ROOT") or ctx.quote_of[i] >= 0:
        return -1
    if any(ctx.dep[c] in ANY_SUBJECT_DEPS for c in ctx.children[i]):
        return -1
    auxiliaries = [c for c in ctx.children[i] if ctx.dep[c] in ("aux", "neg") and c < i]
    if not (ctx.tag[i] in FINITE_VERB_TAGS or any(ctx.tag[a] in FINITE_VERB_TAGS for a in auxiliaries)):
        return -1
    before = _skip_closing_marks(ctx, min([i, *auxiliaries]) - 1)
    coordinated = before >= 0 and ctx.lower[before] in _COORDINATORS
    if coordinated:
        before = _skip_closing_marks(ctx, before - 1)
    if before < 1 or ctx.lower[before] != "," or ctx.sent_of[before] != ctx.sent_of[i]:
        return -1
    # The clause the comma closes: climb from the word before it to the verb that holds it.
    k, first = before - 1, ctx.sent_bounds[ctx.sent_of[i]][0]
    for _ in range(12):
        if k < first or k >= before:
            return -1
        if ctx.pos[k] in ("VERB", "AUX"):
            subjects = [c for c in ctx.children[k] if ctx.dep[c] in NOUN_SUBJECT_DEPS]
            if subjects:
                if ctx.dep[k] == "relcl" and ctx.lower[subjects[0]] in _RELATIVE_PRONOUNS and not coordinated:
                    return subjects[0] if _in_series(ctx, i, auxiliaries, k, subjects[0]) else -1
            else:
                series = _series_subject(ctx, k, depth + 1)
                if series >= 0:
                    return series
        if ctx.head[k] == k:
            return -1
        k = ctx.head[k]
    return -1


def _in_series(ctx: DocContext, i: int, auxiliaries: list[int], relative: int, pronoun: int) -> bool:
    """Whether the relative clause of verb ``relative`` (subject ``pronoun``) is one of a
    series ``i`` goes on: its auxiliary repeated by ``i``, or a relative with the same pronoun
    before it, set off by a comma."""
    own = {ctx.lower[c] for c in ctx.children[relative] if ctx.dep[c] == "aux"}
    if own & {ctx.lower[a] for a in auxiliaries if ctx.dep[a] == "aux"}:
        return True
    if pronoun < 1 or ctx.lower[pronoun - 1] != ",":
        return False
    first = ctx.sent_bounds[ctx.sent_of[i]][0]
    return any(
        ctx.dep[k] == "relcl" and any(ctx.dep[c] == "nsubj" and ctx.lower[c] == ctx.lower[pronoun] for c in ctx.children[k])
        for k in range(first, pronoun)
    )


def _skip_closing_marks(ctx: DocContext, k: int) -> int:
    """The token before ``k``'s closing quotation marks ('… "a hundred new prisons," has said')."""
    while k >= 0 and ctx.lower[k] in _CLOSING_MARKS:
        k -= 1
    return k
