"""Speakers the parse did not attach to their verb as its subject: a name after the
verb read as its object ('"…," said Jane Doe'), a name before it read as an apposition, a
parenthesis or a participle, a noun phrase between a closing quotation and its verb, the
subject of a clause the parse cut before the verb, a modifier opening the sentence, the
subject after an opening participle or of the sentence's root (also for a participle the parse
hung on a verb of the quotation after it), the noun phrase right before the verb (or the
subject of its auxiliary), the subject of a verb the tagger read as a noun, the verb before a
quotation a participle after it was cut from, a name before a phrase set off by commas or
dashes, the object of a passive's 'by' hung on a word after the verb.
"""

from __future__ import annotations

from collections.abc import Callable

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import NOMINAL_POS, PRONOUN_WORDS, SPEAKER_ENTITIES, SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.sources.words import (
    _ADDRESSEE_CUES,
    _CLOSING_MARKS,
    _DASHES,
    _FINITE_TAGS,
    _SPEAKING_NOUN_LEXICONS,
    _TIME_ENTS,
    _document_family,
)


def _root_subject_before(ctx: DocContext, i: int) -> int:
    """'Band member Flea shared the news …, writing "…"' with the participle parsed as the
    subject of the quotation, 'Trump defended eminent domain, calling …' with 'Trump' as the
    root: a participle after a comma that the parse cut from its clause speaks for the
    subject of its sentence's root before it (or the root itself, when the parse made the
    speaker the root); else -1."""
    s_start = ctx.sent_bounds[ctx.sent_of[i]][0]
    root = i
    while ctx.head[root] != root:
        root = ctx.head[root]
    if root >= i or root < s_start or ctx.quote_of[root] >= 0:
        return -1
    subject = ctx.child(root, {"nsubj"})
    if subject >= 0:
        return subject if subject < i and ctx.pos[subject] in NOMINAL_POS and ctx.quote_of[subject] < 0 else -1
    if ctx.pos[root] in ("PROPN", "NOUN") and ctx.ent[root] not in _TIME_ENTS and ctx.left[root] == s_start:
        return root
    return -1


def _root_subject_outside_quotation(ctx: DocContext, i: int) -> int:
    """'The mayor seemed to be in no hurry to settle the strike, telling the crowd, "Some people
    get a little carried away"' with the participle hung on a verb of the quotation after it: the
    quotation's subject ('people') is part of what was said, so the participle speaks for the
    subject of its sentence's root, when neither stands inside quotation marks; else -1."""
    root = i
    while ctx.head[root] != root:
        root = ctx.head[root]
    if ctx.quote_of[root] >= 0 or ctx.sent_of[root] != ctx.sent_of[i]:
        return -1
    subject = ctx.child(root, {"nsubj"})
    return subject if subject >= 0 and ctx.pos[subject] in NOMINAL_POS and ctx.quote_of[subject] < 0 else -1


def _verb_before_quotation(ctx: DocContext, i: int) -> int:
    """'Giuliani trashed Comey on MSNBC’s “Morning Joe,” calling it a “no-brainer”', 'Rubio
    fired back: “If they sue us …, they’re going to lose,” referencing …': a participle right
    after a quotation closed on a comma, which the parse made the root of its sentence (cut
    from the clause the quotation ends), goes with the verb before the quotation's opening
    mark, in its sentence, with no other quotation between. That verb; else -1. The parse may
    also hang the participle on a word of the quotation ('… going to lose,” referencing'):
    the same. ('according to' names its own source.)"""
    if ctx.tag[i] != "VBG" or ctx.quote_of[i] >= 0 or i < 3 or ctx.lower[i] == "according":
        return -1
    if ctx.lower[i - 1] not in _CLOSING_MARKS or ctx.lower[i - 2] != "," or ctx.quote_of[i - 2] < 0:
        return -1
    quotation = ctx.quote_of[i - 2]
    if ctx.head[i] != i and ctx.quote_of[ctx.head[i]] != quotation:
        return -1
    first = ctx.stretch_tokens[quotation][0]
    for v in range(first - 1, max(-1, first - 1 - _VERB_BEFORE_QUOTATION), -1):
        if ctx.para_of[v] != ctx.para_of[i] or ctx.quote_of[v] >= 0 or ctx.lower[v] in (".", "!", "?"):
            return -1
        if ctx.pos[v] == "VERB":
            return v
    return -1


