"""A short orphan quotation inside its sentence, closing the clause its attribution follows:
the clause is the quote ('He would be a better president "no matter what," one user
commented.': :func:`_clause_before_cue`), and so are the sentence's words before a closing
', SOURCE VERB.' a few words after it ('The treaty signals "the beginning of the end" for the
EU, said Geert Wilders.': :func:`_clause_before_sentence_cue`). Step 1 of
:func:`~newsmine.nlp.attribution.orphans.orphan_quotations`.
"""

from __future__ import annotations

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.after_quotation import phrase_head, words_after
from newsmine.nlp.attribution.candidate import Intervals
from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.orphan_continuations import _opens_sentence

# At most this many words name the speaker after a cue that comes first ('said Jacobs, …').
_ATTRIBUTION_WORDS = 8
# At most this many words between a quotation and the comma before its sentence's closing
# attribution ('"the beginning of the end" for the EU, said Geert Wilders').
_WORDS_TO_ATTRIBUTION = 25
# ... and between the quotation and its sentence's full stop.
_SENTENCE_TAIL_WORDS = 40


def _clause_before_cue(ctx: DocContext, k: int, trigger: int, taken: Intervals) -> tuple[int, int] | None:
    """The clause quotation ``k`` closes, as a character range from its sentence's start
    through the quotation, when the quotation ends that opening clause with a comma and the
    attribution follows ('Comey cannot say that "from his perspective," Lewandowski added');
    None when the quotation opens its sentence, another quotation or paragraph break comes
    between, or a chosen content already holds any of those words.

    A few quoted words inside a clause are a label as often as speech ('the "experts" said'),
    but closing the sentence's first clause right before ', SOURCE VERB' they are the end of
    what that source said, and PolNeAR gives the source the whole clause, not the quoted words.
    """
    stretch = ctx.stretches[k]
    if _opens_sentence(ctx.text, stretch.start) or not _bare_attribution_after(ctx, k, trigger):
        return None
    first = ctx.stretch_tokens[k][0]
    s_start = _sentence_start_before(ctx, k)
    if s_start < 0:
        return None
    if any(ctx.quote_of[i] >= 0 for i in range(s_start, first)) or not any(ctx.pos[i] in ("VERB", "AUX") for i in range(s_start, first)):
        return None
    start = ctx.idx[s_start]
    if not _opens_sentence(ctx.text, start) or taken.overlapping(start, stretch.end):
        return None
    return start, stretch.end


def _sentence_start_before(ctx: DocContext, k: int) -> int:
    """The first token of the sentence holding quotation ``k`` when words of that sentence and
    paragraph come before the quotation; -1 otherwise, and for a quotation inside one token
    ('0«0': no words of its own)."""
    first, last = ctx.stretch_tokens[k]
    if first >= last:
        return -1
    s_start = ctx.sent_bounds[ctx.sent_of[first]][0]
    return s_start if s_start < first and ctx.para_of[s_start] == ctx.para_of[first] else -1


def _clause_before_sentence_cue(ctx: DocContext, k: int, taken: Intervals) -> tuple[tuple[int, int], int, int] | None:
    """The sentence's words before its closing attribution when quotation ``k`` is among them,
    as (character range, cue word, source); None when there is none.

    'The rejection of the treaty signals "the beginning of the end" for the EU, said Geert
    Wilders, founder of …', 'Those who take on heavy debt struggle, even with a "good" job, he
    said.': after the quotation, within a few words and before the sentence's full stop, a
    comma and 'SOURCE VERB' or 'VERB SOURCE …' with a reporting verb and no other verb. The
    words from the sentence's start to that comma are the quote (the parse often hangs them
    elsewhere or splits the sentence at the quotation), unless another quotation or a chosen
    content is among them.
    """
    first, last = ctx.stretch_tokens[k]
    s_start = _sentence_start_before(ctx, k)
    if s_start < 0:
        return None
    stop = last + 1
    while stop < min(ctx.n, last + _SENTENCE_TAIL_WORDS) and ctx.lower[stop] not in (".", "!", "?") and ctx.para_of[stop] == ctx.para_of[first]:
        if ctx.quote_of[stop] >= 0:
            return None
        stop += 1
    if stop >= ctx.n or ctx.lower[stop] != "." or ctx.para_of[stop] != ctx.para_of[first]:
        return None
    cues = lexicons.load("cues")
    for comma in range(last, stop):
        if comma - last > _WORDS_TO_ATTRIBUTION:
            break
        if ctx.lower[comma] != ",":
            continue
        words = range(comma + 1, stop)
        verbs = [i for i in words if ctx.pos[i] in ("VERB", "AUX")]
        if len(verbs) != 1 or ctx.lemma[verbs[0]] not in cues:
            continue
        trigger = verbs[0]
        if trigger == stop - 1 and not any(ctx.punct[i] for i in range(comma + 1, trigger)):
            source = phrase_head(ctx, comma + 1, trigger)
        elif trigger == comma + 1:
            source = phrase_head(ctx, trigger + 1, stop)
        else:
            continue
        if source < 0:
            return None
        if any(ctx.quote_of[i] >= 0 and ctx.quote_of[i] != k for i in range(s_start, comma)):
            return None
        start, end = ctx.idx[s_start], ctx.idx[comma]
        if not _opens_sentence(ctx.text, start) or taken.overlapping(start, end):
            return None
        return (start, end), trigger, source
    return None


def _bare_attribution_after(ctx: DocContext, k: int, trigger: int) -> bool:
    """Whether a comma closes quotation ``k`` and only its attribution follows, ending the
    clause: 'SOURCE VERB' or 'VERB SOURCE' and then punctuation ('," one user commented.',
    '," Lewandowski added, saying …', '," said Jacobs.'). A quotation a clause goes on after
    ('the "pivot" that China resents', '"a faker," questioning …') is a label in the writer's
    sentence, not the end of someone's words."""
    j, comma = words_after(ctx, k)
    if j < 0 or not comma or trigger < j:
        return False
    if trigger > j:
        # 'one user commented': a noun phrase, no verb of its own, then the cue and a stop.
        if any(ctx.pos[i] in ("VERB", "AUX") or ctx.punct[i] for i in range(j, trigger)):
            return False
        return trigger + 1 < ctx.n and ctx.punct[trigger + 1] and ctx.quote_of[trigger + 1] < 0
    # 'said Jacobs, the editor.': the cue first, then a noun phrase up to a stop.
    i = trigger + 1
    while i < min(ctx.n, trigger + 1 + _ATTRIBUTION_WORDS) and not ctx.punct[i]:
        if ctx.pos[i] in ("VERB", "AUX"):
            return False
        i += 1
    return i < ctx.n and ctx.punct[i] and i > trigger + 1
