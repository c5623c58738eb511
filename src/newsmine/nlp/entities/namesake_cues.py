"""What tells apart people who share a surname, as :class:`.cluster_builder._ClusterBuilder`
chooses between them: a relative's noun before the name ("His son, Daniel Keel",
:func:`.kin_nouns.kin_noun_before`), a priest's form of address ("Father Gallagher",
:func:`_clerical_before`), a profession's honorific ("Dr. Harlan", :func:`_genderless_honorific`),
the title written before the name (:func:`_title_of`), and an honorific's gender ("Mr. Obama"
joins no "Michelle Obama", :func:`_gender_fits`). Split from :mod:`.cluster_builder`
(session 50).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsmine.nlp.entities.candidates import _Candidate
from newsmine.nlp.entities.gender_cues import _honorific_gender
from newsmine.nlp.entities.gender_cues import first_name_gender as _first_name_gender
from newsmine.nlp.entities.kin_nouns import KIN_NOUNS
from newsmine.nlp.entities.titles import _titles_before
from newsmine.nlp.entities.word_lists import ABBREVIATIONS as _ABBREVIATIONS
from newsmine.nlp.entities.word_lists import title_words as _title_words

if TYPE_CHECKING:
    from newsmine.nlp.entities.cluster_builder import _Cluster


# Forms of address between "the younger" and a surname.
_COURTESY_TITLES = frozenset({"mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "dr.", "dr"})


# A priest's forms of address, written right before the name: one title for telling namesakes apart.
_CLERICAL_FORMS = frozenset({"rev.", "rev", "reverend", "father", "fr.", "fr"})


def _clerical_before(span: Span) -> str | None:
    """'reverend' when a priest's form of address stands right before the name: "Father
    Gallagher" is "the Rev. Michael Gallagher", not his cousin "Bishop Thomas Gallagher" named
    first ("Father" and "Rev." are no title words alike)."""
    word = span.doc[span.start - 1] if span.start else None
    return "reverend" if word is not None and word.lower_ in _CLERICAL_FORMS and word.text[:1].isupper() else None


# Honorifics that say a profession, not a gender, spelled out: how a paper tells a doctor apart
# from a relative sharing the surname.
_GENDERLESS_HONORIFICS = {"dr.": "doctor", "dr": "doctor", "doctor": "doctor", "prof.": "professor", "prof": "professor", "professor": "professor"}


def _genderless_honorific(span: Span) -> str | None:
    """'doctor' for "Dr. Harlan" or "Dr. Samuel Harlan" (the honorific capitalised, first in
    the span or right before it), 'professor' for "Prof." / "Professor"; else None."""
    doc = span.doc
    for i in (span.start, span.start - 1):
        if i >= 0 and doc[i].text[:1].isupper():
            found = _GENDERLESS_HONORIFICS.get(doc[i].lower_)
            if found is not None and (i == span.start - 1 or span.end - span.start >= 2):
                return found
    return None


def _title_of(span: Span) -> str | None:
    """The title written right before a name, as one word ("president" for "former President
    Bush", "reverend" for "Father Gallagher"); None without one."""
    return _clerical_before(span) or _title_head(_titles_before(span))


def _title_head(title: str | None) -> str | None:
    """A title's last word when it is a title word, abbreviations spelled out: "mayor" for
    "former Mayor", "governor" for "Gov.", "bishop" for "Bishop of Northbridge"; None for a
    role that ends otherwise ("mayor's son")."""
    if not title:
        return None
    # the office of "Bishop of Northbridge", "Secretary of State": the word before "of"
    word = title.split(" of ")[0].split()[-1].lower()
    if word not in _title_words():
        return None
    return _ABBREVIATIONS.get(word, word)


def _gender_fits(cand: _Candidate, cluster: _Cluster) -> bool:
    """'Mr. Obama' does not join 'Michelle Obama', nor 'Mr. Eze' 'Ms. Ngozi Eze'."""
    gender = _honorific_gender(cand.span)
    if gender is None:
        return True
    known = cluster.honorific_gender or _first_name_gender(cluster.tokens[0])
    return known in (gender, None)


def _joined_after_another(span: Span) -> int | None:
    """The token heading the conjunction's earlier member when ``span`` (a full name) is a later
    member ("President Barack Obama and first lady Michelle Obama visited …": the token "Obama"
    of Barack for the span "Michelle Obama"; "Sen. Tom Hale and his wife, Ann Hale, toured …":
    "Hale" of Tom for "Ann Hale", set beside the conjunct "wife"); else None. A conjunction names
    both at once, and news name the one they are about first: a bare surname right after is the
    first member's, not the one named last. A full name after "and" in a clause of its own
    ("Barack Obama spoke, and Michelle Obama waved") is no conjunct of a name, and a first member
    denied ("Not Sen. Tom Hale but his wife, Ann Hale, toured …": review55) is not the one the
    sentence is about."""
    root = span.root
    if root.dep_ == "appos" and root.head.dep_ == "conj":
        root = root.head
    if root.dep_ != "conj" or root.head.i >= span.start:
        return None
    first = root.head
    if any(t.lower_ == "not" for t in span.doc[max(first.left_edge.i - 1, 0) : first.i]):
        return None  # "not A but B", "It was not A but B who …": B is the one meant
    return first.i


def _apposition_of_a_relative(span: Span) -> int | None:
    """The token heading the person whose relative ``span`` names by an "of" phrase in an
    apposition ("Liz Cheney, the daughter of former Vice President Dick Cheney, announced …":
    the token "Cheney" of Liz for the span "Dick Cheney"); else None. The one named there is
    background to the apposition's person, who is what the sentence is about: a bare surname
    right after is that person's, not the relative's though named last. A title word before
    the name may make the parse hang the name on the kin noun as its apposition and take the
    word for the object of "of" ("the father of state Sen. Eric Hale"): the same phrase."""
    root = span.root
    prep = root.head
    if root.dep_ == "appos" and any(c.lower_ == "of" and c.dep_ == "prep" and c.i < span.start for c in prep.children):
        noun = prep  # "the father of state| Sen. Eric Hale": "Hale" in apposition to "father"
    elif root.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    else:
        noun = prep.head
    if noun.lower_ not in KIN_NOUNS or noun.dep_ != "appos" or noun.head.i >= span.start:
        return None
    return noun.head.i
