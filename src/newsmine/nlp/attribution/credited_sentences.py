"""The sentence a credit stands inside or closes, when the parse hangs it otherwise.

A source and cue set off by commas inside the sentence ('The argument would be aided, Devine
said, by the upcoming primary calendar': :func:`_propose_around_interjection`, the two sides
in two parts), and a credit closing a sentence of two clauses that the parser hung on the
clauses instead of them on it ('Lee is the best hope, but she cannot win without the
unions, Reyes said.': :func:`_propose_before_trailing_credit`, the words before the comma).
The contents proposed from the parse hold one side or one clause only.
"""

from __future__ import annotations

from newsmine.nlp.attribution.according_contents import _MIN_ACCORDING_WORDS
from newsmine.nlp.attribution.content_ends import _core_end, _spine_cuts
from newsmine.nlp.attribution.context import FINITE_VERB_TAGS, RELATIVE_PRONOUN_TAGS, SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.cue_checks import _TIME_ENTITIES
from newsmine.nlp.attribution.cues import cue_category
from newsmine.nlp.attribution.proposals import _Proposals


def _propose_before_trailing_credit(ctx: DocContext, prop: _Proposals) -> None:
    """The sentence before a credit that closes it, when the parser hung the credit on the
    sentence's clauses instead of them on the credit: 'Lee is the best hope, but she cannot win
    without the unions, Reyes said.' ('said' a conjunct of 'is', with only 'she cannot win …'
    as its complement). A finite verb of speech or writing, conjoined to an earlier verb of
    its sentence, its subject right after a comma, and nothing after it but a few words telling
    whom, where or when ('told reporters on Monday', 'wrote in a letter'): the words from the
    sentence's start to that comma, proposed as the complement they are ('child:ccomp'; the
    same words offered as the rest of the first clause, 'rest:conj', score too low with the
    content model to be kept)."""
    i = prop.trigger
    if ctx.dep[i] != "conj" or ctx.tag[i] not in FINITE_VERB_TAGS or not ctx.cue_verb[i]:
        return
    if cue_category(ctx.lemma[i], direct=False) not in _CREDIT_CATEGORIES:
        return
    s_start, s_end = ctx.sent_bounds[ctx.sent_of[i]]
    after = [j for j in range(i + 1, s_end) if not ctx.punct[j]]
    if len(after) > _MAX_CREDIT_TAIL or any(ctx.pos[j] in ("VERB", "AUX") or not ctx.left[i] <= j <= ctx.right[i] for j in after):
        return  # the credit does not close the sentence
    if any(ctx.head[j] == i and not _credit_detail(ctx, i, j) for j in after):
        return  # 'their smiles said a lot': the verb's own object is what it says
    subject = ctx.child(i, SUBJECT_DEPS)
    if subject < 0 or ctx.right[subject] != i - 1 or ctx.tag[subject] in RELATIVE_PRONOUN_TAGS:
        return
    comma = ctx.left[subject] - 1
    if comma <= s_start or ctx.lower[comma] != "," or not s_start <= ctx.head[i] < comma:
        return
    prop.tokens("child:ccomp", s_start, comma)


