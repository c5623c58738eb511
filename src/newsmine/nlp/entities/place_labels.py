"""When a mention the recogniser tagged otherwise is a place: the tests of a place's name.

A name ending in a place's word no first name opens ("Skerry Point"), the place of a local
office written before its holder ("Ridgeford Mayor Tom Kessler"), a place or an institution
named after someone ("Queen Elizabeth Hospital", "Prince Edward Island": nobody's surname is
"Hospital"), a name after "the mayor of" or "the town of", a surname alone among places in a
list ("shelters in Hattiesburg and Jackson"), a town named "Port <Name>" ("Port Ellis"); and the
curated list of places. What
:func:`~.labels._fixed_label` and the mention collector (:mod:`~.mentions`) ask of a place.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.entities.word_lists import _NO_SURNAME_PLACE_WORDS
from newsmine.nlp.entities.word_lists import known_first_name as _known_first_name
from newsmine.nlp.entities.word_lists import title_words as _title_words

# "the mayor of Lindholm", "residents of Ostra": the name after "of" is a place.
_PLACE_OF_NOUNS = frozenset({
    "mayor", "governor", "city", "town", "village", "residents", "people", "outskirts", "capital", "province",
    "state", "county", "region", "suburb", "suburbs", "centre", "center", "streets", "port", "island", "district",
    "borough", "township",
})
# "the town of Millbrook": the name after one of these and "of" is a settlement, even where the
# recogniser tags it a region (LOC) or a building (FAC).
_SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "county", "borough", "township"})


# Last words of places' names that are nobody's surname when no first name comes before them.
_PLACE_WORDS = frozenset({
    "point", "bay", "cove", "creek", "harbour", "harbor", "island", "isle", "lake", "ridge", "valley", "beach",
    "canyon", "falls", "springs", "peak", "mountain", "mountains", "river", "glen", "sound", "strait", "gulf",
})  # fmt: skip


# The kind of thing each word of _NO_SURNAME_PLACE_WORDS ends the name of.
_NO_SURNAME_PLACE_LABELS = {
    **dict.fromkeys(("island", "islands", "isle"), "LOC"),
    **dict.fromkeys(("county", "province"), "GPE"),
    **dict.fromkeys(("hospital", "infirmary", "clinic", "university", "college", "school", "museum", "library", "institute"), "ORG"),
    **dict.fromkeys(("cinema", "theatre", "theater", "airport", "stadium", "cathedral", "avenue", "square"), "FAC"),
}


def _named_after_someone_by_last_word(span: Span) -> bool:
    """A name of two words or more ending, capitalised, in a word of
    :data:`_NO_SURNAME_PLACE_WORDS` ("Elizabeth Hospital", "Edward Island"): a place or an
    institution named after someone, whatever the first word; nobody's surname is "Hospital"."""
    return len(span) >= 2 and span[-1].is_title and span[-1].lower_ in _NO_SURNAME_PLACE_WORDS


def _with_title_of_namesake(span: Span) -> Span:
    """A place or an institution named after a titled person (:func:`_named_after_someone_by_last_word`)
    with the title before it the recogniser left out: "Queen| Elizabeth Hospital", "Prince|
    Edward Island" (the title is part of the name, not the title of a person)."""
    doc = span.doc
    if span.start == 0 or not _named_after_someone_by_last_word(span):
        return span
    title = doc[span.start - 1]
    if not title.is_title or title.lower_ not in _title_words() or title.ent_type_:
        return span
    return Span(doc, span.start - 1, span.end, label=span.label)


def _place_by_last_word(span: Span) -> bool:
    """A name of two words or more ending, capitalised, in a word of :data:`_PLACE_WORDS`, not
    opening with a first name of the lists ("Skerry Point", "Ponte Vedra Beach"; not "Michael
    Bay", "Tom Ridge"): a place the small model takes for a person."""
    if len(span) < 2 or span[-1].lower_ not in _PLACE_WORDS or not span[-1].is_title:
        return False
    return not _known_first_name(span[0].lower_)


