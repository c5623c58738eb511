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

Review (session 53, review53d): an introduction may put the interviewer first ('Times reporter
Sam Kett sat down with Comptroller Rosa Vela', 'We spoke with …', 'The Albany Ledger talked
with …'), and the answers went to the reporter, 'We' or the paper; the interviewee is then the
one after 'with' / 'to'. A date or time after 'On' ('On Tuesday:', 'On May 3:') is a timeline's
heading, not a question's topic, and names no one.
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.sources import subject_of

__all__ = ["interviewee_before", "is_topic_label"]

_TOPIC_OPENERS = frozenset({"on", "about"})
# The verbs of an introduction that announce the interview, with the interviewer after 'with'
# or 'to' ('sat down with', 'spoke to', 'talked with').
_INTERVIEW_VERBS = frozenset({"sit", "speak", "talk", "chat"})
_INTERVIEWER_PREPOSITIONS = frozenset({"with", "to"})
# Subjects of such a verb that are the interviewer, not the interviewee: the writer ('We spoke
# with …'), the press's trades ('Times reporter Sam Kett sat down with …'); an outlet is an ORG.
_WRITER_PRONOUNS = frozenset({"i", "we", "me", "us"})
_PRESS_WORDS = frozenset({
    "reporter", "reporters", "journalist", "journalists", "correspondent", "columnist", "editor", "editors",
    "host", "anchor", "interviewer", "writer",
})  # fmt: skip


def is_topic_label(ctx: DocContext, first: int, colon: int) -> bool:
    """Whether the lead-in [``first``, ``colon``) with its colon is a paragraph of its own that
    opens with 'On' or 'About' and holds no verb: a Q&A's topic label."""
    words = [i for i in range(first, colon) if not ctx.punct[i] and not ctx.lower[i].isspace()]
    if not words or ctx.lower[words[0]] not in _TOPIC_OPENERS:
        return False
    if any(ctx.pos[i] in ("VERB", "AUX") for i in words):
        return False
    if all(ctx.ent[i] in ("DATE", "TIME") for i in words[1:]):
        return False  # 'On Tuesday:' dates a timeline's entry; no question's topic
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
        if source >= 0 and (ctx.ent[source] == "ORG" or _press(ctx, source)):
            # 'Times reporter Sam Kett sat down with Comptroller Rosa Vela': the one after 'with',
            # unless the press is there too ('The council sat down with reporters')
            obj = next((c for p in preps for c in ctx.children[p] if ctx.dep[c] == "pobj"), -1)
            source = obj if obj < 0 or not _press(ctx, obj) else source
        if source >= 0:
            return source
    return -1


def _press(ctx: DocContext, noun: int) -> bool:
    """Whether ``noun`` is the writer ('I', 'we', 'us') or a noun phrase of the press's trades
    ('Times reporter Sam Kett', 'reporters')."""
    if ctx.lower[noun] in _WRITER_PRONOUNS:
        return True
    return any(ctx.lower[w] in _PRESS_WORDS for w in range(ctx.left[noun], noun + 1))
