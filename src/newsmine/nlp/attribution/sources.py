"""The source: who a cue word reports, as the grammar gives it.

:func:`subject_of` finds the source token of a cue word (its subject, the agent of a
passive, the object of "according to", the owner of a noun cue, inherited through
"…, adding that", the name after the verb when the parse inverted it, …), and says none
for cues whose subject does not speak ("It seems …", "Asked about …"). :func:`noun_phrase`
turns the token into the speaker as written; :func:`addressee_of` finds whom a cue
addresses ("told Reuters"). Resolving the speaker to an entity is
:mod:`newsmine.nlp.speakers`' work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import NOMINAL_POS, PRONOUN_WORDS, SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.features import no_source_features, source_features
from newsmine.nlp.attribution.model import LinearScorer

if TYPE_CHECKING:  # candidates imports this module
    from newsmine.nlp.attribution.candidates import Candidate

__all__ = ["addressee_of", "assign_speakers", "choose_source", "noun_phrase", "relative_antecedent", "source_options", "subject_of"]

_SUBJECT_INHERITING_DEPS = frozenset({"conj", "advcl", "xcomp", "ccomp", "acl", "relcl", "pcomp", "acomp"})
_DASHES = frozenset({"—", "–", "-", "--", "―"})
_ADDRESSEE_CUES = frozenset({"tell", "inform", "assure", "remind", "warn", "advise", "brief", "ask"})
# How far (tokens) from its cue word, in its sentence, a noun phrase may be its source.
_SOURCE_WINDOW = 25


def choose_source(ctx: DocContext, i: int, scorer: LinearScorer | None) -> int:
    """The source of cue word ``i`` (token index, -1 if none): with the source model, the
    best-scoring of the noun phrases near the cue and of 'none', the grammar's pick
    (:func:`subject_of`) among the features; without, the grammar's pick."""
    rule = subject_of(ctx, i)
    if scorer is None:
        return rule
    best, best_margin = -1, scorer.margin(no_source_features(ctx, i, rule))
    for n, j in enumerate(source_options(ctx, i, rule)):
        margin = scorer.margin(source_features(ctx, i, j, rule, n == 0))
        if margin > best_margin:
            best, best_margin = j, margin
    return best


def assign_speakers(ctx: DocContext, candidates: list[Candidate], scorer: LinearScorer) -> None:
    """Each candidate's source chosen again by the speaker model ``scorer`` (once per cue
    word), after its features were computed with the grammar's. Attributions made by
    punctuation (a headline colon, a dash before a name) keep the name they were built on."""
    chosen: dict[int, int] = {}
    for cand in candidates:
        if cand.relation in _PUNCTUATION_RELATIONS:
            continue
        source = chosen.get(cand.trigger)
        if source is None:
            source = chosen[cand.trigger] = choose_source(ctx, cand.trigger, scorer)
        cand.source = source


_PUNCTUATION_RELATIONS = frozenset({"colon", "dash"})


def source_options(ctx: DocContext, i: int, rule: int) -> list[int]:
    """The tokens that may be cue word ``i``'s source, in text order: heads of noun phrases
    (nouns, names, pronouns; not the parts of a compound) of its sentence within
    _SOURCE_WINDOW tokens, outside quotation marks when the cue is, and the grammar's pick."""
    s_start, s_end = ctx.sent_bounds[ctx.sent_of[i]]
    outside = ctx.quote_of[i] < 0
    pos, dep, quote_of = ctx.pos, ctx.dep, ctx.quote_of
    options = [
        j
        for j in range(max(s_start, i - _SOURCE_WINDOW), min(s_end, i + _SOURCE_WINDOW + 1))
        if j != i and pos[j] in NOMINAL_POS and dep[j] != "compound" and not (outside and quote_of[j] >= 0)
    ]
    if rule >= 0 and rule not in options:
        options.append(rule)
        options.sort()
    return options


def subject_of(ctx: DocContext, i: int) -> int:
    """The source of cue word ``i`` (token index, -1 if none); see :func:`_grammatical_subject`.

    A cue outside quotation marks never takes its source from inside them: '"… a total
    shambles," said Ines Duarte' can be parsed with 'shambles' as the subject.
    """
    if _speaks_for_nobody(ctx, i):
        return -1
    found = _grammatical_subject(ctx, i, outside=ctx.quote_of[i] < 0)
    if found < i and not _set_off(ctx, found):
        inverted = _named_after_comma(ctx, i)
        found = inverted if inverted >= 0 else found
    # 'according to "Salt and Steel"': a title in quotation marks, no quoted speech (:func:`_title_author`).
    if found >= 0 and ctx.quote_of[found] >= 0 and ctx.quote_of[i] < 0 and ctx.lower[i] != "according":
        found = _loose_subject(ctx, i)
        if found < 0:
            found = _inverted_subject(ctx, i)
        if found < 0 and ctx.tag[i] in _FINITE_TAGS:
            found = _speaker_after_quotation(ctx, i)
        if found >= 0 and ctx.quote_of[found] >= 0:
            found = -1
    if found >= 0 and ctx.pos[found] == "NOUN" and _document_family(ctx, found) is not None:
        found = _author_of(ctx, found)
    dash = _dateline_dash(ctx, found) if found >= 0 else -1
    if dash >= 0:
        # 'LONDON (Reuters) - Ana Ruiz said', 'Lisbon (AFP) – …, saying': the dateline's place
        # or agency parsed as the subject; the speaker is the subject after the dash.
        found = _subject_after_dateline(ctx, dash, i)
    elif found >= 0 and ((ctx.ent[found] in _NOT_SPEAKER_ENTS and not _age_noun(ctx, found)) or _in_dateline(ctx, found)):
        found = _speaker_near(ctx, found, i)
    if found >= 0 and ctx.lower[found] == "it" and ctx.pos[ctx.head[found]] == "AUX":
        # 'It is important to note that …', 'it was not clear whether …': the subject of a
        # copula is a placeholder, nobody speaks (on PolNeAR train's gold cues, 37 such cues
        # have no source, 6 have one) — unless a participle speaks for a clause before it.
        return _sibling_clause_subject(ctx, i)
    return _named_in_apposition(ctx, found) if found >= 0 else found


