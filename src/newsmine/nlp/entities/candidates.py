"""A mention by name on its way to a cluster, and the tests that say it names a person.

:class:`_Candidate` holds its span, label and name tokens. A person is meant by a first name
(or an honorific) and a surname tagged a person, or by a known first name and one surname the
recogniser tagged a body ("Carly Fiorina" ORG).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.entities.body_labels import _body_name
from newsmine.nlp.entities.word_lists import HONORIFICS
from newsmine.nlp.entities.word_lists import PLACE_AND_BODY_ENDINGS as _PLACE_AND_BODY_ENDINGS
from newsmine.nlp.entities.word_lists import all_first_names as _first_names
from newsmine.nlp.entities.word_lists import known_first_name as _known_first_name


@dataclass(slots=True)
class _Candidate:
    span: Span
    label: str
    tokens: tuple[str, ...]
    # The surname a lone first name shares with the name after "and" ("Khizr and Ghazala Khan").
    written_surname: str | None = None


def _full_person_name(cand: _Candidate) -> bool:
    """A first name and a surname tagged as a person: 'Ivana Trump', 'Michael R. Lee'."""
    if cand.label != "PERSON" or len(cand.tokens) < 2:
        return False
    first = cand.tokens[0]
    if cand.span[0].lower_ in HONORIFICS:
        return True
    if first in lexicons.load("places"):
        return False  # "Charlotte Mayor", "Jordan River": the first name may be the place
    return first in _first_names()


def _first_named_body(cand: _Candidate) -> bool:
    """'Carly Fiorina' tagged as an organisation: a known first name and one capitalised
    surname, with no word that ends the names of bodies ("Grace Church", "Rose Bowl")."""
    if cand.label not in ("ORG", "PRODUCT", "WORK_OF_ART") or len(cand.tokens) != 2 or not cand.span[-1].is_title:
        return False
    if _body_name(cand.span) or cand.tokens[-1] in _PLACE_AND_BODY_ENDINGS:
        return False
    return _known_first_name(cand.tokens[0])