def _propose_before_inverted_credit(ctx: DocContext, prop: _Proposals) -> None:
    """The sentence before an inverted credit the parser hung as the second verb of a series:
    'The plan will pass, predicted the mayor.' ('predicted' a conjunct of 'pass', 'the mayor' its
    object; or an unlabelled dependent, its speaker its subject). A finite cue verb conjoined to
    an earlier verb of its sentence (or hung on it as 'dep'), right after a comma,
    its source the noun phrase right after it (the source rules read it so only when that noun can
    speak and the subject before cannot: :mod:`~newsmine.nlp.attribution.sources.speaking_heads`),
    and nothing after that phrase but the sentence's end: the words from the sentence's start to
    the comma, proposed as the complement they are ('child:ccomp', as for the credit closing the
    sentence above; 'rest:conj' scores too low to be kept)."""
    i, source = prop.trigger, prop.source
    if ctx.dep[i] not in _INVERTED_CREDIT_DEPS or ctx.tag[i] not in FINITE_VERB_TAGS or not ctx.cue_verb[i] or source <= i:
        return
    s_start, s_end = ctx.sent_bounds[ctx.sent_of[i]]
    comma = i - 1
    if comma <= s_start or ctx.lower[comma] != "," or not s_start <= ctx.head[i] < comma:
        return
    if ctx.left[source] != i + 1 or ctx.quote_of[source] >= 0:
        return
    after = ctx.right[source] + 1
    if after < s_end and ctx.lower[after] not in _SENTENCE_ENDS:
        return
    prop.tokens("child:ccomp", s_start, comma)


# How the parse hangs an inverted credit on the clause before it: a second verb of a series, or
# an unlabelled dependent with its speaker as its subject ('The new budget will pass, predicted
# the council leader.').
_INVERTED_CREDIT_DEPS = frozenset({"conj", "dep"})
# Marks that close a sentence after an inverted credit's speaker.
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _credit_detail(ctx: DocContext, cue: int, j: int) -> bool:
    """Whether word ``j``, hung on the credit's verb ``cue`` after it, tells whom, where or
    when ('told reporters', 'in a letter', 'Tuesday'), not what ('said a lot')."""
    if ctx.dep[j] in ("prep", "dative") or ctx.ent[j] in _TIME_ENTITIES:
        return True
    return ctx.dep[j] == "dobj" and ctx.lemma[cue] == "tell"


_CREDIT_CATEGORIES = frozenset({"speech", "writing"})


# Words a closing credit may have after its verb ('told reporters on Monday').
_MAX_CREDIT_TAIL = 5