# How far (tokens) before a quotation's opening mark the verb it ends the clause of may be.
# Between them stand only the verb's own complements ('trashed Comey on MSNBC’s', 'told
# Newsmax that Mitt Romney': 3 to 6 tokens in every case on train); the walk stops first at a
# sentence end, a paragraph or another quotation, and the bound stops it where no full stop
# does (a run-on sentence, a list), before it reaches the verb of an earlier clause. Not
# after_quotation's _AFTER_WINDOW, also 12: that one reaches over the speaker's noun phrase
# after a quotation, this one over the verb's complements before it.
_VERB_BEFORE_QUOTATION = 12


def _modifier_as_subject(ctx: DocContext, verb: int) -> int:
    """'About 4 in 10 say …', 'Less than a third agreed …', 'Dems hope …', 'And Skelly called
    …': a verb the parse left without a subject, whose sentence opens with a word it hung
    on the verb as a modifier (a number, a measure, a compound, a capitalised adverb) right
    before it. That word (its noun phrase is the speaker); else -1. Times ('Friday said')
    and words inside quotation marks are no speakers."""
    if ctx.tag[verb] not in _FINITE_TAGS and not (ctx.tag[verb] == "VBN" and ctx.dep[verb] == "ROOT"):
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
    if ctx.tag[verb] not in _FINITE_TAGS or j < 1 or ctx.head[j] != verb or ctx.dep[j] != "compound":
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


# Words that stand for people as a verb's subject ('Many fear', 'Some view').
_QUANTIFIER_SUBJECTS = frozenset("many most some few several all both others".split())


def _subject_after_opening_participle(ctx: DocContext, i: int) -> int:
    """'Noting that the policy failed, Trump reminded Americans …' parsed with the participle
    as the root: a participle opening its sentence speaks for the first subject after the
    comma that closes its clause; else -1."""
    s_start, s_end = ctx.sent_bounds[ctx.sent_of[i]]
    if any(not ctx.punct[j] for j in range(s_start, i)):
        return -1
    comma = next((j for j in range(i + 1, s_end) if ctx.lower[j] == "," and ctx.quote_of[j] < 0), -1)
    if comma < 0:
        return -1
    return next((j for j in range(comma + 1, s_end) if ctx.dep[j] == "nsubj" and ctx.quote_of[j] < 0), -1)


def _subject_of_clause_before(ctx: DocContext, verb: int) -> int:
    """'Berg, meanwhile, who has no such endorsements, said …', 'One pilot, who like others
    spoke on the condition of anonymity, said …', 'Mayor Ana Ruiz, noting the crowd, said …':
    the parse made the words before the verb a clause of its own, whose subject opens the
    sentence, set off by a comma. That subject, when a comma closes the clause right before
    the verb; else -1 ('He also had a voice in it, said a spokesman': the clause is the content).
    A series of verbs (:func:`_verb_series`) needs no comma: 'He criticized her record said
    she …' lacks its 'and', and the clause before is no content there (on PolNeAR train's gold
    cues, 1 source gained, none lost)."""
    k = verb - 1
    while k >= 0 and (ctx.pos[k] in ("ADV", "AUX", "PART") or _time_word(ctx, k)) and verb - k <= 4:
        k -= 1
    closing = k >= 1 and ctx.lower[k] in _CLOSING_MARKS and ctx.quote_of[k] < 0
    if closing:
        k -= 1  # 'summed up the mayor as "reckless," denounced …': the comma inside the quotation
    comma = k >= 0 and ctx.lower[k] == "," and (ctx.quote_of[k] < 0 or closing)
    if k < 0 or (not comma and (closing or ctx.quote_of[k] >= 0 or ctx.punct[k])):
        return -1
    s_start = ctx.sent_bounds[ctx.sent_of[verb]][0]
    for c in ctx.children[verb]:
        if c > verb or ctx.dep[c] not in ("ccomp", "advcl", "parataxis") or ctx.quote_of[c] >= 0:
            continue
        # 'Ana Ruiz, whose 6-year-old son was hospitalized, said …': the name may be parsed as
        # the passive clause's subject
        subject = ctx.child(c, {"nsubj", "nsubjpass"})
        if subject < 0 or subject > c or ctx.pos[subject] not in NOMINAL_POS or ctx.quote_of[subject] >= 0:
            continue
        after = subject + 1
        if after < verb and ctx.lower[after] == "(":  # 'Mayor Ana Ruiz (D-Porto), noting …'
            after = next((j + 1 for j in range(after, verb) if ctx.lower[j] == ")"), verb)
        opens = all(ctx.punct[j] or ctx.pos[j] in ("CCONJ", "ADV") for j in range(s_start, ctx.left[subject]))
        if opens and ((comma and after < verb and ctx.lower[after] == ",") or _verb_series(ctx, c, verb)):
            return subject
    return -1


