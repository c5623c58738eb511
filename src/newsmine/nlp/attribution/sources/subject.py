"""The source token of a cue word: :func:`subject_of`, the grammar's pick
(:func:`~newsmine.nlp.attribution.sources.grammar._grammatical_subject`) checked and
corrected as a whole — cues whose subject does not speak ("It seems …", "Asked about …"),
a verb inverted after a comma ('…, said Geert Wilders'), an opening 'Adding, "…"' that
continues the speaker of the sentence before, a title in quotation marks, a
document named with its author, a dateline or a date parsed as the subject, a description
followed by a name in apposition.

The checks it makes moved out by what they hold (split by what they hold, session 51):
cues whose subject does not speak (:mod:`.sourceless_cues`), a verb inverted after a comma
and the subject set off before it (:mod:`.comma_inversions`), a subject beside an aside or a
description with a name in apposition (:mod:`.asides_and_appositions`), a dateline, a date or
a place parsed as the subject (:mod:`.dateline_subjects`), an opening place, an occasion or a
speech parsed as the subject (:mod:`.places_and_occasions`). Here stay the order of the checks,
the lead-in before a colon, the parenthetical cue's speaker, a document's author.
"""

from __future__ import annotations

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import FINITE_VERB_TAGS, NOMINAL_POS, SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.cues import verb_read_noun
from newsmine.nlp.attribution.sources.asides_and_appositions import _before_an_aside, _named_in_apposition
from newsmine.nlp.attribution.sources.based_companies import _company_after_its_base
from newsmine.nlp.attribution.sources.chained_names import speaker_after_chained_name
from newsmine.nlp.attribution.sources.clauses import _sibling_clause_subject
from newsmine.nlp.attribution.sources.comma_inversions import _name_before_its_clause, _named_after_comma, _set_off
from newsmine.nlp.attribution.sources.dateline_subjects import (
    _NOT_SPEAKER_ENTS,
    _age_noun,
    _in_dateline,
    _speaker_near,
    _subject_after_dateline,
    dateline_dash,
)
from newsmine.nlp.attribution.sources.grammar import _coordinated_subject, _grammatical_subject, _reporter_before
from newsmine.nlp.attribution.sources.inverted_speakers import _inverted_position, _inverted_subject, _loose_subject
from newsmine.nlp.attribution.sources.loose_conjuncts import first_of_loose_subjects
from newsmine.nlp.attribution.sources.named_places import speaker_after_named_place
from newsmine.nlp.attribution.sources.participle_speakers import (
    _subject_after_opening_participle,
    _verb_before_quotation,
)
from newsmine.nlp.attribution.sources.places_and_occasions import (
    _OCCASION_NOUNS,
    _opening_place_phrase,
    _speech_doing,
    _subject_before_participle,
)
from newsmine.nlp.attribution.sources.relative_asides import name_before_relative_aside
from newsmine.nlp.attribution.sources.set_off_subjects import (
    _name_after_question,
    _name_before_parenthesis,
    _speaker_after_quotation,
)
from newsmine.nlp.attribution.sources.sourceless_cues import _speaks_for_nobody
from newsmine.nlp.attribution.sources.subordinate_subjects import subject_past_subordinate_clause
from newsmine.nlp.attribution.sources.voices_from import source_of_voice
from newsmine.nlp.attribution.sources.words import (
    _SPEAKING_NOUN_LEXICONS,
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
    if ctx.pos[i] == "NOUN" and i > 0 and ctx.head[i - 1] == i and ctx.dep[i - 1] == "compound" and verb_read_noun(ctx, i):
        # 'campaign finance records show': the parse hung the verb's subject on it as a compound
        return _author_of(ctx, i - 1) if _document_family(ctx, i - 1) is not None else i - 1
    found = _before_an_aside(ctx, i, _grammatical_subject(ctx, i, outside=ctx.quote_of[i] < 0))
    found = subject_past_subordinate_clause(ctx, i, found)  # '… when the first round hit, said'
    found = name_before_relative_aside(ctx, i, found)  # 'CWS, one of nine agencies that resettle …, said'
    found = _inverted_subject_after_lead_in(ctx, i, found)
    found = source_of_voice(ctx, i, found)  # '"…," came shouts from the crowd'
    found = speaker_after_named_place(ctx, i, found)  # 'in the county seat, Ames, the clerk's office said'
    found = first_of_loose_subjects(ctx, i, found)  # 'the mayor, Ana Ruiz, and the council said'
    found = speaker_after_chained_name(ctx, i, found)  # 'a new chief, Jo Lane, the board's chairman, Sam Ito, said'
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
        if found < 0 and ctx.tag[i] in FINITE_VERB_TAGS:
            found = _speaker_after_quotation(ctx, i)
        if found < 0 and ctx.tag[i] in FINITE_VERB_TAGS:
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
