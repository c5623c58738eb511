"""Attributions that an adverb of hearsay makes: 'The FBI is reportedly making arrangements to
interview Hillary Clinton', 'Reportedly, he made sympathetic comments to co-workers'.

PolNeAR marks 'reportedly' as the cue of the clause it sits in, with no source (the reports
are nobody named), and the content is the clause without the adverb: its subject and
auxiliaries before it, its verb phrase after it, in two parts. On train, of the 29
'reportedly' in the texts, 14 are cues of a gold attribution, none matched by a verb's
candidate (the verb's own candidates leave the subject out or give it as the source). When
the adverb sits on a verb of speech ('Trump reportedly said, "You tell me"', 'reportedly
argued that …') the verb's attribution is the one PolNeAR marks, with its speaker: no
candidate here. 'allegedly' (1 gold cue of 12 on train) and 'supposedly' (none of 9) are not
cues in PolNeAR.
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import AUXILIARY_DEPS, SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.cues import cue_category

__all__ = ["hearsay_candidates", "without_hearsay_verbs"]

_HEARSAY_ADVERBS = frozenset({"reportedly"})
# The content model has no weights for an adverb as cue: the clause is taken at this score.
_HEARSAY_SCORE = 0.5
# What a cue word reports when its own attribution, with its speaker, is the one to keep.
_REPORTING_CATEGORIES = frozenset({"speech", "writing"})
# Dependents of the clause's verb that end the reported clause: an adverbial clause ('… as it
# nears the end of its investigation') and, after a comma or a conjunction, a trailing one.
_TRAILING_DEPS = frozenset({"advcl", "relcl", "conj", "npadvmod", "appos", "parataxis"})
_MIN_WORDS = 2
# A clause the parse ran into markup ('<tweet id="…">Trump reportedly has …'): no statement.
_MARKUP = ("<", ">")


def hearsay_candidates(ctx: DocContext) -> list[Candidate]:
    """For each 'reportedly' outside quotation marks on a verb that reports nobody's words, its
    clause without it: the subject (with the auxiliaries) and the verb phrase, cued by the
    adverb, with no source."""
    out = []
    for i in range(ctx.n):
        if ctx.lower[i] not in _HEARSAY_ADVERBS or ctx.quote_of[i] >= 0 or ctx.dep[i] != "advmod":
            continue
        verb = ctx.head[i]
        if verb == i or ctx.pos[verb] not in ("VERB", "AUX") or verb < i:
            continue
        if cue_category(ctx.lemma[verb], direct=False) in _REPORTING_CATEGORIES:
            continue  # 'reportedly said …': the verb's attribution, with its speaker
        parts = _clause_parts(ctx, i, verb)
        if parts and not any(mark in ctx.text[s:e] for s, e in parts for mark in _MARKUP):
            out.append(Candidate(i, ctx.idx[i], (i, i + 1), parts, "hearsay", -1, fixed_score=_HEARSAY_SCORE))
    return out


def without_hearsay_verbs(ctx: DocContext, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` without the attributions of a verb that 'reportedly' sits on whose content
    starts inside the adverb's kept clause (it may run on into the adverbial clause the
    adverb's content leaves out): in 'The FBI is reportedly making arrangements to interview
    Clinton' the reports are the source, not the FBI ('making | arrangements to interview
    Clinton' with the FBI as source is none of PolNeAR's)."""
    hearsay = [cand for cand in chosen if cand.relation == "hearsay"]
    if not hearsay:
        return chosen
    clauses = {ctx.head[cand.trigger]: (cand.start, cand.end) for cand in hearsay}
    kept = []
    for cand in chosen:
        clause = clauses.get(cand.trigger)
        if clause is not None and cand.relation != "hearsay" and clause[0] <= cand.start < clause[1]:
            continue
        kept.append(cand)
    return kept


def _clause_parts(ctx: DocContext, adverb: int, verb: int) -> list[tuple[int, int]]:
    """The character ranges of ``verb``'s clause around ``adverb``: from its subject to the
    adverb, and from the adverb to the end of the verb phrase without its trailing clauses
    (one range when the adverb opens the sentence: 'Reportedly, he made …')."""
    s_start, s_end = ctx.sent_bounds[ctx.sent_of[adverb]]
    subject = ctx.child(verb, SUBJECT_DEPS)
    end = _clause_end(ctx, verb)
    back_start = adverb + 1
    while back_start < end and ctx.punct[back_start]:
        back_start += 1
    if subject < 0 or subject > adverb:
        if subject >= 0 and adverb == s_start:
            back = ctx.char_range(back_start, end)  # 'Reportedly, he made …'
            return [back] if back is not None and ctx.word_count(back_start, end) >= _MIN_WORDS else []
        return []
    front_start = ctx.left[subject]
    # Between the subject and the adverb only the verb's auxiliaries ('has', 'will', 'is').
    if any(not (ctx.head[j] == verb and ctx.dep[j] in AUXILIARY_DEPS) for j in range(ctx.right[subject] + 1, adverb)):
        return []
    if ctx.word_count(back_start, end) < _MIN_WORDS or any(ctx.quote_of[j] >= 0 for j in range(front_start, adverb)):
        return []
    front = ctx.char_range(front_start, adverb)
    back = ctx.char_range(back_start, end)
    return [front, back] if front is not None and back is not None else []


def _clause_end(ctx: DocContext, verb: int) -> int:
    """The token after ``verb``'s phrase, cut before an adverbial clause and before a trailing
    clause set off by a comma, a semicolon or a conjunction that has a subject of its own."""
    end = ctx.right[verb] + 1
    for r in ctx.children[verb]:
        if r <= verb or ctx.dep[r] not in _TRAILING_DEPS:
            continue
        before = ctx.left[r] - 1
        set_off = before > verb and (ctx.punct[before] or ctx.dep[before] == "cc")
        if ctx.dep[r] == "advcl" or (set_off and (ctx.dep[r] != "conj" or ctx.child(r, SUBJECT_DEPS) >= 0)):
            cut = before if set_off else ctx.left[r]
            while cut > verb + 1 and (ctx.punct[cut - 1] or ctx.dep[cut - 1] == "cc"):
                cut -= 1
            end = min(end, cut)
    # An adverbial clause with its conjunction deeper down the right edge ('making arrangements
    # to interview Clinton as it nears the end of its investigation').
    node = verb
    while True:
        right = [r for r in ctx.children[node] if r > node and not ctx.punct[r] and ctx.left[r] < end]
        if not right:
            break
        node = right[-1]
        if ctx.dep[node] == "advcl" and ctx.child(node, {"mark"}) == ctx.left[node]:
            end = ctx.left[node]
            break
    while end > verb + 1 and (ctx.punct[end - 1] or ctx.dep[end - 1] == "cc"):
        end -= 1
    return end
