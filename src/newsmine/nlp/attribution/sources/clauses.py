"""Whose subject a word without its own speaks for, where the parse hung it in another
clause: a participle set off by a comma (the main clause's subject, the reporter's, the
paired participle's, the clause's before it), an infinitive after a causative verb or on an
object, a coordinated verb with a tense of its own; and which of two subjects speaks,
whether a contracted "'s" is a passive, and when a subjectless passive of telling speaks for
no one.
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import (
    FINITE_VERB_TAGS,
    NOMINAL_POS,
    RELATIVE_PRONOUN_TAGS,
    SUBJECT_DEPS,
    DocContext,
)
from newsmine.nlp.attribution.sources.words import _ADDRESSEE_CUES, _CLOSING_MARKS, _DASHES, _after_comma


def _object_controller(ctx: DocContext, infinitive: int) -> int:
    """'The closure prompted the mayor to call it "a betrayal"', 'The vote led some to
    speculate that …': an infinitive after a causative verb and its object speaks for that
    object, not for the verb's subject (object control). Only causatives
    (:data:`_CAUSATIVE_VERBS`): after verbs of asking and telling ('begged reporters to ask',
    'told voters to support') PolNeAR gives the infinitive to the one who asks, and after 'used
    the speech to call' the object is no speaker. On PolNeAR train's matched quotes the rule
    turns 10 sources right and none wrong; with any verb, 10 right and 13 wrong. Also a
    quantifier object ('leaving many to wonder'), 'permit' beside 'allow', and an infinitive
    the parse made an adverbial clause right after the object ('drove thousands of Armenians
    to demand'): 3 more gold cues of train right, none lost. The object; else -1."""
    verb, aux = ctx.head[infinitive], ctx.child(infinitive, {"aux"})
    if ctx.tag[infinitive] != "VB" or aux < 0 or ctx.lower[aux] != "to":
        return -1
    if ctx.pos[verb] != "VERB" or ctx.lemma[verb] not in _CAUSATIVE_VERBS:
        return -1
    obj = ctx.child(verb, {"dobj"})
    # 'leaving many to wonder': a quantifier standing for people, tagged an adjective.
    nominal = obj >= 0 and (ctx.pos[obj] in NOMINAL_POS or ctx.lower[obj] in _PEOPLE_QUANTIFIERS)
    if not nominal or not verb < obj < infinitive or ctx.quote_of[obj] >= 0:
        return -1
    if ctx.dep[infinitive] != "xcomp" and ctx.right[obj] != aux - 1:
        # 'drove thousands of Armenians to demand' parsed as an adverbial clause: only when
        # the object ends right before 'to' ('leading the integration, to tell' is a purpose).
        return -1
    return obj


def _prepositional_controller(ctx: DocContext, infinitive: int) -> int:
    """'a natural opening for Ruiz to highlight …', 'It is common for reporters to portray …':
    the noun phrase after a 'for' hung on a noun or an adjective that ends right before an
    infinitive's 'to' is who would do it (the infinitive's subject), not the subject of the
    clause ('reached for a metaphor to describe' is the subject's). On PolNeAR train's gold
    cues, 2 sources gained, none lost. Also the noun after an 'on' of pressing or relying
    ('pressure on her to say', 'put pressure on the nominee to convince', 'rely on users to
    report'; session 36: 3 gained, none lost; with 'onus' a false quote too). That noun; else -1."""
    aux = ctx.child(infinitive, {"aux"})
    if ctx.tag[infinitive] != "VB" or aux < 1 or ctx.lower[aux] != "to" or aux != ctx.left[infinitive]:
        return -1
    k = aux - 1
    while k >= 0 and ctx.dep[k] != "pobj" and ctx.head[k] > k and ctx.head[k] < aux:
        k = ctx.head[k]  # from the phrase's last word to its head ('for [the new mayor]')
    if k < 0 or ctx.dep[k] != "pobj" or ctx.right[k] != aux - 1 or ctx.pos[k] not in NOMINAL_POS:
        return -1
    prep = ctx.head[k]
    if ctx.lower[prep] == "on" and _presses(ctx, ctx.head[prep]):
        # 'the pressure on the nominee to convince', 'putting pressure on her to say', 'rely on
        # users to report': whoever is pressed or relied on does it (no other 'on': 'went on
        # CNN to declare' is the subject's).
        return k if ctx.quote_of[k] < 0 and ctx.ent[k] not in ("DATE", "TIME") else -1
    # 'for' after a noun or an adjective: 'reached for a metaphor to describe', 'convened the
    # staff for a meeting to map out' are the subject's
    if ctx.lower[prep] != "for" or ctx.pos[ctx.head[prep]] not in ("NOUN", "ADJ"):
        return -1
    # Someone who can act: a name, a pronoun or a plural ('for reporters'); a singular common
    # noun is mostly a thing ('convened the staff for a meeting to map out plans').
    agent = ctx.pos[k] in ("PROPN", "PRON") or ctx.tag[k] in ("NNS", "NNPS")
    return k if agent and ctx.quote_of[k] < 0 and ctx.ent[k] not in ("DATE", "TIME") else -1


# Words whose 'on' names who is to do what the infinitive after it says ('pressure on her to say').
_PRESSING_WORDS = frozenset("pressure rely count depend".split())
def _presses(ctx: DocContext, word: int) -> bool:
    """Whether ``word`` is a pressing word or a verb with one as its object ('put pressure')."""
    if ctx.lemma[word] in _PRESSING_WORDS:
        return True
    obj = ctx.child(word, {"dobj"}) if ctx.pos[word] == "VERB" else -1
    return obj >= 0 and ctx.lemma[obj] in _PRESSING_WORDS


# Verbs that make their object do what the infinitive after it says ('led some to speculate').
_CAUSATIVE_VERBS = frozenset("lead prompt leave cause require spur force drive push inspire provoke allow permit enable compel trigger".split())
_PEOPLE_QUANTIFIERS = frozenset("many most some few several others".split())


def _after_conjunction(ctx: DocContext, i: int) -> bool:
    """Whether word ``i`` follows 'and' or 'or', adverbs and a comma aside ('…, and even assured')."""
    k = i - 1
    while k >= 0 and (ctx.pos[k] == "ADV" or ctx.lower[k] == ",") and i - k <= 3:
        k -= 1
    return k >= 0 and ctx.lower[k] in ("and", "or")


def _parallel_participle(ctx: DocContext, i: int) -> int:
    """'Cruz had praised Trump, stating there was a benefit to having him in the race and
    chiding the media', 'She pushed back, saying he has been a pioneer and calling him "a
    feminist"': a participle after 'and' that the parse coordinated with a word of the
    clause before speaks for the participle it pairs with — the nearest one above it set off
    by a comma. That participle; else -1."""
    k = ctx.head[i]
    # 'telling CNN that Trump is a "faker" and questioning how …': the parse may hang the
    # second participle as an adverbial clause of the reported clause's verb.
    if ctx.tag[i] != "VBG" or ctx.dep[i] not in ("conj", "advcl") or not _after_conjunction(ctx, i):
        return -1
    if ctx.tag[k] == "VBG" and (ctx.dep[k] != "pcomp" or ctx.child(k, SUBJECT_DEPS) >= 0):
        # 'with Trump interrupting his rivals and firing off …', 'featuring Hispanics telling
        # their stories and criticizing …': coordinated with a participle of its own, not one
        # after a preposition ('a pioneer in promoting women and calling him …'), it shares
        # that participle's speaker.
        return -1
    for _ in range(6):
        if k == ctx.head[k] or k > i:
            return -1
        if ctx.tag[k] == "VBG" and _after_comma(ctx, k):
            return k if ctx.quote_of[k] == ctx.quote_of[i] else -1
        k = ctx.head[k]
    return -1


def _participle_after_preposition(ctx: DocContext, i: int) -> int:
    """'he only hinted at Trump by mentioning the need for a wall and adding, "…"': a
    participle after 'and' that the parse hung on a noun of the phrase before pairs with the
    participle after a preposition above it ('by mentioning'), which speaks for its clause's
    subject, not for the noun the parse reached first (:func:`_parallel_participle` when no
    participle set off by a comma is above). That participle; else -1."""
    if ctx.tag[i] != "VBG" or ctx.dep[i] != "conj" or not _after_conjunction(ctx, i):
        return -1
    k = ctx.head[i]
    if ctx.pos[k] not in NOMINAL_POS:
        return -1
    for _ in range(6):
        if k == ctx.head[k] or k > i:
            return -1
        if ctx.tag[k] == "VBG" and ctx.dep[k] == "pcomp" and ctx.child(k, SUBJECT_DEPS) < 0:
            return k if ctx.quote_of[k] == ctx.quote_of[i] else -1
        if ctx.pos[k] in ("VERB", "AUX"):
            return -1
        k = ctx.head[k]
    return -1


def _reporter_across_tense(ctx: DocContext, verb: int, conj: int) -> int:
    """'Farage said the warning was a sign that the President did not know …, and accused …',
    'Mr. Putin backpedaled on his prediction that Russia would pull out …, and blamed …', 'some
    strategists fear that Clinton has already missed a chance and warn …': a finite verb the
    parse coordinated with ``verb``, a verb inside a clause whose auxiliary it cannot share
    (a past or third-person form after a modal, 'did' or 'to'; a plain form after 'has';
    anything but an -ing form after a progressive 'is'), belongs to the clause above: the
    subject of the nearest verb above ``verb`` of a tense ``conj`` agrees with (copulas
    passed over: 'the warning was indicative'). On PolNeAR train's gold cues coordinated with
    a verb inside a complement clause, the subject above is the gold Source 54 times, the
    inner one 7. That subject, outside quotation marks; else -1."""
    if ctx.tag[conj] not in (*FINITE_VERB_TAGS, "VB") or not _tense_apart(ctx, verb, conj):
        return -1
    current = verb
    for _ in range(5):
        dep, head = ctx.dep[current], ctx.head[current]
        if head == current or not (dep in _CLAUSE_DEPS or (dep == "dobj" and ctx.pos[current] in NOMINAL_POS)):
            return -1  # (through a noun object: 'for backing the council's refusal to cut taxes and called')
        current = head
        if ctx.pos[current] != "VERB" or not _same_tense(ctx.tag[current], ctx.tag[conj]):
            continue
        subject = ctx.child(current, {"nsubj"})
        if subject >= 0:
            return subject if ctx.quote_of[subject] < 0 and ctx.pos[subject] in NOMINAL_POS else -1
    return -1


def _out_of_relative_clause(ctx: DocContext, verb: int, conj: int) -> int:
    """'He called on the United States to attack the oil that funds the Islamic State and
    proposed …', 'the policies that have wrought turmoil … and cast …': a verb the parse
    coordinated with a relative clause about a thing ('that', 'which'), of another tense and
    with no auxiliary of its own, belongs to the clause the thing is in: the subject of the
    nearest verb above the thing, outside quotation marks; else -1. A thing does not report;
    'who' stays ('Ruiz, who backs the plan and voted for it'). On PolNeAR train's gold cues,
    4 sources gained, none lost."""
    subject = ctx.child(verb, {"nsubj"})
    if ctx.dep[verb] != "relcl" or subject < 0 or ctx.lower[subject] not in ("that", "which"):
        return -1
    if ctx.tag[conj] not in (*FINITE_VERB_TAGS, "VB", "VBN") or any(ctx.dep[c] in ("aux", "auxpass") for c in ctx.children[conj]):
        return -1
    if _same_tense(ctx.tag[verb], ctx.tag[conj]):
        return -1
    k = ctx.head[verb]
    for _ in range(6):
        if k == ctx.head[k]:
            break
        k = ctx.head[k]
        if ctx.pos[k] in ("VERB", "AUX"):
            found = ctx.child(k, {"nsubj"})
            if found >= 0:
                return found if ctx.quote_of[found] < 0 and ctx.pos[found] in NOMINAL_POS else -1
    return -1


def _out_of_aside(ctx: DocContext, verb: int, conj: int) -> int:
    """'Trump jumped onto his Twitter account — as he so often does — and retweeted …', 'Trump
    called them "rapists" (although he allowed that some might be good people) and promised
    …': a verb coordinated right after an aside closed by a dash or a parenthesis, which the
    parse coordinated with the aside's own verb ``verb``, continues the clause the aside
    interrupts: an aside is set apart from its sentence, and 'and' after it carries on what
    came before it. The nearest subject before the aside's opening mark in its sentence,
    outside quotation marks and not of a reported or a relative clause; else -1. On PolNeAR
    train's gold cues, 7 sources gained, 1 lost (the gold marks the aside's 'he' there)."""
    k = conj - 1
    while k > verb and ctx.pos[k] in ("CCONJ", "ADV"):
        k -= 1
    if k <= verb or k == conj - 1 or ctx.quote_of[k] >= 0:
        return -1  # no conjunction between the closing mark and the verb
    closing = ctx.lower[k]
    if closing not in (")", *_DASHES):
        return -1
    opening_marks = ("(",) if closing == ")" else _DASHES
    s_start = ctx.sent_bounds[ctx.sent_of[conj]][0]
    opening = next((j for j in range(verb - 1, s_start - 1, -1) if ctx.lower[j] in opening_marks and ctx.quote_of[j] < 0), -1)
    if opening < 0:
        return -1
    for j in range(opening - 1, s_start - 1, -1):
        # Not the subject of a reported clause or of a relative clause ('Ruiz said that the
        # plan was unserious - … - and charged'): the clause the aside interrupts is above it.
        embedded = ctx.dep[ctx.head[j]] in ("ccomp", "relcl") and ctx.head[ctx.head[j]] < opening
        if ctx.dep[j] == "nsubj" and ctx.quote_of[j] < 0 and ctx.pos[j] in NOMINAL_POS and not embedded:
            return j
    return -1


def _tense_apart(ctx: DocContext, verb: int, conj: int) -> bool:
    """Whether coordinated ``conj`` cannot share the auxiliary of ``verb`` (see
    :func:`_reporter_across_tense`); a verb with an auxiliary of its own never shares one."""
    if any(ctx.dep[c] in ("aux", "auxpass") for c in ctx.children[conj]):
        return False
    for c in ctx.children[verb]:
        if ctx.dep[c] != "aux" or c > verb:
            continue
        if ctx.tag[c] == "MD" or ctx.lemma[c] == "do" or ctx.lower[c] == "to":
            return ctx.tag[conj] in ("VBD", "VBZ")
        if ctx.lemma[c] == "have":
            return ctx.tag[conj] in ("VB", "VBP", "VBZ")
        if ctx.lemma[c] == "be":
            return ctx.tag[conj] != "VBG"
    return False


def _same_tense(tag: str, other: str) -> bool:
    """Whether two verb tags are the same finite form (a plain 'warn' reads as the present 'fear')."""
    present = ("VB", "VBP")
    return tag == other or (tag in present and other in present)


# The clauses a verb hangs in below the verb whose subject a coordinated verb may share.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "acomp", "xcomp", "conj", "relcl", "pcomp", "pobj", "prep", "acl"})


def _perfect_with_own_aux(ctx: DocContext, verb: int) -> bool:
    """Whether ``verb`` is a participle with a finite 'have' of its own: as finite as 'said'
    for the grammar's fallbacks ('Ruiz, asked about …, had said'), and, coordinated ('Clinton
    has said she would visit … and has only issued a tweet'), a tense the reported verb does
    not share."""
    return ctx.tag[verb] == "VBN" and any(
        ctx.dep[c] == "aux" and ctx.tag[c] in FINITE_VERB_TAGS and ctx.lemma[c] == "have" for c in ctx.children[verb]
    )


def _tensed_by_own_aux(ctx: DocContext, verb: int) -> bool:
    """Whether ``verb`` is a base form with a finite 'do' or a modal of its own before it
    ('Jolly, who …, doesn't see', 'Ruiz, speaking …, did not mention', 'Berg, 61, will say'),
    or a progressive with a finite 'be' ('Clinton, the nominee, was bracing …'): as finite as
    'said' for the grammar's fallbacks for a subject the parse hung elsewhere. Not an
    infinitive ('to say'), a bare imperative ('Say it') nor a passive ('was told')."""
    if ctx.tag[verb] == "VB":
        return any(
            c < verb and ctx.dep[c] == "aux" and (ctx.tag[c] == "MD" or (ctx.lemma[c] == "do" and ctx.tag[c] in FINITE_VERB_TAGS))
            for c in ctx.children[verb]
        )
    return ctx.tag[verb] == "VBG" and any(
        c < verb and ctx.dep[c] == "aux" and ctx.lemma[c] == "be" and ctx.tag[c] in FINITE_VERB_TAGS for c in ctx.children[verb]
    )


def _sibling_clause_subject(ctx: DocContext, i: int) -> int:
    """'It was a sharp reply, as Ruiz echoed the criticism, saying …': a participle after a
    comma that the parse hung on a copula with a placeholder subject speaks for the subject
    of the clause right before it on the same verb; else -1."""
    head = ctx.head[i]
    if ctx.tag[i] != "VBG" or head == i or not _after_comma(ctx, i):
        return -1
    before = [c for c in ctx.children[head] if c < i and ctx.dep[c] in ("advcl", "conj", "ccomp") and ctx.pos[c] == "VERB"]
    if not before:
        return -1
    subject = ctx.child(before[-1], {"nsubj"})
    return subject if subject >= 0 and ctx.pos[subject] in NOMINAL_POS and ctx.quote_of[subject] < 0 else -1


def _nearest_subject(ctx: DocContext, subjects: list[int], verb: int) -> int:
    """Of two subjects the parse gave ``verb``, the speaker: '…, which he argued seeks …', 'Rubio,
    who many in the party had backed', 'Voters, Clinton suggested, don't have to …': the one
    right before the verb (the first is a relative pronoun or words of the content); a
    quantifier ('The figures — whose party … — both suggested') and a subject after the verb
    ('26 percent said the same') leave the first (on PolNeAR train's gold cues, the grammar's
    source right 17,597 → 17,647 of 19,831)."""
    before = [s for s in subjects if s < verb]
    if len(before) > 1 and ctx.lower[before[-1]] not in _QUANTIFIERS:
        return before[-1]
    return subjects[0]


_QUANTIFIERS = frozenset({"both", "all", "each"})


def _object_verb_subject(ctx: DocContext, noun: int) -> int:
    """The active subject, outside quotation marks, of the verb ``noun`` is the object of
    (directly or through a preposition: 'went out of his way'); else -1. For an infinitive
    on the object, PolNeAR marks this subject (on train's gold cues, the grammar's source
    right 17,661 → 17,674 of 19,831)."""
    if ctx.pos[noun] != "NOUN" or ctx.dep[noun] not in ("dobj", "pobj"):
        return -1
    verb = ctx.head[noun]
    for _ in range(3):
        if ctx.pos[verb] in ("VERB", "AUX") or ctx.head[verb] == verb:
            break
        verb = ctx.head[verb]
    if ctx.child(verb, {"dative"}) >= 0:
        return -1  # 'give the council the authority to close the bay': the council would close it
    subject = ctx.child(verb, {"nsubj"})
    if subject < 0 or ctx.quote_of[subject] >= 0 or ctx.pos[subject] not in NOMINAL_POS:
        return -1
    return subject


def _predicate_noun_subject(ctx: DocContext, noun: int, infinitive: int) -> int:
    """'Grijalva was the first Democrat in Congress to endorse Sanders', 'Kirk and Collins were
    the only Republicans to vote against …', 'Ruiz is the latest mayor to call for …': an
    infinitive on the predicate noun of a copula, ranked by 'only', an ordinal or a
    superlative, says what the copula's subject did; the subject is who spoke, the predicate
    noun only what is said of them ('Democrat', 'Republicans': a party's name may head it). On
    PolNeAR train's matched quotes (session 58), 3 such cues in two outlets, each with the
    subject as gold Source; 2 now right, the third a perfect ('the only contender to have
    pledged') this branch does not read. The subject; else -1.

    Not without the rank ('Ruiz is the person to ask': whom one asks), nor a noun that is no
    copula's predicate ('the first bill to pass'), nor a demonstrative subject ('This is the
    latest attempt to call for …'), nor a superlative of ease or merit with an ``infinitive``
    that lacks its object ('Ruiz is the best person to ask about the ferry', 'the hardest man
    to convince': the gap is the object, whom one asks; 'the best candidate to tell voters'
    keeps its subject). Review58c: an ordinal ranks both ways ('the first person to call when
    the ferry breaks down' is whom one calls) and is left to the subject."""
    if ctx.pos[noun] not in ("NOUN", "PROPN") or ctx.dep[noun] != "attr" or ctx.lemma[ctx.head[noun]] != "be":
        return -1
    ranks = [
        c
        for c in ctx.children[noun]
        if c < noun and ctx.dep[c] == "amod" and (ctx.lower[c] in _RANKING_WORDS or ctx.tag[c] == "JJS" or ctx.ent[c] == "ORDINAL")
    ]
    if not ranks:
        return -1
    infinitive_has_object = any(ctx.dep[c] in _OBJECT_DEPS for c in ctx.children[infinitive])
    if not infinitive_has_object and any(ctx.lower[c] in _EASE_SUPERLATIVES for c in ranks):
        return -1  # 'the best person to ask about …': whom one asks
    subject = ctx.child(ctx.head[noun], {"nsubj"})
    if subject < 0 or not subject < noun or ctx.quote_of[subject] >= 0 or ctx.pos[subject] not in NOMINAL_POS:
        return -1
    if ctx.tag[subject] == "DT":
        return -1  # 'This is the latest attempt to call for …': a demonstrative names no speaker
    return subject


# What ranks a predicate noun among others who did the same ('the only senator to …', 'the
# first', 'the latest'), besides ordinals and superlatives.
_RANKING_WORDS = frozenset({"only", "sole", "lone", "first", "last", "latest", "next"})
# Superlatives that rank by how easily or well one deals with the noun, so an infinitive after
# them often lacks its object rather than its subject ('the best person to ask', 'the easiest
# target to criticise'); :func:`_predicate_noun_subject` then needs the infinitive's object.
_EASE_SUPERLATIVES = frozenset({"best", "worst", "easiest", "hardest", "toughest", "simplest", "safest"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp"})


def _recipient_of_object(ctx: DocContext, noun: int) -> int:
    """'gives Democrats an opportunity to take aim at …', 'gave Beck new impetus to oppose
    Trump', 'giving them leverage to insist on …': an infinitive on the object of a verb of
    giving speaks for whom it is given to, the verb's indirect object (who would take the
    opportunity; on PolNeAR train's gold cues, 5 sources gained, none lost); else -1."""
    if ctx.pos[noun] != "NOUN" or ctx.dep[noun] != "dobj":
        return -1
    recipient = ctx.child(ctx.head[noun], {"dative"})
    if recipient < 0 or not recipient < noun or ctx.pos[recipient] not in NOMINAL_POS or ctx.quote_of[recipient] >= 0:
        return -1
    return recipient


def _contracted_has(ctx: DocContext, verb: int) -> bool:
    """'He's said he gets his ideas from …' parsed as a passive ('s as 'is'): a contracted
    auxiliary before a participle with no 'to' clause ('He's said to be …' is a passive)."""
    aux = [c for c in ctx.children[verb] if ctx.dep[c] == "auxpass"]
    return (
        len(aux) == 1
        and ctx.lower[aux[0]] in ("'s", "’s")
        and ctx.child(verb, {"agent"}) < 0
        and not any(ctx.dep[c] == "xcomp" and ctx.lower[ctx.left[c]] == "to" for c in ctx.children[verb])
        and not any(ctx.dep[c] == "prep" and ctx.lower[c] == "as" for c in ctx.children[verb])  # "she's seen as"
    )


def _main_clause_subject(ctx: DocContext, verb: int) -> int:
    """'Bennett denied the notion that a shake-up is coming, explaining …': a participle set off
    by a comma speaks for the subject of the main clause, not of the subordinate clause the
    parse hung it in (on PolNeAR train's gold cues, 39 sources gained, 14 lost). Climbs from
    ``verb`` through subordinate clauses (of a verb, or of a noun: on to the noun's verb) to
    the outermost verb with an active subject, outside quotation marks; -1 when ``verb`` is
    the main clause."""
    current, found = verb, -1
    for _ in range(6):
        dep, head = ctx.dep[current], ctx.head[current]
        if head == current or dep not in _SUBORDINATE_DEPS or ctx.quote_of[head] >= 0:
            break
        if ctx.pos[head] in NOMINAL_POS:  # 'the notion that …'
            if ctx.head[head] == head:
                break
            head = ctx.head[head]
            while ctx.pos[head] not in ("VERB", "AUX") and ctx.head[head] != head:
                head = ctx.head[head]
        subject = ctx.child(head, SUBJECT_DEPS)
        if subject >= 0 and ctx.dep[subject] != "nsubjpass" and ctx.quote_of[subject] < 0:
            found = subject
        current = head
    return found


def _parenthetical_reporter(ctx: DocContext, verb: int) -> bool:
    """'The mayor cannot say that …, Berg added, saying …', '"… no chance to win," the source
    recalled, adding …': a reporting verb the parse hung as the complement of the verb before
    it, its subject right after a comma (and a closing quotation mark), is the reporter of a
    parenthesis; a participle after it speaks for that reporter, not for the subject of the
    reported words."""
    head = ctx.head[verb]
    if ctx.dep[verb] != "ccomp" or head >= verb or not ctx.cue_verb[verb]:
        return False
    subject = ctx.child(verb, {"nsubj"})
    if subject < 0 or not head < subject < verb:
        return False
    k = ctx.left[subject] - 1
    while k > head and ctx.lower[k] in _CLOSING_MARKS_AND_APOSTROPHE:  # ', ” Berg added'
        k -= 1
    return k > head and ctx.lower[k] in (",", *_DASHES)


# The closing marks a parenthetical reporter may follow, the straight apostrophe too: after a
# quotation's last word it closes a single-quoted quotation ('… to win,' the source recalled).
_CLOSING_MARKS_AND_APOSTROPHE = _CLOSING_MARKS | {"'"}


def _reporting_subject(ctx: DocContext, verb: int) -> int:
    """'She said her father would do the same, saying …', 'Trump argued that a database would
    keep people out, saying …', 'Lazar said he welcomed extradition and added, "…"': a
    participle, or a verb coordinated with a reported verb, that the parse hung inside what a
    reporting verb reports is the reporter's (on PolNeAR train, 35 gold sources of such
    participles are the reporter's, 7 the inner verb's subject; of such coordinated verbs 32
    and none). The reporting verb's subject, else -1."""
    current, through_complement = verb, False
    for _ in range(3):
        dep, head = ctx.dep[current], ctx.head[current]
        if head == current or dep not in ("ccomp", "conj", "advcl"):
            return -1
        through_complement = through_complement or dep == "ccomp"
        subject = ctx.child(head, {"nsubj"})
        if subject >= 0:
            return subject if through_complement and ctx.cue_verb[head] else -1
        current = head
    return -1


def _credited_after(ctx: DocContext, word: int, reporter: int) -> bool:
    """'Critics have attacked the budget, calling it "a giveaway," the mayor said': reported
    words that come before their credit hold their own speakers, so a participle inside them
    speaks for the subject of the clause it belongs to ('Critics'), not for the reporter named
    after them, as it does when the credit comes first ('She said her father would do the same,
    saying …': :func:`_reporting_subject`). Whether ``reporter``, the reporting verb's subject,
    stands after ``word``, both outside quotation marks (a verb inside a quotation is the
    quotation's speaker's either way). On PolNeAR train (session 55): of the participles hung
    inside reported words whose reporter comes after them, 2 have a gold cue, both with the
    clause's own subject for Source; with the reporter first, 29 of 30 the reporter's. The
    caller asks it for participles only: a verb coordinated inside such words ('X expressed
    concern and said …, people familiar with the session said') has no gold cue of its own on
    train, and where its content matches the gold's, the gold's Source is the reporter."""
    return reporter > word and ctx.quote_of[word] < 0 and ctx.quote_of[reporter] < 0


# Clauses a participle may be hung in below the main clause it belongs to.
_SUBORDINATE_DEPS = frozenset({"advcl", "acl", "relcl", "ccomp", "pcomp", "pobj", "prep"})


def _scene_subject(ctx: DocContext, i: int) -> int:
    """'… the Taj Mahal, where about 50 protesters had gathered on Wednesday, chanting "…"', '… a
    Web ad in which children bash in a dollhouse, yelling "…"': a participle right after a
    comma that closes a relative clause of place ('where', 'in which') speaks for that clause's
    subject, the people of the scene it sets, however high the parse hung the participle (the
    main clause only names the place). -1 when the words before the comma are
    no such clause: a relative pronoun, a passive, a reported clause keep the other rules, and
    so does a clause of time ('in 2008, when she campaigned …, seeking': on PolNeAR train the
    gold gives such a participle the main clause's subject)."""
    if ctx.tag[i] != "VBG" or i < 2 or ctx.lower[i - 1] != ",":
        return -1
    last = i - 2
    k = last
    for _ in range(8):
        subject = ctx.child(k, {"nsubj"}) if ctx.pos[k] in ("VERB", "AUX") else -1
        if subject >= 0:
            break
        if ctx.head[k] == k:
            return -1
        k = ctx.head[k]
    else:
        return -1
    if ctx.dep[k] != "relcl" or ctx.right[k] not in (last, ctx.right[i]) or ctx.tag[subject] in RELATIVE_PRONOUN_TAGS:
        return -1
    if ctx.quote_of[subject] >= 0 or ctx.pos[subject] not in NOMINAL_POS:
        return -1
    for c in ctx.children[k]:
        if ctx.dep[c] == "advmod" and ctx.lower[c] == "where":
            return subject
        pobj = ctx.child(c, {"pobj"}) if ctx.dep[c] == "prep" else -1
        if pobj >= 0 and ctx.tag[pobj] == "WDT":  # 'in which', 'during which'
            return subject
    return -1


def _addressed_without_subject(ctx: DocContext, i: int) -> bool:
    """Whether cue word ``i`` is a passive verb of telling or asking with no subject and no
    agent of its own ('without being told to "smile"', 'after being asked whether …'): the
    words were put *to* someone, so the subject of the verb it hangs on is the one addressed,
    not the speaker ('a woman can run … without being told to "smile"' is no woman's quote).
    The speaker is unnamed, as PolNeAR leaves such a Source empty ('Sanders was asked' has
    none). Only with the passive auxiliary on the cue itself: 'Asked about the plan, Ruiz said'
    (a bare participle) and 'was quoted as saying' (no verb of telling) keep their subject."""
    if ctx.tag[i] != "VBN" or ctx.lemma[i] not in _ADDRESSEE_CUES:
        return False
    deps = {ctx.dep[c] for c in ctx.children[i]}
    return "auxpass" in deps and not deps & (SUBJECT_DEPS | {"agent"})
