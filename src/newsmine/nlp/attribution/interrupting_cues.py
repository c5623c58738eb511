"""A content set before a cue in the middle of its sentence runs on after the cue.

'The argument would be aided, Devine said, by the upcoming primary calendar', 'There is no
chance of that level of violence, officials in both cities insist, because modern policing has
evolved …', 'He is leaning toward Kasich, he said, because he prizes electability': the source
and cue interrupt the reported words, which go on after them. The parse hangs the words after
the cue on the cue word (an 'advcl', a 'prep'), so the kept content stopped at the comma before
the source; PolNeAR's content takes both pieces. The words after the cue are the content's only
when their form says so: a 'because' clause with its own subject, an infinitive ('…, advisers
say, to take cues from …'), 'rather than …', 'by …' or 'including …', running to the sentence's
end. What the writer adds about the telling keeps its own place: a participle ('…, he said,
adding that …', 'citing …', 'referring to …'), 'when …', 'before …', 'without …', 'as …', 'on
condition of anonymity', an apposition. PolNeAR train (session 28, content10): of the kept
contents followed by ', SOURCE CUE, ' and more words, the gold takes those words after such
openings 10 times and leaves them 0 times; after the writer's openings above it leaves them
about a hundred times. All 840 train articles: 9 kept contents changed, 7 to a match (6 exact),
2 matches made exact, none farther.

The mirror (:func:`with_subject_before_cue`): 'The solution, the partner told them, was
simple', 'And that, Mr. Manafort said, was in the works', 'Fundraising, according to the
campaign, has surged …': the cue interrupts the reported clause after its subject, and the
content after the cue opened at the verb with no subject. The gold takes the subject before
the cue as a first part. PolNeAR train (session 28, content11): of the kept contents that open
with a finite verb right after ', SOURCE CUE, ', the gold takes the words before the cue 16
times and leaves them 2 times. All 840 train articles: 19 kept contents changed, 15 nearer the
gold (14 made exact, 1 of them a new match), 1 match lost ('That, … Walsh explained, is by
design', the gold leaving 'That' out), 3 even or with no gold. Not after a participle between
the commas ('His assumption, confidently stated on live TV, was …': the writer's aside).

The inverted mirror (:func:`without_source_after_cue`, session 40): 'The contrast with Trump,
said Doyle and others, would be clear …', 'And Trump, said Sunshine, who remains friendly with
her former boss, doesn't forgive or forget': the source follows the cue word and the parse
makes it the subject of the words after it, so the content opened with the source. All 840
train articles: 2 kept contents changed, both made exact (the gold's two parts), none other.
"""

from __future__ import annotations

from dataclasses import replace

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import (
    AUXILIARY_OR_ADVERB_DEPS,
    CLAUSE_SUBJECT_DEPS,
    FINITE_VERB_OR_MODAL_TAGS,
    NOUN_SUBJECT_DEPS,
    DocContext,
)
from newsmine.nlp.attribution.trailing_phrases import with_first_part

__all__ = ["with_subject_before_cue", "with_words_after_cue", "without_source_after_cue"]

# Prepositions opening words that go on with the content ('rather than' is 'than' with
# 'rather' before it).
_CONTENT_PREPOSITIONS = frozenset({"by", "including", "than"})
# Words of the cue's own phrase that may stand between the content and the comma after the cue.
_CUE_WORD_DEPS = NOUN_SUBJECT_DEPS | AUXILIARY_OR_ADVERB_DEPS


