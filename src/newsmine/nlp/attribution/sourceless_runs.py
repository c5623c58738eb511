"""Quoted sentences run together under a cue word that is no attribution of theirs.

A run of quoted sentences (``quote_run``: a cue's quotation continued over the quoted
sentences after it) takes its cue from a word the candidates found near the quotations.
Sometimes that word reports no one: a verb of the writer's clause between the quotations
whose subject is the quotation ('"… to bring flowers" were provoking violence. "…"', the
parse leaving the verb no subject at all), or of a relative clause about a quoted name ('its
"Bathroom Bill," which lets owners decide who …'). With no subject the cue gives no speaker,
and the run was kept with none, although quoted sentences are nearly always someone's words
and, with no credit of their own, go on with the speaker of the attribution just before
them — as an orphan quotation does (step 5 of
:func:`~newsmine.nlp.attribution.orphans.orphan_quotations`). The cue word is dropped with
it: it is no report of the run.

PolNeAR train (session 54): 3 kept runs with no source outside the held-out samples; the 2 of
full quoted sentences take the gold's speaker this way ('Coan, Santilli's attorney, argues
…. "…" were provoking violence. "…"'; 'Dr. Ward stated' before a run given the cue 'decide');
the third, a run of quoted titles (''The Big Short'' was nominated …), is left alone by the
length bound below. A passive cue is left alone too (review54b, session 54: a chant that
"were shouted" went to the senator quoted before; none on train).
"""

from __future__ import annotations

from dataclasses import replace

from newsmine.nlp.attribution.candidates import Candidate
from newsmine.nlp.attribution.context import SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.orphans import ORPHAN_MIN_WORDS
from newsmine.nlp.attribution.sources import relative_antecedent

__all__ = ["with_run_speakers"]

# A passive cue ('"Lock her up …" were shouted for minutes. "…"') says that someone it leaves
# unnamed said or wrote the run — a crowd, a sign — not the speaker before (review54b).
_PASSIVE_DEPS = frozenset({"auxpass", "nsubjpass", "csubjpass"})


def with_run_speakers(ctx: DocContext, attributions: list[Candidate], paragraphs_back: int) -> list[Candidate]:
    """``attributions`` (in text order), each run of quoted sentences whose cue word is no
    report of it given the speaker of the nearest attribution with a source ending before it
    within ``paragraphs_back`` paragraphs, with no cue, as an orphan quotation. Runs with a
    source, single quotations and runs holding a short quotation are left as they are."""
    out: list[Candidate] = []
    for cand in attributions:
        if _unreported_run(ctx, cand):
            before = _speaker_before(ctx, out, cand, paragraphs_back)
            if before >= 0:
                cand = replace(cand, trigger=-1, trigger_char=cand.start, cue=(0, 0), relation="orphan", source=before)
        out.append(cand)
    return out


def _unreported_run(ctx: DocContext, cand: Candidate) -> bool:
    """Whether ``cand`` is a run of two or more quoted sentences with no source whose cue word
    has no subject outside quotation marks and is not passive: the cue reports no one's words."""
    if cand.source >= 0 or cand.trigger < 0 or not cand.relation.endswith("_run") or len(cand.parts) < 2:
        return False
    text = ctx.text
    # each a quoted sentence, not a title or a phrase the writer quotes: the orphan quotations' bound
    if any(len(text[start:end].split()) < ORPHAN_MIN_WORDS for start, end in cand.parts):
        return False
    if any(ctx.dep[c] in _PASSIVE_DEPS for c in ctx.children[cand.trigger]):
        return False  # '"…" were shouted for minutes': someone unnamed said it, not the speaker before
    subject = ctx.child(cand.trigger, SUBJECT_DEPS)
    return subject < 0 or ctx.quote_of[subject] >= 0


def _speaker_before(ctx: DocContext, attributions: list[Candidate], cand: Candidate, paragraphs_back: int) -> int:
    """The source of the last of ``attributions`` with one that ends before ``cand`` starts,
    within ``paragraphs_back`` paragraphs (a relative pronoun's antecedent); -1 if none."""
    para = ctx.paragraph_of_char(cand.start)
    for prev in reversed(attributions):
        if prev.source < 0 or max(prev.end, prev.trigger_char + 1) > cand.start:
            continue
        if para - paragraphs_back <= ctx.paragraph_of_char(prev.end) <= para:
            return relative_antecedent(ctx, prev.source)
        return -1
    return -1
