"""A finite verb's subject the parse read as another word's dependent.

A modifier opening the sentence ('About 4 in 10 say …', 'Dems hope …'), a name hung on the
verb as a compound ('"Cruz," Beck joked'), the modifier of a verb the tagger read as a noun
('Many fear Trump will …'), the object of a subordinator read as a preposition ('after Chairman
Ruiz earlier in the day touted …'), a name made the object of a preposition before it ('the
Lee/Park calls for'), the last member of an 'and' among the objects before ('… with murder and
the mayor fired his police chief'), a noun phrase hung on a word before the verb or on its
auxiliary ('After a day of tensions …, House Speaker Paul Ryan's office announced'); and the
object of a passive's 'by' hung on a word after the verb. Each rule finds the verb left
without a subject and the word that can only be its subject.

The other rules for speakers the parse did not attach are by what stands in the way:
:mod:`~.set_off_subjects` (a phrase set off between the subject and its verb),
:mod:`~.inverted_speakers` (a speaker after its verb) and :mod:`~.participle_speakers` (a
participle cut from its clause).
"""

from __future__ import annotations

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import (
    FINITE_VERB_OR_MODAL_TAGS,
    FINITE_VERB_TAGS,
    NOMINAL_POS,
    PRESENT_VERB_TAGS,
    SUBJECT_DEPS,
    DocContext,
)
from newsmine.nlp.attribution.sources.inverted_speakers import _NOT_NAMES, _owner_of_of_phrase
from newsmine.nlp.attribution.sources.set_off_subjects import _PARENTHESIS_TOKENS, _before_verb
from newsmine.nlp.attribution.sources.words import _TIME_ENTS


def _modifier_as_subject(ctx: DocContext, verb: int) -> int:
    """'About 4 in 10 say …', 'Less than a third agreed …', 'Dems hope …', 'And Skelly called
    …': a verb the parse left without a subject, whose sentence opens with a word it hung
    on the verb as a modifier (a number, a measure, a compound, a capitalised adverb) right
    before it. That word (its noun phrase is the speaker); else -1. Times ('Friday said')
    and words inside quotation marks are no speakers."""
    if ctx.tag[verb] not in FINITE_VERB_TAGS and not (ctx.tag[verb] == "VBN" and ctx.dep[verb] == "ROOT"):
        return -1
    if any(ctx.dep[c] in SUBJECT_DEPS or ctx.dep[c] in ("expl", "agent") for c in ctx.children[verb]):
        return -1
    j = verb - 1
    if j < 0 or ctx.head[j] != verb or ctx.quote_of[j] >= 0 or ctx.ent[j] in ("DATE", "TIME"):
        return -1
    s_start = ctx.sent_bounds[ctx.sent_of[verb]][0]
    dep, pos = ctx.dep[j], ctx.pos[j]
    word = ctx.text[ctx.idx[j] : ctx.idx[j] + ctx.length[j]]
    # A capitalised adverb is a name only where the capital is not the sentence's ('And Skelly called'),
    # or, opening the sentence, where it is a word of a person's name the article gives
    # ('Tolliver said …' after 'Ben Tolliver', the surname tagged an adverb: probe47c).
    misread_name = (
        dep == "advmod" and word[:1].isupper() and word[1:].islower() and ctx.lower[j] not in _NOT_NAMES
        and (j > s_start or ctx.lower[j] in ctx.person_words())
    )  # fmt: skip
    if not (misread_name or (dep in ("nummod", "npadvmod") and pos in ("NUM", "NOUN")) or (dep == "compound" and pos in ("NOUN", "PROPN"))):
        return -1
    if not all(ctx.punct[k] or ctx.pos[k] in ("CCONJ", "ADV") for k in range(s_start, ctx.left[j])):
        return -1
    return j


def _name_hung_as_compound(ctx: DocContext, verb: int) -> int:
    """'When someone in the audience shouted, "Cruz," Beck joked, "…"': a finite verb after a
    closed clause whose name the parse hung on it as a compound (and the verb on the clause
    before, whose subject it would then inherit). The name right before the verb, after a
    comma or a closing quotation mark, is its subject; else -1. The sentence-opening case is
    :func:`_modifier_as_subject`'s."""
    j = verb - 1
    if ctx.tag[verb] not in FINITE_VERB_TAGS or j < 1 or ctx.head[j] != verb or ctx.dep[j] != "compound":
        return -1
    if ctx.pos[j] != "PROPN" or ctx.quote_of[j] >= 0 or any(ctx.dep[c] in SUBJECT_DEPS for c in ctx.children[verb]):
        return -1
    before = ctx.left[j] - 1
    return j if before >= ctx.sent_bounds[ctx.sent_of[verb]][0] and ctx.punct[before] else -1


