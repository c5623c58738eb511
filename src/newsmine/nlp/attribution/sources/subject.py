"""The source token of a cue word: :func:`subject_of`, the grammar's pick
(:func:`~newsmine.nlp.attribution.sources.grammar._grammatical_subject`) checked and
corrected as a whole — cues whose subject does not speak ("It seems …", "Asked about …"),
a verb inverted after a comma ('…, said Geert Wilders'), an opening 'Adding, "…"' that
continues the speaker of the sentence before, a title in quotation marks, a
document named with its author, a dateline or a date parsed as the subject, a description
followed by a name in apposition.
"""

from __future__ import annotations

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import NOMINAL_POS, SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.sources.based_companies import _company_after_its_base
from newsmine.nlp.attribution.sources.clauses import _sibling_clause_subject
from newsmine.nlp.attribution.sources.grammar import _coordinated_subject, _grammatical_subject, _reporter_before
from newsmine.nlp.attribution.sources.inverted_speakers import _inverted_position, _inverted_subject, _loose_subject
from newsmine.nlp.attribution.sources.participle_speakers import (
    _subject_after_opening_participle,
    _verb_before_quotation,
)
from newsmine.nlp.attribution.sources.set_off_subjects import (
    _name_after_question,
    _name_before_parenthesis,
    _speaker_after_quotation,
)
from newsmine.nlp.attribution.sources.speaking_heads import inverted_by_who_speaks, unsure_inversion
from newsmine.nlp.attribution.sources.subordinate_subjects import subject_past_subordinate_clause
from newsmine.nlp.attribution.sources.words import (
    _ADDRESSEE_CUES,
    _DASHES,
    _FINITE_TAGS,
    _SPEAKING_NOUN_LEXICONS,
    _TIME_ENTS,
    _document_family,
)


def subject_of(ctx: DocContext, i: int) -> int:
    """The source of cue word ``i`` (token index, -1 if none); see :func:`_grammatical_subject`.

    A cue outside quotation marks never takes its source from inside them: '"… a total
    shambles," said Ines Duarte' can be parsed with 'shambles' as the subject.
    """
    if _speaks_for_nobody(ctx, i):
        return -1
    verb = _verb_before_quotation(ctx, i)
    if verb >= 0:
        return subject_of(ctx, verb)  # '… on MSNBC's “Morning Joe,” calling it …': the parse cut the participle off
    found = _before_an_aside(ctx, i, _grammatical_subject(ctx, i, outside=ctx.quote_of[i] < 0))
    found = subject_past_subordinate_clause(ctx, i, found)  # '… when the first round hit, said'
    found = _inverted_subject_after_lead_in(ctx, i, found)
    if found < i and not _set_off(ctx, found, i):
        inverted = _named_after_comma(ctx, i, found)
        found = inverted if inverted >= 0 else found
    elif found > i + 1:
        found = _name_before_its_clause(ctx, i, found)
    # 'according to "Salt and Steel"': a title in quotation marks, no quoted speech (:func:`_title_author`).
    if found >= 0 and ctx.quote_of[found] >= 0 and ctx.quote_of[i] < 0 and ctx.lower[i] != "according":
        if ctx.tag[i] == "VBG":
            # 'Emphasizing the urgency of the matter, Trump said, "…"': a participle has no
            # subject inverted after it; the noun after it is its object, not its speaker.
            found = _subject_after_opening_participle(ctx, i)
        else:
            found = _loose_subject(ctx, i)
            if found < 0 and _inverted_position(ctx, i):
                found = _inverted_subject(ctx, i)
        if found < 0 and ctx.tag[i] in _FINITE_TAGS:
            found = _speaker_after_quotation(ctx, i)
        if found < 0 and ctx.tag[i] in _FINITE_TAGS:
            # 'Rep. Ana Ruiz (D-Porto) said "fake maps, they've got no place …"': the verb
            # hung below the quotation's clause, the name before its parenthesis left out.
            found = _name_before_parenthesis(ctx, i)
        if found >= 0 and ctx.quote_of[found] >= 0:
            found = -1
        if found < 0 and ctx.dep[i] == "conj":
            # 'Ruiz backs "pay raises," opposes "pay freezes" and recalled …': a verb after 'and'
            # hung on a quoted word speaks for the subject of a verb before it, of any tense.
            found = _coordinated_subject(ctx, i, outside=True, any_tense=True)
    if found < 0 and ctx.quote_of[i] < 0:
        found = _name_after_question(ctx, i)  # 'Asked whether …, Karen Pruitt, the governor's wife, told'
    if found < 0 and ctx.quote_of[i] < 0:
        found = _reporter_before(ctx, i)
    if found >= 0 and ctx.pos[found] == "NOUN" and _document_family(ctx, found) is not None:
        found = _author_of(ctx, found)
    dash = dateline_dash(ctx, found) if found >= 0 else -1
    if dash >= 0:
        # 'LONDON (Reuters) - Ana Ruiz said', 'Lisbon (AFP) – …, saying': the dateline's place
        # or agency parsed as the subject; the speaker is the subject after the dash.
        found = _subject_after_dateline(ctx, dash, i)
    elif found >= 0 and ((ctx.ent[found] in _NOT_SPEAKER_ENTS and not _age_noun(ctx, found)) or _in_dateline(ctx, found)):
        found = _speaker_near(ctx, found, i)
    elif found >= 0 and (speaker := _opening_place_phrase(ctx, found)) >= 0:
        found = speaker  # 'Outside court, the victim's mother, …, said'
    elif found >= 0 and ctx.tag[i] == "VBG" and ctx.pos[found] == "NOUN" and (ctx.lemma[found] in _OCCASION_NOUNS or _speech_doing(ctx, found, i)):
        owner = ctx.child(found, {"poss"})
        if owner >= 0 and ctx.lemma[found] not in _OCCASION_NOUNS and ctx.pos[owner] in ("PROPN", "NOUN"):
            found = owner  # 'Ruiz's speech denouncing …': the words are their owner's
        else:
            found = _subject_before_participle(ctx, found, i)
    if found >= 0 and ctx.lower[found] == "it" and ctx.pos[ctx.head[found]] == "AUX":
        # 'It is important to note that …', 'it was not clear whether …': the subject of a
        # copula is a placeholder, nobody speaks (on PolNeAR train's gold cues, 37 such cues
        # have no source, 6 have one) — unless a participle speaks for a clause before it.
        return _sibling_clause_subject(ctx, i)
    if found >= 0 and ctx.tag[i] == "VBG" and ctx.pos[found] == "NOUN":
        found = _parenthetical_speaker(ctx, i, found)
    if found >= 0:
        found = _company_after_its_base(ctx, found)  # 'Raleigh, N.C.-based Salix … ended': the firm
    return _named_in_apposition(ctx, found) if found >= 0 else found


