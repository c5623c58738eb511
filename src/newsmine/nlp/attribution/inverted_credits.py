"""An inverted credit closing a sentence: no content of a cue before it runs over it.

'The mayor noted that the ferry had lost money for a decade, reported the Harbor Gazette.': the
parse hangs 'reported' as a second clause of 'noted', so the verb phrase after 'noted' ran over
the credit and 'reported' lost the sentence it credits (direct48c's strict xfail). A verb after
a comma with its speaker inverted after it and nothing after that speaker but the sentence's end
credits the sentence before it; on PolNeAR train a content an outer credit closes is the
outlet's alone, the inner cue's content never reaching over the credit (every such outer credit
holding an inner "said", 7 of 7). The candidates of the inner cue keep what ends before the
credit's comma.
"""

from __future__ import annotations

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import FINITE_VERB_TAGS, DocContext
from newsmine.nlp.attribution.cues import cue_category
from newsmine.nlp.attribution.sources import subject_of
from newsmine.nlp.attribution.sources.speaking_heads import can_speak

# Marks that close a sentence after a credit's speaker.
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def inverted_credit_after(ctx: DocContext, trigger: int) -> int:
    """The character offset of the comma before the first inverted credit after cue word
    ``trigger`` in its sentence (:func:`_inverted_credit`), else -1."""
    s_end = ctx.sent_bounds[ctx.sent_of[trigger]][1]
    for k in range(trigger + 2, s_end):
        if ctx.lower[k - 1] == "," and ctx.tag[k] in FINITE_VERB_TAGS and _reports_words(ctx.lemma[k]) and _inverted_credit(ctx, k, s_end):
            return ctx.idx[k - 1]
    return -1


def _reports_words(lemma: str) -> bool:
    """Whether ``lemma`` is a cue of words said or written ('said', 'reported', 'wrote'), not of
    a thought or a stance ('…, fear mongering and hatred.': 'fear' is a cue of thought)."""
    return lemma in lexicons.load("cues") and cue_category(lemma, False) in ("speech", "writing")


def _inverted_credit(ctx: DocContext, verb: int, s_end: int) -> bool:
    """Whether ``verb``, outside quotation marks, has its source right after it, a noun that can
    speak (review50c: 'The governor said the budget was balanced, announced the cuts.' is a
    verb series, 'the cuts' its object), and that source's phrase runs to the sentence's end
    ('…, reported the Harbor Gazette.')."""
    if ctx.quote_of[verb] >= 0 or ctx.quote_of[verb - 1] >= 0:
        return False
    source = subject_of(ctx, verb)
    if source != verb + 1 and not (source > verb and ctx.left[source] == verb + 1):
        return False
    if not can_speak(ctx, source):
        return False  # 'said the budget was balanced, announced the cuts.': a series, its object
    after = ctx.right[source] + 1
    return after >= s_end or ctx.lower[after] in _SENTENCE_ENDS