def _named_after_comma(ctx: DocContext, i: int) -> int:
    """'The rejection of the treaty signals "the beginning of the end," said Geert Wilders,
    founder of …', 'The contrast, said Doyle and others, would be clear': a reporting verb
    right after a comma and right before a noun phrase that a punctuation mark closes is
    inverted, its speaker after it, though the parse may give it the clause before as
    subject. The head of that noun phrase; else -1. Not a verb coordinated with another
    ('…, praised Trump, and left'), nor one whose object is whom it addresses ('…, told
    reporters.')."""
    if ctx.tag[i] not in _FINITE_TAGS or ctx.pos[i] != "VERB" or ctx.dep[i] == "conj" or ctx.quote_of[i] >= 0:
        return -1
    if ctx.lemma[i] not in lexicons.load("cues") or (ctx.lemma[i] in _ADDRESSEE_CUES and ctx.lemma[i] != "ask"):
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
    return heads[0] if heads else -1


def _set_off(ctx: DocContext, subject: int) -> bool:
    """Whether ``subject`` has words set off by a comma after it ('Mike Murphy, who ran a super
    PAC, said …', 'Cruz, leading in Iowa, questioned …'): then it is the verb's subject, the
    comma before the verb closes them."""
    return subject >= 0 and any(
        c > subject and ctx.dep[c] in _SET_OFF_DEPS and ctx.left[c] > 0 and ctx.lower[ctx.left[c] - 1] == "," for c in ctx.children[subject]
    )


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
    return source


def _speaks_for_nobody(ctx: DocContext, i: int) -> bool:
    """Cues whose grammatical subject is not a source: 'It seems Trump will …', 'The plan
    appears to …' (the subject is what the impression is about) and a participle with no
    subject of its own ('Asked about the rally, Ruiz said …': Ruiz was asked; 'known as',
    'expected to'). On PolNeAR train's first 80 %, 231 such gold cues have no source, 49 one."""
    lemma = ctx.lemma[i]
    if lemma in _IMPRESSION_VERBS and ctx.pos[i] == "VERB":
        return True
    # 'Asked whether …, Devine replied' opens its sentence even when tagged a past tense.
    no_source = lemma in _PARTICIPLE_WITHOUT_SOURCE and (ctx.tag[i] == "VBN" or _opens_sentence(ctx, i))
    # 'a website called "Cape Breton If …"', 'the spot, titled "Dangerous"': the name is the
    # thing's own, nobody says it.
    no_source = no_source or (lemma in _NAMING_PARTICIPLES and _names_its_noun(ctx, i))
    # Either speaks when it has a subject or an agent of its own ('called "…" by critics').
    return no_source and not any(ctx.dep[c] in SUBJECT_DEPS or ctx.dep[c] == "agent" for c in ctx.children[i])


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
        if ctx.dep[c] == "acl" and ctx.tag[c] == "VBN" and c > document:
            # 'according to a court document filed by the state attorney', 'audio provided by
            # the station': the agent of the participle is the author.
            agent = ctx.child(c, {"agent"})
            pobj = ctx.child(agent, {"pobj"}) if agent >= 0 else -1
            if pobj >= 0 and ctx.pos[pobj] in NOMINAL_POS and ctx.quote_of[pobj] < 0:
                return pobj
    return document


def _document_family(ctx: DocContext, j: int) -> str | None:
    """The family of the document word ``j`` names ('tweets' memo, 'a poll' study, 'remarks'
    speech), else None: lexicons/document_nouns.txt, the list the speaker resolver reads, by
    the word as written or its lemma."""
    documents = lexicons.load_sections("document_nouns")
    return documents.get(ctx.lower[j]) or documents.get(ctx.lemma[j])


def _dateline_dash(ctx: DocContext, j: int) -> int:
    """The dash closing the dateline token ``j`` belongs to, else -1. A dateline opens its
    paragraph with names, numbers and punctuation only up to a dash within
    _DATELINE_TOKENS tokens, and says it is one by a place in capitals ('WASHINGTON —',
    'BUENA PARK, Calif. -'), an agency in parentheses ('Lisbon (AFP) –') or a date
    ('PORTO, May 3 (UPI) —'): 'Ana Ruiz — the mayor — said' is no dateline."""
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
        if ctx.ent[k] == "DATE":
            marked = True
        elif not (ctx.punct[k] or ctx.pos[k] in ("PROPN", "NUM")):
            return -1
    return -1