def _inverted_subject_after_lead_in(ctx: DocContext, i: int, found: int) -> int:
    """'Theatre: 'This is my last role,' says Wole Adeyemi': the parse gives the cue two
    subjects, the lead-in before the sentence's colon and the name inverted after the cue, and
    the first was taken (review46c: the section label "Theatre" credited). A lead-in before a
    colon is a punctuation attribution of its own (:mod:`..punctuation_candidates`), never the
    subject of a verb after a quotation; the cue's subject is the one after it. ``found`` when
    it is no lead-in (a word right before a colon that opens its sentence) or the cue has no
    other subject after it ('Trump: the wall, says nobody' keeps nothing new)."""
    if found < 0 or found >= i or found + 1 >= ctx.n or ctx.lower[found + 1] != ":":
        return found
    if ctx.left[found] != ctx.sent_bounds[ctx.sent_of[found]][0] or ctx.quote_of[i] >= 0:
        return found
    after = [c for c in ctx.children[i] if c > i and ctx.dep[c] in SUBJECT_DEPS and ctx.quote_of[c] < 0]
    return after[0] if after else found


def _parenthetical_speaker(ctx: DocContext, i: int, found: int) -> int:
    """'The attacks, she said, were "desperate," adding that …': the participle hangs on the
    clause the parenthetical cue reports, whose subject (a thing) speaks for nobody; the one
    who adds is the parenthetical cue's subject. ``found`` when the clause has no such cue, or
    when its subject is a noun that speaks: a document or a body or person named by a common
    noun ('The report, officials said, was released Monday, saying that …' is the report's)."""
    if ctx.dep[i] != "advcl" or ctx.head[i] == i or _speaking_noun(ctx, found):
        return found
    cues = lexicons.load("cues")
    for c in ctx.children[ctx.head[i]]:
        if ctx.dep[c] == "parataxis" and ctx.lemma[c] in cues and c < i and ctx.quote_of[c] < 0:
            speaker = ctx.child(c, SUBJECT_DEPS)
            if speaker >= 0 and ctx.quote_of[speaker] < 0:
                return speaker
    return found


