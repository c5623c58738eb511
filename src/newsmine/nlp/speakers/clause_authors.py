"""The author the clause around a document names: the subject of a verb that puts it out or pays
for it ('Lee released a statement', 'The group will spend $150,000 on a TV ad', 'a lawsuit has
been filed by …': :func:`_subject_author`), the speaker who speaks "in" it ('In a statement, the
Lee campaign said …': :func:`_clause_author`, by a verb that reports words or a stance:
:func:`_reports_words`; not court papers: :data:`_COURT_PAPERS`). Split from :mod:`.authors`
(session 51).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents import DocIndex
from newsmine.nlp.speakers.author_entities import _AUTHORING_VERBS, _Author, _author_entity
from newsmine.nlp.speakers.place_plaintiffs import place_plaintiff
from newsmine.nlp.speakers.verb_subjects import nearest_subject
from newsmine.nlp.speakers.words import (
    _DOCUMENT_NOUNS,
)

# Verbs of money laid out on a document, whose subject put the document out ("The group will
# spend $150,000 on a TV ad"; "dropping $2.5 million on such ads", docs46: a super PAC's ads).
_SPENDING_VERBS = frozenset({"spend", "pay", "drop"})


def _subject_author(noun: Token, index: DocIndex) -> _Author | None:
    """'Lee released a statement', 'The group will air an ad': the subject of an authoring
    verb whose object is the document (a name, or the campaign of one)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "on" and verb.head.lemma_.lower() in _SPENDING_VERBS:
        verb = verb.head  # "The group says it will spend $150,000 on a TV ad"
    elif noun.dep_ == "nsubjpass" and verb.lemma_.lower() in _AUTHORING_VERBS:
        # "a lawsuit has been filed by Bradley Podliska", "an email was sent from the director, Jeremy Boreing"
        agents = [
            o for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "from")
            for o in c.children if o.dep_ == "pobj"
        ]  # fmt: skip
        return _author_entity(agents[0], index) if agents else None
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in _AUTHORING_VERBS:
        return None
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children):
        # "Harlow Forward PAC led the field, dropping $900,000 on such ads": a participle
        # clause with no subject of its own has the subject of the clause it hangs on
        verb = verb.head
    child = nearest_subject(verb)  # not a dateline the parse made a second subject (desc53b)
    if child is None:
        return None
    if child.pos_ == "PRON" and verb.dep_ in ("ccomp", "xcomp", "conj"):
        # "The group says it will spend … on a TV ad": the one the pronoun reports
        outer = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        return _author_entity(outer[0], index) if outer else None
    author = _author_entity(child, index)
    if author is None:
        place = place_plaintiff(child, noun, index)  # "Millbrook filed a lawsuit against …"
        author = (place, False) if place is not None else None
    return author


# Document families a speaker speaks "in" as their author ("in a statement", "in an op-ed", "in
# an interview"); not polls and studies ("Lee leads in the polls") nor court papers.
_SPOKEN_IN = frozenset({_DOCUMENT_NOUNS["memo"], _DOCUMENT_NOUNS["article"], _DOCUMENT_NOUNS["speech"]})
# The papers of one court case, one kind among those: "according to a court filing" may be the
# lawsuit named after it (documents.py), and no one is their author by speaking "in" them.
_COURT_PAPERS = frozenset({"filing", "complaint", "brief", "lawsuit", "suit", "affidavit", "petition", "indictment"})


def _clause_author(noun: Token, index: DocIndex) -> _Author | None:
    """'In a statement, the Lee campaign said …', 'Lee shot back in an op-ed', 'Lee told the
    Ledger in an interview': a document the clause's speaker speaks "in" is that speaker's (the
    subject of the verb the "in" phrase hangs on, a name or the campaign of one). Only a verb
    that reports words or a stance: one who appears, believes or invests "in" a document is
    no author of it ("Ruiz appears in several documents, which show …")."""
    prep = noun.head
    if _DOCUMENT_NOUNS.get(noun.lower_) not in _SPOKEN_IN or noun.lower_ in _COURT_PAPERS:
        return None  # "Lee leads in the polls", "Ware insists in the suit": no author by being in it
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep" or not _reports_words(prep.head):
        return None
    subject = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    author = _author_entity(subject, index)
    if author is None and subject.text[:1].isupper() and subject.pos_ in ("PROPN", "NOUN") and subject.i not in index.cluster_of:
        # 'Forbes shot back in an article': a name the tagger missed at the sentence's start
        # (tagged a plural noun) is the body or person the article names so elsewhere.
        named = index.by_name_word(subject.text, subject.idx, ("ORG", "PERSON"))
        author = (named, False) if named is not None else None
    return author


# What a verb one speaks "in" a document with reports (lexicons/cue_categories.txt): words
# said or written, or a stance taken ("Lee criticized the plan in a statement").
_SPOKEN_IN_CATEGORIES = frozenset({"speech", "writing", "stance"})


def _reports_words(verb: Token) -> bool:
    """Whether ``verb`` is a cue of words or a stance, with its particle ("shot back"; the parse
    often makes that "back" an adverb: 'Forbes shot back in an article stating …')."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    table = lexicons.load_sections("cue_categories")
    lemma = verb.lemma_.lower()
    particle = next(
        (c.lower_ for c in verb.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ == "back")),
        None,
    )
    category = table.get(f"{lemma} {particle}") if particle else None
    return (category or table.get(lemma)) in _SPOKEN_IN_CATEGORIES
