"""A kept infinitive or adjective of 'seem' or 'appear' takes the verb's subject into its
content, and so does the infinitive or 'as' phrase of a passive cue word ('The kingdom is viewed
as a bulwark …', :func:`with_passive_subject`).

'The secure fax machine appears to have been broken', 'Mr. Rubio appeared to be on the
upswing', 'The silencing of Justice Scalia's voice seemed to help other justices find
theirs': what is said to seem so is the whole clause, the subject with the infinitive, and
nobody is its source (the writer's impression). The candidates offer the infinitive alone
(two parts around the cue lifted too many of these verbs over the threshold, session 23), so
the subject is added after the decision, to the contents already kept. On PolNeAR train
(session 24 reference records), of the kept contents of these verbs opening with 'to' right
after the cue, the gold content with that cue holds the subject 97 times and the infinitive
alone 25; and the gold gives 'seem' and 'appear' a source 47 times in 235, so a source
that was the subject is dropped. Not when the infinitive's own verb reports ('She appeared to
imply that …': that verb is the cue, the subject its source). Why it generalises: a raising
verb says nothing of its subject alone; what seems so is the whole clause, in any text. Train
against the reference (session 24): 118 contents changed, 72 to the gold's extent, 14 not,
32 matching no gold either way; content matches +12.

Session 27 (content8): the same holds for what the verb says of its subject with an
adjective or a noun ('Hizbollah seems unlikely to want …', 'Trump's supporters seemed
equally unperturbed', 'he appears somewhat uneasy'): the subject joins it; not for 'it seems
likely that …' (the clause is what seems so). Train: 31 kept contents changed, 1 new match,
16 nearer the gold, 1 match lost and 3 farther (where the gold cue holds the adjective,
'appeared pleased with', or the content is the adjective's clause), 10 with no gold.

Session 29 (content12): a passive cue word says of its subject what 'seem' does ('The detentions
are widely recognized now as among the largest …', 'Developers were eventually permitted to
build …'): the subject joins its infinitive or 'as' phrase the same way; the subject joins
over the cue word's adverbials between them ('The economy, until recently, seemed …'), which
the gold content runs over; and 'seem' / 'appear' take their subject before a likeness ('This
seems like a fair idea', 6 of 6 on train) and a relative clause's own pronoun ('a voter who
seemed to be confused …'), where the gold starts. Train: 24 more contents changed, 18 nearer
(2 new matches), 1 farther, 5 with no gold.

Session 34 (extents): so does a passive cue word's prepositional phrase or predicate ('Mr.
Reagan was criticized for trading …', 'Roof is accused of a massacre …', 'Three city
commissioners were charged with receiving bribes', :func:`with_passive_phrase_subject`): the
gold content holds the subject with the phrase, the cue between them. Not for a state ('were
all glued to …'), nor where the subject is whom the words were put to ('was asked about …').
Train: 35 kept contents changed, 30 nearer the gold (4 new matches, 19 made exact), 2 farther
(1 match lost: 'has also been called into question with regard to …', an idiom), 3 with no gold.
And the other way, a passive cue word's subject kept alone takes its 'as' phrase or predicate
('The operation was billed as humanitarian', :func:`with_passive_predicate`).
"""

from __future__ import annotations

from dataclasses import replace

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import CLAUSE_SUBJECT_DEPS, WH_PRONOUN_TAGS, DocContext
from newsmine.nlp.attribution.cues import cue_category
from newsmine.nlp.attribution.trailing_phrases import with_last_part
from newsmine.nlp.attribution.two_part_complements import subject_before_cue

__all__ = [
    "passive_complement", "with_passive_phrase_subject", "with_passive_predicate", "with_passive_subject",
    "with_raised_subject",
]

_RAISING_LEMMAS = frozenset({"seem", "appear"})
# What the raising verb says of its subject: an infinitive ('seems to be'), an adjective ('seems
# unlikely to …', 'appeared calm'), a noun ('seemed a poor bet').
_RAISED_DEPS = frozenset({"xcomp", "acomp", "attr", "oprd"})
# ... or a likeness ('This seems like a fair idea', 'the debate appeared as if it might …').
_RAISED_PREPOSITIONS = frozenset({"like", "as"})
# Relative and interrogative pronouns and determiners ('which', 'that', 'what', 'who', 'whose').
# Clauses inside a subject, whose relative words are their own ('the plan that the mayor backed').
_CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl"})