def _verb_series(ctx: DocContext, first: int, verb: int) -> bool:
    """'Ruiz summed up the mayor as "reckless," denounced her record and said …' parsed with
    the first verb of the series as a clause of the second: both verbs of the same tense, or
    both finite ('Ruiz offered him a job, then says …', 'she has promised …, opposed …': a
    series may shift tense; on PolNeAR train's gold cues, 2 sources gained, none lost), and
    the series goes on after ``verb`` (a verb coordinated with it, or its own clause) — unlike
    'The plan failed, said a spokesman', where the clause before is what is said."""
    if ctx.dep[first] != "ccomp" or not (ctx.tag[first] == ctx.tag[verb] or (_finite(ctx, first) and _finite(ctx, verb))):
        return False
    return any(c > verb and (ctx.dep[c] in ("ccomp", "xcomp") or (ctx.dep[c] == "conj" and ctx.pos[c] == "VERB")) for c in ctx.children[verb])


def _finite(ctx: DocContext, verb: int) -> bool:
    """Whether ``verb`` heads a finite clause: a finite tag, or a participle or base form
    with an auxiliary of its own ('has promised', 'will say')."""
    if ctx.tag[verb] in _FINITE_TAGS:
        return True
    return ctx.tag[verb] in ("VBN", "VB") and any(ctx.dep[c] == "aux" and c < verb for c in ctx.children[verb])


def _time_word(ctx: DocContext, k: int) -> bool:
    """Whether token ``k`` is a word of a time expression before a verb ('last week said',
    'on Tuesday announced'): a date or time entity, or its preposition."""
    if ctx.ent[k] in ("DATE", "TIME"):
        return True
    return ctx.lower[k] == "on" and k + 1 < ctx.n and ctx.ent[k + 1] == "DATE"


def _speaker_after_quotation(ctx: DocContext, verb: int) -> int:
    """'"…," Ramos, 58, told AFP' or '"…," an official, who was not authorized to speak,
    told Fox News' parsed without a subject: between a closing quotation and its finite verb,
    the head of the first noun phrase (its last noun) is the speaker; else -1."""
    s_start = ctx.sent_bounds[ctx.sent_of[verb]][0]
    j = verb - 1
    while j >= s_start and ctx.quote_of[j] < 0 and verb - j <= _SPEAKER_BEFORE_VERB:
        j -= 1
    if j < s_start or ctx.quote_of[j] < 0 or ctx.quote_of[verb] >= 0:
        return -1
    k = j + 1
    while k < verb and (ctx.punct[k] or ctx.pos[k] in ("DET", "ADJ", "NUM")):
        k += 1
    if k >= verb or ctx.pos[k] not in NOMINAL_POS or ctx.ent[k] in _TIME_ENTS:
        return -1
    while k + 1 < verb and ctx.pos[k + 1] in ("NOUN", "PROPN") and ctx.dep[k] == "compound":
        k += 1
    return k


# The most words a quoted name may have ('"mossbyte"', '"Big Jim" Walsh').
_QUOTED_NAME_TOKENS = 3