def _the_place_named_like_a_person(span: Span) -> bool:
    """'the Rose Garden', 'the Lincoln Park': two or three capitalised words after "the",
    the last a place's or a grounds' word (:data:`_PLACE_WORDS`, :data:`_GROUNDS_WORDS`),
    which the small model tags a person because the first is a first name. A person's full name
    takes no "the" (session 66); :func:`_place_by_last_word` refuses a first name, since "Tom
    Ridge" and "Michael Bay" without the article are people."""
    if not 2 <= len(span) <= 3 or span.start == 0 or span.doc[span.start - 1].lower_ != "the":
        return False
    last = span[-1]
    return last.is_title and (last.lower_ in _PLACE_WORDS or last.lower_ in _GROUNDS_WORDS)


# Last words of grounds and gardens ("the Rose Garden", "the Lincoln Park", "the Jackson Square").
_GROUNDS_WORDS = frozenset({"garden", "gardens", "park", "square", "green", "lawn", "grounds"})


# Offices held for a place, written capitalised between the place and the holder's name.
_LOCAL_OFFICES = frozenset({
    "mayor", "governor", "gov.", "sheriff", "premier", "councilman", "councilwoman", "councillor",
    "alderman", "alderwoman", "selectman",
})  # fmt: skip


# Words after "Port" that name a body or a building, not a town: "Port Authority", "Port Terminal".
_PORT_BODY_WORDS = frozenset({"authority", "commission", "terminal", "district", "police", "council", "board"})


def _port_town(span: Span) -> bool:
    """'Port' and one capitalised name ("Port Ellis", "Port Huron", "Port Washington"): a town,
    which the recogniser tags a building (FAC) in running text ("Ferry crews in Port Ellis
    walked out") and a place in a dateline, so one town keyed two ways across a corpus
    (newuser52). A port's own name is written "the Port of …"; "Port Authority" is a body.
    Not after "the" ("outside the Port Tunnel", "the Port Police"): a town takes no article,
    a building or a body does (review53f)."""
    return (
        len(span) == 2
        and (span.start == 0 or span.doc[span.start - 1].lower_ != "the")
        and span[0].text == "Port"
        and span[1].is_title
        and span[1].is_alpha
        and span[1].lower_ not in _PORT_BODY_WORDS
    )


def _place_of_a_local_office(span: Span) -> bool:
    """The name stands before a capitalised office of :data:`_LOCAL_OFFICES` and a person's
    name tagged on its own ("Ridgeford Mayor Tom Kessler", "Clark County Sheriff Joe
    Lombardo"): the place the office is of, which the small model tags a person or a building.
    A party's word there ("Republican Gov. Doug Ducey") is tagged a group, not one of the
    labels this is asked about."""
    doc = span.doc
    office = span.end
    if office + 1 >= len(doc) or doc[office].lower_ not in _LOCAL_OFFICES or not doc[office].text[0].isupper():
        return False
    return doc[office + 1].ent_type_ == "PERSON" and doc[office + 1].ent_iob_ == "B"


def _listed_place(span: Span) -> bool:
    return " ".join(t.lower_ for t in span) in lexicons.load("places")


_LISTED_BODY_TYPES = frozenset({"PERSON", "ORG", "GPE", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})


def _listed_with(span: Span) -> frozenset[str]:
    """The recogniser's types of the other names of a list the span is in ("Ben Carson, and
    Carly Fiorina", "economists Peter Schott and Justin Pierce": PERSON)."""
    root = span.root
    joined = [t for t in root.children if t.dep_ == "conj"]
    if root.dep_ == "conj":
        joined += [root.head, *(t for t in root.head.children if t.dep_ == "conj" and t is not root)]
    return frozenset(
        t.ent_type_ for t in joined if t.ent_type_ in _LISTED_BODY_TYPES and not span.start <= t.i < span.end
    )


def _in_a_place(span: Span) -> bool:
    """Whether the list the span is in is the object of a preposition of place ("in", "near")."""
    first = span.root if span.root.dep_ != "conj" else span.root.head
    return first.dep_ == "pobj" and first.head.lower_ in ("in", "near", "across", "around", "outside")