def _speaking_noun(ctx: DocContext, j: int) -> bool:
    """Whether noun ``j`` names a document, a body or a person ('the report', 'the union',
    'aides'), by the word as written or its lemma."""
    if _document_family(ctx, j) is not None:
        return True
    return any(ctx.lower[j] in lexicons.load(name) or ctx.lemma[j] in lexicons.load(name) for name in _SPEAKING_NOUN_LEXICONS)


def _before_an_aside(ctx: DocContext, i: int, found: int) -> int:
    """'Mayor Grace Park — no relation to Ellen Park — said …': the parse may give the cue two
    subjects, the name and the aside set off by dashes (or a parenthesis) after it; the
    speaker is the subject before the aside, not the aside's noun ('relation')."""
    if found <= 0 or ctx.head[found] != i or ctx.pos[found] != "NOUN" or ctx.ent[found]:
        return found  # a name in the aside is the speaker named ('A former candidate -- John McCain -- said')
    if any(ctx.dep[c] == "nummod" for c in ctx.children[found]):
        return found  # '… – 28 members – can ask': the aside counts the subject, it is the subject
    opener = ctx.left[found] - 1
    if opener <= 0 or not _aside_opener(ctx, opener):
        # 'Opposition leader Mikkel Dahl - no relation to the prime minister - said': the
        # parse may hang the words before a spaced hyphen under the aside's noun
        opener = _opener_before(ctx, found)
        if opener < 0:
            return found
        before = []
    else:
        before = [c for c in ctx.children[i] if c < opener and ctx.dep[c] in SUBJECT_DEPS]
    if before:
        return before[-1]
    name = _name_before_aside(ctx, opener)
    closed = _aside_opener(ctx, i - 1) or ctx.lower[i - 1] == ")"
    return name if name >= 0 and closed and ctx.sent_of[name] == ctx.sent_of[i] else found


_ASIDE_OPENERS = frozenset({"—", "–", "--", "("})


def _aside_opener(ctx: DocContext, k: int) -> bool:
    """Whether token ``k`` opens (or closes) an aside: a dash, a parenthesis, or a hyphen
    with a space on both sides, as wire copy writes a dash ('Ben Whitcombe - no relation -
    said'); a hyphen inside a word ('K-12') is none."""
    if ctx.lower[k] in _ASIDE_OPENERS:
        return True
    if ctx.lower[k] != "-" or ctx.quote_of[k] >= 0:
        return False
    at = ctx.idx[k]
    return 0 < at < len(ctx.text) - 1 and ctx.text[at - 1].isspace() and ctx.text[at + 1].isspace()


def _opener_before(ctx: DocContext, noun: int) -> int:
    """The dash that opens the aside ``noun`` heads, read leftwards over its determiners and
    adjectives ('- no relation'); else -1."""
    k = noun - 1
    while k > 0 and ctx.pos[k] in ("DET", "ADJ") and ctx.quote_of[k] < 0:
        k -= 1
    return k if k > 0 and _aside_opener(ctx, k) else -1


def _name_before_aside(ctx: DocContext, opener: int) -> int:
    """The last word of a name right before an aside's opening mark ('Mikkel Dahl -'): a
    proper noun of a person, a body or no entity, outside quotation marks; else -1."""
    k = opener - 1
    if k < 0 or ctx.pos[k] != "PROPN" or ctx.ent[k] not in ("PERSON", "ORG", "") or ctx.quote_of[k] >= 0:
        return -1
    return k