def _subject_after_dateline(ctx: DocContext, dash: int, i: int) -> int:
    """The speaker after a dateline's dash for cue word ``i``: the subject of the cue or of a
    verb it hangs from between the dash and the cue ('WASHINGTON (AP) — Donald Trump and
    Paul Ryan pledged …'; not that of a relative clause on the way), else the first subject
    there, else the first noun-phrase head; else -1."""
    span = range(dash + 1, i) if i > dash else range(0)
    subjects = [k for k in span if ctx.dep[k] in SUBJECT_DEPS and ctx.pos[k] in NOMINAL_POS]
    above = _ancestors(ctx, i)
    found = next((k for k in subjects if ctx.head[k] in above), subjects[0] if subjects else -1)
    if found < 0:
        found = next((k for k in span if ctx.pos[k] in NOMINAL_POS and ctx.dep[k] not in ("compound", "poss", "det")), -1)
    return found if found < 0 or ctx.quote_of[found] < 0 else -1


def _ancestors(ctx: DocContext, i: int) -> set[int]:
    """Token ``i`` and the tokens it hangs from, up to its sentence's root."""
    found = {i}
    while ctx.head[i] != i and ctx.head[i] not in found:
        i = ctx.head[i]
        found.add(i)
    return found


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


def _grammatical_subject(ctx: DocContext, i: int, outside: bool, pairing: bool = True) -> int:
    """The source the grammar gives cue word ``i`` (token index, -1 if none).

    Its subject, the agent of a passive ('brokered by Merkel'), the object of 'according
    to', the owner of a noun cue ('her criticism'); inherited from the governing verb for
    participles and coordinated verbs ('…, adding that'; a participle inside reported words is
    the reporter's, :func:`_reporting_subject`); for a finite verb whose subject the parse
    hung elsewhere, the apposition right before it (:func:`_apposition_before`). A relative
    pronoun ('Smith, who said …') is the source as written; speaker resolution maps it to its
    antecedent.
    """
    if ctx.lower[i] == "according":
        pobj = ctx.child(i + 1, {"pobj"}) if i + 1 < ctx.n else -1
        pobj = pobj if pobj >= 0 else ctx.child(i, {"pobj"})
        if pobj >= 0 and ctx.quote_of[pobj] >= 0 and ctx.quote_of[i] < 0:
            return _title_author(ctx, pobj)
        return pobj
    if ctx.pos[i] == "NOUN":
        renewed = _renewing_subject(ctx, i, outside)
        if renewed >= 0:
            return renewed
        # 'The candidate plans to be back', a headline's 'Ruiz Claims …': a noun the parse gave
        # a subject of its own is read as a verb.
        subject = ctx.child(i, {"nsubj"})
        if subject >= 0 and subject < i and ctx.pos[subject] in NOMINAL_POS and (ctx.quote_of[subject] < 0 or not outside):
            return subject
        speaker = _speaker_of_speech_verb(ctx, i, outside)
        if speaker >= 0:
            return speaker
        for c in ctx.children[i]:
            if ctx.dep[c] == "poss" or (ctx.dep[c] == "compound" and ctx.pos[c] == "PROPN"):
                return c
        for c in ctx.children[i]:
            # 'criticism from Republicans', 'a statement by the ministry'
            if ctx.dep[c] == "prep" and ctx.lower[c] in ("from", "by") and c > i:
                pobj = ctx.child(c, {"pobj"})
                if pobj >= 0 and ctx.pos[pobj] in NOMINAL_POS and ctx.ent[pobj] not in _TIME_ENTS:
                    return pobj
        head = ctx.head[i]
        if ctx.dep[i] == "dobj" and head != i and ctx.pos[head] == "VERB":
            if ctx.lemma[head] in _RECEIVING_VERBS:
                return _provoked_holder(ctx, head)
            # 'The ministry released a statement', 'Her office put out a statement saying …'
            subject = _grammatical_subject(ctx, head, outside)
            if ctx.lemma[head] in _PROVOKING_VERBS and not (subject >= 0 and _is_person(ctx, subject)):
                return _provoked_holder(ctx, head)
            return subject
        verb = ctx.head[head]
        after_verb = ctx.lower[head] in ("with", "to") and head > verb
        if ctx.dep[i] == "pobj" and (ctx.lower[head] == "in" or after_verb) and verb != head and ctx.pos[verb] == "VERB":
            # 'Mellody said in a statement that …', 'Sanders has been barnstorming in hopes of …';
            # after the verb, 'stirred controversy with an assertion that …', 'took issue with
            # the suggestion', 'clung to the hope' (not 'To a question, Ruiz said …').
            return _grammatical_subject(ctx, verb, outside)
        return -1
    publisher = _publisher(ctx, i, outside)
    if publisher >= 0:
        return publisher
    named = _name_read_as_modal(ctx, i)
    if named >= 0:
        return named
    parallel = _parallel_participle(ctx, i) if pairing else -1
    if parallel >= 0:
        found = _grammatical_subject(ctx, i, outside, pairing=False)
        # Only a subject of the clause between the two participles is a misreading ('saying he
        # has been …'): one before the first is usually the right speaker already.
        return _grammatical_subject(ctx, parallel, outside) if found < 0 or parallel < found < i else found
    current, inherited = i, False
    # A participle without a subject ('…, all but begging a woman', '… upstate and pounding him
    # on the gun issue') speaks for the nearest subject above it, however the parse hung it.
    inherited_participle = ctx.tag[i] == "VBG"
    for _ in range(5):
        subjects = [c for c in ctx.children[current] if ctx.dep[c] in SUBJECT_DEPS]
        if outside and len(subjects) > 1:
            # '"… a total shambles," said Ines Duarte': two subjects, one inside the quote.
            subjects = [c for c in subjects if ctx.quote_of[c] < 0] or subjects
        agent = ctx.child(current, {"agent"})
        # A participle after a preposition, hung on a passive, speaks for its subject, not its
        # agent: 'Silverman was booed by the crowd after telling them …' (the subject controls
        # the participle; '…, saying' alone is left to the agent).
        # A verb coordinated with a passive shares its subject, not its agent: 'Silverman was
        # joined on stage by Franken and joked, "…"'.
        controlled = inherited and (
            (inherited_participle and ctx.dep[i] == "pcomp") or (ctx.dep[i] == "conj" and ctx.head[i] == current)
        ) and any(ctx.dep[c] == "nsubjpass" for c in subjects)
        if agent >= 0 and not controlled:  # 'the deal brokered by Merkel', 'was criticized by Smith'
            return ctx.child(agent, {"pobj"})
        if len(subjects) > 1:
            subjects = [_nearest_subject(ctx, subjects, current)]
        if subjects:
            # The passive subject of the cue itself is what was said about ('Smith was
            # asked'); that of a governing verb is who spoke ('After saying …, she was taken').
            if not inherited:
                passive = ctx.dep[subjects[0]] == "nsubjpass"
                return subjects[0] if not passive or _contracted_has(ctx, current) or ctx.lemma[current] in _STATE_PARTICIPLES else -1
            if inherited_participle or (ctx.dep[i] == "conj" and (ctx.tag[i] in _FINITE_TAGS or _perfect_with_own_aux(ctx, i))):
                reporter = _reporting_subject(ctx, current)
                if reporter >= 0:
                    return reporter
            if inherited_participle and _after_comma(ctx, i):
                main = _main_clause_subject(ctx, current)
                if main >= 0:
                    return main
            return subjects[0]
        dep, head = ctx.dep[current], ctx.head[current]
        if dep in ("relcl", "acl") and ctx.pos[head] in NOMINAL_POS:
            if dep == "acl" and ctx.tag[current] == "VBG" and _after_comma(ctx, current) and _document_family(ctx, head) is None:
                # 'Trump made a third attempt to deflect …, writing on Twitter that …': a
                # participle after a comma hung on an object that is no document speaks for
                # the subject of the object's verb ('issued a statement, saying': the statement).
                subject = _object_verb_subject(ctx, head)
                if subject >= 0:
                    return subject
            if ctx.tag[current] == "VB" and ctx.lower[ctx.left[current]] == "to":
                # 'The unions are taking pains to say', 'held a briefing to brag': an
                # infinitive on an object speaks for the subject of the object's verb.
                subject = _object_verb_subject(ctx, head)
                if subject >= 0:
                    return subject
            return head
        controller = _object_controller(ctx, current) if dep == "xcomp" else -1
        if controller >= 0:
            return controller
        if head != current and (
            dep in _SUBJECT_INHERITING_DEPS
            or (dep == "prep" and ctx.pos[current] in ("ADP", "SCONJ"))  # 'upon saying' tags 'upon' SCONJ
            or (dep == "dep" and ctx.pos[current] == "VERB" and ctx.pos[head] == "VERB")  # '…, then stood up and declared:'
            or (inherited_participle and dep in _PARTICIPLE_CLIMB_DEPS)
        ):
            # '…, adding that', 'began by saying', 'after saying': the governing verb's subject.
            current, inherited = head, True
            continue
        break
    # The governing verb's loose subject ('…, telling delegates' after a verb whose subject the parse lost).
    found = _loose_subject(ctx, current) if current != i else -1
    if found < 0:
        found = _loose_subject(ctx, i)
    if found < 0 and ctx.tag[current] in _FINITE_TAGS:
        found = _apposition_before(ctx, current)
    if found < 0 and ctx.tag[current] in _FINITE_TAGS:
        found = _name_before_parenthesis(ctx, current)
    if found < 0 and ctx.tag[current] in _FINITE_TAGS:
        found = _name_before_participle(ctx, current)
    if found < 0 and ctx.tag[current] in _FINITE_TAGS:
        found = _speaker_after_quotation(ctx, current)
    if found < 0 and ctx.tag[current] in _FINITE_TAGS:
        found = _subject_of_clause_before(ctx, current)
    if found < 0 and inherited_participle:
        found = _subject_after_opening_participle(ctx, i)
    if found < 0 and current == i:
        found = _modifier_as_subject(ctx, i)
    if found < 0 and inherited_participle and _after_comma(ctx, i):
        found = _root_subject_before(ctx, i)
    if found < 0 and ctx.dep[i] == "conj":
        found = _coordinated_subject(ctx, i, outside)
    return found


