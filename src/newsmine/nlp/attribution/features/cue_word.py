"""Features of a cue word: the word alone, for the cheap cue filter (:func:`cue_features`),
and what a cue word's candidates share (:func:`trigger_features`: lemma, tag, source kind …).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.features.bins import BOOL_TEXT, FeatureValue, feature_string
from newsmine.nlp.attribution.features.source_options import source_kind

if TYPE_CHECKING:
    from newsmine.nlp.attribution.candidate import Candidate

__all__ = ["CueValues", "cue_features", "cue_features_of", "cue_values", "trigger_features", "trigger_values"]


def cue_features(ctx: DocContext, i: int) -> list[str]:
    """Features of a word alone, for the cheap cue filter."""
    return cue_features_of(cue_values(ctx, i))


CueValues = tuple[str, str, str, bool, str, bool, bool]


def cue_values(ctx: DocContext, i: int) -> CueValues:
    """What the cue filter's features of word ``i`` are built from, alone: (lemma, tag,
    dependency, has a subject, complement, in a quotation, a quotation in its sentence).
    Equal values give equal features, so the filter's probability is kept by these values
    (:meth:`~newsmine.nlp.attribution.model.LinearScorer.remembered_probability`)."""
    kids = {ctx.dep[c] for c in ctx.children[i]}
    subject = bool(kids & SUBJECT_DEPS)
    comp = "ccomp" if "ccomp" in kids else "xcomp" if "xcomp" in kids else "dobj" if "dobj" in kids else "prep" if "prep" in kids else "-"
    in_quote = ctx.quote_of[i] >= 0
    near_quote = bool(ctx.stretches_in_sent.get(ctx.sent_of[i]))
    return ctx.lemma[i], ctx.tag[i], ctx.dep[i], subject, comp, in_quote, near_quote


def cue_features_of(values: CueValues) -> list[str]:
    """The cue filter's features from :func:`cue_values`."""
    lemma, tag, dep, subject, comp, in_quote, near_quote = values
    return [
        "bias",
        f"c:lem={lemma}",
        f"c:lem|tag={lemma}|{tag}",
        f"c:lem|comp={lemma}|{comp}",
        f"c:lem|subj={lemma}|{subject}",
        f"c:lem|inq={lemma}|{in_quote}",
        f"c:lem|nearq={lemma}|{near_quote}",
        f"c:dep={dep}",
        f"c:tag={tag}",
        f"c:comp={comp}",
        f"c:subj|comp={subject}|{comp}",
        f"c:inq={in_quote}",
        f"c:nearq={near_quote}",
        f"c:lex={lemma in lexicons.load('cues')}",
    ]


def trigger_features(ctx: DocContext, cand: Candidate) -> list[str]:
    """Features of a candidate that depend on its cue word alone (shared by its candidates)."""
    return [feature_string(value) for value in trigger_values(ctx, cand)]


def trigger_values(ctx: DocContext, cand: Candidate) -> list[FeatureValue]:
    """:func:`trigger_features` as their template and values, which the content model weighs
    as they are (as :func:`~.content.feature_values`)."""
    t = cand.trigger
    rel = cand.relation
    lemma = rel if rel in ("colon", "dash") else ctx.lemma[t]
    src = source_kind(ctx, cand.source)
    in_quote = BOOL_TEXT[ctx.quote_of[t] >= 0]
    neg = BOOL_TEXT[any(ctx.dep[c] == "neg" for c in ctx.children[t])]
    return [
        ("bias",),
        ("lem", lemma),
        ("pos", ctx.pos[t]),
        ("tag", ctx.tag[t]),
        ("dep", ctx.dep[t]),
        ("src", src),
        ("lem|src", lemma, BOOL_TEXT[src != "none"]),
        ("inq", in_quote),
        ("lem|inq", lemma, in_quote),
        ("head", BOOL_TEXT[ctx.para_of[t] == 0]),
        ("neg", neg),
        ("lem|neg", lemma, neg),
        ("lex", BOOL_TEXT[lemma in lexicons.load("cues")]),
    ]