def _apposition_before(ctx: DocContext, verb: int) -> int:
    """'At Boca West, …, Jay DiPietro, the club's president, suggested …': a finite verb
    left without a subject because the parse hung the noun phrase right before it, set off
    by commas, as an apposition of an earlier word. The outermost apposition the words
    right before the verb belong to; else -1. The phrase may end in a word or two in quotation
    marks, a nickname or handle ('On the union's server, a designer who goes by the handle
    "mossbyte" wrote that …'), not in a quotation."""
    k = verb - 1
    while k >= 0 and (ctx.punct[k] or ctx.pos[k] in ("ADV", "AUX", "PART")) and verb - k <= 4:
        k -= 1
    if k < 0 or ctx.sent_of[k] != ctx.sent_of[verb]:
        return -1
    if ctx.quote_of[k] >= 0:
        first, last = ctx.stretch_tokens[ctx.quote_of[k]]
        if last - first > _QUOTED_NAME_TOKENS:
            return -1
    found = -1
    while ctx.head[k] != k and ctx.head[k] < verb:
        if ctx.dep[k] == "appos" and ctx.pos[k] in NOMINAL_POS and ctx.ent[k] not in _TIME_ENTS:
            found = k
            head = ctx.head[k]
            if ctx.dep[head] == "conj" or any(ctx.dep[c] == "conj" and head < c < k for c in ctx.children[head]):
                # 'with hosts Joe Burke and Ann Lee, the former governor, stated': one
                # description after two coordinated names is the verb's own subject.
                break
        k = ctx.head[k]
    return found


# Subordinators the parse may read as prepositions, taking the next clause's subject as their object.
_CLAUSE_OPENERS = frozenset("after before since until while as".split())


def _subject_read_as_object(ctx: DocContext, verb: int) -> int:
    """'… made the announcement after Chairman Ruiz earlier in the day touted progress': a
    finite verb without a subject right after 'after NP' (its own adverbs and phrases between)
    that the parse read as a preposition with its object. A finite verb cannot follow that
    phrase unless the noun is its subject, so the noun is; else -1. After 'as' only a name ('a
    woman later identified as Eva Lind, an activist, demanded'): 'as a delegate' is a role.
    Session 36, PolNeAR train: 2 sources gained, none lost (with any noun after 'as', 1 lost)."""
    if ctx.tag[verb] not in _FINITE_TAGS or ctx.dep[verb] not in ("advcl", "conj", "ccomp"):
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


def _name_read_as_object(ctx: DocContext, verb: int) -> int:
    """'Syria proved resistant to the Lee/Park calls for a new levy', 'Alongside Greenpeace
    calls for a ban, …', 'coupled with one Reeves filed earlier': a verb without a subject
    right after a name the parse made the object of any preposition before it (a plural noun
    such as 'calls' read as a verb, or a relative clause without 'that') is that name's. Only
    a present tense hung on the sentence as an adverbial clause, or a past tense hung on a
    noun; only a person's or a body's name (not 'a speech in Harlem focused on …', a place;
    not a day). The name; else -1."""
    present = ctx.tag[verb] in ("VBZ", "VBP") and ctx.dep[verb] == "advcl"
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
    finite = ctx.tag[conj] in _FINITE_TAGS
    while k > 0 and ctx.head[k] == conj and ctx.dep[k] in _OWN_MODIFIER_DEPS and conj - k <= 3:
        finite = finite or ctx.tag[k] in _FINITE_TAGS or ctx.tag[k] == "MD"
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
    if ctx.dep[k] == "dobj" and ctx.tag[head] in _FINITE_TAGS:
        return -1  # 'He criticized Clinton's record said …': another clause's object
    return k if ctx.dep[k] not in SUBJECT_DEPS else -1


def _name_before_parenthesis(ctx: DocContext, verb: int) -> int:
    """'Sen. Ana Ruiz (a Porto Democrat so young she is taken for an intern) says …': a finite
    verb left without a subject because the parse read the parenthesis as a clause; the name
    right before the parenthesis that closes right before the verb; else -1."""
    k = _before_verb(ctx, verb)
    if k < 1 or ctx.lower[k] != ")" or ctx.quote_of[k] >= 0:
        return -1
    j = k - 1
    while j >= 0 and ctx.lower[j] not in ("(", ")") and ctx.sent_of[j] == ctx.sent_of[verb]:
        j -= 1
    return _name_at(ctx, j - 1, verb) if j >= 1 and ctx.lower[j] == "(" else -1