def _named_after_comma(ctx: DocContext, i: int, subject: int = -1) -> int:
    """'The rejection of the treaty signals "the beginning of the end," said Geert Wilders,
    founder of …', 'The contrast, said Doyle and others, would be clear': a reporting verb
    right after a comma and right before a noun phrase that a punctuation mark closes is
    inverted, its speaker after it, though the parse may give it the clause before as
    subject (``subject``). The head of that noun phrase; else -1. Not a verb coordinated with
    another ('…, praised Trump, and left'), nor one whose object is whom it addresses ('…, told
    reporters.'), unless who can speak says it is inverted ('The plan will pass, predicted the
    mayor.', 'Prices will rise, warned Ana Ruiz.': :mod:`.speaking_heads`)."""
    if ctx.tag[i] not in _FINITE_TAGS or ctx.pos[i] != "VERB" or ctx.quote_of[i] >= 0:
        return -1
    unsure = unsure_inversion(ctx, i)
    if ctx.lemma[i] not in lexicons.load("cues") or (ctx.lemma[i] in _ADDRESSEE_CUES and ctx.lemma[i] != "ask" and not unsure):
        return -1
    if i == 0 or ctx.lower[i - 1] != "," or ctx.quote_of[i - 1] >= 0:
        return -1
    s_end = ctx.sent_bounds[ctx.sent_of[i]][1]
    end = i + 1
    while end < s_end and not ctx.punct[end] and ctx.quote_of[end] < 0 and ctx.ent[end] not in _TIME_ENTS and end - i <= _NAME_AFTER_VERB:
        if ctx.pos[end] not in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ") or ctx.lower[end] in ("that", "this"):
            return -1
        end += 1
    closed = end >= s_end or ctx.lower[end] in _PHRASE_CLOSERS or ctx.ent[end] in _TIME_ENTS or ctx.lower[end] in ("on", "in", "at")
    if end == i + 1 or not closed or ctx.quote_of[min(end, ctx.n - 1)] >= 0:
        return -1
    words = range(i + 1, end)
    heads = [k for k in words if ctx.pos[k] in ("NOUN", "PROPN") and not (i < ctx.head[k] < end)]
    if heads and unsure and not inverted_by_who_speaks(ctx, i, subject, heads[0]):
        return -1
    return heads[0] if heads else -1


def _name_before_its_clause(ctx: DocContext, i: int, found: int) -> int:
    """'"…," said Marco Bellini, who runs a fleet of twelve barges out of Ostburg.': the parse
    may read a plural noun of the relative clause ('barges') as the inverted cue's subject and
    the name as that noun's. A person's name right after a finite cue, closed by a comma before
    the parse's subject, is the speaker (its last word); else ``found``."""
    if ctx.tag[i] not in _FINITE_TAGS or ctx.quote_of[i] >= 0 or ctx.ent[i + 1] != "PERSON":
        return found
    end = i + 1
    while end < found and ctx.ent[end] == "PERSON":
        end += 1
    if end >= found or ctx.lower[end] != "," or ctx.quote_of[end - 1] >= 0:
        return found
    return end - 1


def _set_off(ctx: DocContext, subject: int, verb: int) -> bool:
    """Whether ``subject`` has words set off by a comma after it ('Mike Murphy, who ran a super
    PAC, said …', 'Cruz, leading in Iowa, questioned …'): then it is the verb's subject, the
    comma before the verb closes them. The parse may hang those words on the verb instead
    ('In a statement on Monday, Paris, still reeling from the strikes, announced new rules':
    the participle an adverbial clause of 'announced', the city an apposition of the day):
    :func:`_set_off_on_the_verb`."""
    if subject < 0:
        return False
    if any(c > subject and ctx.dep[c] in _SET_OFF_DEPS and ctx.left[c] > 0 and ctx.lower[ctx.left[c] - 1] == "," for c in ctx.children[subject]):
        return True
    return _set_off_on_the_verb(ctx, subject, verb)


def _set_off_on_the_verb(ctx: DocContext, subject: int, verb: int) -> bool:
    """Whether a phrase hung on ``verb`` stands between ``subject`` and it, opened by a comma
    right after the subject's phrase and closed by the comma right before the verb ('Paris,
    still reeling from the strikes, announced …'): that comma closes an aside, so the verb is
    not inverted and the noun phrase after it is its object, not its speaker ('…, said Geert
    Wilders.', 'The contrast, said Doyle, would …' have no words between the two commas)."""
    opening, closing = ctx.right[subject] + 1, verb - 1
    if not subject < opening < closing - 1 or ctx.lower[opening] != "," or ctx.lower[closing] != ",":
        return False
    if any(c > verb and ctx.dep[c] in SUBJECT_DEPS for c in ctx.children[verb]):
        return False  # 'The plan, in any case, said Ruiz, would fail': the parse reads the inversion itself
    between = range(opening + 1, closing)
    if any(ctx.quote_of[k] >= 0 or ctx.lower[k] in (",", ";") or ctx.dep[k] in SUBJECT_DEPS for k in between):
        return False  # a clause with a subject of its own may be what the inverted verb reports
    # The phrase's own heads (its words whose head lies outside it) hang on the verb or on a
    # word before the subject (the opening phrase the parse ran it into: 'In a statement on
    # Monday, …'); one on a word after the verb is part of the clause the verb is set inside
    # ('The plan, in any case, said Ruiz, would fail').
    return all(ctx.head[k] <= verb for k in between if not opening < ctx.head[k] < closing)


