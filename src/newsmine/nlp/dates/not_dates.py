"""What spaCy tags a date that is none: ages and counts ("Hernandez, 49,", "in their
thirties"), frequency adjectives, model numbers (:func:`_is_noise`, :func:`_an_age_decade`); a
part of day naming a kind of thing ("night shifts", :func:`_part_of_day_modifying_a_noun`) or
capitalised alone ("“Morning at Honfleur,”", :func:`_capitalised_part_of_day_alone`);
a word of a person's name (:func:`names_tagged_dates`). Split from :mod:`.spans` (session 50).
"""

from __future__ import annotations

import re

from spacy.attrs import ENT_TYPE
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from newsmine.nlp.dates.days import HOLIDAYS
from newsmine.nlp.dates.entity_spans import _PART_OF_DAY
from newsmine.nlp.dates.words import MONTH_RE, TWO_DIGIT_WORDS_RE, WEEKDAYS

_AGE_RE = re.compile(r"^\d{1,3}$|^(?:early|mid|late)?-?\d0s$")
# A decade after a possessive is a person's age, not years of the calendar: "in their
# thirties", "a man in his early 60s", "her twenties" ("the thirties" stays the 1930s).
_DECADE_RE = re.compile(
    r"^(?:(?:early|mid|late)[\s-]*)?(?:\d0['’]?s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$", re.I
)
_POSSESSIVE_BEFORE_RE = re.compile(r"\b(?:his|her|their|my|our|your)\s+$", re.I)
_NOT_A_DATE_RE = re.compile(
    r"\d+[- ]years?[- ]old|\byears? old\b|[a-z]+-year-old\b|\bage of\b|\baged\b|^(?:quarterly|annual|annually|seasonally|olympic|"
    r"semiannual|biannual|yearly)$|^\d{5,}$|^0\d{3}$"
    # a year of study or service as an adjective: "a fifth-year chemistry student", "second-year teachers"
    r"|(?:^|\s)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|\d+(?:st|nd|rd|th))-year$"
    # a match's minute, no time of day: "scored in the 89th minute"
    r"|^(?:the\s+)?\d+(?:st|nd|rd|th)\s+minute$"
    # a place in a race or a show, no second of time: "lost nothing by coming second" (probe66's dog
    # show, tagged TIME and read PT1S)
    r"|^(?:came|come|comes|coming|finished|finishes|finishing|placed|places|placing)\s+(?:second|third)$",
    re.I,
)


def _is_noise(text: str) -> bool:
    """Ages, counts, frequency adjectives and model numbers spaCy labels DATE."""
    # a bare number is an age ("Hernandez, 49,"), a count or "in his 30s"; spelled out too:
    # "when she was nineteen", "Forty-eight remain to be allocated", "Clinton named six"
    return bool(_NOT_A_DATE_RE.search(text) or _AGE_RE.match(text) or TWO_DIGIT_WORDS_RE.match(text))


def _an_age_decade(text: str, start: int, piece: str) -> bool:
    """A decade written after a possessive ("in their thirties", "in his early 60s"): the
    person's age, which spaCy labels DATE and the values would read as the 1930s."""
    return bool(_DECADE_RE.match(piece) and _POSSESSIVE_BEFORE_RE.search(text[max(0, start - 8) : start]))


# The parts of the day that are nouns; not "overnight", which says when whatever its place
# ("overnight losses in New York", a TimeBank time; "Overnight, the storm moved east").
_NOUN_PARTS_OF_DAY = _PART_OF_DAY - {"overnight"}
# Parts of the day that name a kind of thing before a noun ("night shifts", "the evening news",
# "day care").
_KINDS_OF_DAY = _NOUN_PARTS_OF_DAY | {"day"}


def _part_of_day_modifying_a_noun(doc: Doc, start: int, end: int) -> bool:
    """The span is one word of :data:`_KINDS_OF_DAY`, after an article or not, that modifies
    the noun right after it ("work night shifts", "watched the evening news", "a day care
    centre"): it names a kind of thing, not a time."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if t.lower_ not in ("the", "a", "an")]
    if len(words) != 1 or words[0].lower_ not in _KINDS_OF_DAY:
        return False
    word = words[0]
    return word.dep_ in ("compound", "amod", "nmod") and word.head.pos_ == "NOUN" and word.head.i == word.i + 1


# The words after which a part of day is a day's ("Tuesday Morning" in a title-cased headline,
# "This Morning"), however it is written.
_DAY_OF_A_PART_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(WEEKDAYS)}|yesterday|today|tomorrow|this|that|the|each|every|one|early|late|mid|last|next|by)(?:\s+|-)$",
    re.I,
)


def _capitalised_part_of_day_alone(text: str, start: int, end: int) -> bool:
    """The span is one capitalised part of day ("Morning") after no day, determiner or
    preposition of time: a title's word ("“Morning at Honfleur,” a harbor scene …, sold",
    probe65; "Good Morning America") or a noun opening a sentence ("Morning came slowly"), not
    the publication day's morning the value would make of it. Written in lower case it is left
    alone ("by morning the streets were quiet"), and so is "Overnight," opening a sentence (an
    adverb that says when); TimeBank writes no part of day capitalised."""
    piece = text[start:end]
    if not (piece.istitle() and piece.lower() in _NOUN_PARTS_OF_DAY):
        return False
    return not _DAY_OF_A_PART_BEFORE_RE.search(text, max(0, start - 16), start)


def _may_be_a_name(piece: str) -> bool:
    """A lone capitalised word spaCy tagged DATE that could be a word of a person's name, the
    second "Ruiz" of a headline "Ruiz edges out Ruiz in clerk race": not a month's, a
    weekday's or a holiday's name, which is a date though a person or a title is named by it
    too ("June Carter said the festival returns in June", "'Halloween Kills' took $50 million
    … Halloween is the studio's biggest weekend")."""
    if not (piece.istitle() and piece.isalpha()) or re.fullmatch(MONTH_RE, piece, re.I):
        return False
    return piece.lower() not in WEEKDAYS and piece.lower() not in HOLIDAYS


# Labels the small model gives a person's full name ("forward Ezi Magbegor" a work of art) whose
# surname it then tags a date alone ("Magbegor told reporters").
_NAME_LABELS = frozenset({"PERSON", "WORK_OF_ART", "FAC", "PRODUCT"})
_DATE_ID = get_string_id("DATE")


def _name_words_of(doc: Doc) -> frozenset[str]:
    """The words of the names of the people of ``doc`` (and of the names the model mislabels
    so, :data:`_NAME_LABELS`): read once per article, not once per date (a long article has
    hundreds of each)."""
    return frozenset(t.text for ent in doc.ents if ent.label_ in _NAME_LABELS for t in ent)


def names_tagged_dates(doc: Doc) -> list[Span]:
    """The lone capitalised words the model tagged a date that are words of a name of the
    article ("Ezi Magbegor … Magbegor told reporters"): a surname, which the dates leave out
    and the quotes may take for a speaker."""
    # Such a date is a word tagged a date that may be a name: without one (most articles) the
    # entities are not read, doc.ents building every one's span anew.
    dated = (doc.to_array(ENT_TYPE) == _DATE_ID).nonzero()[0].tolist() if len(doc) else []
    if not any(_may_be_a_name(doc[i].text) for i in dated):
        return []
    lone = [ent for ent in doc.ents if ent.label_ == "DATE" and len(ent) == 1 and _may_be_a_name(ent.text)]
    if not lone:
        return []
    words = _name_words_of(doc)
    return [ent for ent in lone if ent.text in words]