def _name_before_participle(ctx: DocContext, verb: int) -> int:
    """'Sen. Ana Ruiz (D-Porto), noting the size of the crowd, said …': a finite verb left
    without a subject because the parse gave the name to the participle set off by commas
    right before the verb; the name before that participle (and before a parenthesis after
    the name); else -1."""
    k = _before_verb(ctx, verb)
    if k < 2 or ctx.lower[k] != "," or ctx.quote_of[k] >= 0:
        return -1
    j = k - 1
    while j > 0 and ctx.lower[j] not in (",", ";", *_DASHES) and ctx.sent_of[j] == ctx.sent_of[verb] and ctx.quote_of[j] < 0:
        j -= 1
    # ('asked' may be tagged a past tense, hung on the clause as a participle)
    participle = ctx.tag[j + 1] in ("VBG", "VBN") or (ctx.tag[j + 1] == "VBD" and ctx.dep[j + 1] in ("advcl", "acl"))
    if ctx.lower[j] != "," or not participle:
        return -1
    name = j - 1
    if ctx.lower[name] == ")":
        while name > 0 and ctx.lower[name] != "(" and j - name <= _PARENTHESIS_TOKENS:
            name -= 1
        name -= 1
    return _name_at(ctx, name, verb)


def _before_verb(ctx: DocContext, verb: int) -> int:
    """The token before ``verb``, adverbs, auxiliaries and particles aside ('has also said')."""
    k = verb - 1
    while k >= 0 and ctx.pos[k] in ("ADV", "AUX", "PART") and verb - k <= 3:
        k -= 1
    return k


def _name_at(ctx: DocContext, name: int, verb: int) -> int:
    """``name`` when it is a proper noun (a person's, a body's, a state's or untagged) of
    ``verb``'s sentence outside quotation marks, else -1 ('On Monday, Ohio, joined by nine other
    states, urged …', the parse hanging the state on the day as a place's apposition)."""
    if name < 0 or ctx.sent_of[name] != ctx.sent_of[verb] or ctx.quote_of[name] >= 0:
        return -1
    return name if ctx.pos[name] == "PROPN" and ctx.ent[name] in ("PERSON", "ORG", "GPE", "") else -1


# How many tokens a parenthesis after a name may hold ('(D-Ill.)', '(R-S.C.)').
_PARENTHESIS_TOKENS = 8


def _inverted_subject(ctx: DocContext, i: int) -> int:
    """'"Too late," wrote a retired teacher': the quotation parsed as the subject, the speaker as
    an object after the verb (any noun phrase, not only a name)."""
    return _after_verb(ctx, i, lambda c: ctx.pos[c] in NOMINAL_POS and ctx.ent[c] not in _TIME_ENTS)


def _after_verb(ctx: DocContext, i: int, accept: Callable[[int], bool]) -> int:
    """The first dependent of verb ``i`` after it, outside quotation marks, in a role a
    misparsed subject takes ('"…," said Jane Doe' with the name as an object), that ``accept`` takes."""
    # 'told AFP', 'told the Gazette': the object of a verb of telling is whom it addresses.
    addressed = _ADDRESSED_DEPS if ctx.lemma[i] in _ADDRESSEE_CUES else ()
    for c in ctx.children[i]:
        if c > i and ctx.dep[c] in _MISPARSED_SUBJECT_DEPS and ctx.dep[c] not in addressed and ctx.quote_of[c] < 0 and accept(c):
            return c
    return -1


_ADDRESSED_DEPS = ("dobj", "dative")


def _loose_subject(ctx: DocContext, i: int) -> int:
    """A source the parse did not attach: 'Said Ellis: …' (the verb parsed as a compound),
    or '…," said Jane Doe' with the name parsed as an object (never a date: 'said Monday')."""
    head = ctx.head[i]
    if ctx.dep[i] == "compound" and ctx.pos[head] in ("PROPN", "PRON"):
        return head
    found = _after_verb(
        ctx, i, lambda c: ctx.ent[c] in SPEAKER_ENTITIES or (ctx.pos[c] == "PROPN" and ctx.ent[c] not in _TIME_ENTS)
    )
    if found >= 0 and _inverted_position(ctx, i):
        return found
    # '…," harbour police Chief Ana Ruiz said Monday' parsed apart: the name right before the verb.
    j = _before_verb(ctx, i)
    if j >= 0 and ctx.quote_of[j] < 0 and ctx.sent_of[j] == ctx.sent_of[i] and (
        ctx.pos[j] == "PROPN" or (ctx.pos[j] == "PRON" and ctx.lower[j] in PRONOUN_WORDS)
    ):
        return _owner_of_of_phrase(ctx, j)
    return _name_after_quotation(ctx, i)


