"""A kept complement of a cue inside a relative clause takes the noun the clause describes.

'the last thing the mayor wants to cut', 'the president she hopes to succeed', 'the kind of
campaign Okafor hoped to be running': the cue word heads a relative clause with no relative
word, and what the source wants, hopes or fears is the noun phrase with the complement (the
noun is the complement's missing object or subject); PolNeAR's content is the two, in two parts
around the clause's subject and cue ('the last thing … to cut'). The candidates hold the
complement alone ('to cut'), so the noun phrase is added to contents already kept, as
:mod:`~newsmine.nlp.attribution.raised_subjects` adds a raising verb's subject. Not for 'seem'
and 'appear' (their content takes the subject instead), nor when the clause's subject is a list
of names (the names are the noun's apposition: 'candidates Ana Reyes and Tom Reed both sought
to …'). PolNeAR train: session 27 (content8) tried it without those two tests, 9 right to 5
wrong, and dropped it; session 28 (content10), with them (all 840 articles): 11 kept contents
nearer the gold (4 new matches) against 3 farther (2 matches lost: the gold leaves out an adjunct
noun, 'two primary reasons Israel refuses to stand for …', or keeps the verbs alone, 'the ones
the campaign hopes to register and mobilize').

Session 34 (extents): the same for a passive participle that reduces a relative clause ('a
developer known to be bullish on golf', 'a move partly intended as a signal that …',
:func:`with_participle_head`): its infinitive or 'as' phrase takes the noun. Train: 16 kept
contents changed, 9 nearer the gold (4 made exact), none farther, 7 with no gold or unchanged.

Session 64 (fragments64): the other direction, the noun kept alone takes the participle's 'as'
phrase ('The plan, described by critics as "a blank check," …': :func:`with_participle_as_phrase`),
as :func:`~newsmine.nlp.attribution.raised_subjects.with_passive_predicate` does for a passive
verb's subject.
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import NOUN_SUBJECT_DEPS, WH_WORD_TAGS, DocContext
from newsmine.nlp.attribution.raised_subjects import _first_token_after_cue, passive_complement
from newsmine.nlp.attribution.trailing_phrases import with_first_part, with_last_part

__all__ = ["with_participle_as_phrase", "with_participle_head", "with_relative_head"]

# The cue's complement that leaves the noun as its missing object ('wants to cut'); a clause
# ('says he can win') mostly has an object of its own.
_COMPLEMENT_DEPS = frozenset({"xcomp"})
# Verbs whose content takes their subject (:mod:`~newsmine.nlp.attribution.raised_subjects`).
_RAISING_LEMMAS = frozenset({"seem", "appear"})
_BREAKS = frozenset({"(", "[", "—", "–", "-", "--", ";", ":"})


def with_relative_head(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy in two parts, the noun phrase a bare relative clause describes
    (up to the clause) then the complement it kept, when its cue word heads that clause
    (:mod:`module docstring <newsmine.nlp.attribution.relative_heads>`)."""
    i = cand.trigger
    if i < 0 or ctx.dep[i] != "relcl" or len(cand.parts) != 1 or cand.relation.startswith(("quote", "orphan")):
        return cand
    noun = ctx.head[i]
    start, end = cand.parts[0]
    if noun >= i or cand.trigger_char >= start:
        return cand
    first = ctx.token_at_char(start)
    complement = next((c for c in ctx.children[i] if c > i and ctx.dep[c] in _COMPLEMENT_DEPS and ctx.left[c] == first), -1)
    if complement < 0 or ctx.lemma[i] in _RAISING_LEMMAS:
        return cand  # a raising verb's content takes its subject ('some things he appears to …')
    clause_start = ctx.left[i]
    if any(ctx.tag[j] in WH_WORD_TAGS or ctx.lower[j] == "that" or ctx.pos[j] == "ADP" for j in range(clause_start, i)):
        return cand  # 'the levy that the board wants to cut', 'where he says …', 'in which …': another shape
    subject = next((c for c in ctx.children[i] if ctx.dep[c] in NOUN_SUBJECT_DEPS and clause_start <= c < i), -1)
    if subject < 0:
        return cand  # the clause's own subject names the source ('the thing the mayor wants')
    if any(ctx.dep[c] in ("conj", "preconj") or ctx.lower[c] == "both" for c in ctx.children[subject]):
        # Names in a list after a noun are its apposition, not a clause's subject ('candidates
        # Ana Reyes and Tom Reed both sought to …').
        return cand
    if any(ctx.lower[j] in _BREAKS for j in range(noun + 1, i)):
        return cand  # '250,000 refugees (Obama has proposed accepting …': an aside, not a relative clause
    n_start = ctx.left[noun]
    if not n_start <= noun < clause_start or ctx.punct[clause_start - 1] or ctx.para_of[n_start] != ctx.para_of[i]:
        return cand  # a bare relative clause follows its noun phrase directly
    if any(ctx.quote_of[j] >= 0 for j in range(n_start, clause_start)):
        return cand
    return with_first_part(ctx, cand, n_start, clause_start)