def _propose_around_interjection(ctx: DocContext, prop: _Proposals) -> None:
    """The sentence around a source and cue set off by commas inside it, in two parts: 'The
    argument would be aided, Devine said, by the upcoming primary calendar', 'Many of the
    closures, he said, have involved public courses'. The parse hangs the words on either
    side of the interjection on the cue or on each other in many ways (a complement before
    the cue and a prepositional phrase after it; a parataxis), so the contents proposed from
    the parse hold one side only; PolNeAR's content is both sides, in two parts. Only for
    words without quotation marks (theirs are the quotation candidates')."""
    i, source = prop.trigger, prop.source
    if source < 0:
        return
    cue_start, cue_end = prop.cue
    s_lo, s_hi = ctx.subtree(source)
    start, end = min(cue_start, s_lo), max(cue_end, s_hi)
    while end < ctx.n and ctx.head[end] == i and ctx.dep[end] in _INTERJECTION_TAIL_DEPS and ctx.right[end] + 1 - cue_end <= _INTERJECTION_TAIL:
        end = ctx.right[end] + 1  # ', he said Tuesday,' ', he said in an interview,'
    for j in range(start, end):
        if not (cue_start <= j < cue_end or s_lo <= j < s_hi or ctx.head[j] == i and ctx.dep[j] in ("aux", "neg", "advmod")):
            if not any(ctx.head[k] == i and ctx.dep[k] in _INTERJECTION_TAIL_DEPS and ctx.left[k] <= j <= ctx.right[k] for k in ctx.children[i]):
                return  # more than the source and the cue between the commas
    if start < 1 or end >= ctx.n or ctx.lower[start - 1] != "," or ctx.lower[end] != ",":
        return
    s_start, s_end = ctx.sent_bounds[ctx.sent_of[prop.trigger]]
    right_start = end + 1
    # The words after the interjection go on with a verb: the clause's predicate ('…, he said,
    # have involved …', '…, the airline added, and had passed …'), not an aside ('…, Sanders
    # said, a policy that …', '…, he said, on condition of anonymity').
    tops = [j for j in range(right_start, s_end) if (ctx.head[j] == j or not right_start <= ctx.head[j] < s_end) and not ctx.punct[j] and ctx.dep[j] != "cc"]
    if not tops or any(ctx.pos[j] not in ("VERB", "AUX") for j in tops):
        return
    if any(ctx.tag[j] == "VBG" or ctx.head[j] == i and ctx.dep[j] not in ("ccomp", "conj") for j in tops):
        return  # a participle ('…, the Courier reports, citing people …'), the cue's own clause
    # The clause the interjection sits in starts after the sentence's last dash or semicolon
    # before it ('He had a rally that night - and the permit, his campaign said, had been …').
    left_start = s_start
    for j in range(s_start, start - 1):
        if ctx.lower[j] in _CLAUSE_BREAKS and (ctx.lower[j] != "-" or ctx.text[ctx.idx[j] + 1 : ctx.idx[j] + 2].isspace()):
            left_start = j + 1  # a dash, not a hyphen ('voter-identification')
    while left_start < start - 1 and ctx.dep[left_start] == "cc":
        left_start += 1
    if ctx.word_count(left_start, start - 1) < _MIN_ACCORDING_WORDS or ctx.word_count(right_start, s_end) < _MIN_ACCORDING_WORDS:
        return
    left = ctx.char_range(left_start, start - 1)
    if left is None:
        return
    dep = ctx.dep[i]
    relation = "rest:sent" if dep == "ROOT" else f"rest:{dep}"
    right_ends = {s_end}
    # … and without what trails the predicate ('…, officials said, could be undone by events,
    # whether a new offensive …', '…, they believe, will render his play moot, since …').
    for cut in [_core_end(ctx, tops[0])] + _spine_cuts(ctx, tops[0]):
        if right_start < cut < s_end:
            right_ends.add(cut)
    sides = []
    for right_end in sorted(right_ends, reverse=True):
        right = ctx.char_range(right_start, right_end)
        if right is not None and _quotations_inside(ctx, [(left_start, start - 1), (right_start, right_end)]):
            prop.parts(relation, [left, right])
            sides += [left, right]
    if sides:
        # One side alone is the parse's reading, not PolNeAR's: on train the gold content of
        # a source and cue set off by commas inside a sentence holds both sides 187 times in
        # 263, the words before only 43 times and those after 33 (mostly asides the
        # predicate test above leaves out, or a quotation).
        prop.items = [c for c in prop.items if not (len(c.parts) == 1 and c.relation.startswith("rest:") and any(_same_span(c.parts[0], side) for side in sides))]


def _quotations_inside(ctx: DocContext, sides: list[tuple[int, int]]) -> bool:
    """Whether the quotations in ``sides`` (token ranges) are fragments of the writer's words:
    each inside one side, and no side opening with one ('One offered to shelter them, Bob
    said, while others "didn't necessarily want to help us"'). A side opening with a quotation
    is the quotation candidates' ('"X," he said, "Y"')."""
    for lo, hi in sides:
        first = next((j for j in range(lo, hi) if not ctx.punct[j]), hi)
        if first < hi and ctx.quote_of[first] >= 0:
            return False
        for j in range(lo, hi):
            if ctx.quote_of[j] >= 0:
                q_lo, q_hi = ctx.stretch_tokens[ctx.quote_of[j]]
                if q_lo < lo or q_hi > hi:
                    return False
    return True


def _same_span(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return abs(a[0] - b[0]) <= 2 and abs(a[1] - b[1]) <= 2


# Tokens that end a clause before an interjection: the content starts after them.
_CLAUSE_BREAKS = frozenset({"—", "--", "–", "-", ";"})


# What may follow the cue word inside an interjection ('he said Tuesday', 'he said in an interview'), up to a few tokens.
_INTERJECTION_TAIL_DEPS = frozenset({"npadvmod", "prep", "advmod"})


_INTERJECTION_TAIL = 5