def _object_controller(ctx: DocContext, infinitive: int) -> int:
    """'The closure prompted the mayor to call it "a betrayal"', 'The vote led some to
    speculate that …': an infinitive after a causative verb and its object speaks for that
    object, not for the verb's subject (object control). Only causatives
    (:data:`_CAUSATIVE_VERBS`): after verbs of asking and telling ('begged reporters to ask',
    'told voters to support') PolNeAR gives the infinitive to the one who asks, and after 'used
    the speech to call' the object is no speaker. On PolNeAR train's matched quotes the rule
    turns 10 sources right and none wrong; with any verb, 10 right and 13 wrong. The object;
    else -1."""
    verb, aux = ctx.head[infinitive], ctx.child(infinitive, {"aux"})
    if ctx.tag[infinitive] != "VB" or aux < 0 or ctx.lower[aux] != "to":
        return -1
    if ctx.pos[verb] != "VERB" or ctx.lemma[verb] not in _CAUSATIVE_VERBS:
        return -1
    obj = ctx.child(verb, {"dobj"})
    if obj < 0 or not verb < obj < infinitive or ctx.pos[obj] not in NOMINAL_POS or ctx.quote_of[obj] >= 0:
        return -1
    return obj


# Verbs that make their object do what the infinitive after it says ('led some to speculate').
_CAUSATIVE_VERBS = frozenset("lead prompt leave cause require spur force drive push inspire provoke allow enable compel trigger".split())


