"""A Q&A write-up's topic label: a paragraph of its own such as 'On the deficit:' or 'On his
critics:' before an answer quoted with no credit (session 53, probe53; the strict xfails of
probe52b's 'qa').

Why: a lead-in before a colon with no verb is read as a speaker ('Jeffrey M. Jones: "…"',
:func:`~.orphan_lead_ins._lead_in`), so the label's noun phrase ('the deficit', 'itself') became
the answer's speaker. The label names the question's topic; the answers under it are the
interviewee's, the one the introduction says sat down or spoke with the interviewer ('Harold
Dennison … sat down with reporters on Wednesday', 'She spoke with Gazette reporter …'). The
last attribution before the label is no better (a sentence of narration about the interviewee,
'He has been criticized by members of both parties', is nobody's report).

A label: the whole paragraph, opening with 'On' or 'About', no verb. Without an introduction
naming the interviewee so, the label gives no speaker and the quotation goes on to the later
steps of :func:`~.orphans.orphan_quotations`. PolNeAR train has no such label.
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.sources import subject_of

__all__ = ["is_topic_label", "interviewee_before"]

_TOPIC_OPENERS = frozenset({"on", "about"})
# The verbs of an introduction that announce the interview, with the interviewer after 'with'
# or 'to' ('sat down with', 'spoke to', 'talked with').
_INTERVIEW_VERBS = frozenset({"sit", "speak", "talk", "chat"})
_INTERVIEWER_PREPOSITIONS = frozenset({"with", "to"})


def is_topic_label(ctx: DocContext, first: int, colon: int) -> bool:
    """Whether the lead-in [``first``, ``colon``) with its colon is a paragraph of its own that
    opens with 'On' or 'About' and holds no verb: a Q&A's topic label."""
    words = [i for i in range(first, colon) if not ctx.punct[i] and not ctx.lower[i].isspace()]
    if not words or ctx.lower[words[0]] not in _TOPIC_OPENERS:
        return False
    if any(ctx.pos[i] in ("VERB", "AUX") for i in words):
        return False
    p_start, p_end = ctx.para_token_bounds[ctx.para_of[colon]]
    inside = [i for i in range(p_start, p_end) if not ctx.lower[i].isspace()]
    return bool(inside) and inside[0] == words[0] and inside[-1] == colon


def interviewee_before(ctx: DocContext, before: int) -> int:
    """The subject of the first verb of an interview before token ``before`` ('Dennison … sat
    down with reporters', 'She spoke with …'), outside quotation marks; -1 when there is none."""
    for i in range(before):
        if ctx.lemma[i] not in _INTERVIEW_VERBS or ctx.pos[i] != "VERB" or ctx.quote_of[i] >= 0:
            continue
        preps = [c for c in ctx.children[i] if ctx.dep[c] == "prep" and ctx.lower[c] in _INTERVIEWER_PREPOSITIONS]
        if not preps:
            continue
        source = subject_of(ctx, i)
        if source >= 0:
            return source
    return -1
