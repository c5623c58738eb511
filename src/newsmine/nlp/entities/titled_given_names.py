"""A given name the recogniser left out between a title and a surname it tagged a body or a
place: "Superintendent Lia| Ford" (reviewers, session 51).

The recogniser tagged "Ford" alone an organisation (a company's name) and left "Lia" untagged,
a given name no list holds; the superintendent became a company "Ford", and "She said the
closures were wrong" right after found no woman to stand for. A title word, then one
capitalised proper noun in no entity (no title word itself, never written in lower case by the
article), then a one-word entity of any name's label: the two words are a person's name, as
"Superintendent Orla Ford" is read when the recogniser tags it whole. Session 52 (seen52).
"""

from __future__ import annotations

from spacy.tokens import Span

from newsmine.nlp.entities.name_spans import lower_case_words as _lower_case_words
from newsmine.nlp.entities.whole_names import _giving_way
from newsmine.nlp.entities.word_lists import TITLE_MODIFIERS
from newsmine.nlp.entities.word_lists import title_words as _title_words

# The labels the recogniser gives a surname it takes for something else.
_SURNAME_LABELS = frozenset({"ORG", "GPE", "FAC", "NORP", "PRODUCT", "LOC"})


def with_given_name_after_title(ents: list[Span]) -> list[Span]:
    """``ents`` with "<Title> <Given> <Surname>" made a person "<Given> <Surname>" where the
    recogniser tagged the surname alone as something other than a person."""
    doc = ents[0].doc if ents else None
    if doc is None:
        return ents
    lower_words: frozenset[str] | None = None
    people: list[Span] = []
    for ent in ents:
        if len(ent) != 1 or ent.label_ not in _SURNAME_LABELS or ent.start < 2 or not ent[0].is_title:
            continue
        given, title = doc[ent.start - 1], doc[ent.start - 2]
        # the parse may open a sentence at the given name ("Superintendent | Lia Ford met")
        untagged = given.pos_ == "PROPN" and given.is_title and given.is_alpha and not given.ent_type_
        if not untagged or given.whitespace_ != " " or title.whitespace_ != " ":
            continue
        if given.lower_ in _title_words() or given.lower_ in TITLE_MODIFIERS:
            continue
        if title.lower_ not in _title_words() or title.pos_ not in ("NOUN", "PROPN") or title.ent_type_:
            continue
        if lower_words is None:
            lower_words = _lower_case_words(doc)
        if given.lower_ in lower_words:
            continue
        people.append(Span(doc, given.i, ent.end, label="PERSON"))
    return _giving_way(ents, people)