def _publisher(ctx: DocContext, i: int, outside: bool) -> int:
    """'Trump issued a statement saying …', 'she released a statement saying, "…"', 'hoisted a
    sign that read "…"', 'added the caption which reads': a verb on a document (or a message,
    a sign) that the subject of a verb of publishing puts out speaks for that subject. On
    PolNeAR train's gold cues with such a structure (a document object of a verb), the cue
    spans the publishing verb and the source is its subject 41 times ('issued a statement
    saying'); the cue is the participle alone and the source the document 15 times. The
    publisher; else -1. A verb with a subject of its own ('a speech in which he pledged')
    keeps it."""
    if ctx.pos[i] != "VERB" or ctx.dep[i] not in ("acl", "relcl"):
        return -1
    document, verb = ctx.head[i], ctx.head[ctx.head[i]]
    if ctx.pos[document] != "NOUN" or ctx.dep[document] != "dobj" or ctx.lemma[verb] not in _PUBLISHING_VERBS:
        return -1
    if _document_family(ctx, document) is None and ctx.lemma[document] not in _MESSAGE_NOUNS:
        return -1
    own = ctx.child(i, SUBJECT_DEPS)
    if own >= 0 and ctx.lower[own] not in ("that", "which"):
        return -1
    publisher = _grammatical_subject(ctx, verb, outside)
    return publisher if publisher >= 0 and ctx.quote_of[publisher] < 0 else -1


# Verbs whose subject puts out the document that is their object ('issued a statement').
_PUBLISHING_VERBS = frozenset("""release issue put publish send email run place post launch revise fire write draft
 plant file tweet retweet unveil circulate distribute blast hoist carry add approve pen deliver""".split())
# Things written or shown that are no documents of lexicons/document_nouns.txt.
_MESSAGE_NOUNS = frozenset("message sign banner caption robocall resolution placard".split())


def _name_read_as_modal(ctx: DocContext, verb: int) -> int:
    """'Citing the attack, Will urged …', '"…," Will wrote.': a name that is also a modal verb
    ('Will', 'May'), capitalised inside its sentence right before a verb in the past or
    present tense or a participle (which no modal takes alone), read by the parse as the verb's auxiliary. That
    word (on PolNeAR train, five cues of one columnist); else -1."""
    if ctx.tag[verb] not in ("VBD", "VBZ", "VBN") or ctx.child(verb, SUBJECT_DEPS) >= 0:
        return -1
    k = verb - 1
    while k >= 0 and ctx.pos[k] == "ADV" and verb - k <= 3:
        k -= 1
    # (opening its sentence only right after a quotation: the parse may end the sentence there)
    opens = k <= ctx.sent_bounds[ctx.sent_of[verb]][0] and not (k > 0 and ctx.lower[k - 1] in _CLOSING_MARKS)
    if k < 0 or opens or ctx.tag[k] != "MD" or ctx.quote_of[k] >= 0:
        return -1
    word = ctx.text[ctx.idx[k] : ctx.idx[k] + ctx.length[k]]
    return k if word[:1].isupper() and word[1:].islower() else -1


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
    if ctx.tag[i] != "VBG" or ctx.dep[i] != "conj" or not _after_conjunction(ctx, i):
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


def _coordinated_subject(ctx: DocContext, i: int, outside: bool) -> int:
    """'He called it "shameful" and called on leaders …', 'Trump cast the blame on his rivals,
    and emphasized …': a verb after 'and' left without a subject because the parse hung it on
    a word of the clause before (a quoted word, most often). The subject of the nearest verb
    above it; else, on the surface, of the nearest verb of the same tense before it in its
    sentence; else -1."""
    if not _after_conjunction(ctx, i) or ctx.pos[i] != "VERB":
        return -1
    k = ctx.head[i]
    for _ in range(6 if ctx.pos[k] not in ("VERB", "AUX") else 0):
        if k == ctx.head[k] or k > i:
            break
        if ctx.pos[k] in ("VERB", "AUX"):
            subject = _grammatical_subject(ctx, k, outside) if ctx.pos[k] == "VERB" else ctx.child(k, SUBJECT_DEPS)
            if subject >= 0 and not (outside and ctx.quote_of[subject] >= 0):
                return subject
            break
        k = ctx.head[k]
    if ctx.tag[i] not in _FINITE_TAGS:
        return -1
    s_start = ctx.sent_bounds[ctx.sent_of[i]][0]
    for k in range(i - 1, s_start - 1, -1):
        if ctx.tag[k] == ctx.tag[i] and ctx.pos[k] == "VERB" and ctx.quote_of[k] < 0:
            subject = ctx.child(k, {"nsubj"})
            if subject >= 0 and ctx.quote_of[subject] < 0:
                return subject
    return -1


