"""A verb's subject before it, cut off by what stands between: speakers the parse did not
attach to their verb because of a phrase set off in the middle.

The words between may be a clause of the subject's own ('Berg, meanwhile, who has no such
endorsements, said …'), an apposition ('Jay DiPietro, the club's president, suggested …'), a
parenthesis ('Sen. Ana Ruiz (a Porto Democrat …) says'), a participle ('Mayor Ana Ruiz,
noting the crowd, said'), a phrase set off by commas or dashes ('Ruiz, without naming him,
also accused …'), or, after a closing quotation, the speaker's age or relative clause ('"…,"
Ramos, 58, told AFP'). The parse hangs the subject on a word before the phrase, or makes the
phrase a clause, and leaves the verb without a subject. :func:`_before_verb` (the token before
a verb, its adverbs aside) is shared with the other rules for misparsed subjects.
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import CLAUSAL_COMPLEMENT_DEPS, FINITE_VERB_TAGS, NOMINAL_POS, DocContext
from newsmine.nlp.attribution.sources.asked_asides import conjunct_of_no_list, opening_question, person_word_opening
from newsmine.nlp.attribution.sources.words import _CLOSING_MARKS, _DASHES, _TIME_ENTS


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
        if _opens_relative_clause(ctx, subject):
            continue  # 'Jolly, whose rival, Charlie Crist, leads the polls, was hoping': the relative clause's own (review60a)
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
    return any(c > verb and (ctx.dep[c] in CLAUSAL_COMPLEMENT_DEPS or (ctx.dep[c] == "conj" and ctx.pos[c] == "VERB")) for c in ctx.children[verb])


def _finite(ctx: DocContext, verb: int) -> bool:
    """Whether ``verb`` heads a finite clause: a finite tag, or a participle or base form
    with an auxiliary of its own ('has promised', 'will say')."""
    if ctx.tag[verb] in FINITE_VERB_TAGS:
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
        if ctx.dep[k] == "relcl" and ctx.quote_of[k] < 0 and not (found >= 0 and ctx.lemma[ctx.head[found]] in _NAME_NOUNS):
            # the appositions below are inside a relative clause set off before the verb ('Jolly,
            # who faces Ruiz's deputy, Tom Hale, doesn't see …'): its words, not the verb's subject;
            # not a quoted clause the parse hung the speaker on ('“All is not fine,” Ruiz, a top
            # adviser, said'), nor the name the clause gives ('a co-worker who gave only his first
            # name, Dwayne, said'); nor a participle in the content the parse hung the speaker on
            # ('The river burst its banks, cutting the road, the governor, Ann Lee, told reporters',
            # 'Berg will veto a bill approving the pipeline, his aide, Jo Ruiz, said') (review60a)
            found = -1
        if ctx.dep[k] == "appos" and ctx.pos[k] in NOMINAL_POS and ctx.ent[k] not in _TIME_ENTS and not _address_part(ctx, k):
            found = k
            head = ctx.head[k]
            if ctx.dep[head] == "conj" or any(ctx.dep[c] == "conj" and head < c < k for c in ctx.children[head]):
                # 'with hosts Joe Burke and Ann Lee, the former governor, stated': one
                # description after two coordinated names is the verb's own subject.
                break
        k = ctx.head[k]
    return found


# Nouns whose apposition is a name ('gave his first name, Dwayne', 'goes by the handle "mossbyte"'):
# inside a relative clause, the name of the clause's own subject.
_NAME_NOUNS = frozenset({"name", "nickname", "surname", "handle", "alias", "pseudonym"})


def _address_part(ctx: DocContext, k: int) -> bool:
    """Whether word ``k`` opens or ends a place set in apposition to a place, the second part of
    an address ('in Charleston, West Virginia,'): no subject set off before a verb."""
    phrase = ctx.head[k] if ctx.dep[k] == "compound" else k
    head = ctx.head[phrase]
    return ctx.dep[phrase] == "appos" and ctx.ent[phrase] in _PLACE_ENTS and ctx.ent[head] in _PLACE_ENTS and head < phrase


# Entity labels of places, whose apposition is an address ('Charleston, West Virginia').
_PLACE_ENTS = frozenset({"GPE", "LOC"})


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
        if ctx.lower[j] == "," and _address_part(ctx, j + 1):
            j -= 1  # 'Trump, speaking at a rally in Charleston, West Virginia, did not …': an address's comma
    # ('asked' may be tagged a past tense, hung on the clause as a participle)
    participle = ctx.tag[j + 1] in ("VBG", "VBN") or (ctx.tag[j + 1] == "VBD" and ctx.dep[j + 1] in ("advcl", "acl"))
    if ctx.lower[j] != "," or not participle:
        return -1
    name = j - 1
    if ctx.lower[name] == ")":
        while name > 0 and ctx.lower[name] != "(" and j - name <= _PARENTHESIS_TOKENS:
            name -= 1
        name -= 1
    found = _name_at(ctx, name, verb)
    # 'Tolliver, asked on Sunday whether …, said': the surname tagged an adverb (probe51)
    return found if found >= 0 or ctx.lower[j + 1] not in _QUESTION_PARTICIPLES else person_word_opening(ctx, name, verb)


# Participles that put a question to the speaker set off after the name ('Tolliver, asked …,').
_QUESTION_PARTICIPLES = frozenset({"asked", "pressed", "questioned"})


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


# How far before its verb a speaker after a closing quotation may start ('"…," an official,
# who was not authorized to speak on the record, told …').
_SPEAKER_BEFORE_VERB = 30


def _name_on_a_day(ctx: DocContext, name: int) -> bool:
    """Whether ``name``, a one-word name the recogniser took for a place, is the apposition the
    parse hung on a day or time ('In a statement on Monday, Reardon, now retired, called …'): a
    place set off after a place is its address ('in Braga, Portugal,'), one after a day is no
    address but the sentence's subject (parse49; probe49's obituary)."""
    head = ctx.head[name]
    return ctx.ent[name] == "GPE" and ctx.dep[name] == "appos" and ctx.ent[head] in ("DATE", "TIME") and ctx.left[name] == name


def _name_before_set_off(ctx: DocContext, verb: int) -> int:
    """'Speaking in Porto, Ruiz, without naming him, also accused …', 'Mayor Berg - in a line
    aimed at the union - declared …', 'after Berg, asked about the contracts, had said …': a
    verb left without a subject because the parse hung the name before a phrase set off by
    commas or dashes on a word before it (as the apposition of an opening participle's place,
    the object of 'after'). The name (a person's, a body's or untagged; or he, she, they) right
    before the mark that opens the phrase, when the mark that closes it stands right before the
    verb (adverbs and auxiliaries aside) and the phrase holds no such mark and no quotation;
    else -1. Not a place ('at a rally in Braga, Portugal, did not mention': an address; but a one-word
    name hung on a day is none: :func:`_name_on_a_day`), nor a
    member of a list ('bands from Spain, Portugal, Morocco and Ireland, …'). On all PolNeAR
    train articles (session 30, with :func:`~.misparsed._agent_hung_below`), 12 quotes right, 2 wrong."""
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
    if _address_part(ctx, j + 1):
        return -1  # 'Jolly, who represents Clearwater, Florida, doesn't see': an address's second place (review60a)
    name = j - 1
    if ctx.pos[name] == "PRON":
        return name if ctx.lower[name] in ("he", "she", "they") else -1
    if ctx.pos[name] != "PROPN" or ctx.ent[name] not in ("PERSON", "ORG", "") and not _name_on_a_day(ctx, name):
        return -1
    if ctx.quote_of[name] >= 0 or _in_relative_clause(ctx, name, verb):
        return -1
    first = ctx.left[name]  # the left edge of its subtree: the name or a word before it
    while first > s_start and ctx.pos[first - 1] == "PROPN":
        first -= 1  # the name's first word, when the parse split it
    if first > s_start and ctx.lower[first - 1] == "," and ctx.dep[name] == "conj" and not conjunct_of_no_list(ctx, name):
        return -1  # a list's member
    return name


def _in_relative_clause(ctx: DocContext, k: int, verb: int) -> bool:
    """Whether word ``k`` lies in a relative clause set off before ``verb`` ('Jolly, who was
    endorsed by the Tampa Bay Times, the state's largest paper, doesn't see …', 'Jolly, whose
    rival, Charlie Crist, leads the polls, was hoping …'): a word of the clause, not the verb's
    subject (review60a)."""
    while ctx.head[k] != k and ctx.head[k] < verb:
        if _opens_relative_clause(ctx, k):
            return True
        k = ctx.head[k]
    return False


def _opens_relative_clause(ctx: DocContext, k: int) -> bool:
    """Whether word ``k`` heads a relative clause, or is the noun its 'whose' opens it with ('whose
    rival'), however the parse hung the clause."""
    return ctx.dep[k] == "relcl" or any(ctx.tag[c] == "WP$" for c in ctx.children[k])


def _name_after_question(ctx: DocContext, verb: int) -> int:
    """'Asked whether she would campaign with Harrow, Karen Pruitt, the governor's wife, told
    WTHR …': a verb the parse hung on the opening 'Asked' (:func:`.asked_asides.opening_question`)
    speaks for the name set off right before it (:func:`_name_before_set_off`); else -1."""
    return _name_before_set_off(ctx, verb) if ctx.tag[verb] in FINITE_VERB_TAGS and opening_question(ctx, verb) else -1
