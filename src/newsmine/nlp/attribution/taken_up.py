"""The speaker named after a quotation by a sentence that takes it up again: '"The water came
under the door first …" ¶ That is how Maria Ortega, 54, describes the night the river rose.',
'"…" ¶ Those were the words of Ana Ruiz, the mayor.', '"…" That quote from Ana Ruiz was read out
at the meeting.', 'That is what Ana Ruiz told the council.', 'So said Ana Ruiz.'

Feature writing opens on a long quotation and names its speaker only in the sentence after,
whose subject is a demonstrative standing for the quotation ("That", "Those"). No cue follows
the quotation in its own clause and nothing before it attributes it, so the orphan quotation
had no speaker, or took the last speaker of the two paragraphs before, another person.
Used by :mod:`~.orphans` for a quotation no chosen content covers, and by
:mod:`~.quotation_candidates`: a short sentence that takes the quotation up this way is no
'"…" He said.' attribution of it through its other words (the copula of 'That was how …').
"""

from __future__ import annotations

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import NEGATION_DEPS, SUBJECT_DEPS, DocContext

__all__ = ["attribution_taking_up", "names_the_speaker_before", "words_taken_up"]

# Demonstratives that stand for the quotation before them as the next sentence's subject.
_TAKING_UP = frozenset({"that", "this", "those", "these"})
# ... and 'So', opening an inverted credit ('So said Ana Ruiz').
_OPENERS = _TAKING_UP | {"so"}
# 'That is how she put it': 'put' says how words were said, though it is no cue of its own.
_HOW_VERBS = frozenset({"put"})
# 'That is what Ana Ruiz told the council': after 'what', only verbs of saying or writing
# ('That is what the voters want' names the voters' wish, not the quotation's speaker).
_WHAT_VERBS = frozenset("say tell write tweet post declare announce shout yell repeat insist argue explain warn promise add".split())
# 'Those were the words of Ana Ruiz', 'That was the verdict of the mayor': nouns of what a
# person said or wrote.
_WORDS_NOUNS = frozenset(
    "words word verdict message advice warning answer reply response view assessment reaction plea explanation "
    "argument statement remark comment claim assertion".split()
)
# 'So said Ana Ruiz': the verbs of an inverted credit opened by 'So'.
_SO_VERBS = frozenset({"say", "write", "tweet", "declare", "announce"})
# 'That quote from Ann Lee …', 'Those words by the mayor …': nouns for the quoted words.
_QUOTATION_NOUNS = frozenset({"quote", "quotation", "remark", "remarks", "words", "line", "comment", "comments"})
# ... whose 'from' names a work the words come out of, not their speaker ('That line from the
# movie "Jaws"', 'Those words from his speech'): the one quoting it is read as before (review51).
_WORK_NOUNS = frozenset(
    "movie film book novel song play poem show series episode musical album script speech sermon address "
    "scripture bible verse letter essay article column ad advertisement commercial video".split()
)
# 'The admission came from Ana Ruiz, 44, …', 'That warning came from the mayor': the
# determiners and nouns of a subject of 'come' whose 'from' names the quotation's speaker.
_CAME_FROM_DETS = frozenset({"the", "that", "this", "those", "these"})
_CAME_FROM_NOUNS = _WORDS_NOUNS | _QUOTATION_NOUNS | frozenset(
    "admission confession complaint boast concession prediction promise question retort rebuke quip".split()
)
_FIRST_WORDS = _OPENERS | _CAME_FROM_DETS
# Characters that end the quotation's sentence or paragraph before the sentence taking it up.
_SENTENCE_END = frozenset(".!?\n")


