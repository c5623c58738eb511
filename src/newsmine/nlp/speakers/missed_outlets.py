"""Local newspapers the recogniser misses, found by the word their name ends in.

"… a day after the Des Moines Courier reported that … The paper said": a local paper's name
is in no outlet list and the recogniser often tags none of it, so "the paper" had no outlet to
stand for and stayed unresolved. A run of capitalised proper nouns ending in a word only
newspapers end their names in ("Courier", "Gazette", "Tribune") and held by no entity is such
an outlet, read as written (:func:`newspaper_names_missed`, listed beside
``organisations._outlets_written``), unless it is a title before a person's name ("Chief Medical
Examiner Sarah Lang": review52). Seen on invented articles in session 52 (desc52).
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents import DocIndex
from newsmine.nlp.doc_attrs import token_indices
from newsmine.nlp.entities.body_labels import NEWSPAPER_NAME_ENDINGS
from newsmine.nlp.speakers.words import _capitalised

# A name of one word is a place's or a person's as often ("Herald" alone is no paper's name).
_MIN_NAME_WORDS = 2


def _title_of_a_person(doc: Doc, start: int, last: int) -> bool:
    """Whether the capitalised words ``start``..``last`` are a title written before a person's
    name ("Chief Medical Examiner Sarah Lang", "Deputy Medical Examiner Paul Ortiz") or open with
    a title word ("the Chief Medical Examiner said"): an office, which no paper's name is
    (review52). Only the first word: a title word inside a paper's name ("Minneapolis Star
    Tribune") is no rank."""
    if last + 1 < len(doc) and doc[last + 1].ent_type_ == "PERSON":
        return True
    return doc[start].lower_ in lexicons.load("titles")


def newspaper_names_missed(doc: Doc, index: DocIndex) -> list[tuple[int, str, None]]:
    """(start, name, None) of each newspaper name no entity holds, outside quotation marks:
    capitalised proper nouns, two or more, the last one a newspaper's ending."""
    found = []
    for i in token_indices(doc, LOWER, NEWSPAPER_NAME_ENDINGS):
        last = doc[i]
        if last.pos_ != "PROPN" or not _capitalised(last) or index.in_quote[i]:
            continue
        start = i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and _capitalised(doc[start - 1]) and doc[start - 1].sent == last.sent:
            start -= 1
        if i - start + 1 < _MIN_NAME_WORDS or any(k in index.cluster_of for k in range(start, i + 1)):
            continue
        if _title_of_a_person(doc, start, i):
            continue  # "Chief Medical Examiner Sarah Lang said": an office, no paper
        found.append((doc[start].idx, doc[start : i + 1].text, None))
    return found