def _speaker_of_speech_verb(ctx: DocContext, noun: int, outside: bool) -> int:
    """'Trump said in his formal statement: "…"': a noun cue after 'in' on a reporting verb
    before it holds the verb's words; the verb's subject speaks (PolNeAR marks it, not the
    owner pronoun). That subject; else -1. ('said of Trump's desire to …' is left alone:
    the desire is Trump's own attribution.)"""
    prep = ctx.head[noun]
    verb = ctx.head[prep]
    if ctx.dep[noun] != "pobj" or ctx.lower[prep] != "in" or not verb < prep < noun:
        return -1
    if ctx.pos[verb] != "VERB" or ctx.lemma[verb] not in lexicons.load("cues"):
        return -1
    subject = _grammatical_subject(ctx, verb, outside)
    return subject if subject >= 0 and not (outside and ctx.quote_of[subject] >= 0) else -1


def _provoked_holder(ctx: DocContext, verb: int) -> int:
    """'The documents raised new questions about …', 'Ruiz received criticism from the unions',
    'Clinton is already receiving criticism': the subject of a verb that provokes or receives
    what its object reports is its cause or its target, not who holds it (on PolNeAR train's
    gold cues, such objects mostly have no source). Who holds it when the sentence says, after
    'from' or 'among' on the verb ('from the unions'); else -1."""
    for c in ctx.children[verb]:
        if ctx.dep[c] == "prep" and ctx.lower[c] in ("from", "among") and c > verb:
            pobj = ctx.child(c, {"pobj"})
            if pobj >= 0 and ctx.pos[pobj] in NOMINAL_POS and ctx.quote_of[pobj] < 0:
                return pobj
    return -1


def _is_person(ctx: DocContext, j: int) -> bool:
    """Whether source ``j`` names or stands for a person or an organisation ('Ruiz raised
    questions', 'she raised concerns', 'while raising questions'), who then holds what a
    provoking verb's object reports."""
    return ctx.lower[j] in _PERSON_PRONOUNS or (ctx.pos[j] == "PROPN" and ctx.ent[j] in ("PERSON", "ORG", ""))


_PERSON_PRONOUNS = frozenset({"i", "we", "he", "she", "who"})
# Verbs whose subject provokes what their object reports ('The documents raised questions',
# 'stoking fears'); a person who raises questions asks them ('Ruiz raised questions about').
_PROVOKING_VERBS = frozenset("raise spark stoke prompt beg provoke elicit fuel".split())
# Verbs whose subject receives what their object reports ('Clinton is receiving criticism',
# 'was attracting complaints'; 'faces accusations' is not one: PolNeAR gives it a source as often).
_RECEIVING_VERBS = frozenset("receive attract".split())