# How many words the speaker's noun phrase after an inverted verb may have ('said Geert Wilders').
_NAME_AFTER_VERB = 8
_PHRASE_CLOSERS = frozenset({",", ".", ";", ":", "!", "?", ")", "—", "–", "--"})
_SET_OFF_DEPS = frozenset({"relcl", "appos", "acl", "advcl", "amod", "prep", "npadvmod"})


def _named_in_apposition(ctx: DocContext, source: int) -> int:
    """'One of the pilots, Ana Ruiz, 41, said': a description followed by a person's name in
    apposition, set off by a comma, speaks as that name (PolNeAR marks the name: on train's
    gold cues whose grammar's source has a name in apposition, the name alone is right 10
    times, the description alone 2, and 140 Sources span both). Else ``source``."""
    if ctx.pos[source] in ("PROPN", "PRON"):
        return source
    for c in ctx.children[source]:
        named = ctx.pos[c] == "PROPN" and ctx.ent[c] in ("PERSON", "")  # the small model misses some names
        if c > source and ctx.dep[c] == "appos" and named and ctx.quote_of[c] < 0:
            before = ctx.left[c] - 1
            return c if before > source and ctx.lower[before] == "," else source
        if c > source and ctx.dep[c] == "appos" and ctx.pos[c] == "NOUN":
            name = _person_before_dash_aside(ctx, source, c)
            if name >= 0:
                return name
    return source


def _person_before_dash_aside(ctx: DocContext, source: int, aside: int) -> int:
    """'The striker's former coach at Porto Azul, Rui Marquez - no relation - said': the parse
    may make the aside after a spaced hyphen the description's apposition and hang the name
    before it elsewhere. The person's name between a comma after ``source`` and the aside's
    opening mark; else -1."""
    opener = _opener_before(ctx, aside)
    # a long dash is parsed well ('Rui Marquez — no relation —' is the apposition already)
    name = _name_before_aside(ctx, opener) if opener > source and ctx.lower[opener] == "-" else -1
    if name < 0 or ctx.ent[name] != "PERSON":
        return -1
    first = name
    while first - 1 > source and ctx.pos[first - 1] == "PROPN" and ctx.ent[first - 1] == "PERSON":
        first -= 1
    return name if first - 1 > source and ctx.lower[first - 1] == "," else -1


# Prepositions of place the parser reads as adjectives before a bare noun ("Outside court").
_PLACE_PREPOSITIONS = frozenset({"outside", "inside"})
# Adverbs of place and time that open a sentence before its subject ("Backstage, one model, …").
_OPENING_ADVERBS = frozenset({
    "backstage", "offstage", "afterward", "afterwards", "later", "earlier", "meanwhile", "nearby", "downstairs",
    "upstairs", "overseas", "abroad", "outside", "inside", "today", "yesterday", "tonight",
})  # fmt: skip


def _opening_place_phrase(ctx: DocContext, subject: int) -> int:
    """'Outside court, the victim's mother, Grace Adeyemi, said …': a sentence opening with a
    preposition of place before a bare singular noun, read as an adjective, makes the place
    the subject, and the speaker after the comma its apposition (or conjunct). The speaker is
    the noun phrase after the comma (then its name, :func:`_named_in_apposition`); else -1.
    With a determiner ('Outside the courthouse, …') the parse reads a preposition and finds
    the speaker itself. So does a lone word that names nobody, before its comma ('Backstage,
    one model, who …, said'), and a participle read as the subject's adjective ('Opening Prime
    Minister's Questions, the Leader of the Opposition, …')."""
    first = ctx.left[subject]
    # 'Backstage, one model, …, said': a lone opening word that names nobody (an adverb of
    # place or time, which the small parser tags a name or an interjection) taken for the subject.
    lone_word = first == subject and (ctx.pos[subject] not in NOMINAL_POS or ctx.lower[subject] in _OPENING_ADVERBS)
    placed = ctx.tag[subject] == "NN" and first == subject - 1 and ctx.dep[first] == "amod" and ctx.lower[first] in _PLACE_PREPOSITIONS
    # 'Opening Prime Minister's Questions, the Leader of the Opposition, …, accused': a
    # participle opening the sentence, read as an adjective of the name it takes as object (not
    # of a person's name: 'Leading Democrat Ann Cole, a senator, said' is Cole's)
    opening = first < subject and ctx.tag[first] == "VBG" and ctx.dep[first] in ("amod", "compound") and ctx.ent[subject] != "PERSON"
    if not (lone_word or placed or opening):
        return -1
    if first != ctx.sent_bounds[ctx.sent_of[subject]][0] or subject + 1 >= ctx.n or ctx.lower[subject + 1] != ",":
        return -1
    after = [c for c in ctx.children[subject] if ctx.dep[c] in ("appos", "conj") and ctx.left[c] == subject + 2]
    return after[0] if after and ctx.quote_of[after[0]] < 0 else -1