def _owner_of_of_phrase(ctx: DocContext, k: int) -> int:
    """'after the governor of the Bank of Wessex said …' parsed apart: the name an 'of' phrase
    ends on gives way to the noun the phrase belongs to (the governor speaks, not Wessex)."""
    while ctx.dep[k] == "pobj" and ctx.lower[ctx.head[k]] == "of" and ctx.pos[ctx.head[ctx.head[k]]] in ("NOUN", "PROPN"):
        k = ctx.head[ctx.head[k]]
    return k


def _inverted_position(ctx: DocContext, verb: int) -> bool:
    """Whether ``verb`` stands where a speaker may follow it: right after punctuation (a
    closing quotation, a comma, a colon: '…," said Jane Doe') or opening its sentence ('Said
    Ellis: …'). After a word of its clause ('Clinton, without naming him, also accused
    Sanders', 'most in both states supported Sanders') the name after it is its object."""
    s_start = ctx.sent_bounds[ctx.sent_of[verb]][0]
    return verb == s_start or ctx.punct[verb - 1]


# The possessive ending the parse splits off a noun ("the study's lead author").
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def _name_after_quotation(ctx: DocContext, i: int) -> int:
    """'"…," said David Brock, a Clinton confidant who heads …' with the name parsed as the
    subject of a later word: a name right after a verb that follows a closing quotation
    ('," said' / '" said'). The head of the name (the word it hangs from outside it is not
    a part of it); else -1."""
    j = i - 1
    while j >= 0 and ctx.punct[j] and ctx.quote_of[j] < 0 and i - j <= 3:
        j -= 1
    if j < 0 or ctx.quote_of[j] < 0 or ctx.quote_of[i] >= 0:
        return -1
    start = end = i + 1
    while end < ctx.n and _name_word(ctx, end):
        end += 1
    if end == start:
        if start < ctx.n and ctx.lower[start] in _PRONOUN_SPEAKERS and ctx.head[start] == i and ctx.quote_of[start] < 0:
            # '"…," tweeted another', '"…," read one': a pronoun parsed as the object.
            return start
        # '"…," said the woman, who …' parsed with 'woman' as the subject of a later verb; the
        # phrase runs on over a possessive ('says the study's lead author, a … who …': the
        # author speaks, not the study).
        if start >= ctx.n or ctx.pos[start] != "DET" or ctx.lower[start] not in ("the", "a", "an"):
            return -1
        end = start + 1
        while end < ctx.n and ctx.quote_of[end] < 0 and ctx.ent[end] not in _TIME_ENTS and (
            ctx.pos[end] in ("ADJ", "NOUN", "PROPN") or (ctx.lower[end] in _POSSESSIVE_MARKS and end > start + 1)
        ):
            end += 1
        return end - 1 if end - 1 > start and ctx.pos[end - 1] in ("NOUN", "PROPN") else -1
    if ctx.ent[start] not in ("PERSON", "ORG", ""):
        return -1
    person = _person_after_title(ctx, start, end)
    if person >= 0:
        return person
    return next((k for k in range(start, end) if not start <= ctx.head[k] < end), end - 1)


def _person_after_title(ctx: DocContext, start: int, end: int) -> int:
    """'," said Oversight ranking Democrat Elijah Cummings (D-Md.)': the name words after the
    verb (``start``..``end``) hold no person, and a title of a few words runs on to a name
    before the next punctuation (a person, or two proper nouns or more): the name's last
    word; else -1."""
    if any(ctx.ent[k] == "PERSON" for k in range(start, end)):
        return -1
    k, last_run = end, 0
    while k < min(ctx.n, start + _TITLE_BEFORE_NAME) and not ctx.punct[k] and ctx.quote_of[k] < 0:
        if ctx.pos[k] not in ("PROPN", "NOUN", "ADJ", "VERB") or ctx.tag[k] in _FINITE_TAGS or ctx.ent[k] in _TIME_ENTS:
            return -1
        last_run = last_run + 1 if ctx.pos[k] == "PROPN" else 0
        k += 1
    if last_run and (last_run >= 2 or ctx.ent[k - 1] == "PERSON") and (k >= ctx.n or ctx.punct[k]):
        return k - 1
    return -1


# How many words a title may run before the name after '," said' ('Oversight ranking Democrat').
_TITLE_BEFORE_NAME = 8