def attribution_taking_up(ctx: DocContext, k: int) -> tuple[int, int]:
    """The cue word and source of the sentence right after quotation ``k`` that takes it up,
    as (cue word, source); (-1, -1) when there is none.

    The quotation must end its sentence (a full stop, question or exclamation mark inside the
    closing mark) and the next sentence open with a demonstrative subject of 'be' ('That
    is', "That's", 'Those were'), not negated, whose complement is either 'how' right after it + a clause
    whose verb is a reporting verb (or 'put') with a subject — that verb and its subject —, or
    'what' + a clause whose verb says or writes ('That is what Ana Ruiz told the council'), or
    'the words of' (or 'the verdict of', 'the message of', …) + a noun phrase — the noun and the
    phrase's head. Or 'So said Ana Ruiz' (:func:`_so_said`). Or the demonstrative
    opens the subject of any verb, a noun for quoted words with the speaker after 'from' or
    'by' ('That quote from Ann Lee was read out at the meeting'): that noun and the
    speaker. Or 'the' or a demonstrative opens the subject of 'come from' a person ('The
    admission came from Ann Lee, 44': :func:`_came_from`)."""
    stretch = ctx.stretches[k]
    inner = ctx.text[stretch.inner_start : stretch.inner_end].rstrip()
    if not inner or inner[-1] not in _SENTENCE_END:
        return -1, -1
    j = ctx.token_at_char(stretch.end)
    while j < ctx.n and (ctx.idx[j] < stretch.end or ctx.lower[j].isspace() or not ctx.lower[j]):
        j += 1
    if j >= ctx.n or ctx.lower[j] not in _FIRST_WORDS or ctx.quote_of[j] >= 0:
        return -1, -1
    between = ctx.text[stretch.end : ctx.idx[j]]
    if between.strip():
        return -1, -1  # something stands between the quotation and the demonstrative
    if ctx.dep[j] == "det" and ctx.lemma[ctx.head[j]] in _CAME_FROM_NOUNS:
        if ctx.lemma[ctx.head[j]] == "question" and inner[-1] != "?":
            return -1, -1  # '"… in a decade." That question came from X': some question, not this statement
        noun, speaker = _came_from(ctx, j)
        if noun >= 0 or ctx.lower[j] not in _OPENERS:
            return noun, speaker
    if ctx.lower[j] not in _OPENERS:
        return -1, -1
    if ctx.dep[j] == "det":
        return _quotation_noun_from(ctx, j)
    if ctx.lower[j] == "so":
        return _so_said(ctx, j)
    if ctx.dep[j] not in SUBJECT_DEPS:
        return -1, -1
    be = ctx.head[j]
    if be != j + 1 or ctx.lemma[be] != "be" or ctx.child(be, NEGATION_DEPS) >= 0:
        return -1, -1
    cues = lexicons.load("cues")
    for c in ctx.children[be]:
        if c <= be:
            continue
        if ctx.pos[c] == "VERB" and (ctx.lemma[c] in cues or ctx.lemma[c] in _HOW_VERBS):
            opening = ctx.lower[be + 1]
            what = opening == "what" and ctx.lemma[c] in _WHAT_VERBS
            if opening == "how" or what:  # the parse hangs 'how'/'what' on the verb or on a word before it
                source = ctx.child(c, SUBJECT_DEPS)
                return (c, source) if source >= 0 else (-1, -1)
        if ctx.dep[c] == "attr" and ctx.lower[c] in _WORDS_NOUNS:
            for prep in ctx.children[c]:
                if ctx.lower[prep] == "of" and prep > c:
                    source = next((o for o in ctx.children[prep] if ctx.dep[o] == "pobj"), -1)
                    return (c, source) if source >= 0 else (-1, -1)
    return -1, -1


def words_taken_up(ctx: DocContext, noun: int) -> bool:
    """Whether ``noun`` is a noun of what someone said or asked with 'the' or a demonstrative
    right before it ('That question', 'The warning', 'Those words'), or a demonstrative standing
    alone ('That'): as the subject of the clause after a quotation it stands for the quotation
    itself, never for its speaker. Not with an owner ("Holt's question", 'Her words drew
    applause'): the owner says whose words they are, and the subject resolves to that speaker
    (review57d: review57 had read owners too, and left such quotations no one's)."""
    if ctx.pos[noun] == "PRON" and ctx.lower[noun] in _TAKING_UP:
        return True  # '"…?" That is not how Ann Lee put it.', '"…" That stung.' (review57)
    det = noun - 1
    return (
        ctx.lemma[noun] in _CAME_FROM_NOUNS
        and det >= 0
        and ctx.lower[det] in _CAME_FROM_DETS
        and ctx.dep[det] == "det"
        and ctx.head[det] == noun
    )


def names_the_speaker_before(ctx: DocContext, i: int) -> bool:
    """Whether noun ``i`` is the noun of a sentence taking up the quotation before it ('"…"
    That was the view of Priya Nair.', :func:`attribution_taking_up`): its 'of' phrase names
    whose words the quotation is, not what was said ('the view of Priya Nair' is no content of
    'view'). Not a noun of the writer's own sentence ('That was the view of most economists'
    with no quotation right before it)."""
    if ctx.lower[i] not in _WORDS_NOUNS and ctx.lower[i] not in _QUOTATION_NOUNS:
        return False
    at = ctx.idx[i]
    k = next((k for k in range(len(ctx.stretches) - 1, -1, -1) if ctx.stretches[k].end <= at), -1)
    return k >= 0 and attribution_taking_up(ctx, k)[0] == i