def _speaks_for_nobody(ctx: DocContext, i: int) -> bool:
    """Cues whose grammatical subject is not a source: 'It seems Trump will …', 'The plan
    appears to …' (the subject is what the impression is about) and a participle with no
    subject of its own ('Asked about the rally, Ruiz said …': Ruiz was asked; 'known as',
    'expected to'). On PolNeAR train's first 80 %, 231 such gold cues have no source, 49 one."""
    lemma = ctx.lemma[i]
    if lemma in _IMPRESSION_VERBS and ctx.pos[i] == "VERB":
        return True
    # 'Asked whether …, Devine replied' opens its sentence even when tagged a past tense.
    # 'Expecting thousands …, Burke said': an active participle's subject speaks.
    no_source = lemma in _PARTICIPLE_WITHOUT_SOURCE and (ctx.tag[i] == "VBN" or _opens_sentence(ctx, i)) and ctx.tag[i] != "VBG"
    # 'a website called "Cape Breton If …"', 'the spot, titled "Dangerous"': the name is the
    # thing's own, nobody says it.
    no_source = no_source or (lemma in _NAMING_PARTICIPLES and _names_its_noun(ctx, i))
    # Either speaks when it has a subject or an agent of its own ('called "…" by critics').
    return (no_source and not any(ctx.dep[c] in SUBJECT_DEPS or ctx.dep[c] == "agent" for c in ctx.children[i])) or asked_aside(ctx, i)


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
_PARTICIPLE_WITHOUT_SOURCE = frozenset({"ask", "press", "know", "expect"})
# Participles that give a thing its name ('a group called "…"').
_NAMING_PARTICIPLES = frozenset({"call", "title", "entitle", "name", "dub", "nickname", "label", "brand"})


def _age_noun(ctx: DocContext, j: int) -> bool:
    """Whether token ``j`` ends an age used as a noun ('said the 46-year-old', 'a
    19-year-old told'), which the recogniser labels a date."""
    return ctx.lower[j] in ("old", "olds") and j >= 2 and ctx.lower[j - 1] == "-" and ctx.lower[j - 2] in ("year", "years")


def _in_dateline(ctx: DocContext, j: int) -> bool:
    """Whether token ``j`` is a dateline place in capitals before a dash ('GENEVA — …',
    'PORTLAND, Ore. - …'), which the recogniser does not always label a place."""
    if not (ctx.text[ctx.idx[j] : ctx.idx[j] + ctx.length[j]].isupper() and ctx.length[j] > 1):
        return False
    for k in range(j + 1, min(ctx.n, j + 5)):
        if ctx.lower[k] in _DASHES:
            return True
        if not ctx.punct[k] and ctx.pos[k] != "PROPN":
            return False
    return False


# Participles of those who saw or got hold of a document, not of who wrote it: 'a memo seen
# by Reuters', 'an email obtained by the Ledger', 'records reviewed by the Times'.
_WITNESS_PARTICIPLES = frozenset({"see", "obtain", "review", "read", "receive", "view", "examine", "inspect", "acquire", "access"})