def _name_word(ctx: DocContext, k: int) -> bool:
    """Whether token ``k`` can be a word of a name written after '," said': a proper noun, or a
    capitalised word the tagger took for something else ('said Skelly' tagged an adverb)."""
    if ctx.quote_of[k] >= 0 or ctx.ent[k] in _TIME_ENTS:
        return False
    if ctx.pos[k] == "PROPN":
        return True
    word = ctx.text[ctx.idx[k] : ctx.idx[k] + ctx.length[k]]
    return word[:1].isupper() and word[1:].islower() and ctx.pos[k] in ("ADV", "ADJ", "NOUN", "X") and ctx.lower[k] not in _NOT_NAMES


# Pronouns that speak after '," said' ('tweeted another', 'wrote one', 'said many').
_PRONOUN_SPEAKERS = frozenset("another one others some many most several both".split())
# Capitalised adverbs that follow '," said' and are no name.
_NOT_NAMES = frozenset("today yesterday tonight now then here there however also".split())

# How far before its verb a speaker after a closing quotation may start ('"…," an official,
# who was not authorized to speak on the record, told …').
_SPEAKER_BEFORE_VERB = 30

# Roles the parser gives a speaker after its verb when it misses the inversion.
_MISPARSED_SUBJECT_DEPS = frozenset({"dobj", "attr", "npadvmod", "dep", "appos", "nsubj"})


def _subject_after_with(ctx: DocContext, i: int) -> int:
    """'The hearing closed with Rachel Lindqvist asking the minister whether …': in the absolute "with" + noun
    + participle, the noun is the participle's subject, though the parse hangs the participle on
    the verb before (whose subject is then taken). The noun right before participle ``i``, the
    object of a "with" governed by the same verb; else -1."""
    head = ctx.head[i]
    if ctx.tag[i] != "VBG" or head == i or i == 0:
        return -1
    for prep in ctx.children[head]:
        if ctx.dep[prep] == "prep" and ctx.lower[prep] == "with" and prep < i:
            noun = ctx.child(prep, {"pobj"})
            clause = ctx.verbs_before[i] > ctx.verbs_before[noun + 1]  # 'with an ad in which children play …, shouting'
            if noun >= 0 and ctx.right[noun] == i - 1 and not clause and ctx.pos[noun] in NOMINAL_POS and ctx.quote_of[noun] < 0:
                return noun
    return -1