# What a passive cue word says of its subject, by dependency, and the word it opens with: 'is
# expected to …', 'is seen as …'.
_PASSIVE_COMPLEMENT_DEPS = {"xcomp": "to", "prep": "as"}
# What else a passive cue word may say of its subject, besides its infinitive or 'as' phrase: a
# prepositional phrase ('was criticized for trading …', 'is accused of …') or a predicate ('was
# deemed ineligible', 'can hardly be considered mere stumbles').
_PASSIVE_PREDICATE_DEPS = frozenset({"oprd", "attr", "acomp"})
_OBJECT_DEPS = frozenset({"pobj", "pcomp"})
# Verbs whose object is whom the words are put to: in the passive that is the subject ('Clinton
# was asked about the speeches', 'she is assured of winning', 'voters were told that …'), and
# the gold content leaves it out.
_ADDRESSEE_LEMMAS = frozenset({"ask", "tell", "assure", "reassure", "inform", "remind", "warn", "urge", "advise", "brief", "notify", "question"})
# The passive auxiliaries that may be a perfect's 'has' the parse took for 'is' ("he's also said
# much about …").
_CLITIC_AUXILIARIES = frozenset({"'s", "’s"})

# What may stand between a subject and its cue word inside the words the gold gives them: 'The
# economy, until recently, seemed …', 'Donald Trump on Tuesday seemed …'.
_ADVERBIAL_DEPS = frozenset({"advmod", "npadvmod", "prep", "punct", "aux", "auxpass", "neg"})
# The cue word's own auxiliaries and adverbs right before it, left out of the subject's part as
# subject_before_cue leaves them ('is widely', 'has at the very least': the words before stay),
# and the comma closing the adverbials ('The economy, until recently,').
_TRAILING_DEPS = frozenset({"aux", "auxpass", "neg", "advmod", "punct"})


