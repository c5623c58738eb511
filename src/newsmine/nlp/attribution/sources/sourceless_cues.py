"""Cues whose grammatical subject is not a source (:func:`_speaks_for_nobody`): a verb of
impression ('It seems Trump will …', 'The plan appears to …'), a participle with no subject of
its own ('Asked about the rally, Ruiz said …', 'known as', 'expected to'), a participle that
gives its noun a quoted name ('a group called "…"': :func:`_names_its_noun`), and an 'asked'
set off after the subject of the verb after it ('Brandt, asked whether …, smiled':
:func:`asked_aside`, with :func:`verb_after_aside`, which :mod:`..cue_checks` reads too).
Split from :mod:`.subject` (session 51), whose :func:`~.subject.subject_of` asks it first.
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import NOMINAL_POS, RELATIVE_PRONOUN_TAGS, SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.cues import cue_category


def _speaks_for_nobody(ctx: DocContext, i: int) -> bool:
    """Cues whose grammatical subject is not a source: 'It seems Trump will …', 'The plan
    appears to …' (the subject is what the impression is about) and a participle with no
    subject of its own ('Asked about the rally, Ruiz said …': Ruiz was asked; 'known as',
    'expected to'). On PolNeAR train's first 80 %, 231 such gold cues have no source, 49 one."""
    lemma = ctx.lemma[i]
    if lemma in _IMPRESSION_VERBS and ctx.pos[i] == "VERB":
        return not _seems_to_say(ctx, i)
    # 'Asked whether …, Devine replied' opens its sentence even when tagged a past tense.
    # 'Expecting thousands …, Burke said': an active participle's subject speaks.
    no_source = lemma in _PARTICIPLE_WITHOUT_SOURCE and (ctx.tag[i] == "VBN" or _opens_sentence(ctx, i)) and ctx.tag[i] != "VBG"
    # 'a website called "Cape Breton If …"', 'the spot, titled "Dangerous"': the name is the
    # thing's own, nobody says it.
    no_source = no_source or (lemma in _NAMING_PARTICIPLES and _names_its_noun(ctx, i))
    # 'Reyes advises the mayor and is thought to be a likely pick', '… and was said to have
    # wept': a passive of hearsay or expectation coordinated after a verb shares its subject,
    # who is what the hearsay is about, not who tells it (session 61, :func:`_hearsay_passive`).
    no_source = no_source or _hearsay_passive(ctx, i)
    # Either speaks when it has a subject or an agent of its own ('called "…" by critics').
    return (no_source and not any(ctx.dep[c] in SUBJECT_DEPS or ctx.dep[c] == "agent" for c in ctx.children[i])) or asked_aside(ctx, i)


def _hearsay_passive(ctx: DocContext, i: int) -> bool:
    """Whether word ``i`` is a passive participle of hearsay, belief or expectation ('is
    thought', 'was said', 'are believed', 'is reported'): with no subject or agent of its own
    (:func:`_speaks_for_nobody` asks that) it is coordinated after a verb whose subject it
    shares, and that subject is what the hearsay is about. PolNeAR train's gold (session 61)
    gives such passives no Source: of its 88 gold cues 'X is expected / said / reported /
    projected / known / assumed / intended to …' and 'it is … that …', 84 have none; the
    other 4 take the subject as the Source of a verb of speech in the infinitive ('is reported
    to have called', 'is expected to announce'), which :mod:`..raised_speakers` and the
    infinitive's own cue word handle. 'expect' is already sourceless as a participle
    (``_PARTICIPLE_WITHOUT_SOURCE``). Not an active perfect ('and has said'), not a state of
    mind ('and is convinced that': not in the list), nor an infinitive of speech ('and is said
    to have called the board "cowards"': the subject's words, as PolNeAR gives them)."""
    # Coordination itself is not tested: any such passive with no subject or agent of its own
    # qualifies, which also takes in 'As was reported last week, …' (no speaker there either).
    if ctx.lemma[i] not in _HEARSAY_PASSIVES or ctx.tag[i] != "VBN":
        return False
    if not any(ctx.dep[c] == "auxpass" for c in ctx.children[i]):
        return False  # 'and has said', 'and thought better of it'
    inner = next((c for c in ctx.children[i] if c > i and ctx.dep[c] == "xcomp"), -1)
    # 'Reyes resigned and is said to have called the board "cowards"': the words are hers.
    return inner < 0 or cue_category(ctx.lemma[inner], False) not in _SAYING_CATEGORIES or any(
        ctx.dep[c] == "auxpass" for c in ctx.children[inner]
    )


def _seems_to_say(ctx: DocContext, i: int) -> bool:
    """'The senator seemed to confirm the critiques', 'he appeared to urge the opposite', 'the
    party seemed to acknowledge it': 'seem' or 'appear' with the infinitive of a verb of speech
    or writing (``lexicons/cue_categories.txt``) says its subject said something, if only by
    the writer's reading, and PolNeAR gives that subject as the impression verb's Source. On
    PolNeAR train's gold cues holding 'seem' / 'appear' with such an infinitive (session 58),
    the Source is the subject 6 times and absent 2 ('Mr. Trump's tone seems to encourage …');
    with a verb of thought or stance ('seemed to understand', 'appeared to dismiss') it is
    absent 11 times and given 6, and with any other infinitive or none ('seemed to be',
    'appeared to win') absent 171 times and given 34, so those stay sourceless. Not for 'it'
    or a demonstrative ('it seems to suggest', 'that seemed to confirm': what they stand for is
    often the clause, not a speaker), nor for a relative pronoun ('a Facebook post that
    appeared to respond to …': train's one case, where the gold marks the antecedent and the
    pronoun, once a source, named the post's platform and lent that name to the next sentence's
    'It'), nor for a progressive or a passive ('the young woman appears to be arguing with
    someone', 'questions that seemed to be written for him': what is seen, not words reported)."""
    inner = next((c for c in ctx.children[i] if c > i and ctx.dep[c] == "xcomp"), -1)
    if inner < 0 or ctx.pos[inner] != "VERB" or ctx.lower[ctx.left[inner]] != "to":
        return False
    if cue_category(ctx.lemma[inner], False) not in _SAYING_CATEGORIES:
        return False
    if any(ctx.dep[c] in ("aux", "auxpass") and ctx.lemma[c] == "be" for c in ctx.children[inner]):
        return False  # 'appears to be arguing with someone', 'seemed to be written': a scene or a passive
    subject = ctx.child(i, SUBJECT_DEPS)
    return not (subject >= 0 and (ctx.lower[subject] == "it" or ctx.tag[subject] in _NO_SPEAKER_TAGS))