def _quotation_noun_from(ctx: DocContext, det: int) -> tuple[int, int]:
    """'"…" That quote from Ann Lee was read out at the meeting.', '"…" Those words by the
    mayor drew cheers.': the demonstrative ``det`` opens the subject of the next sentence's
    verb (not negated), a noun for quoted words whose 'from'/'by' phrase names the speaker.
    (noun, speaker); else (-1, -1). Not 'That remark drew laughter from the crowd' (the
    'from' hangs on the verb) nor a noun that is no one's words ('That decision from the
    court …')."""
    noun = ctx.head[det]
    if noun != det + 1 or ctx.lower[noun] not in _QUOTATION_NOUNS or ctx.dep[noun] not in SUBJECT_DEPS:
        return -1, -1
    verb = ctx.head[noun]
    if verb == noun or ctx.child(verb, NEGATION_DEPS) >= 0:
        return -1, -1
    for prep in ctx.children[noun]:
        if prep > noun and ctx.lower[prep] in ("from", "by"):
            speaker = next((o for o in ctx.children[prep] if ctx.dep[o] == "pobj"), -1)
            if speaker >= 0 and _a_work(ctx, speaker):
                # 'That line from his speech': the work's owner, if written, said it
                owner = next((o for o in ctx.children[speaker] if ctx.dep[o] == "poss"), -1)
                return (noun, owner) if owner >= 0 else (-1, -1)
            if speaker >= 0 and ctx.pos[speaker] in ("PROPN", "NOUN"):
                return noun, speaker
    return -1, -1


def _came_from(ctx: DocContext, det: int) -> tuple[int, int]:
    """'"…" The admission came from Maria Luisa Ortiz, 44, ….': the determiner ``det`` opens
    the next sentence's subject, a noun of what someone says (:data:`_CAME_FROM_NOUNS`), of
    'come' (not negated) whose 'from' phrase names a person or body: a proper name or a noun
    of a person ('the mayor'). (noun, speaker); else (-1, -1). Not 'The answer came from the
    data' nor 'The question came from a reader's letter' (no person), nor 'The warning came
    after Jane Doe took office' (no 'from')."""
    noun = ctx.head[det]
    if noun != det + 1 or ctx.dep[noun] not in SUBJECT_DEPS:
        return -1, -1
    verb = ctx.head[noun]
    if verb == noun or ctx.lemma[verb] != "come" or ctx.child(verb, NEGATION_DEPS) >= 0:
        return -1, -1
    for prep in ctx.children[verb]:
        if prep > verb and ctx.lower[prep] == "from":
            speaker = next((o for o in ctx.children[prep] if ctx.dep[o] == "pobj"), -1)
            if speaker < 0 or _a_work(ctx, speaker):
                return -1, -1
            person = ctx.pos[speaker] == "PROPN" or ctx.lower[speaker] in lexicons.load("person_nouns")
            return (noun, speaker) if person else (-1, -1)
    return -1, -1


def _a_work(ctx: DocContext, speaker: int) -> bool:
    """Whether the 'from' phrase's head names a work rather than a speaker: a noun of
    :data:`_WORK_NOUNS` ('the movie "Jaws"', 'his speech') or a title the model tags as a work
    of art. A film or a book is no speaker; the quotation keeps whoever quoted it, or goes to
    the work's owner ('his speech')."""
    return ctx.lower[speaker] in _WORK_NOUNS or ctx.doc[speaker].ent_type_ == "WORK_OF_ART"


def _so_said(ctx: DocContext, so: int) -> tuple[int, int]:
    """'"…" So said Ana Ruiz, who spoke for twenty minutes.': 'So' opening the sentence right
    after the quotation, a verb of saying or writing right after it and its subject after
    the verb (the inverted credit). (verb, speaker); else (-1, -1). Not 'So the mayor said
    nothing' (the subject before the verb: a sentence of its own)."""
    verb = so + 1
    if verb >= ctx.n or ctx.head[so] != verb or ctx.pos[verb] != "VERB" or ctx.lemma[verb] not in _SO_VERBS:
        return -1, -1
    speaker = ctx.child(verb, SUBJECT_DEPS)
    return (verb, speaker) if speaker > verb and ctx.child(verb, NEGATION_DEPS) < 0 else (-1, -1)