def _subject_of_noun_read_as_verb(ctx: DocContext, noun: int) -> int:
    """'Many fear Trump will …', 'Two-thirds support reducing …', 'Trump estimates that he
    spent …': a verb opening its sentence after its subject that the tagger read as a noun,
    the root of the sentence with the reported clause or object hung on it, the subject as
    its modifier right before it (a quantifier, a number or a name as a compound). That
    word; else -1. Not a determiner or another adjective ('The fear that …', 'Growing
    fears that …' are noun phrases)."""
    j = noun - 1
    if ctx.head[noun] != noun or j < 0 or ctx.head[j] != noun or ctx.quote_of[j] >= 0 or ctx.quote_of[noun] >= 0:
        return -1
    if ctx.tag[noun] not in ("NN", "NNS") or ctx.ent[j] in ("DATE", "TIME"):  # ("Two-thirds support" is a number)
        return -1
    quantifier = ctx.dep[j] in ("amod", "det", "nsubj") and ctx.lower[j] in _QUANTIFIER_SUBJECTS
    named = ctx.dep[j] in ("compound", "nummod") and ctx.pos[j] in ("NOUN", "PROPN", "NUM")
    if not (quantifier or named):
        return -1
    s_start = ctx.sent_bounds[ctx.sent_of[noun]][0]
    if not all(ctx.punct[k] or ctx.pos[k] in ("CCONJ", "ADV") for k in range(s_start, ctx.left[j])):
        return -1
    clause = any(c > noun and (ctx.dep[c] in ("ccomp", "dobj", "xcomp") or (ctx.dep[c] == "acl" and ctx.pos[c] == "VERB")) for c in ctx.children[noun])
    return j if clause else -1


def _plural_subject_read_as_verb(ctx: DocContext, noun: int) -> int:
    """'Bank records from the firm show the mayor was paid twice': the tagger read the plural
    subject as the verb ('records' VBZ) and the verb as a noun ('show' NN), yet the parse still
    hangs the one on the other as its subject. That subject; else -1. Only a bare -s form before
    the cue with nothing of a verb's own (no subject, object or clause of its own: 'Officials
    warn …' read right never reaches here)."""
    j = ctx.child(noun, {"nsubj"})
    if j < 0 or j > noun or ctx.tag[j] not in PRESENT_VERB_TAGS or not ctx.lower[j].endswith("s") or ctx.quote_of[j] >= 0:
        return -1
    if any(ctx.dep[c] in ("nsubj", "nsubjpass", "dobj", "ccomp", "xcomp", "aux", "neg") for c in ctx.children[j]):
        return -1
    return j


# Words that stand for people as a verb's subject ('Many fear', 'Some view').
_QUANTIFIER_SUBJECTS = frozenset("many most some few several all both others".split())


# Subordinators the parse may read as prepositions, taking the next clause's subject as their object.
_CLAUSE_OPENERS = frozenset("after before since until while as".split())


def _subject_read_as_object(ctx: DocContext, verb: int) -> int:
    """'… made the announcement after Chairman Ruiz earlier in the day touted progress': a
    finite verb without a subject right after 'after NP' (its own adverbs and phrases between)
    that the parse read as a preposition with its object. A finite verb cannot follow that
    phrase unless the noun is its subject, so the noun is; else -1. After 'as' only a name ('a
    woman later identified as Eva Lind, an activist, demanded'): 'as a delegate' is a role.
    Session 36, PolNeAR train: 2 sources gained, none lost (with any noun after 'as', 1 lost).
    Session 58: 'As Ana Ruiz, a professor of law at Dunmore, put it, …' — a past tense written
    as its base form ('put', 'set', 'cut') that the tagger read as one, with no auxiliary of its
    own, is as finite (train: one nyt text in two articles, whose speaker was the object 'it')."""
    if not (ctx.tag[verb] in FINITE_VERB_TAGS or _past_read_as_base(ctx, verb)) or ctx.dep[verb] not in ("advcl", "conj", "ccomp"):
        return -1
    mark = ctx.child(verb, {"mark"})
    if mark >= 0 and ctx.lower[mark] in _CLAUSE_OPENERS and 0 <= ctx.child(mark, {"pobj"}) < verb:
        k = mark  # the opener hung right, on the verb, but the noun still its object
    else:
        edge = ctx.left[verb]
        k = edge - 1
        if k < 1 or ctx.quote_of[k] >= 0 or ctx.sent_of[k] != ctx.sent_of[verb]:
            return -1
        while ctx.head[k] != k and ctx.head[k] < k and ctx.dep[k] != "prep":
            k = ctx.head[k]  # from the phrase's last word up to the preposition
        if ctx.dep[k] != "prep" or ctx.lower[k] not in _CLAUSE_OPENERS or ctx.right[k] != edge - 1:
            return -1
    obj = ctx.child(k, {"pobj"})
    if obj < 0 or ctx.pos[obj] not in ("NOUN", "PROPN") or ctx.ent[obj] in _TIME_ENTS:
        return -1
    if ctx.lower[k] == "as" and ctx.pos[obj] != "PROPN":
        return -1  # 'is supporting Sanders as a superdelegate and … credited him': a role
    return obj