# Prepositions whose object, named, is the subject of a participle right after it ('interviewed
# about Bishop Ramos calling …', 'tempers flared over Voss calling …', 'despite Voss saying …',
# 'the spectacle of Voss denouncing …'); "with" takes any noun (:func:`_subject_after_with`).
_GERUND_SUBJECT_PREPOSITIONS = frozenset({"about", "over", "despite", "without", "regarding", "against", "of"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _named_subject_before_participle(ctx: DocContext, i: int) -> int:
    """'Our reporter will be interviewed about Bishop Ramos calling the festival a sham', 'the
    spectacle of Mr. Voss denouncing the council': a participle right after the named object of
    a preposition (no comma between) has that name for its subject, though the parse hangs the
    participle on the verb or the noun the preposition belongs to (whose subject, or which, was
    then taken). The name (one person's or body's, or untagged; or him, her, them), the object
    of such a preposition whose phrase hangs below the participle's head ('flared at the meeting
    over Voss calling …'); else -1. Not a place ('spoke in Ohio calling for …': 'in' is no such
    preposition, nor is a place such a name), nor the object of 'of' after a noun that speaks
    itself ('a member of Congress calling for …'), nor a plural ('the share of Republicans
    saying …'). On PolNeAR train (session 47): 11 quotes changed, 6 better, 2 worse (a pronoun
    ranking's knock-on), 3 neither."""
    head = ctx.head[i]
    if ctx.tag[i] != "VBG" or head == i or i == 0 or ctx.quote_of[i] >= 0 or ctx.child(i, SUBJECT_DEPS) >= 0:
        return -1
    noun = i - 1  # the head of the phrase that ends right before the participle
    while ctx.head[noun] != noun and ctx.dep[noun] != "pobj" and ctx.right[ctx.head[noun]] == i - 1 and ctx.head[noun] < i:
        noun = ctx.head[noun]
    prep = ctx.head[noun]
    if ctx.dep[noun] != "pobj" or ctx.lower[prep] not in _GERUND_SUBJECT_PREPOSITIONS or ctx.quote_of[noun] >= 0:
        return -1
    # one named (a plural, 'the share of Republicans saying', 'a family of super PACs supporting',
    # is a group of whom some speak, not the party or a body)
    named = ctx.tag[noun] == "NNP" and ctx.ent[noun] in ("PERSON", "ORG", "NORP", "")
    if not (named or ctx.lower[noun] in _OBJECT_PRONOUNS) or not _hangs_above(ctx, head, prep):
        return -1
    owner = ctx.head[prep]
    if ctx.lower[prep] == "of" and any(
        ctx.lower[owner] in lexicons.load(name) or ctx.lemma[owner] in lexicons.load(name) for name in _SPEAKING_NOUN_LEXICONS
    ):
        return -1
    if ctx.lower[prep] != "of" and _document_owner(ctx, owner):
        return -1  # 'a complaint against Halvorsen Shipping alleging …': the complaint alleges
    return noun


def _document_owner(ctx: DocContext, owner: int) -> bool:
    """Whether the preposition's phrase belongs to a document ('a complaint against Halvorsen
    Shipping alleging …', 'a petition against Councillor Brandt warning …', 'a lawsuit filed
    last year against the council claiming …', through the participle that carries the phrase):
    the participle after the name then says what the document says, as a participle right after
    a document does ('a lawsuit alleging …'), and the named object is whom it is aimed at or about.
    Not 'of', which names who is shown: 'a video of Christie talking', 'a clip of McCain saying'
    (PolNeAR train: Christie and McCain speak)."""
    if ctx.tag[owner] == "VBN" and ctx.dep[owner] == "acl":
        owner = ctx.head[owner]  # 'a lawsuit filed … against'
    return ctx.pos[owner] == "NOUN" and _document_family(ctx, owner) is not None


def _hangs_above(ctx: DocContext, head: int, k: int) -> bool:
    """Whether ``head`` is ``k`` or an ancestor of it within a few steps (the participle hung on
    the verb or noun the preposition's phrase belongs to, not on another clause)."""
    for _ in range(4):
        if k == head:
            return True
        if ctx.head[k] == k:
            return False
        k = ctx.head[k]
    return k == head


def _name_before_set_off(ctx: DocContext, verb: int) -> int:
    """'Speaking in Porto, Ruiz, without naming him, also accused …', 'Mayor Berg - in a line
    aimed at the union - declared …', 'after Berg, asked about the contracts, had said …': a
    verb left without a subject because the parse hung the name before a phrase set off by
    commas or dashes on a word before it (as the apposition of an opening participle's place,
    the object of 'after'). The name (a person's, a body's or untagged; or he, she, they) right
    before the mark that opens the phrase, when the mark that closes it stands right before the
    verb (adverbs and auxiliaries aside) and the phrase holds no such mark and no quotation;
    else -1. Not a place ('at a rally in Braga, Portugal, did not mention': an address), nor a
    member of a list ('bands from Spain, Portugal, Morocco and Ireland, …'). On all PolNeAR
    train articles (session 30, with :func:`_agent_hung_below`), 12 quotes right, 2 wrong."""
    close = _before_verb(ctx, verb)
    if close < 2 or ctx.lower[close] not in (",", *_DASHES) or ctx.quote_of[close] >= 0:
        return -1
    marks = (",",) if ctx.lower[close] == "," else tuple(_DASHES)
    s_start = ctx.sent_bounds[ctx.sent_of[verb]][0]
    j = close - 1
    while j > s_start and ctx.lower[j] not in (",", ";", *_DASHES) and ctx.quote_of[j] < 0:
        j -= 1
    if j <= s_start or ctx.lower[j] not in marks or ctx.quote_of[j] >= 0 or j + 1 == close:
        return -1
    name = j - 1
    if ctx.pos[name] == "PRON":
        return name if ctx.lower[name] in ("he", "she", "they") else -1
    if ctx.pos[name] != "PROPN" or ctx.ent[name] not in ("PERSON", "ORG", "") or ctx.quote_of[name] >= 0:
        return -1
    first = ctx.left[name]  # the left edge of its subtree: the name or a word before it
    while first > s_start and ctx.pos[first - 1] == "PROPN":
        first -= 1  # the name's first word, when the parse split it
    if first > s_start and ctx.lower[first - 1] == "," and ctx.dep[name] == "conj":
        return -1  # a list's member
    return name


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