def with_participle_head(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy in two parts, the noun phrase a passive participle describes (up to
    the participle's phrase) then the infinitive or 'as' phrase it kept ('a developer known to
    be bullish on golf' -> 'a developer … to be bullish on golf', 'a move intended as a signal
    that …', 'His jet, often referred to as Trump Force One').

    The reduced relative clause of :func:`with_relative_head` and the passive of
    :func:`~newsmine.nlp.attribution.raised_subjects.with_passive_subject` at once: what is
    known, intended or expected so is the noun, and PolNeAR's content holds it with the
    complement. Only a participle with no subject or auxiliary of its own (an 'acl' of the
    noun), and only its infinitive or 'as' phrase: with an object or a name after it ('a
    website called …', 'a fund known for its ties to …') the gold holds the noun about as
    often as not."""
    i = cand.trigger
    first = _first_token_after_cue(ctx, cand)
    if first < 0 or ctx.dep[i] != "acl" or ctx.tag[i] != "VBN":
        return cand
    noun = ctx.head[i]
    if noun >= i:
        return cand
    if passive_complement(ctx, i, first) < 0:
        return cand  # the passive cue word's complements (raised_subjects): its infinitive or 'as' phrase
    if any(ctx.dep[c] in ("nsubj", "nsubjpass", "aux", "auxpass") for c in ctx.children[i]):
        return cand
    n_start, phrase_start = ctx.left[noun], ctx.left[i]
    if not n_start <= noun < phrase_start or ctx.para_of[n_start] != ctx.para_of[i]:
        return cand
    if any(ctx.quote_of[j] >= 0 for j in range(n_start, phrase_start)):
        return cand
    return with_first_part(ctx, cand, n_start, phrase_start)


def with_participle_as_phrase(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy in two parts, the noun a passive participle describes, kept alone
    (``rest:acl``), then the participle's 'as' phrase ('The plan, described by critics as "a
    blank check," passed' -> 'The plan … as "a blank check,"'; 'an option seen by organizers as a
    "lifeboat"').

    What is described, seen or known so is the noun with what is said of it: on PolNeAR train
    (session 64), of the 27 gold contents whose cue is such a participle (an 'acl' of a noun
    before it, no subject or auxiliary of its own) with an 'as' phrase, every one holds the
    phrase or its object and none the noun alone. The candidates offer the noun alone (the
    cue's head clause without its subtree) and the phrase alone, never both; the decision at
    times keeps the noun, and a mixed quote's quoted words then go unattributed. Only a
    content that ends before the participle's phrase, and only 'as' (the phrase
    :func:`with_participle_head` adds the noun to)."""
    i = cand.trigger
    if i < 0 or cand.relation != "rest:acl" or len(cand.parts) != 1 or ctx.dep[i] != "acl" or ctx.tag[i] != "VBN":
        return cand
    if ctx.head[i] >= i or cand.parts[0][1] > ctx.idx[ctx.left[i]]:
        return cand
    if any(ctx.dep[c] in ("nsubj", "nsubjpass", "aux", "auxpass") for c in ctx.children[i]):
        return cand
    phrase = next((c for c in ctx.children[i] if c > i and ctx.dep[c] == "prep" and ctx.lower[c] == "as"), -1)
    if phrase < 0:
        return cand
    return with_last_part(ctx, cand, *ctx.subtree(phrase))

