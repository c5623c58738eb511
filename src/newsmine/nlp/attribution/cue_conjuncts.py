"""A kept content ends before a verb conjoined to it that agrees with the cue, not with it.

'vowed to keep abortion legal and celebrated the ruling Monday', 'proposed conducting
surveillance on mosques and signaled support for a database', 'chides Turkey and praises
Trump': the second verb is the cue's own conjunct (same subject, same tense as the cue: what
the source also did), but the parse hangs it on the content's last verb or noun, so the kept
content runs on over it; PolNeAR's content stops before 'and'. The form of the verb is what
tells: a finite or gerund verb whose tag is the cue word's ('celebrated' after 'vowed', both
past; 'praises' after 'chides') and not that of the word it is conjoined to ('keep', an
infinitive; 'conducting'; 'Turkey'). A verb in the content's own form is left alone ('said he
would stay and fight', 'said he first heard gunfire and suspected …': either reading is
possible there, and session 23 found the content's own reading the commoner), as is a
verb after a finite clause ('says he was the first … and has …') or one conjoined to a
participle or an adjective ('surprised and dismayed'). PolNeAR train (session 27, content8):
6 kept contents changed, 3 new matches, 2 nearer the gold, 1 farther (a list of nouns and
gerunds: 'airstrikes … and training local ground forces').

A cue in the perfect ('has vowed', 'has proposed') shares its 'has' with a conjoined verb, so
the tags differ: 'has vowed to keep abortion legal and celebrated the ruling' (the past form
'celebrated' is 'has celebrated'), and a conjunct may repeat the 'has' ('has proposed banning
… and has gone so far as to justify …'): both agree with the cue. And a verb the parse hangs
on the cue word itself ('expressed concern about … and said he hoped …') is the cue's
conjunct by the parse's own reading, yet the content's span ran on over it. PolNeAR train
(session 32, content16): 6 kept contents changed, 5 new matches (3 exact), 1 farther (still
matched: a conjunct holding a quotation glued to the word before it, 'waxed poetic
about"joint operations …"', which the quotation finder did not see until content18's
glued-mark rule in ``quote_marks``).

A conjunct that reports speech or a stance ('tells', 'accused', 'praised') is the cue's even
after a finite clause or a quotation of the content ('says he'd sit Putin down and tell him
"no more nonsense" and tells the crowd he was …', 'said the warning was indicative … and
accused Number 10 …'): the source reports again. Not when a main verb of the content before
it has its form ('said the ministry requested … and indicated that …'), and not a verb of
thought ('… and worried that …', '… but understood why …'), which PolNeAR reads with the
content as often. Such a report right after 'and' ends the content whatever the parse makes
of it ('telling CNN that Trump is a "faker" and questioning how he has …': an adverbial
clause of 'is'), and so does one the parse hangs on a quoted word, whatever that word's form
('called it "shameful" and called on leaders "not to …"', 'boasting about "winning" and
pledging to …'). PolNeAR train (session 39, direct39): 5 kept contents cut, each to its gold
content, and 4 new ones the long content had made repeats (the Putin and 'faker' quotations,
'praised …', 'called on leaders "…"'), none farther."""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import ANY_SUBJECT_DEPS, FINITE_VERB_OR_MODAL_TAGS, FINITE_VERB_TAGS, DocContext
from newsmine.nlp.attribution.cues import cue_category
from newsmine.nlp.attribution.trailing_phrases import end_last_part_before, last_part_after_cue

__all__ = ["end_before_cue_conjunct"]

# Verb forms that mark a conjunct as the cue's when the cue word has the same one: past,
# present third person and not, gerund. (A base form or a participle agrees with too much.)
_AGREEING_TAGS = FINITE_VERB_TAGS | {"VBG"}
# The forms a verb conjoined to a cue in the perfect ('has vowed') takes when it shares the
# cue's 'has' ('and celebrated', which the tagger reads as either past form).
_PAST_TAGS = frozenset({"VBD", "VBN"})
_REPORT_CATEGORIES = frozenset({"speech", "stance"})


def _perfect_auxiliary(ctx: DocContext, v: int) -> int:
    """The finite 'have' that makes ``v`` a perfect ('has vowed', 'had gone'), or -1."""
    return next((c for c in ctx.children[v] if c < v and ctx.dep[c] == "aux" and ctx.lemma[c] == "have" and ctx.tag[c] in FINITE_VERB_OR_MODAL_TAGS), -1)


def _agrees_with_cue(ctx: DocContext, i: int, have: int, v: int) -> bool:
    """Whether verb ``v`` has the cue word ``i``'s form: the same past, present or gerund
    tag, or, when the cue is a perfect (``have``: its 'have', from :func:`_perfect_auxiliary`,
    or -1), a past form sharing its 'has' ('has vowed to keep … and celebrated …') or a
    perfect of its own with the same 'has' ('has proposed banning … and has gone so far as
    …'): what the source also did, not what the content goes on to say."""
    if ctx.tag[i] in _AGREEING_TAGS and ctx.tag[v] == ctx.tag[i]:
        return True
    if have < 0 or ctx.tag[v] not in _PAST_TAGS:
        return False
    own = [c for c in ctx.children[v] if c < v and ctx.dep[c] in ("aux", "auxpass")]
    if not own:
        return True
    own_have = _perfect_auxiliary(ctx, v)
    return own == [own_have] and ctx.tag[own_have] == ctx.tag[have] and ctx.tag[v] == "VBN"