def _perfect_with_own_aux(ctx: DocContext, verb: int) -> bool:
    """'Clinton has said she would visit … and has only issued a tweet': a coordinated
    participle with a finite 'has' of its own, a tense the reported verb does not share."""
    return ctx.tag[verb] == "VBN" and any(
        ctx.dep[c] == "aux" and ctx.tag[c] in _FINITE_TAGS and ctx.lemma[c] == "have" for c in ctx.children[verb]
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
    # A capitalised adverb is a name only where the capital is not the sentence's ('And Skelly called').
    misread_name = dep == "advmod" and j > s_start and word[:1].isupper() and word[1:].islower() and ctx.lower[j] not in _NOT_NAMES
    if not (misread_name or (dep in ("nummod", "npadvmod") and pos in ("NUM", "NOUN")) or (dep == "compound" and pos in ("NOUN", "PROPN"))):
        return -1
    if not all(ctx.punct[k] or ctx.pos[k] in ("CCONJ", "ADV") for k in range(s_start, ctx.left[j])):
        return -1
    return j


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


def _title_author(ctx: DocContext, title: int) -> int:
    """'according to "Salt and Steel" by Tomas Berg', 'according to the "Ferries for all"
    document': the object of 'according to' inside quotation marks is a title, not speech.
    The author named after 'by' right after the closing mark; else the title (PolNeAR's
    Source spans the title and its author, or the title and its document)."""
    k = ctx.stretch_tokens[ctx.quote_of[title]][1]
    while k < ctx.n and ctx.punct[k] and ctx.quote_of[k] < 0 and k - title <= 40:
        k += 1
    if k + 1 < ctx.n and ctx.lower[k] == "by" and ctx.pos[k + 1] == "PROPN":
        end = k + 1
        while end + 1 < ctx.n and ctx.pos[end + 1] == "PROPN" and ctx.quote_of[end + 1] < 0:
            end += 1
        return end
    return title


def _renewing_subject(ctx: DocContext, noun: int, outside: bool) -> int:
    """'Trump ratcheted up his attacks on Rubio', 'she escalated her attacks', 'the campaign
    kept up its criticism': a noun cue owned by a pronoun, the object of a verb that carries
    it on, is the verb's (PolNeAR marks the verb phrase as the cue and its subject as the
    source; on train's matched quotes 7 such sources gained, 1 lost). Else -1."""
    head = ctx.head[noun]
    if ctx.dep[noun] != "dobj" or head == noun or ctx.lemma[head] not in _RENEWING_VERBS:
        return -1
    if not any(ctx.dep[c] == "poss" and ctx.pos[c] == "PRON" for c in ctx.children[noun]):
        return -1
    subject = ctx.child(head, {"nsubj"})
    if subject < 0 or ctx.quote_of[subject] >= 0:
        return -1
    return _grammatical_subject(ctx, head, outside)


# Verbs that carry on what their object does ('stepped up his attacks', 'renewed her call').
_RENEWING_VERBS = frozenset("""continue keep step ratchet escalate reboot renew resume intensify sharpen ramp amp
 redouble double press broaden widen expand""".split())


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
# Participles of a state of mind: their passive subject holds the view ('The voters are
# split on …', 'Not everyone is convinced …').
_STATE_PARTICIPLES = frozenset("split divide convince assure concern worry torn tear determine commit disappoint frustrate miff alarm".split())


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


def _subject_of_clause_before(ctx: DocContext, verb: int) -> int:
    """'Berg, meanwhile, who has no such endorsements, said …', 'One pilot, who like others
    spoke on the condition of anonymity, said …', 'Mayor Ana Ruiz, noting the crowd, said …':
    the parse made the words before the verb a clause of its own, whose subject opens the
    sentence, set off by a comma. That subject, when a comma closes the clause right before
    the verb; else -1 ('He also had a voice in it, said a spokesman': the clause is the content)."""
    k = verb - 1
    while k >= 0 and (ctx.pos[k] in ("ADV", "AUX", "PART") or _time_word(ctx, k)) and verb - k <= 4:
        k -= 1
    closing = k >= 1 and ctx.lower[k] in _CLOSING_MARKS and ctx.quote_of[k] < 0
    if closing:
        k -= 1  # 'summed up the mayor as "reckless," denounced …': the comma inside the quotation
    if k < 0 or ctx.lower[k] != "," or (ctx.quote_of[k] >= 0 and not closing):
        return -1
    s_start = ctx.sent_bounds[ctx.sent_of[verb]][0]
    for c in ctx.children[verb]:
        if c > verb or ctx.dep[c] not in ("ccomp", "advcl", "parataxis") or ctx.quote_of[c] >= 0:
            continue
        subject = ctx.child(c, {"nsubj"})
        if subject < 0 or subject > c or ctx.pos[subject] not in NOMINAL_POS or ctx.quote_of[subject] >= 0:
            continue
        after = subject + 1
        if after < verb and ctx.lower[after] == "(":  # 'Mayor Ana Ruiz (D-Porto), noting …'
            after = next((j + 1 for j in range(after, verb) if ctx.lower[j] == ")"), verb)
        opens = all(ctx.punct[j] or ctx.pos[j] in ("CCONJ", "ADV") for j in range(s_start, ctx.left[subject]))
        if opens and ((after < verb and ctx.lower[after] == ",") or _verb_series(ctx, c, verb)):
            return subject
    return -1


_CLOSING_MARKS = frozenset({'"', "”", "''", "’"})


def _verb_series(ctx: DocContext, first: int, verb: int) -> bool:
    """'Ruiz summed up the mayor as "reckless," denounced her record and said …' parsed with
    the first verb of the series as a clause of the second: both verbs of the same tense, and
    the series goes on after ``verb`` (a verb coordinated with it, or its own clause) — unlike
    'The plan failed, said a spokesman', where the clause before is what is said."""
    if ctx.dep[first] != "ccomp" or ctx.tag[first] != ctx.tag[verb]:
        return False
    return any(c > verb and (ctx.dep[c] in ("ccomp", "xcomp") or (ctx.dep[c] == "conj" and ctx.pos[c] == "VERB")) for c in ctx.children[verb])


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


def _apposition_before(ctx: DocContext, verb: int) -> int:
    """'At Boca West, …, Jay DiPietro, the club's president, suggested …': a finite verb
    left without a subject because the parse hung the noun phrase right before it, set off
    by commas, as an apposition of an earlier word. The outermost apposition the words
    right before the verb belong to; else -1."""
    k = verb - 1
    while k >= 0 and (ctx.punct[k] or ctx.pos[k] in ("ADV", "AUX", "PART")) and verb - k <= 4:
        k -= 1
    if k < 0 or ctx.sent_of[k] != ctx.sent_of[verb] or ctx.quote_of[k] >= 0:
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
    """``name`` when it is a proper noun (a person's, a body's or untagged) of ``verb``'s
    sentence outside quotation marks, else -1."""
    if name < 0 or ctx.sent_of[name] != ctx.sent_of[verb] or ctx.quote_of[name] >= 0:
        return -1
    return name if ctx.pos[name] == "PROPN" and ctx.ent[name] in ("PERSON", "ORG", "") else -1


# How many tokens a parenthesis after a name may hold ('(D-Ill.)', '(R-S.C.)').
_PARENTHESIS_TOKENS = 8


def _after_comma(ctx: DocContext, i: int) -> bool:
    """Whether cue word ``i`` follows a comma, a dash or a semicolon, adverbs and a
    conjunction aside (', saying', '- and arguing')."""
    k = i - 1
    while k >= 0 and ctx.pos[k] in ("ADV", "CCONJ") and i - k <= 3:
        k -= 1
    return k >= 0 and ctx.lower[k] in (",", ";", *_DASHES)


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
        ctx, i, lambda c: ctx.ent[c] in ("PERSON", "ORG", "NORP", "GPE") or (ctx.pos[c] == "PROPN" and ctx.ent[c] not in _TIME_ENTS)
    )
    if found >= 0:
        return found
    # '…," harbour police Chief Ana Ruiz said Monday' parsed apart: the name right before the verb.
    j = i - 1
    while j >= 0 and ctx.pos[j] in ("ADV", "AUX", "PART") and i - j <= 3:
        j -= 1
    if j >= 0 and ctx.quote_of[j] < 0 and ctx.sent_of[j] == ctx.sent_of[i] and (
        ctx.pos[j] == "PROPN" or (ctx.pos[j] == "PRON" and ctx.lower[j] in PRONOUN_WORDS)
    ):
        return j
    return _name_after_quotation(ctx, i)


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
        # '"…," said the woman, who …' parsed with 'woman' as the subject of a later verb.
        if start >= ctx.n or ctx.pos[start] != "DET" or ctx.lower[start] not in ("the", "a", "an"):
            return -1
        end = start + 1
        while end < ctx.n and ctx.pos[end] in ("ADJ", "NOUN", "PROPN") and ctx.quote_of[end] < 0 and ctx.ent[end] not in _TIME_ENTS:
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


