"""A person's name the recogniser tagged together with the portfolio of the office before it.

"Secretary of State Helen Garvey said": the small model sometimes tags "State Helen Garvey" one
organisation (for "Secretary of State John Kerry" it tags the person). The portfolio word is
the last word of the office's title, the words after it a person's name; kept as an
organisation, the secretary speaks as a body named "State Helen Garvey" and "she" finds no
woman to go to (probe54's detained sailors). :mod:`.not_names` drops the portfolio when it is
tagged alone; this rule cuts it off a name it was tagged with.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.entities.body_labels import _body_name
from newsmine.nlp.entities.not_names import _OFFICE_HOLDERS, _PORTFOLIOS
from newsmine.nlp.entities.word_lists import PLACE_AND_BODY_ENDINGS as _PLACE_AND_BODY_ENDINGS
from newsmine.nlp.entities.word_lists import known_first_name as _known_first_name

# At most this many words in a portfolio ("Homeland Security", "Veterans Affairs").
_LONGEST_PORTFOLIO = 2


def person_after_portfolio(span: Span) -> Span:
    """``span`` as the person it names when it is an organisation (or a place) opening with
    the portfolio of an office written just before it ("Secretary of [State Helen Garvey]",
    "Minister of [Finance Ana Ruiz]") and going on with a known first name and capitalised
    words only, or with a place's name used as a first name and a surname
    (:func:`_place_first_name`: "Secretary of [State Virginia Hale]"): the words after the
    portfolio, a person. Any other span is returned as it is: a body after an office
    ("Secretary of State Department affairs"), a portfolio with no first name after it
    ("Secretary of State Kerry", left as the recogniser tagged it)."""
    doc, start = span.doc, span.start
    if span.label_ not in ("ORG", "GPE", "NORP", "FAC") or start < 2:
        return span
    if doc[start - 1].lower_ != "of" or doc[start - 2].lower_ not in _OFFICE_HOLDERS:
        return span
    for size in range(1, _LONGEST_PORTFOLIO + 1):
        name = span[size:]
        if len(name) < 2 or " ".join(t.lower_ for t in span[:size]) not in _PORTFOLIOS:
            continue
        if not all(t.is_title or t.text in (".", "-") for t in name):
            continue
        if _known_first_name(name[0].lower_) or _place_first_name(name):
            return Span(doc, name.start, name.end, label="PERSON")
    return span


def _place_first_name(name: Span) -> bool:
    """A first name that is a place's name as well, and a surname ("Virginia Hale", "Georgia
    Banks"): the first-name list leaves out a state's or a country's name. Two capitalised words,
    the first a listed place, the two together no listed place, the second neither a place's nor
    ending like a body's name ("State Virginia Department" is an office). A name the list does
    not know that is no place is left: "State Elections Division", "State Business Services" are
    offices, their words as capitalised (seen54)."""
    if len(name) != 2 or not all(t.is_alpha for t in name):
        return False
    places, last = lexicons.load("places"), name[-1].lower_
    if name[0].lower_ not in places or last in places or name.text.lower() in places:
        return False
    return not _body_name(name) and last not in _PLACE_AND_BODY_ENDINGS
