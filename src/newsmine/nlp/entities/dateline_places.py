"""A dateline's place in capitals ("ST. PAUL, Minn. —"), which the recogniser tags in pieces or
not at all, made one place (:func:`_with_dateline_place`); a kicker in capitals ("BREAKING —")
is none (:func:`_kicker`). Split from :mod:`.whole_names` (session 50).
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.attribution import doc_text
from newsmine.nlp.entities.whole_names import _giving_way
from newsmine.nlp.whole_words import writes_word

# A dateline opening one of an article's first paragraphs: a place in capitals ("ST. PAUL",
# "FORT WORTH", "PENZANCE"), perhaps its state or country ("Minn.", "South Africa") and an
# agency in parentheses, then a dash.
_DATELINE_RE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’-]*[A-Z.](?: [A-Z][A-Z.'’-]*[A-Z.]){0,3})"
    r"(?:, (?P<region>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}))?(?: \([A-Za-z .&-]+\))? ?(?:—|–|--|-) "
)


_DATELINE_PARAGRAPHS = 3  # the headline's, the byline's and the first paragraph of text


_DATELINE_KICKERS = frozenset({"BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION", "WATCH", "LIVE", "CORRECTION"})


def _with_dateline_place(ents: list[Span]) -> list[Span]:
    """"ST. PAUL, Minn. —", "PENZANCE, England —": the recogniser tags a dateline's place in
    capitals in pieces ("ST", "PAUL"), or a place it does not know not at all, and may read
    the region after it as a person ("Cornwall"). The place of a dateline opening one of the
    article's first paragraphs is one place, named as written, and so is its state or country;
    the tags inside them give way (an agency in parentheses keeps its own). A kicker in
    capitals ("BREAKING —", "WARNING —") is no place (:func:`_kicker`)."""
    doc = ents[0].doc if ents else None
    if doc is None:
        return ents
    text = doc_text(doc)
    places: list[Span] = []
    for start in _opening_paragraphs(text):
        match = _DATELINE_RE.match(text, start)
        if match is None or _kicker(text, match):
            continue
        for group in ("place", "region"):
            place = doc.char_span(*match.span(group), label="GPE", alignment_mode="expand") if match.group(group) else None
            if place is not None and not any(e.start == place.start and e.end == place.end and e.label_ == "GPE" for e in ents):
                places.append(place)
        break
    return _giving_way(ents, places)


def _kicker(text: str, match: re.Match[str]) -> bool:
    """Whether a dateline-like opening in capitals is a kicker or the first words of a sentence
    ("BREAKING —", "EDITOR'S NOTE —", "IT WAS —", "WARNING —" with a "warning" later), not a
    place. A place with its state or an agency after it, or one the places lexicon knows
    ("WASHINGTON —"), is a place. A bare one is not when it holds a function word or a
    possessive, or the article writes it in lower case elsewhere, as a common word ("heat
    wave"); the tagger is no help in capitals (it read "DES MOINES" a name and a noun)."""
    place = match.group("place")
    if place in _DATELINE_KICKERS:
        return True
    if match.group("region") or "(" in match.group(0) or place.lower() in lexicons.load("places"):
        return False
    words = re.findall(r"[A-Z.]+|['’]S\b", place)
    if any(word.lower() in STOP_WORDS or word in ("'S", "’S") for word in words):
        return True
    return writes_word(text, place.lower())


def _opening_paragraphs(text: str) -> list[int]:
    """Where the paragraphs that may hold a dateline start: the headline's and those after it
    up to and including the first paragraph of text (a byline "By …" or a short line with
    no full stop, such as a date, comes before it), at most :data:`_DATELINE_PARAGRAPHS`
    after the headline."""
    starts = [0]
    for match in re.finditer(r"\n\s*(?=\S)", text):
        starts.append(match.end())
        end = text.find("\n", match.end())
        paragraph = text[match.end() : end if end >= 0 else len(text)].strip()
        leads_in = paragraph.startswith("By ") or (len(paragraph.split()) < 8 and not paragraph.endswith((".", "!", "?", '"', "”")))
        if len(starts) > _DATELINE_PARAGRAPHS or not leads_in:
            break
    return starts
