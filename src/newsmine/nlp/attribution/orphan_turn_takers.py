"""Who takes the floor right before an orphan quotation (step 4 of
:func:`~newsmine.nlp.attribution.orphans.orphan_quotations`, after
:func:`~.orphan_lead_ins._report_before`): a sentence ending on a verb of taking one's turn
to speak, with no words of its own ('"Tell her I kept the ticket," Ms. Alvarez said, and her
brother cut in. "Don't forget …"', 'Then a farmer in the back row interrupted. "What about …"',
'The senator waved as he replied. ¶ "Everybody agrees …"').

Why: such a verb announces the words that follow and says nobody else's; without it the
quotation took the speaker of the attribution before (Ms. Alvarez, the senator's host), the
person the turn-taker answers or interrupts. :func:`~.orphan_lead_ins._report_before` reads
only a sentence whose root is a reporting verb and which holds no quotation, so neither a
clause conjoined after a credited quotation nor a verb outside the cue lexicon ('cut in',
'interrupted', 'chimed in') reached it. A verb of taking a turn, not any reporting verb: the
crowd that 'cheered' as a speaker went on spoke none of the words after.

Not a turn still to come ('The state will respond.', 'Only the city could reply.': a modal
says nobody has spoken yet, and the words after are the last speaker's), not 'break in' (in
news, mostly thieves: 'Thieves broke in. "They took the register …"'), and not 'fire back' /
'shoot back' in a paragraph of gunfire ('"He started shooting …," the sheriff said. The
deputies fired back. "Nobody on our side was hurt …"': the sheriff's words go on) — review52b;
a figurative 'shoot for a vote' (aiming at a goal) is no shooting (xfail53). Not police or
firefighters who 'responded.' (came to the scene, in crime news: 'Officers quickly responded. "I
heard three shots …"' goes on with the witness before; :func:`arrives_at_a_scene`, xfail53).
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import NEGATION_DEPS, NOMINAL_POS, DocContext
from newsmine.nlp.attribution.question_turns import puts_question_again
from newsmine.nlp.attribution.responding_acts import SCENE_NOUNS, words_noun

__all__ = ["arrives_at_a_scene", "full_stop_before", "returns_fire", "turn_taken_before"]

# Verbs that take one's turn in a conversation and announce the words after them, alone.
_TURN_VERBS = frozenset({"interrupt", "interject", "reply", "respond", "retort", "answer", "counter"})
# The same with a particle: 'cut in', 'chimed in', 'piped up', 'shot back'.
_TURN_PHRASES = frozenset(
    {
        ("cut", "in"),
        ("chime", "in"),
        ("butt", "in"),
        ("jump", "in"),
        ("pipe", "up"),
        ("speak", "up"),
        ("shoot", "back"),
        ("fire", "back"),
        ("weigh", "in"),
    }
)
# What the verb may carry and still say no words of its own: a particle, an adverb ('replied
# quickly'), its subject, auxiliaries and punctuation; a conjunction or marker before it.
_BARE_DEPS = frozenset({"prt", "advmod", "nsubj", "aux", "punct", "cc", "mark", "npadvmod"})
# Subjects that are no speaker of the words after ('it replied' of a machine, 'which', 'Nobody
# answered').
_NO_SPEAKER = frozenset({"it", "this", "that", "which", "what", "there", "nobody", "none"})
# Turn-taking phrases that in a paragraph of shooting mean returning fire, not words.
_GUNFIRE_PHRASES = frozenset({("shoot", "back"), ("fire", "back")})
# Words (lemmas) that make a paragraph one of shooting: 'The deputies fired back.'
_GUNFIRE_WORDS = frozenset(
    {
        "gun",
        "shoot",
        "shot",
        "gunfire",
        "gunman",
        "gunmen",
        "weapon",
        "rifle",
        "pistol",
        "handgun",
        "bullet",
        "shooter",
        "shooting",
    }
)


def turn_taken_before(ctx: DocContext, k: int) -> tuple[int, int]:
    """The verb of taking a turn that ends the sentence right before quotation ``k``, and its
    subject, as (cue, source); (-1, -1) when there is none.

    The sentence ends with a full stop right before the quotation's opening mark, in its
    paragraph or at the end of the paragraph before when the quotation opens its own. Its
    last verb (followed only by its particle or an adverb) is a verb of taking a turn
    (:data:`_TURN_VERBS`, :data:`_TURN_PHRASES`) with a subject of its own that can speak,
    no object or clause (it says no words of its own), not negated, not passive, not under a
    modal ('will respond'), and no return of fire (:func:`returns_fire`)."""
    end = full_stop_before(ctx, k)
    if end < 0:
        return -1, -1
    first = ctx.sent_bounds[ctx.sent_of[end]][0]
    verb = end - 1
    while verb > first and ctx.dep[verb] in ("prt", "advmod") and ctx.head[verb] < verb:
        verb -= 1
    if verb <= first or ctx.pos[verb] != "VERB" or ctx.quote_of[verb] >= 0:
        return -1, -1
    if not _is_turn_verb(ctx, verb):
        return -1, -1
    children = ctx.children[verb]
    if any(ctx.dep[c] not in _BARE_DEPS for c in children):
        return -1, -1  # 'interrupted the hearing', 'replied that …', 'was interrupted'
    if ctx.child(verb, NEGATION_DEPS) >= 0:
        return -1, -1
    if any(ctx.dep[c] == "aux" and ctx.tag[c] == "MD" for c in children):
        return -1, -1  # 'The state will respond.': nobody has taken the floor yet
    if returns_fire(ctx, verb):
        return -1, -1
    subject = ctx.child(verb, {"nsubj"})
    if subject < 0 or subject > verb or subject < first or ctx.quote_of[subject] >= 0:
        return -1, -1
    if ctx.pos[subject] not in NOMINAL_POS or ctx.lower[subject] in _NO_SPEAKER:
        return -1, -1
    if any(ctx.lower[c] == "no" for c in ctx.children[subject]):
        return -1, -1  # 'No one answered.', 'No official responded.'
    if arrives_at_a_scene(ctx, verb, subject):
        return -1, -1  # 'Officers quickly responded.': they came, they took no turn
    return verb, subject


def full_stop_before(ctx: DocContext, k: int) -> int:
    """The full stop ending the sentence right before quotation ``k``'s opening mark, in its
    paragraph or ending the paragraph before the one the quotation opens; -1 when the words
    right before the mark are no such sentence end. (Shared with
    :func:`~.speech_noun_turns.speech_noun_before`.)"""
    mark = ctx.token_at_char(ctx.stretches[k].start)
    end = mark - 1
    while end >= 0 and ctx.lower[end].isspace():
        end -= 1  # the paragraph break before a quotation opening its own
    if end < 0 or ctx.lower[end] != "." or ctx.quote_of[end] >= 0:
        return -1
    if ctx.para_of[end] not in (ctx.para_of[mark], ctx.para_of[mark] - 1):
        return -1
    return end


def _is_turn_verb(ctx: DocContext, verb: int) -> bool:
    """Whether ``verb`` takes a turn to speak: one of :data:`_TURN_VERBS`, a phrase of
    :data:`_TURN_PHRASES`, or an interviewer putting a question again ('pressed', 'followed up':
    :mod:`.question_turns`)."""
    lemma = ctx.lemma[verb]
    if lemma in _TURN_VERBS or puts_question_again(ctx, verb):
        return True
    particle = ctx.child(verb, {"prt", "advmod"})
    return particle >= 0 and particle > verb and (lemma, ctx.lower[particle]) in _TURN_PHRASES


def returns_fire(ctx: DocContext, verb: int) -> bool:
    """Whether ``verb`` is 'fire back' / 'shoot back' in a paragraph that speaks of shooting
    before it ('He started shooting …," the sheriff said. The deputies fired back.'): gunfire
    returned, not words."""
    particle = ctx.child(verb, {"prt", "advmod"})
    if particle < 0 or (ctx.lemma[verb], ctx.lower[particle]) not in _GUNFIRE_PHRASES:
        return False
    para = ctx.para_of[verb]
    t = verb - 1
    while t >= 0 and ctx.para_of[t] == para:
        if (ctx.lemma[t] in _GUNFIRE_WORDS or ctx.lower[t] in _GUNFIRE_WORDS) and not _aiming_for(ctx, t):
            return True
        t -= 1
    return False


# Those whose 'responded' in crime and disaster news means they came to the scene.
_RESPONDERS = frozenset(
    {"police", "officer", "deputy", "trooper", "firefighter", "paramedic", "medic", "emt", "ambulance", "crew", "rescuer"}
)


def arrives_at_a_scene(ctx: DocContext, verb: int, subject: int) -> bool:
    """Whether ``verb`` is a bare 'respond' of police, firefighters or medics ('Officers quickly
    responded.', 'Two fire crews responded.'): they came to the scene, and said none of the
    words after; a witness quoted before goes on (review52b's xfail; xfail53). Only with no
    object, clause or phrase of its own ('Police responded to the criticism' is no bare arrival,
    and stays for the other rules to read). Only after a sentence holding quoted words, the
    witness's who goes on: after a report without them the responders answer it ('Critics said
    the police had ignored the warnings. ¶ Police responded. "We acted on every call …"', the
    police's reply; review53f)."""
    if ctx.lemma[verb] != "respond" or ctx.lemma[subject] not in _RESPONDERS:
        return False
    if not all(ctx.dep[c] in ("nsubj", "advmod", "aux", "punct", "cc") or _arrival_phrase(ctx, c) for c in ctx.children[verb]):
        return False
    return _quoted_sentence_before(ctx, ctx.sent_bounds[ctx.sent_of[verb]][0])


# How soon responders came: 'responded within minutes', 'responded in seconds'.
_SOON_NOUNS = frozenset({"minute", "second", "moment"})


def _arrival_phrase(ctx: DocContext, c: int) -> bool:
    """Whether child ``c`` of 'respond' says how soon responders came ('Officers responded
    within minutes.'): still their arrival, not a reply ('responded to the criticism', 'with a
    statement'), which a phrase of time cannot say alone — review53f. Or where they came
    ('Deputies responded to the scene') or what they came with, when it is no words ('Police
    responded with tear gas': the content was 'tear gas', and the witness's next quotation the
    police's; 'with a statement' stays a reply) — xfail54."""
    if ctx.dep[c] != "prep":
        return False
    obj = ctx.child(c, {"pobj"})
    if obj < 0:
        return False
    if ctx.lower[c] in ("within", "in"):
        return ctx.lemma[obj] in _SOON_NOUNS
    if ctx.lower[c] == "to":
        return ctx.lemma[obj] in SCENE_NOUNS
    if ctx.lower[c] == "with":
        return ctx.pos[obj] == "NOUN" and not words_noun(ctx.lemma[obj]) and ctx.quote_of[obj] < 0
    return False


def _quoted_sentence_before(ctx: DocContext, first: int) -> bool:
    """Whether the sentence ending before token ``first`` holds words in quotation marks."""
    if first <= 0:
        return False
    start, end = ctx.sent_bounds[ctx.sent_of[first - 1]]
    return any(ctx.quote_of[t] >= 0 for t in range(start, end))


# What the object of 'for' after 'shoot' is when the shooting lasts a time: 'shot for ten minutes'.
_TIME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY"})


def _aiming_for(ctx: DocContext, t: int) -> bool:
    """Whether ``t`` is the verb of 'shoot for' in its sense of aiming at a goal ('We will
    shoot for a vote in June'): an active 'shoot' with a 'for' whose object is no time or
    count. Not 'was shot for refusing' (a passive), nor 'shot for ten minutes' (a time):
    gunfire both (xfail53)."""
    if ctx.lemma[t] != "shoot" or ctx.pos[t] != "VERB" or any(ctx.dep[c] in ("auxpass", "nsubjpass") for c in ctx.children[t]):
        return False
    for prep in ctx.children[t]:
        if ctx.lower[prep] == "for" and ctx.dep[prep] == "prep" and prep > t:
            objects = [c for c in ctx.children[prep] if ctx.dep[c] == "pobj"]
            return bool(objects) and all(ctx.ent[o] not in _TIME_LABELS and ctx.pos[o] != "NUM" for o in objects)
    return False