def _past_read_as_base(ctx: DocContext, verb: int) -> bool:
    """Whether ``verb`` is a past tense spelt as its base form ('put', 'set', 'cut') that the
    tagger read as a base form (VB), with no auxiliary or 'to' of its own ('will put', 'to put'
    are base forms)."""
    return ctx.tag[verb] == "VB" and ctx.lower[verb] in _PAST_AS_BASE and not any(ctx.dep[c] in ("aux", "auxpass") for c in ctx.children[verb])


# Verbs whose past tense is spelt as their base form, among those that report ('as she put it').
_PAST_AS_BASE = frozenset({"put", "set", "cut", "let", "hit", "read", "bet", "quit", "upset"})


def _name_read_as_object(ctx: DocContext, verb: int) -> int:
    """'Syria proved resistant to the Lee/Park calls for a new levy', 'Alongside Greenpeace
    calls for a ban, …', 'coupled with one Reeves filed earlier': a verb without a subject
    right after a name the parse made the object of any preposition before it (a plural noun
    such as 'calls' read as a verb, or a relative clause without 'that') is that name's. Only
    a present tense hung on the sentence as an adverbial clause, or a past tense hung on a
    noun; only a person's or a body's name (not 'a speech in Harlem focused on …', a place;
    not a day). The name; else -1."""
    present = ctx.tag[verb] in PRESENT_VERB_TAGS and ctx.dep[verb] == "advcl"
    if not (present or (ctx.tag[verb] == "VBD" and ctx.dep[verb] == "acl")) or verb < 1:
        return -1
    name = verb - 1
    if ctx.dep[name] != "pobj" or ctx.pos[name] != "PROPN" or ctx.quote_of[name] >= 0:
        return -1
    return name if ctx.ent[name] in ("PERSON", "ORG", "NORP", "") else -1


_OWN_MODIFIER_DEPS = frozenset({"aux", "neg", "advmod"})


def _conjunct_before_verb(ctx: DocContext, conj: int) -> int:
    """'Prosecutors charged the officer with murder and the mayor fired his police chief': a
    finite verb coordinated with the verb before, right after a noun the parse made the last
    member of an 'and' among the objects before it. A finite verb cannot follow its object's
    conjunct unless that noun is its subject, so the noun is (its phrase's head); else -1. A
    participle on that verb speaks for it too. On PolNeAR train's gold cues, 4 sources gained,
    none lost. The verb's own auxiliaries and adverbs may stand between ('… a liar and NBC
    News will accuse you', '… the convention and others have said'): a modal or a finite
    auxiliary makes the verb finite. The verb may be hung as a reported clause of the first
    ('One in three said the party ignores the community and one in four said …'), and the
    noun a numeral with its 'in' or 'of' ('one in four')."""
    k = conj - 1
    if ctx.dep[conj] not in ("conj", "ccomp"):
        return -1
    finite = ctx.tag[conj] in FINITE_VERB_TAGS
    while k > 0 and ctx.head[k] == conj and ctx.dep[k] in _OWN_MODIFIER_DEPS and conj - k <= 3:
        finite = finite or ctx.tag[k] in FINITE_VERB_OR_MODAL_TAGS
        k -= 1
    if not finite or k < 1 or ctx.quote_of[k] >= 0:
        return -1
    prep = ctx.head[k]
    share = ctx.dep[k] == "pobj" and ctx.lower[prep] in ("in", "of") and ctx.pos[ctx.head[prep]] == "NUM" and ctx.head[prep] < prep
    if share:
        k = ctx.head[prep]  # 'one in four': a share of people, however the numeral is tagged
    elif ctx.pos[k] not in ("NOUN", "PROPN") or ctx.ent[k] in _TIME_ENTS:
        return -1
    if ctx.dep[k] != "conj":
        return -1
    first = ctx.head[k]
    if not first < k or ctx.pos[first] not in ("NOUN", "PROPN") or ctx.dep[first] not in ("dobj", "pobj"):
        return -1
    if not any(ctx.dep[c] == "cc" and first < c < k for c in ctx.children[first]):
        return -1
    return k