_TIME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})
# How many tokens a dateline runs before its dash ('CAMBRIDGE, Mass., Dec. 11 (UPI) —').
_DATELINE_TOKENS = 12
# How far before its verb a speaker after a closing quotation may start ('"…," an official,
# who was not authorized to speak on the record, told …').
_SPEAKER_BEFORE_VERB = 30
# Clauses a participle may be hung in below the main clause it belongs to.
_SUBORDINATE_DEPS = frozenset({"advcl", "acl", "relcl", "ccomp", "pcomp", "pobj", "prep"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_PARTICIPLE_CLIMB_DEPS = frozenset({"dobj", "pobj", "attr", "npadvmod", "prep", "conj", "advmod", "oprd"})
# Roles the parser gives a speaker after its verb when it misses the inversion.
_MISPARSED_SUBJECT_DEPS = frozenset({"dobj", "attr", "npadvmod", "dep", "appos", "nsubj"})
# Entities that never speak themselves but the parser sometimes makes subjects.
_NOT_SPEAKER_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC"})


def noun_phrase(token: Token) -> Span:
    """The speaker as written: the noun phrase of ``token`` without relative clauses or appositions."""
    doc = token.doc
    left = token.i
    for child in token.lefts:
        if child.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "advmod", "punct", "case") and child.i < left:
            if child.dep_ == "punct" and child.text not in ("-",):
                continue
            left = min(left, child.left_edge.i)
    right = token.i + 1
    for child in token.rights:
        if child.dep_ in ("compound", "case") and child.i == right:
            right = child.right_edge.i + 1
        elif child.dep_ == "prep" and child.i == right and child.lower_ in ("for", "at", "with", "in", "of", "close", "familiar"):
            # "spokesman for the ministry", "sources close to the talks"
            right = child.right_edge.i + 1
        elif child.dep_ == "amod" and child.i == right:  # "sources familiar with ..."
            right = child.right_edge.i + 1
        else:
            break
    for k in range(token.i - 1, left - 1, -1):
        if doc[k].text in _DASHES and (doc[k].whitespace_ or (k > 0 and doc[k - 1].whitespace_)):
            left = k + 1  # 'CLEVELAND - Donald Trump': a spaced dash ends a dateline, it is no part of a name
            break
    while left < token.i and doc[left].is_punct:
        left += 1
    while right > token.i + 1 and doc[right - 1].is_punct:
        right -= 1
    return doc[left:right]


def addressee_of(verb: Token) -> Span | None:
    """'told Reuters' -> Reuters; 'said in an interview with CNN' is left out."""
    if verb.lemma_.lower() not in _ADDRESSEE_CUES:
        return None
    for child in verb.rights:
        if child.dep_ in ("dobj", "dative", "iobj") and child.pos_ in ("PROPN", "PRON", "NOUN"):
            return noun_phrase(child)
    return None



def relative_antecedent(ctx: DocContext, source: int) -> int:
    """A relative pronoun's antecedent ('said Capt. Ines Duarte, who …'); else ``source``.

    Token-level, for a source handed on to the next quotation; the speaker resolver maps the
    pronoun of a quote's own speaker to its antecedent noun phrase (``speakers._antecedent``)."""
    head = ctx.head[source]
    if ctx.lower[source] in ("who", "which", "that") and ctx.dep[head] == "relcl":
        return ctx.head[head]
    return source