def with_raised_subject(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy in two parts, the subject of its raising cue word then the
    infinitive, adjective, noun or likeness it kept, without a source when its source was that
    subject."""
    i = cand.trigger
    first = _first_token_after_cue(ctx, cand)
    if first < 0 or ctx.lemma[i] not in _RAISING_LEMMAS:
        return cand
    complement = next((c for c in ctx.children[i] if c > i and (ctx.dep[c] in _RAISED_DEPS or (ctx.dep[c] == "prep" and ctx.lower[c] in _RAISED_PREPOSITIONS))), -1)
    if complement < 0 or ctx.left[complement] != first:
        return cand
    if ctx.dep[complement] == "xcomp":
        if ctx.lower[first] != "to" or ctx.cue_verb[complement] or cue_category(ctx.lemma[complement], False) != "other":
            return cand  # 'She appeared to imply that …', 'Obama seemed to recognize …': the inner verb reports
    elif any(ctx.lower[c] == "it" for c in ctx.children[i] if ctx.dep[c] in CLAUSE_SUBJECT_DEPS):
        return cand  # 'it seems likely that …', 'it seems the plan failed': what seems so is the clause
    # A relative clause's own pronoun joins ('a voter who seemed to be confused …'); not a free
    # relative or a possessive ('what appeared to be …', 'whose plan seemed to …'), another's part.
    return _with_subject(ctx, cand, relative_subject=ctx.dep[i] == "relcl")


def with_passive_subject(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy in two parts, the subject of its passive cue word then the infinitive
    or 'as' phrase it kept ('The kingdom is viewed as a bulwark …', 'The leaders were expected
    to discuss …'), without a source when its source was that subject.

    What is seen, expected or described is the subject with what is said of it: of the kept
    contents of a passive cue word opening at its infinitive or 'as' right after it (PolNeAR
    train, session 29 reference records), the gold content holds the subject about 36 times and
    leaves it out 3 times, where the verb has no subject of its own ('is scheduled … but is not
    expected to meet …', which this leaves alone). A relative subject stays ('who was formally
    nominated as …', 'that was seen as an attempt …': the gold takes it). Not when the
    infinitive's own verb reports ('is reported to have called the Saudis …': that verb is the
    cue). The candidates offer the subject with the infinitive of a reporting cue
    (``two_part_complements._propose_subject_and_complement``), but not with an 'as' phrase nor for cue
    words of category "other" ('were permitted to build'), and the decision often keeps the
    infinitive alone. Train: 46 kept contents changed, 35 nearer the gold (5 new matches), 1
    match lost ('are also especially pumped to re-elect …', an adjectival participle), 10 with
    no gold."""
    i = cand.trigger
    first = _first_token_after_cue(ctx, cand)
    if first < 0 or ctx.tag[i] != "VBN" or not any(ctx.dep[c] == "auxpass" for c in ctx.children[i]):
        return cand
    complement = passive_complement(ctx, i, first)
    if complement < 0:
        return cand
    if ctx.dep[complement] == "xcomp" and (ctx.cue_verb[complement] or cue_category(ctx.lemma[complement], False) != "other"):
        return cand
    return _with_subject(ctx, cand, relative_subject=True)


def with_passive_phrase_subject(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy in two parts, the subject of its passive cue word then the
    prepositional phrase or predicate it kept ('Mr. Reagan was criticized for trading …', 'Roof
    is accused of a massacre …', 'Three city commissioners were charged with receiving bribes',
    'many delegates were deemed ineligible'), without a source when its source was that subject.

    :func:`with_passive_subject` for the cue word's other complements: what is criticized,
    accused, charged or deemed so is the subject, and the gold content holds it with the phrase
    (the cue between them). The content may open at the preposition or, where an earlier stage
    or the candidate left it with the cue, at its object ('was charged with | battery'). Not for
    a cue word of category "other" (a state, not a report: 'were all glued to …', 'was
    embittered at …'), nor for a verb whose object is whom the words are put to ('Clinton was
    asked about …': the gold leaves the subject out), nor under a clitic 's, which the parse
    also gives a perfect ("he's also said much about …")."""
    i = cand.trigger
    first = _first_token_after_cue(ctx, cand)
    if first < 0 or not _plain_passive(ctx, i):
        return cand
    if ctx.lemma[i] in _ADDRESSEE_LEMMAS or cue_category(ctx.lemma[i], False) == "other":
        return cand
    complement = next((c for c in ctx.children[i] if c > i and ctx.left[c] == first), -1)
    if complement < 0 and ctx.dep[first] in _OBJECT_DEPS and ctx.head[first] == first - 1 and ctx.head[first - 1] == i:
        complement = first - 1  # the content opens after the preposition ('was charged with | battery')
    if complement < 0 or (ctx.dep[complement] != "prep" and ctx.dep[complement] not in _PASSIVE_PREDICATE_DEPS):
        return cand
    return _with_subject(ctx, cand, relative_subject=True)


def with_passive_predicate(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy in two parts, the subject of its passive cue word it kept alone then
    the 'as' phrase or predicate the cue word says of it ('this screening process has been
    singled out as a major vulnerability', 'no documents were deemed relevant', 'The operation
    was billed as humanitarian').

    The other direction of :func:`with_passive_subject`: the candidates offer the subject alone
    (``child:nsubjpass``) and, for an 'as' phrase, nothing holding both, and the decision at
    times keeps the subject. Train (session 34, against the reference records): 16 kept contents
    changed, 14 nearer the gold (2 new matches, 10 made exact), 1 match lost ('Lewandowski was
    dismissed on Monday as Trump's campaign manager': a role, not a judgement), 1 with no gold.
    Only 'as' among the prepositions: after 'in', 'on' or 'for' ('was appointed in May', 'was
    recommended for the job') the gold stops at the subject 14 times and runs on twice."""
    i = cand.trigger
    if i < 0 or cand.relation != "child:nsubjpass" or len(cand.parts) != 1 or cand.end > ctx.idx[cand.cue[0]]:
        return cand
    if not _plain_passive(ctx, i):
        return cand
    complement = next((c for c in ctx.children[i] if c > i and (ctx.dep[c] in _PASSIVE_PREDICATE_DEPS or (ctx.dep[c] == "prep" and ctx.lower[c] == "as"))), -1)
    if complement < 0:
        return cand
    return with_last_part(ctx, cand, *ctx.subtree(complement))


def _plain_passive(ctx: DocContext, i: int) -> bool:
    """Whether cue word ``i`` is a passive participle with a passive auxiliary other than a
    clitic 's."""
    return ctx.tag[i] == "VBN" and any(ctx.dep[c] == "auxpass" and ctx.lower[c] not in _CLITIC_AUXILIARIES for c in ctx.children[i])


def passive_complement(ctx: DocContext, cue: int, first: int) -> int:
    """The infinitive or 'as' phrase of passive cue word ``cue`` (:data:`_PASSIVE_COMPLEMENT_DEPS`)
    that opens at token ``first``, the first of a content ('is expected to …', 'is seen as …', 'a
    developer known to be …'); -1 when none does. One reading for :func:`with_passive_subject`
    and :func:`~newsmine.nlp.attribution.relative_heads.with_participle_head`."""
    complement = next((c for c in ctx.children[cue] if c > cue and ctx.left[c] == first and ctx.dep[c] in _PASSIVE_COMPLEMENT_DEPS), -1)
    if complement < 0 or ctx.lower[first] != _PASSIVE_COMPLEMENT_DEPS[ctx.dep[complement]]:
        return -1
    return complement


def _first_token_after_cue(ctx: DocContext, cand: Candidate) -> int:
    """The first token of ``cand``'s one content part when that part starts after its cue word;
    -1 for a candidate with no cue word, in several parts, starting at or before the cue word,
    or a quotation's or an orphan's (what both stages leave alone)."""
    if cand.trigger < 0 or len(cand.parts) != 1 or cand.relation.startswith(("quote", "orphan")):
        return -1
    start = cand.parts[0][0]
    return ctx.token_at_char(start) if cand.trigger_char < start else -1


def _with_subject(ctx: DocContext, cand: Candidate, *, relative_subject: bool) -> Candidate:
    """``cand`` with the subject of its cue word before it as a first part (a relative or
    interrogative subject only when ``relative_subject``, and never a possessive one), without a
    source when its source was that subject; or ``cand`` when there is no such subject in the cue
    word's paragraph, outside quotation marks."""
    i = cand.trigger
    subject_span = _subject_before_cue(ctx, i, cand.cue[0])
    if subject_span is None:
        return cand
    s_start, s_end = subject_span
    if any(_relative_word_of(ctx, i, j) and (not relative_subject or ctx.tag[j] == "WP$") for j in range(s_start, s_end)):
        return cand
    if ctx.para_of[s_start] != ctx.para_of[i] or any(ctx.quote_of[j] >= 0 for j in range(s_start, s_end)):
        return cand
    front = ctx.char_range(s_start, s_end)
    if front is None:
        return cand
    parts = [front, *cand.parts]
    source = -1 if s_start <= cand.source < s_end else cand.source
    return replace(cand, parts=parts, source=source, quoted_share=ctx.quoted_share(parts))


def _subject_before_cue(ctx: DocContext, i: int, cue_start: int) -> tuple[int, int] | None:
    """:func:`~.two_part_complements.subject_before_cue`, or when words of the cue word's adverbials stand
    between its subject and it ('The economy, until recently, seemed impervious …', 'Trump on
    Tuesday seemed …'), the subject through them: the gold content of a raising or passive cue
    runs on from the subject over them (session 29)."""
    return subject_before_cue(ctx, i, cue_start) or subject_before_cue(ctx, i, cue_start, between=_ADVERBIAL_DEPS, trailing=_TRAILING_DEPS)


def _relative_word_of(ctx: DocContext, i: int, j: int) -> bool:
    """Whether token ``j`` of a subject of cue word ``i`` is a relative or interrogative word of
    that subject ('which', 'whose' in 'whose plan'), not of a clause inside it ('the plan that
    the mayor backed')."""
    if ctx.tag[j] not in WH_PRONOUN_TAGS:
        return False
    while ctx.head[j] != i:
        if ctx.dep[j] in _CLAUSE_DEPS or ctx.head[j] == j:
            return False
        j = ctx.head[j]
    return True