def _author_of(ctx: DocContext, document: int) -> int:
    """'according to a tally by the Associated Press', 'a report from Bloomberg': the named
    author of a document that speaks, else the document (on PolNeAR train's first 80 %, of
    the gold Sources of such phrases 5 are the author alone, none the document alone; the
    others span both). Words spoken take their speaker after 'by' only: 'her speech from
    Harbour Tower' is where she spoke."""
    spoken = _document_family(ctx, document) == "speech"
    for c in ctx.children[document]:
        if ctx.dep[c] == "prep" and (ctx.lower[c] == "by" or (ctx.lower[c] == "from" and not spoken)) and c > document:
            pobj = ctx.child(c, {"pobj"})
            if pobj >= 0 and (ctx.pos[pobj] == "PROPN" or ctx.ent[pobj] in ("PERSON", "ORG")) and ctx.quote_of[pobj] < 0:
                return pobj
        if ctx.dep[c] == "acl" and ctx.tag[c] == "VBN" and c > document and ctx.lemma[c] not in _WITNESS_PARTICIPLES:
            # 'according to a court document filed by the state attorney', 'audio provided by
            # the station': the agent of the participle is the author.
            agent = ctx.child(c, {"agent"})
            pobj = ctx.child(agent, {"pobj"}) if agent >= 0 else -1
            if pobj >= 0 and ctx.pos[pobj] in NOMINAL_POS and ctx.quote_of[pobj] < 0:
                return pobj
    return document


def dateline_dash(ctx: DocContext, j: int) -> int:
    """The dash closing the dateline token ``j`` belongs to, else -1. A dateline opens its
    paragraph with names, numbers and punctuation only up to a dash within
    _DATELINE_TOKENS tokens, and says it is one by a place in capitals ('WASHINGTON —',
    'BUENA PARK, Calif. -'), an agency in parentheses ('Lisbon (AFP) –'), a date
    ('PORTO, May 3 (UPI) —') or a time (a live blog's entry, '6:40 a.m. —'): 'Ana Ruiz — the
    mayor — said' is no dateline. A press release's wire service between slashes ('DOVER,
    England, 9 April 2025 /PRNewswire/ --') is one token the parse tags punctuation but spaCy
    does not count as such: it marks the dateline as an agency in parentheses does (else its
    place was the speaker of the release's "announced")."""
    p_start, p_end = ctx.para_token_bounds[ctx.para_of[j]]
    if j - p_start > _DATELINE_TOKENS:
        return -1
    first = ctx.text[ctx.idx[p_start] : ctx.idx[p_start] + ctx.length[p_start]]
    marked = first.isupper() and len(first) > 1
    for k in range(p_start, min(p_end - 1, p_start + _DATELINE_TOKENS + 1)):
        if ctx.lower[k] in _DASHES and k > p_start:
            if k <= j or not (marked or ctx.lower[k - 1] == ")"):
                return -1
            return k
        if ctx.ent[k] in ("DATE", "TIME") or _wire_between_slashes(ctx.lower[k]):
            marked = True
        elif not (ctx.punct[k] or ctx.pos[k] in ("PROPN", "NUM") or _in_capitals(ctx, k)):
            return -1  # a place in capitals the tagger took for a common noun ('GLENWOOD —') is a name
    return -1


def _in_capitals(ctx: DocContext, k: int) -> bool:
    """A noun in capitals in one of the article's first paragraphs (headline, byline, the
    story's opening): a dateline's place the tagger took for a common noun. Not a headline's
    verb in capitals ('UN: PEACEKEEPERS PAYING 13-YEAR-OLDS …'), nor a subheading in capitals
    further down ('MEDICAL CLAIMS — …'), which no dateline is."""
    if ctx.para_of[k] > _DATELINE_PARAGRAPHS or ctx.pos[k] not in ("NOUN", "ADJ"):
        return False
    word = ctx.text[ctx.idx[k] : ctx.idx[k] + ctx.length[k]]
    return len(word) > 1 and word.isupper()


# The paragraphs a dateline may open (0 is the headline): after a byline and a date line at most.
_DATELINE_PARAGRAPHS = 3


def _wire_between_slashes(word: str) -> bool:
    """'/prnewswire/', '/cnw/': a wire service named between slashes, one token."""
    return len(word) > 2 and word[0] == word[-1] == "/" and word[1:-1].replace("-", "").isalnum()