def _reports(ctx: DocContext, v: int) -> bool:
    """Whether verb ``v`` reports speech or a stance ('tells', 'accused', 'praised'): a second
    report of the cue's source more likely than a verb of the content, whatever clause comes
    before it ('says he'd sit Putin down and tell him "…" and tells the crowd …'); a verb of
    thought ('but understood why …', 'and worry that …') goes on with the content as often."""
    return ctx.cue_verb[v] and cue_category(ctx.lemma[v], False) in _REPORT_CATEGORIES


def _gerund_after_gerund(ctx: DocContext, i: int, v: int) -> bool:
    """Whether conjunct ``v`` is a gerund after the cue's gerund, joined by a bare 'and' ('promising
    that she would "fix …" and making a long case …'): no finite verb of the content takes a
    gerund as its conjunct, so it is what the source also did. Not after a comma ('of deporting
    …, promoting trade deals that prioritize …, and rejecting …'): a series of three, the cue one
    of its items, which the gold reads as one content of another cue (xfail53)."""
    if ctx.tag[v] != "VBG" or ctx.tag[i] != "VBG":
        return False
    cc = v - 1
    while cc > i and ctx.dep[cc] == "advmod":
        cc -= 1
    return ctx.dep[cc] == "cc" and ctx.lower[cc - 1] != ","


def _closing_tail(ctx: DocContext, start: int, last: int) -> bool:
    """Whether tokens ``start``…``last`` after a conjunct's phrase only close it: punctuation, or
    a comma and a name with no verb that the parse hung elsewhere ('making a long case against
    the incumbent, Sen. Carl Huxley': the incumbent's name, read as a modifier of the content's
    verb) — xfail53."""
    if all(ctx.punct[t] for t in range(start, last + 1)):
        return True
    if ctx.lower[start] != "," or start + 1 > last:
        return False
    words = [t for t in range(start + 1, last + 1) if not ctx.punct[t]]
    return bool(words) and all(ctx.pos[t] == "PROPN" and ctx.quote_of[t] < 0 for t in words)


def end_before_cue_conjunct(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose last part ends before the 'and' (or 'but') of a verb that
    closes it, has no subject of its own, and has the cue word's form (:func:`_agrees_with_cue`)
    but not the tag of the word it is conjoined to, or is conjoined to the cue word itself
    (:mod:`module docstring <newsmine.nlp.attribution.cue_conjuncts>`).
    Only contents after their cue word, outside quotations."""
    tokens = last_part_after_cue(ctx, cand)
    if tokens is None:
        return cand
    first, last = tokens
    i = cand.trigger
    have = _perfect_auxiliary(ctx, i)
    if ctx.tag[i] not in _AGREEING_TAGS and have < 0:
        return cand
    for v in range(first + 1, last + 1):
        # ('telling CNN that Trump is a "faker" and questioning how …': the parse hangs the
        # second report on the clause's verb as an adverbial, its 'and' on the noun before)
        glued = ctx.dep[v] != "conj" and ctx.dep[v - 1] == "cc" and _reports(ctx, v)
        if (ctx.dep[v] != "conj" and not glued) or ctx.pos[v] != "VERB" or ctx.quote_of[v] >= 0 or not _agrees_with_cue(ctx, i, have, v):
            continue
        h = ctx.head[v]
        reports = _reports(ctx, v)
        # (a report hung on a quoted word is the cue's whatever that word's form: 'called it
        # "shameful" and called on leaders …', 'boasting about "winning" and pledging …')
        quoted_head = reports and ctx.quote_of[h] >= 0
        if h != i and (not first <= h < v or (ctx.tag[h] in (ctx.tag[i], "VBN", "JJ") and not quoted_head)):
            continue  # (a participle or adjective: 'surprised and dismayed' is one predicate; a past
            # form like the conjunct's own is finite, which the next check reads)
        own_auxiliary = _perfect_auxiliary(ctx, v) if ctx.tag[v] == "VBN" else -1
        if reports:
            if any(ctx.pos[t] == "VERB" and ctx.tag[t] == ctx.tag[v] and ctx.quote_of[t] < 0 for t in range(first, v)):
                continue  # 'said the ministry requested … and indicated …': the content's own verb may go on
                # (a quoted one is the speaker's word, not the content's clause going on)
        elif h != i and any(
            ((ctx.tag[t] in FINITE_VERB_OR_MODAL_TAGS and not _gerund_after_gerund(ctx, i, v)) or ctx.tag[t] == ctx.tag[v]) and t != own_auxiliary
            for t in range(first, v)
        ):
            continue  # a finite clause ('said he was first … and has …') may go on with its own verb
            # (not when the parse hangs the conjunct on the cue word: 'said he would do so "when
            # the audit is finished," and then challenged Whitman …', probe51; nor with a gerund
            # after a cue's gerund, which no finite verb takes as its conjunct: 'promising that she
            # would "fix …" and making a long case …', xfail53)
        if any(ctx.dep[c] in ANY_SUBJECT_DEPS for c in ctx.children[v]):
            continue  # a clause of its own ('and 160 have not announced'): another reading
        if ctx.right[v] < last and not _closing_tail(ctx, ctx.right[v] + 1, last):
            continue  # the conjunct must close the content
        cc = v - 1 if glued else next((c for c in ctx.children[h] if ctx.dep[c] == "cc" and h < c < v), -1)
        if cc < 0 or any(not ctx.punct[t] and not (ctx.head[t] == v and ctx.dep[t] == "advmod") and t != own_auxiliary for t in range(cc + 1, v)):
            continue  # only 'X and (then) V …': the conjunction right before the verb
        if not reports and any(ctx.quote_of[t] >= 0 for t in range(cc, last + 1)):
            continue
        return end_last_part_before(ctx, cand, cc)
    return cand
