"""Who announces an orphan quotation with a noun of speech in the sentence right before it
(step 4 of :func:`~newsmine.nlp.attribution.orphans.orphan_quotations`, after
:func:`~.orphan_turn_takers.turn_taken_before`): 'Then a farmer had a question for the
mayor. "When will the pier reopen?"', 'The chief offered a warning. ¶ "Stay off the ice."'.

Why: a light verb and its object say that the subject is about to speak, and the words that
follow are that question, warning or message. :func:`~.orphan_lead_ins._report_before` reads
only a sentence whose root is a reporting verb, and 'had' is none, so the quotation went on
with the speaker of the attribution before — often the person the question is put to. With
a colon ('had one message: "…"') the lead-in rules already read it; this is the sentence
ending in a full stop. PolNeAR train: 1 such quotation ('He then had a question for the
crowd. ¶ "Who's going to pay for it?"', the gold's Source 'He').
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import NEGATION_DEPS, NOMINAL_POS, DocContext
from newsmine.nlp.attribution.orphan_turn_takers import full_stop_before

__all__ = ["speech_noun_before"]

# Light verbs whose object is the words about to be said: 'had a question', 'offered a
# warning', 'posed a question', 'delivered a retort', 'issued a plea'.
_LIGHT_VERBS = frozenset({"have", "offer", "pose", "deliver", "issue", "raise"})
# Nouns of words said (their lemma): the question, the warning, the message that follows.
_SPEECH_NOUNS = frozenset(
    {"question", "warning", "message", "answer", "reply", "retort", "plea", "request", "comment", "response", "word", "advice", "challenge", "prediction"}
)
# Subjects that are no speaker ('It had a warning', 'This had a message').
_NO_SPEAKER = frozenset({"it", "this", "that", "which", "what", "there", "nobody", "none"})
# A sentence announcing the quotation is short.
_SENTENCE_WORDS = 20


def speech_noun_before(ctx: DocContext, k: int) -> tuple[int, int]:
    """The light verb with a noun of speech as object that is the root of the sentence right
    before quotation ``k``, and its subject, as (cue, source); (-1, -1) when there is none.

    The sentence ends with a full stop right before the quotation's opening mark, in its
    paragraph or ending the paragraph before the one the quotation opens, holds no quotation
    and at most :data:`_SENTENCE_WORDS` words. Its root is one of :data:`_LIGHT_VERBS`, not
    negated and not under a modal ('will have a question' has asked nothing yet), with an
    object of :data:`_SPEECH_NOUNS` that is not 'no question' nor someone else's ('a message
    from the governor' is the governor's, relayed; :func:`_someone_elses`), and a subject of its
    own that can speak."""
    end = full_stop_before(ctx, k)
    if end < 0:
        return -1, -1
    first = ctx.sent_bounds[ctx.sent_of[end]][0]
    if ctx.word_count(first, end) > _SENTENCE_WORDS or any(ctx.quote_of[i] >= 0 for i in range(first, end)):
        return -1, -1
    verb = next((i for i in range(first, end) if ctx.head[i] == i), -1)
    if verb < 0 or ctx.pos[verb] != "VERB" or ctx.lemma[verb] not in _LIGHT_VERBS:
        return -1, -1
    children = ctx.children[verb]
    if ctx.child(verb, NEGATION_DEPS) >= 0 or any(ctx.dep[c] == "aux" and ctx.tag[c] == "MD" for c in children):
        return -1, -1
    noun = ctx.child(verb, {"dobj"})
    if noun < 0 or ctx.lemma[noun] not in _SPEECH_NOUNS:
        return -1, -1
    if any(ctx.lower[c] in ("no", "any") or (ctx.dep[c] == "prep" and ctx.lower[c] == "from") for c in ctx.children[noun]):
        return -1, -1  # 'had no answer', 'had a message from the governor'
    if _someone_elses(ctx, noun):
        return -1, -1  # 'had a question put to her by a voter', 'had the governor's message'
    subject = ctx.child(verb, {"nsubj"})
    if subject < 0 or subject > verb or ctx.pos[subject] not in NOMINAL_POS or ctx.lower[subject] in _NO_SPEAKER:
        return -1, -1
    if any(ctx.lower[c] == "no" for c in ctx.children[subject]):
        return -1, -1  # 'No one had a question.'
    return verb, subject


def _someone_elses(ctx: DocContext, noun: int) -> bool:
    """Whether speech noun ``noun``'s own phrase names whose words they are, another than the
    subject of the light verb: a participle after it ('a question put to her by a voter', 'a
    message written by the governor'), a relative clause with a subject of its own ('a message
    that the governor wrote'), or a possessor that is no pronoun ('the governor's message').
    'Her own message', 'a question that she wrote down' (a pronoun: as often the subject
    herself), 'a question that surprised everyone' and 'a question to ask' stay the subject's
    (review54b, session 54)."""
    for c in ctx.children[noun]:
        if ctx.dep[c] == "acl" and ctx.tag[c] == "VBN":
            return True
        if ctx.dep[c] == "poss" and ctx.pos[c] != "PRON":
            return True
        if ctx.dep[c] == "relcl":
            subject = ctx.child(c, {"nsubj"})
            if subject >= 0 and ctx.pos[subject] in ("NOUN", "PROPN"):
                return True
    return False
