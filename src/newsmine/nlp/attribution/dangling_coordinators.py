"""A kept content never ends on 'and', 'or' or 'but': it takes the conjunct, or stops before.

'Comey announced that Clinton was "extremely careless" with classified material and in the
normal course … would face some punishment', 'he talked about the Southern border and how
many Syrians can easily slip through', 'offered no specifics about targets or why their
approach would be any more effective': the parse hangs the second conjunct on the cue or on
a word outside the content, so the content's span (the subtree of its head) takes the
coordinator and stops there. A content ending on its coordinator is wrong either way: the
words after it are the rest of what was reported, or the source's next act.

The word after the coordinator tells which. A verb, an auxiliary or an infinitive's 'to'
('… to gun violence and said some of the women …', '… twice but said neither …', '… in
eight years and to once again rail against …') is what the source did next: the content
stops before the coordinator; not a verb in the form of one of the content's verbs and not in
the cue word's ('Many fear Trump will feed …, embolden … and unravel …', 'had been taken over
and looted'), the content's own series, which goes on. It stops before a clause after a
comma and the coordinator too (', and nearly three in five said …', ', and just this week the
Senate passed …'): a sentence's second clause, not a list's last item; and before an afterthought after a spaced dash ('… to
Kasich — or anyone …'). Anything else (a noun phrase, a preposition, 'how', 'why',
'whether', 'because', 'not') carries the content on over the conjunct, to the next comma,
semicolon, colon or spaced dash outside quotation marks, the cue with its auxiliaries, or
the sentence's end; after a comma only a verbless last item ('…, Johnson & Johnson, and Eli
Lilly were all allegedly targeted'). Unless the conjunct holds a verb hung on the cue word
with no subject or auxiliary of its own ('is supporting Sanders as a superdelegate and in a
statement credited him …'): the source's next act again. And unless the content before the
coordinator holds no verb and a subject of a verb of its own opens the conjunct ('talked about
the drought and farmers in the valley lost half their crop'): a phrase's conjunct is no
clause, the writer's next statement is (review48b).

PolNeAR train (session 48, direct48b): 34 kept contents changed, 25 nearer their gold
content, 7 farther (6 by a hair, a coordinator cut where the gold goes on with a verb; one
match lost, an absolute clause of another actor taken in: '… and powerful AFT President
Randi Weingarten hugging her on stage'); content 14,745 -> 14,749, attribution 13,965 ->
13,969, exact 10,704 -> 10,721, direct 4,718 -> 4,719 (docs/history/attribution.md). The
clause-of-another-actor stop (review48b) won that lost match back: 1 quote changed, better.
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import ANY_SUBJECT_DEPS, AUXILIARY_OR_ADVERB_DEPS, WH_WORD_TAGS, DocContext
from newsmine.nlp.attribution.trailing_phrases import end_last_part_before

__all__ = ["over_dangling_coordinator"]

_COORDINATORS = frozenset({"and", "or", "but"})
# Punctuation that ends the conjunct a content is carried over: a comma, semicolon, colon or
# a dash (:func:`_is_dash`).
_PAUSES = frozenset({",", ";", ":"})
_LONG_DASHES = frozenset({"—", "–", "--"})
_OWN_DEPS = ANY_SUBJECT_DEPS | {"aux", "auxpass"}
_VERB_POS = frozenset({"VERB", "AUX"})
_OPENING_MARKS = frozenset({'"', "“", "``"})


def over_dangling_coordinator(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose last part, ending on a coordinator outside quotation marks,
    goes on over the conjunct after it or stops before the coordinator (module docstring).
    Not a quotation's content (its words are the speaker's, cut where the marks are)."""
    if cand.trigger < 0 or cand.relation.startswith(("quote", "orphan")):
        return cand
    end = cand.parts[-1][1]
    last = ctx.token_at_char(end - 1)
    if ctx.lower[last] not in _COORDINATORS or ctx.tag[last] != "CC" or ctx.quote_of[last] >= 0:
        return cand
    sent_end = ctx.sent_bounds[ctx.sent_of[last]][1]
    nxt = last + 1
    if nxt >= sent_end or (ctx.punct[nxt] and ctx.lower[nxt] not in _OPENING_MARKS):
        return end_last_part_before(ctx, cand, last)
    series = _in_the_contents_form(ctx, cand, last, nxt)
    if (ctx.pos[nxt] in _VERB_POS and series < 0) or ctx.lower[nxt] == "to" or (last > 0 and _is_dash(ctx, last - 1)):
        return end_last_part_before(ctx, cand, last)
    cue_start = _cue_start_after(ctx, cand, last, sent_end)
    stop = nxt
    # (a pause inside quotation marks is the quoted words': 'calls of "Feel the Bern" and "Love
    # you, Bernie"')
    while stop < min(sent_end, cue_start) and (
        ctx.quote_of[stop] >= 0 or (ctx.lower[stop] not in _PAUSES and not _is_dash(ctx, stop))
    ):
        stop += 1
    verbs = [t for t in range(nxt, stop) if ctx.pos[t] in _VERB_POS and t != series]
    if ctx.lower[last - 1] == "," and verbs:
        return end_last_part_before(ctx, cand, last)
    if any(ctx.head[t] == cand.trigger and not _has_own_subject_or_auxiliary(ctx, t) for t in verbs):
        return end_last_part_before(ctx, cand, last)
    if _opens_a_clause_after_a_phrase(ctx, cand, last, nxt, verbs):
        return end_last_part_before(ctx, cand, last)
    return end_last_part_before(ctx, cand, stop)