def _subject_after_dateline(ctx: DocContext, dash: int, i: int) -> int:
    """The speaker after a dateline's dash for cue word ``i``: the subject of the cue or of a
    verb it hangs from between the dash and the cue ('WASHINGTON (AP) — Donald Trump and
    Paul Ryan pledged …'; not that of a relative clause on the way), else the first subject
    there, else the first noun-phrase head; else -1. Those two only before the first verb the
    cue hangs from: 'SYDNEY — The mayor of Cumberland, Harjit Singh, says the council was
    "blindsided" …, and has vowed to fight it' is the mayor's vow, not the council's."""
    span = range(dash + 1, i) if i > dash else range(0)
    subjects = [k for k in span if ctx.dep[k] in SUBJECT_DEPS and ctx.pos[k] in NOMINAL_POS]
    above = _ancestors(ctx, i)
    found = next((k for k in subjects if ctx.head[k] in above), -1)
    if found < 0:
        before = min((k for k in above if dash < k), default=i)
        found = next((k for k in subjects if k < before), -1)
        if found < 0:
            found = next((k for k in range(dash + 1, before) if ctx.pos[k] in NOMINAL_POS and ctx.dep[k] not in ("compound", "poss", "det")), -1)
    return found if found < 0 or ctx.quote_of[found] < 0 else -1


def _ancestors(ctx: DocContext, i: int) -> set[int]:
    """Token ``i`` and the tokens it hangs from, up to its sentence's root."""
    found = {i}
    while ctx.head[i] != i and ctx.head[i] not in found:
        i = ctx.head[i]
        found.add(i)
    return found


def _subject_before_participle(ctx: DocContext, occasion: int, i: int) -> int:
    """'The first incident came during a speech, when protesters interrupted her, shouting
    "…"', 'He sent out an email as the meeting began, vowing to …': a participle the parse
    gave an occasion for subject (an incident, a meeting, a vote, 'at one point') speaks for
    the nearest other subject before it in its sentence, outside quotation marks; with none,
    the occasion stays."""
    start = ctx.sent_bounds[ctx.sent_of[i]][0]
    for j in range(i - 1, start - 1, -1):
        if (
            j != occasion
            and ctx.dep[j] in SUBJECT_DEPS
            and ctx.pos[j] in NOMINAL_POS
            and ctx.quote_of[j] < 0
            and ctx.lower[j] not in ("it", "there")
            and ctx.lemma[j] not in _OCCASION_NOUNS
        ):
            return j
    return occasion


def _speech_doing(ctx: DocContext, speech: int, i: int) -> bool:
    """'… comments Ruiz made during a speech attacking the mayor', 'he spent much of his speech
    praising her': a participle hung on a word of spoken words (a speech, remarks, an
    interview: lexicons/document_nouns.txt's speech family) tells what the speaker did in
    them; words spoken do not act of themselves, as a written statement or an ad is said to.
    On PolNeAR train's gold cues, 3 sources gained, none lost."""
    return ctx.head[i] == speech and ctx.dep[i] == "acl" and _document_family(ctx, speech) == "speech"


def _speaker_near(ctx: DocContext, subject: int, i: int) -> int:
    """A dateline or a date parsed as the subject ('GENEVA — UN chief António Guterres on
    Friday urged'): the person or organisation in apposition; for a date, else the nearest
    one before the cue in its sentence. A place with no such apposition stays: it may speak
    ('Russia said')."""
    for c in ctx.children[subject]:
        if ctx.dep[c] == "appos" and ctx.ent[c] in ("PERSON", "ORG"):
            return c
        if ctx.dep[c] == "compound" and c < subject and ctx.ent[c] in ("PERSON", "ORG") and ctx.ent[subject] in _TIME_ENTS:
            # 'Broaddrick Sunday night recounted': the name glued before the date as its compound.
            return c
    if ctx.ent[subject] in ("GPE", "LOC"):
        return subject
    start = ctx.sent_bounds[ctx.sent_of[i]][0]
    for j in range(i - 1, start - 1, -1):
        if ctx.ent[j] in ("PERSON", "ORG") and ctx.quote_of[j] < 0 and ctx.dep[j] != "compound":
            return j
    return -1


# How many tokens a dateline runs before its dash ('CAMBRIDGE, Mass., Dec. 11 (UPI) —').
_DATELINE_TOKENS = 12

# Entities that never speak themselves but the parser sometimes makes subjects.
_NOT_SPEAKER_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC"})
# Nouns of occasions and moments, which never speak: a participle given one of them as
# subject speaks for another subject of its sentence (:func:`_subject_before_participle`).
_OCCASION_NOUNS = frozenset(
    "incident episode fracas meeting rally event session vote caucus point moment conversation run-up visit ceremony gathering".split()
)
