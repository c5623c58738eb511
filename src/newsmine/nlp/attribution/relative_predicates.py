"""A content inside a relative clause ends before the main clause's predicate: 'The rules,
which officials said will take effect in March, do not apply to small farms.'

The kept content of a cue inside a set-off relative clause is the relative pronoun and the
clause's own verb phrase ('which' + 'will take effect in March', the cue and its source left
out between them: PolNeAR train's gold for this very shape, 'The policy changes, which officials
said will go into effect in the next few months, will not apply to …', and for 'which she has
repeatedly said was a mistake'). When the sentence's subject has no verb of its own in the
parse, the small parse hangs the main clause's predicate after the closing comma on the reported
verb as its conjunct ('apply' a conjunct of 'take'), so the content ran on over 'do not apply to
small farms', the writer's words about the rules (extract65, session 65; review64a's left case).
The content now ends before that comma: a conjunct with no subject of its own, after a comma,
while the noun the relative clause describes is the sentence's root (the parse found it no verb).
A conjunct with no comma ('will take effect in March and cover all farms') is the relative
clause's own, and stays; so is a comma-set list when the described noun has a verb, as a subject
('The mayor, who aides said will run again, raise money and campaign hard, spoke …') or as an
object ('Voters rejected the bill, which lawmakers said would cut taxes, raise wages and create
jobs': the relative clause runs to the sentence's end, and no main predicate follows it).
extract65 asked only that the described noun be no subject, which cut the object's list after
'would cut taxes' and left the same sentence inside an outer report ('…, do not apply to small
farms, the report said') running on, the parse making 'rules' a second subject of the last 'said';
a second subject after the described noun now counts as no verb of its own (review65d, session 65).
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.trailing_phrases import end_last_part_before, last_part_after_cue
from newsmine.nlp.parser_labels import SUBJECT_DEPS

__all__ = ["end_before_main_predicate"]

# Relative pronouns opening a set-off relative clause (', which officials said …').
_RELATIVE_WORDS = frozenset({"which", "who"})


def end_before_main_predicate(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose last part ends before the comma of the main clause's predicate
    the parse made a conjunct of the reported verb (see the module docstring)."""
    tokens = last_part_after_cue(ctx, cand)
    if tokens is None or ctx.dep[cand.trigger] != "relcl":
        return cand
    if not _lost_its_predicate(ctx, ctx.head[cand.trigger]):
        return cand  # the described noun has a verb (its subject's or its object's): nothing was taken
    opening = ctx.token_at_char(cand.parts[0][0])
    if ctx.lower[opening] not in _RELATIVE_WORDS or opening == 0 or ctx.lower[opening - 1] != ",":
        return cand
    first, last = tokens
    for verb in range(first + 1, last + 1):
        comma = ctx.left[verb] - 1
        if ctx.dep[verb] != "conj" or ctx.pos[verb] not in ("VERB", "AUX") or ctx.lower[comma] != "," or comma <= first:
            continue
        if any(ctx.dep[c] in SUBJECT_DEPS for c in ctx.children[verb]):
            continue  # a clause with its own subject: a second report's, not the predicate
        return end_last_part_before(ctx, cand, comma)
    return cand


def _lost_its_predicate(ctx: DocContext, described: int) -> bool:
    """Whether the noun ``described`` by the relative clause has no verb of its own in the parse:
    it is the sentence's root, or a second subject of an outer report's verb ('The rules, which
    officials said …, do not apply to small farms, the report said': 'rules' and 'report' both
    subjects of the last 'said', the predicate between them taken by the relative clause)."""
    if ctx.dep[described] == "ROOT":
        return True
    verb = ctx.head[described]
    return ctx.dep[described] in SUBJECT_DEPS and any(
        ctx.dep[c] in SUBJECT_DEPS and c > described for c in ctx.children[verb]
    )