def with_words_after_cue(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy with one more part: the words after the comma that closes a cue set
    inside the content's sentence ('X, Devine said, by Y'), when they open as the content's own
    (:mod:`module docstring <newsmine.nlp.attribution.interrupting_cues>`). Only contents that
    end before their cue word, outside quotations."""
    i = cand.trigger
    if i < 0 or cand.relation.startswith(("quote", "orphan")):
        return cand
    end = cand.parts[-1][1]
    if end > cand.trigger_char:
        return cand
    last = ctx.token_at_char(end - 1)
    sent_end = ctx.sent_bounds[ctx.sent_of[i]][1]
    # Between the content and the comma: the cue word and its own words ('officials in both
    # cities insist', 'he also said'), punctuation.
    own = [c for c in ctx.children[i] if ctx.dep[c] in _CUE_WORD_DEPS]
    comma = -1
    for t in range(last + 1, sent_end):
        if t == i or ctx.punct[t] and (t < i or ctx.lower[t] != ","):
            continue
        if ctx.lower[t] == "," and t > i:
            comma = t
            break
        if not any(ctx.left[c] <= t <= ctx.right[c] for c in own) or ctx.quote_of[t] >= 0:
            return cand
    if comma < 0 or comma + 1 >= sent_end:
        return cand
    # The words after the cue hang on it, or, when the parse made the cue a parenthesis of the
    # content ('parataxis'), on the content's word it hangs on.
    heads = [i]
    if ctx.dep[i] == "parataxis" and ctx.token_at_char(cand.parts[-1][0]) <= ctx.head[i] <= last:
        heads.append(ctx.head[i])
    rest = next((c for h in heads for c in ctx.children[h] if ctx.left[c] == comma + 1 and c > comma), -1)
    if rest < 0 or not _opens_content(ctx, rest):
        return cand
    if not all(ctx.punct[t] for t in range(ctx.right[rest] + 1, sent_end)):
        return cand  # the words after the cue must close the sentence
    if any(ctx.quote_of[t] >= 0 for t in range(comma + 1, ctx.right[rest] + 1)):
        return cand
    rng = ctx.char_range(comma + 1, ctx.right[rest] + 1)
    if rng is None:
        return cand
    parts = [*cand.parts, rng]
    return replace(cand, parts=parts, quoted_share=ctx.quoted_share(parts))


# At most this many words between the commas around the cue ('union members and leaders say').
_MAX_CUE_WORDS = 8
# At most this many words in the subject before the cue.
_MAX_SUBJECT_WORDS = 12


def with_subject_before_cue(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy with one more part first: the subject that opens the sentence
    before a cue set between commas ('The solution, the partner told them, was simple'), when
    the content starts right after the second comma with a finite verb whose subject is not in
    the content (:mod:`module docstring <newsmine.nlp.attribution.interrupting_cues>`). The
    subject has no verb of its own and no quotation; between the commas stand only the cue, a
    finite verb, and its source."""
    i = cand.trigger
    if i < 0 or cand.relation.startswith(("quote", "orphan")):
        return cand
    start = cand.parts[0][0]
    if start < cand.trigger_char:
        return cand
    first = ctx.token_at_char(start)
    if ctx.idx[first] != start or ctx.tag[first] not in FINITE_VERB_OR_MODAL_TAGS or ctx.quote_of[first] >= 0:
        return cand
    verb = first if ctx.dep[first] not in ("aux", "auxpass") else ctx.head[first]
    if verb < first or any(ctx.dep[c] in CLAUSE_SUBJECT_DEPS and c >= first for c in ctx.children[verb]):
        return cand
    sent_start = ctx.sent_bounds[ctx.sent_of[i]][0]
    comma2 = first - 1
    if comma2 <= i or ctx.lower[comma2] != ",":
        return cand
    comma1 = next((t for t in range(comma2 - 1, sent_start - 1, -1) if ctx.lower[t] == ","), -1)
    if comma1 < 0 or not comma1 < i < comma2 or comma2 - comma1 - 1 > _MAX_CUE_WORDS:
        return cand
    if ctx.tag[i] not in FINITE_VERB_OR_MODAL_TAGS:
        return cand  # a participle between commas ('His plan, stated on TV, was …') is the writer's aside
    between = range(comma1 + 1, comma2)
    if any(ctx.quote_of[t] >= 0 or ctx.punct[t] or t != i and ctx.tag[t] in FINITE_VERB_OR_MODAL_TAGS for t in between):
        return cand
    subject = range(sent_start, comma1)
    if not 0 < len(subject) <= _MAX_SUBJECT_WORDS:
        return cand
    if any(ctx.quote_of[t] >= 0 or ctx.tag[t].startswith("VB") or ctx.tag[t] == "MD" for t in subject):
        return cand
    return with_first_part(ctx, cand, sent_start, comma1)


def without_source_after_cue(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy without the source it opens with: 'Any reading of the mayor's
    actions, said Karl Jensen, an expert on ports, would read this as a retreat'. The cue
    interrupts the reported clause after its subject with the source after the cue word, and
    the parse makes the source the subject of the words after it: the content was the source,
    its apposition and the rest ('Karl Jensen, an expert …, would read …'). It becomes the
    subject before the cue and the words after the comma that closes the source's phrase. The
    cue word is a finite verb with a subject of its own before it ending at the comma before
    the cue; that subject has no verb and no quotation, as in :func:`with_subject_before_cue`."""
    i = cand.trigger
    if i < 0 or cand.source <= i or cand.relation.startswith(("quote", "orphan")) or len(cand.parts) != 1:
        return cand
    start, end = cand.parts[0]
    if ctx.token_at_char(start) != i + 1 or ctx.left[cand.source] != i + 1 or ctx.tag[i] not in FINITE_VERB_OR_MODAL_TAGS:
        return cand
    sent_start = ctx.sent_bounds[ctx.sent_of[i]][0]
    comma1 = i - 1
    if comma1 <= sent_start or ctx.lower[comma1] != ",":
        return cand
    if not any(ctx.dep[c] in CLAUSE_SUBJECT_DEPS and c < i for c in ctx.children[i]):
        return cand
    subject = range(sent_start, comma1)
    if len(subject) > _MAX_SUBJECT_WORDS or any(ctx.quote_of[t] >= 0 or ctx.tag[t].startswith("VB") or ctx.tag[t] == "MD" for t in subject):
        return cand
    # The source's phrase (its apposition, a 'who' clause) closes with a comma; the rest goes on.
    rest = ctx.right[cand.source] + 1
    if ctx.lower[rest - 1] != "," and not (rest < len(ctx.lower) and ctx.lower[rest] == ","):
        return cand
    while rest < len(ctx.lower) and ctx.punct[rest]:
        rest += 1
    if rest >= ctx.sent_bounds[ctx.sent_of[i]][1] or ctx.idx[rest] >= end or ctx.tag[rest] not in FINITE_VERB_OR_MODAL_TAGS:
        return cand
    back = (ctx.idx[rest], end)
    return with_first_part(ctx, replace(cand, parts=[back], quoted_share=ctx.quoted_share([back])), sent_start, comma1)


def _opens_content(ctx: DocContext, rest: int) -> bool:
    """Whether the phrase of ``rest`` (a word hung on the cue) opens as the content's words go
    on: 'because' with a subject of its own, 'to' and a verb, 'rather than', 'by', 'including'."""
    first = ctx.left[rest]
    if ctx.dep[rest] in ("prep", "cc") and ctx.lower[rest] in _CONTENT_PREPOSITIONS:
        return ctx.lower[rest] != "than" or (first < rest and ctx.lower[first] == "rather")
    if ctx.dep[rest] == "advcl" and ctx.lower[first] == "because":
        return any(ctx.dep[c] in CLAUSE_SUBJECT_DEPS for c in ctx.children[rest])
    if ctx.dep[rest] in ("xcomp", "advcl") and ctx.tag[rest] == "VB":
        return ctx.lower[first] == "to" and ctx.tag[first] == "TO" and ctx.head[first] == rest
    return False