def _noun_before_verb(ctx: DocContext, verb: int) -> int:
    """'After a day of tensions …, House Speaker Paul Ryan's office announced …', 'Through
    real-time analytics, reporters and editors know …': a finite verb left without a subject
    because the parse hung the noun phrase right before it on a word before (as the object of
    an opening preposition, a conjunct, an apposition; or on its auxiliary). The head of that
    noun phrase (a parenthesis after it passed over; the noun an 'of' phrase ends on gives way
    to the noun it belongs to; the first member of an 'and'), when it is nobody's subject, nor
    an object of the verb or of a verb before; else -1. On PolNeAR train's gold cues, 8
    sources gained, 1 lost."""
    auxiliaries = [c for c in ctx.children[verb] if ctx.dep[c] == "aux" and c < verb]
    for aux in auxiliaries:
        # 'The mayor has throughout her campaign boasted …': the subject hung on the auxiliary.
        subject = ctx.child(aux, {"nsubj"})
        if subject >= 0 and ctx.quote_of[subject] < 0 and ctx.pos[subject] in NOMINAL_POS:
            return subject
    k = _before_verb(ctx, verb)
    if k >= 1 and ctx.lower[k] == ")" and ctx.quote_of[k] < 0:
        j = k - 1
        while j > 0 and ctx.lower[j] != "(" and k - j <= _PARENTHESIS_TOKENS:
            j -= 1
        k = j - 1 if ctx.lower[j] == "(" else -1
    if k < 0 or ctx.sent_of[k] != ctx.sent_of[verb] or ctx.quote_of[k] >= 0:
        return -1
    if ctx.pos[k] not in ("NOUN", "PROPN") or ctx.ent[k] in _TIME_ENTS or ctx.dep[k] in (*SUBJECT_DEPS, "compound"):
        return -1
    k = _owner_of_of_phrase(ctx, k)  # 'The rolling average of polls shows'
    while ctx.dep[k] == "conj" and ctx.pos[ctx.head[k]] in ("NOUN", "PROPN") and ctx.dep[ctx.head[k]] not in ("pobj", "dobj"):
        k = ctx.head[k]  # 'Trump and his supporters talk': the first member
    head = ctx.head[k]
    if ctx.dep[k] == "pobj" and ctx.head[head] in (verb, *auxiliaries):
        return -1  # 'the billionaire has throughout his campaign boasted': the verb's own adverbial
    if ctx.dep[k] == "dobj" and ctx.tag[head] in FINITE_VERB_TAGS:
        return -1  # 'He criticized Clinton's record said …': another clause's object
    return k if ctx.dep[k] not in SUBJECT_DEPS else -1


def _agent_hung_below(ctx: DocContext, verb: int) -> int:
    """'has been called "strategic silence" by Tomas Berg', 'was declared the winner in both
    districts by local newspapers', 'was booed and shouted down by the dockers':
    a passive whose 'by' the parse hung on a word after it (its object, a noun of its
    adverbial, a verb coordinated with it) rather than as its agent. The object of the first
    such 'by' inside the passive's phrase in its sentence, when it may speak (a name, a
    pronoun, a plural; never a date or a number); else -1. Not the 'by' of another participle
    or clause ('the plan proposed by Ruiz'), of a verb coordinated after a comma or a dash
    ('suspected of …, and accused by the media'), nor of a noun that can be a cue of its own
    ('in response to a request by the Post', 'an attack by a gunman')."""
    s_end = ctx.sent_bounds[ctx.sent_of[verb]][1]
    for k in range(verb + 1, min(s_end, ctx.right[verb] + 1)):
        if ctx.lower[k] != "by" or ctx.quote_of[k] >= 0:
            continue
        head = ctx.head[k]
        if ctx.pos[head] in ("VERB", "AUX") and head != verb:
            coordinated = ctx.dep[head] == "conj" and ctx.head[head] == verb
            if not coordinated or any(ctx.punct[j] for j in range(verb + 1, head)):
                return -1
        if ctx.pos[head] == "NOUN" and ctx.lemma[head] in lexicons.load("cue_nouns"):
            return -1
        up = head
        while up != verb and ctx.head[up] != up:
            up = ctx.head[up]
        if up != verb:
            return -1
        pobj = ctx.child(k, {"pobj"})
        if pobj < 0 or ctx.ent[pobj] in _TIME_ENTS or ctx.ent[pobj] in ("PERCENT", "MONEY", "QUANTITY"):
            return -1
        # The labels reach only singular common nouns (a name speaks by the first test, a
        # plural by the second): a person or a body the tagger read as a word. A place's name
        # speaks as a proper noun; leaving GPE out, unlike context.SPEAKER_ENTITIES, refuses
        # only a place tagged on a common noun (how often train has one: not measured).
        speaks = ctx.pos[pobj] in ("PROPN", "PRON") or ctx.tag[pobj] in ("NNS", "NNPS") or ctx.ent[pobj] in ("PERSON", "ORG", "NORP")
        return pobj if speaks else -1
    return -1
