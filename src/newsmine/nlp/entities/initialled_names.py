"""A person who goes by joined initials before the surname ("J.D. Vance", "A.J. Brandt").

The small model tags "Vance" alone after "J.D." ("J.D. Vance, the author of …, said"), so the
person's only full name was lost and every quote went to a bare "Vance". Joined initials of
two or three letters ("J.D.", "A.J.", "T.J.") right before a person tagged from a surname are
the person's given name, as a first name of the lists is (:func:`.whole_names._with_given_names_before`).
Not a place's or a body's letters ("U.S. Smith", "N.J. Roger Ailes", "D.C. Mayor"): those are
abbreviations a list holds; not before a first name of the lists ("H.W. Bush" is kept apart by
the rules of middle initials, and "J.C. Penney" is a company the recogniser tags so). A single
initial ("J. Smith") is left alone: a lone capital and full stop also ends a sentence ("Plan B.
Smith said …").

When the recogniser tags neither word ("J.D. Vance said …" with no later "Vance" to tag), the
initials and the capitalised proper noun after them are a person the recogniser missed
(:func:`_missed_initialled_people`), as a first name of the lists and a surname are
(:func:`.missed_names._missed_people`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newsmine.nlp import lexicons
from newsmine.nlp.attribution import doc_text
from newsmine.nlp.doc_attrs import in_excluded
from newsmine.nlp.entities.candidates import _Candidate
from newsmine.nlp.entities.names import _name_tokens
from newsmine.nlp.entities.whole_names import _giving_way
from newsmine.nlp.entities.word_lists import PLACE_AND_BODY_ENDINGS as _PLACE_AND_BODY_ENDINGS
from newsmine.nlp.entities.word_lists import known_first_name as _known_first_name
from newsmine.nlp.entities.word_lists import title_words as _title_words

# Two or three capitals, each with its full stop, written as one word: "J.D.", "A.J.", "R.J.".
_JOINED_INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")
# Where such a word, with the one space after it, starts in an article's text: every place, so
# that words starting inside another's match are found too (a zero-width look-ahead).
_JOINED_INITIALS_AND_SPACE_AT = re.compile(r"(?=(?:[A-Z]\.){2,3} )")
# The first two of those letters, searched first: no place before the first of them can start
# such a word, and the look-ahead, tried at every character, is slower (half the articles have none).
_TWO_INITIALS = re.compile(r"[A-Z]\.[A-Z]\.")

# Letters news write before a name that are a place's or a body's, not a person's (dots
# removed, lower case): countries, unions, the capital, states, times of day.
_NOT_A_PERSONS_INITIALS = frozenset({
    "us", "usa", "uk", "un", "eu", "dc", "am", "pm", "la", "nj", "ny", "nyc", "nc", "sc", "nh", "nd",
    "sd", "nm", "ri", "wv", "fbi", "cia", "gop", "bc", "ad", "ok",
})  # fmt: skip


def _with_joined_initials_before(ents: list[Span]) -> list[Span]:
    """Each person tagged from a surname with joined initials right before it, untagged and
    parted by one space, made whole ("J.D.| Vance" -> "J.D. Vance")."""
    doc = ents[0].doc if ents else None
    if doc is None:
        return ents
    people: list[Span] = []
    for ent in ents:
        if ent.label_ != "PERSON" or not ent.start or not ent[0].is_title or _known_first_name(ent[0].lower_):
            continue
        before = doc[ent.start - 1]
        if before.ent_type_ or before.whitespace_ != " " or not _JOINED_INITIALS.match(before.text):
            continue
        if before.text.replace(".", "").lower() in _NOT_A_PERSONS_INITIALS:
            continue
        people.append(Span(doc, ent.start - 1, ent.end, label="PERSON"))
    return _giving_way(ents, people)


def _initials_of_a_person(token) -> bool:
    """Whether ``token`` is joined initials that may open a person's name, parted by one space
    from the next word: not a place's or a body's letters."""
    if token.whitespace_ != " " or not _JOINED_INITIALS.match(token.text):
        return False
    return token.text.replace(".", "").lower() not in _NOT_A_PERSONS_INITIALS


def _missed_initialled_people(
    doc: Doc, candidates: list[_Candidate], lower_words: frozenset[str], taken: set[int]
) -> list[_Candidate]:
    """People written as joined initials and a surname that the recogniser tagged nowhere
    ("J.D. Vance said …"). The surname is a capitalised proper noun the article never writes in
    lower case, no place, outlet, title or body's last word, and ends the name: a capitalised
    word or an ampersand after it makes a body ("J.C. Penney Co.", "W.W. Norton & Company").
    ``taken``: the token positions that a name already holds."""
    places, outlets = lexicons.load("places"), lexicons.load("outlets")
    found = []
    for token in _joined_initials_words(doc):
        if token.i in taken or not _initials_of_a_person(token):
            continue
        surname = doc[token.i + 1]
        low = surname.lower_
        if surname.i in taken or surname.pos_ != "PROPN" or not surname.is_title or not surname.is_alpha:
            continue
        if low in lower_words or low in places or low in outlets or low in _title_words() or low in _PLACE_AND_BODY_ENDINGS:
            continue
        after = doc[surname.i + 1] if surname.i + 1 < len(doc) else None
        if after is not None and (after.text == "&" or (after.is_title and after.pos_ == "PROPN")):
            continue
        if in_excluded(doc, token.idx, surname.idx + len(surname)):
            continue
        span = Span(doc, token.i, surname.i + 1, label="PERSON")
        found.append(_Candidate(span, "PERSON", _name_tokens(span)))
    return found


def _joined_initials_words(doc: Doc) -> list:
    """The tokens of ``doc`` but its last, in order, that may be joined initials parted by one
    space from the next word: those starting where the text has such letters and a space. Every
    token :func:`_initials_of_a_person` accepts is among them (its text is the letters, the
    space follows), so the rule reads a few Tokens an article instead of making one for each
    word (some 800 an article: most of the rule's time)."""
    text = doc_text(doc)
    first = _TWO_INITIALS.search(text)
    if first is None:
        return []
    starts = {match.start() for match in _JOINED_INITIALS_AND_SPACE_AT.finditer(text, first.start())}
    if not starts:
        return []
    last = len(doc) - 1
    return [doc[i] for i, idx in enumerate(doc.to_array("IDX").tolist()) if idx in starts and i < last]