def _in_the_contents_form(ctx: DocContext, cand: Candidate, last: int, nxt: int) -> int:
    """``nxt`` when it is a verb in the form of a verb of the content and not in the cue word's
    ('Many fear Trump will feed …, embolden … and unravel …', 'how the consulate had been
    taken over and looted'): the content's own series of verbs goes on; else -1. A verb in the
    cue word's form ('announced new support … and said …') is the source's next act."""
    tag = ctx.tag[nxt]
    if ctx.pos[nxt] != "VERB" or tag == ctx.tag[cand.trigger]:
        return -1
    first = ctx.token_at_char(cand.parts[-1][0])
    own = any(ctx.pos[t] == "VERB" and ctx.tag[t] == tag and ctx.quote_of[t] < 0 for t in range(first, last))
    return nxt if own else -1


def _opens_a_clause_after_a_phrase(ctx: DocContext, cand: Candidate, last: int, nxt: int, verbs: list[int]) -> bool:
    """Whether the words after the coordinator open with a subject of a verb of their own while
    the content before it holds no verb ('The senator talked about the drought and farmers in
    the valley lost half their crop'): a noun phrase's conjunct is no clause, so the clause is
    the writer's next statement, of another actor, not the rest of what was reported (and
    the absolute clause of another actor: 'with the union calling her "…" and its president
    hugging her on stage'). A clause a wh-word opens ('the border and how many … can slip
    through') is the phrase's conjunct; so is one whose subject comes later ('chants of "…"
    and "…" as the bus passed')."""
    if ctx.tag[nxt] in WH_WORD_TAGS:
        return False
    first = ctx.token_at_char(cand.parts[-1][0])
    if any(ctx.pos[t] in _VERB_POS and ctx.quote_of[t] < 0 for t in range(first, last)):
        return False
    return any(
        ctx.dep[c] in ANY_SUBJECT_DEPS and ctx.doc[c].left_edge.i == nxt for v in verbs for c in ctx.children[v]
    )


def _cue_start_after(ctx: DocContext, cand: Candidate, last: int, sent_end: int) -> int:
    """Where the cue begins after token ``last`` with its auxiliaries and adverbs ('…, and Eli
    Lilly were all allegedly targeted by the DNC'), or ``sent_end`` when the cue is before."""
    i = cand.trigger
    if i <= last:
        return sent_end
    own = [c for c in ctx.children[i] if last < c < i and ctx.dep[c] in AUXILIARY_OR_ADVERB_DEPS]
    return min([cand.cue[0], i, *own])


def _is_dash(ctx: DocContext, i: int) -> bool:
    """Whether token ``i`` is a dash setting words off: a long dash, or a hyphen with a space
    before it ('Kasich - or'; not '34-year' or 'Israeli-Palestinian')."""
    word = ctx.lower[i]
    if word in _LONG_DASHES:
        return True
    return word == "-" and ctx.text[ctx.idx[i] - 1 : ctx.idx[i]].isspace()


def _has_own_subject_or_auxiliary(ctx: DocContext, v: int) -> bool:
    """Whether verb ``v`` has a subject or an auxiliary of its own ('60 percent said …', '…
    would face some punishment'): a clause of the content; a bare verb hung on the cue word
    ('is supporting Sanders … and in a statement credited him …') shares the cue's subject,
    the source's next act."""
    return any(ctx.dep[c] in _OWN_DEPS for c in ctx.children[v])