# Relative pronouns ('that', 'which', 'who') and demonstrative pronouns as subjects ('That
# seemed to confirm …', 'These appeared to suggest …': like 'it', they stand for a thing or a
# clause, not a speaker): :func:`_seems_to_say` leaves them sourceless.
_NO_SPEAKER_TAGS = RELATIVE_PRONOUN_TAGS | {"DT"}


def asked_aside(ctx: DocContext, i: int) -> bool:
    """'Brandt, asked whether Kowalski would start the final, smiled': a passive 'asked' (or
    'pressed') set off by commas right after the subject of the verb after it, which the parse
    read as a past tense with that subject; the question is put to the subject, who does not
    ask it. Not when the comma before it closes an aside of the subject's ('Brandt, 45, asked
    whether …': active), nor when it has an object or an agent ('asked the judge whether …'),
    nor when no verb without a subject of its own follows a comma after it."""
    if ctx.lemma[i] not in ("ask", "press") or ctx.tag[i] != "VBD" or i < 2 or ctx.lower[i - 1] != ",":
        return False
    subject = ctx.child(i, SUBJECT_DEPS)
    if subject < 0 or subject > i or any(ctx.dep[c] in ("dobj", "dative", "agent") for c in ctx.children[i]):
        return False
    phrase = ctx.doc[subject]
    if phrase.right_edge.i not in (i - 2, i - 1) or any(ctx.lower[k] == "," for k in range(phrase.left_edge.i, i - 1)):
        return False
    return verb_after_aside(ctx, i) >= 0


def verb_after_aside(ctx: DocContext, i: int) -> int:
    """The first verb after a comma past word ``i`` in its sentence, outside quotation marks,
    with no subject of its own; else -1."""
    end = min(ctx.sent_bounds[ctx.sent_of[i]][1], ctx.n) - 1
    for k in range(i + 1, end):
        if ctx.lower[k] == "," and ctx.pos[k + 1] == "VERB" and ctx.quote_of[k + 1] < 0 and ctx.child(k + 1, SUBJECT_DEPS) < 0:
            return k + 1
    return -1


def _names_its_noun(ctx: DocContext, i: int) -> bool:
    """Whether participle ``i`` gives the noun right before it a quoted name: 'a group called
    the "We the People Foundation"', 'The ad, entitled "Nuestra Historia"' — not 'De Blasio,
    speaking on the radio, called Trump a "blowhard"' (a verb the parse hung as a participle:
    its noun is far, and what follows it is not the quoted name). On PolNeAR train's matched
    quotes, 5 sources right (PolNeAR gives such names no source), none lost."""
    noun = ctx.head[i]
    if ctx.tag[i] != "VBN" or ctx.dep[i] != "acl" or ctx.pos[noun] not in NOMINAL_POS or not noun < i:
        return False
    if any(not (ctx.punct[k] or ctx.dep[k] in ("prep", "pobj", "compound")) for k in range(noun + 1, i)) or i - noun > 3:
        return False
    k = i + 1
    while k < ctx.n and (ctx.punct[k] or ctx.pos[k] == "DET") and ctx.quote_of[k] < 0 and k - i <= 3:
        k += 1
    return k < ctx.n and ctx.quote_of[k] >= 0


def _opens_sentence(ctx: DocContext, i: int) -> bool:
    """Whether word ``i`` opens its sentence (punctuation and adverbs aside: 'But asked …')."""
    s_start = ctx.sent_bounds[ctx.sent_of[i]][0]
    return all(ctx.punct[j] or ctx.pos[j] in ("ADV", "CCONJ") for j in range(s_start, i))


_IMPRESSION_VERBS = frozenset({"seem", "appear"})
# What an impression verb's infinitive must report for its subject to be the source
# (:func:`_seems_to_say`).
_SAYING_CATEGORIES = frozenset({"speech", "writing"})
_PARTICIPLE_WITHOUT_SOURCE = frozenset({"ask", "press", "know", "expect"})
# Passives of hearsay, belief and expectation whose subject is what is told or believed of
# (:func:`_hearsay_passive`).
_HEARSAY_PASSIVES = frozenset(
    {
        "say", "report", "rumor", "rumour", "allege", "believe", "think", "suppose", "understand",
        "project", "predict", "estimate", "forecast", "presume", "assume",
        # a post given ('Reyes runs the housing office and was named deputy mayor', 'is to be
        # named deputy mayor'): PolNeAR annotates such passives with the subject inside the
        # content and no source, or the agent ('appointed … by President Bill Clinton'); the
        # one named is never who tells it (leftovers62)
        "name", "appoint", "nominate",
    }
)
# Participles that give a thing its name ('a group called "…"').
_NAMING_PARTICIPLES = frozenset({"call", "title", "entitle", "name", "dub", "nickname", "label", "brand"})
