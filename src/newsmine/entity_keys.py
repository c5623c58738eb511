"""Corpus-wide entity keys: one string for one referent, the same in every article.

A key is ``LABEL:normalised name``, e.g. ``GPE:united states``, ``PERSON:antonio guterres``,
``ORG:acme``. What is folded together:

* **every label**: letter case, diacritics ('António' = 'Antonio'), periods and apostrophes
  ('U.N.' = 'UN', "O'Brien" = 'OBrien'), other punctuation and runs of spaces ('Jean-Luc' =
  'Jean Luc'), runs of single letters ('J. K.' = 'J.K.' = 'JK'), a possessive "'s", and a
  leading 'the';
* **countries** (GPE or LOC): the alias table of `country_converter` (coco), which knows the
  forms news uses ('US', 'U.S.', 'USA', 'the United States', 'Britain', 'U.K.', 'Burma',
  'Ivory Coast'), plus the few that it lacks (:data:`_COUNTRY_ALIASES`: 'America'). A
  country's key is ``GPE:`` and coco's short name, whichever of GPE or LOC the model said.
  A name matches only when the library's pattern reaches into every word of it (or it is
  coco's short or official name): 'Panama City' and 'Persian Gulf' are not Panama and Iran.
  Regions that coco files under a country but news treats as places of their own (England,
  Gaza, the West Bank) keep their own keys (:data:`_NOT_COUNTRIES`). Other places keep their
  normalised name ('GPE:new york'): a city and its state are not told apart;
* **people** (PERSON): honorifics and leading titles ('Mr.', 'Dr.', 'President', 'Sen.')
  and middle initials ('Michael R. Bloomberg' = 'Michael Bloomberg'; so 'George W. Bush'
  and 'George H. W. Bush' share a key too);
* **organisations** (ORG): company-form suffixes ('Inc.', 'Corp.', 'Co.', 'Ltd.', 'LLC',
  'plc', 'AG', 'GmbH'...), '&' = 'and'; an acronym whose expansion is among the entity's own
  mentions in the article ('World Health Organization ... WHO') takes the expansion's key.

What is *not* merged: an acronym with its expansion in an article that gives only one of them
('NATO' alone stays ``ORG:nato``), short forms of a name ('Guterres' alone is
``PERSON:guterres``), nicknames, transliterations ('Zelensky'/'Zelenskyy'), the same name
under two labels ('PERSON:jordan' and 'GPE:jordan'), and nationalities with their country
('NORP:american' is not 'GPE:united states').
"""

from __future__ import annotations

import csv
import importlib.util
import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

from newsmine.pattern_screen import PatternScreen

__all__ = ["COMPANY_FORMS", "KEY_SEPARATOR", "country_name", "entity_key", "fold"]

KEY_SEPARATOR = ":"

# News forms of country names that coco's patterns miss, or match on part of the name only
# (folded, see fold()); values are coco short names.
_COUNTRY_ALIASES = {"america": "United States", "holland": "Netherlands", "ivory coast": "Côte d'Ivoire",
                    "soviet union": "Soviet Union (former)"}
# Folded names that coco files under a country but that name a place of their own in news
# (Helena is the capital of Montana before it is St. Helena), or a state that split rather
# than was renamed (renamed ones share their successor's key: Zaire, Ceylon, Burma).
_NOT_COUNTRIES = frozenset({"england", "gaza", "gaza strip", "west bank", "somaliland", "helena", "czechoslovakia"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})

_HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
    "fr", "father", "sister", "brother", "st", "saint", "hon", "honourable", "honorable", "sheikh", "imam", "rabbi",
})
# Company-form words at the end of an organisation's name: 'Acme Corp.' is 'Acme'.
COMPANY_FORMS = frozenset({
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "ag", "sa",
    "nv", "gmbh", "lp", "llp",
})
_ACRONYM_STOPWORDS = frozenset({"of", "the", "and", "for", "on", "in", "&"})

_APOSTROPHES = re.compile(r"[’'`´]")
_POSSESSIVE = re.compile(r"['’]s?$")
_AMPERSAND = re.compile(r"\s&\s")
_INNER_AMPERSAND = re.compile(r"(?<=\w)&(?=\w)")  # 'AT&T' -> 'att', as 'A.T.T.' would
_PUNCTUATION = re.compile(r"[^\w\s]|_")
_SINGLE_LETTERS = re.compile(r"\b(\w) (?=\w\b)")  # 'j k' -> 'jk'
# An initial as written: 'R.', 'R', 'H.W.', 'J.-P.' (not 'DE' in a name in capitals).
_INITIAL = re.compile(r"[A-Z]\.?|(?:[A-Z]\.-?){2,3}")


def fold(text: str) -> str:
    """Lower case, diacritics, periods, apostrophes and other punctuation folded away;
    single letters run together ('J. K. Rowling' -> 'jk rowling')."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _INNER_AMPERSAND.sub("", _AMPERSAND.sub(" and ", text))
    text = _PUNCTUATION.sub(lambda m: "" if m.group() == "." else " ", _APOSTROPHES.sub("", text))
    return _SINGLE_LETTERS.sub(r"\1", " ".join(text.split()))


def _without_the(words: list[str]) -> list[str]:
    return words[1:] if len(words) > 1 and words[0] == "the" else words


@cache
def _coco_table() -> tuple[tuple[re.Pattern[str], str, frozenset[str]], ...]:
    """coco's country table as (name pattern, short name, folded short and official names).

    Read from the package's data file rather than through ``coco.convert``: the data is what
    we need, and importing coco imports pandas (half a second in every worker)."""
    spec = importlib.util.find_spec("country_converter")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("country_converter is not installed; newsmine needs it for country keys "
                          "(pip install country_converter)")
    data = Path(next(iter(spec.submodule_search_locations))) / "country_data.tsv"
    with open(data, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return tuple((re.compile(row["regex"], re.IGNORECASE), row["name_short"],
                  frozenset({fold(row["name_short"]), fold(row["name_official"])})) for row in rows)


@cache
def _country_index() -> tuple[dict[str, frozenset[str]], PatternScreen]:
    """coco's countries by their folded short and official names, and the screen that tells
    which of its patterns could match a name (most names are searched with a few, not 256)."""
    by_name: dict[str, set[str]] = {}
    for _, short, names in _coco_table():
        for name in names:
            by_name.setdefault(name, set()).add(short)
    return ({name: frozenset(shorts) for name, shorts in by_name.items()},
            PatternScreen([pattern for pattern, _, _ in _coco_table()]))


@lru_cache(maxsize=65536)
def country_name(name: str) -> str | None:
    """coco's short name of the country ``name`` names ('U.S.' -> 'United States'), or None."""
    written = re.sub(r"^the\s+", "", " ".join(name.split()), flags=re.IGNORECASE)
    folded = fold(written)
    if not folded or folded in _NOT_COUNTRIES:
        return None
    if folded in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[folded]
    table = _coco_table()
    by_name, screen = _country_index()
    found = set(by_name.get(folded, ()))
    # The patterns ignore case, so on a name in ASCII that folding only lower-cased ('Iowa',
    # 'New Jersey') both forms give the same answer: each pattern is searched once, not twice.
    texts = (written,) if written.isascii() and written.lower() == folded else (written, folded)
    for text in texts:
        found.update(table[index][1] for index in screen.candidates(text) if _covers(table[index][0], text))
    return found.pop() if len(found) == 1 else None  # 'Iran-Iraq' names two: no country key


def _covers(pattern: re.Pattern[str], text: str) -> bool:
    """The pattern's match reaches into the first word and the last: 'Afghan' names
    Afghanistan, but the 'Panama' in 'Panama City' leaves a word of the name out."""
    match = pattern.search(text)
    if match is None:
        return False
    words = text.split()
    return match.start() < len(words[0]) and match.end() > len(text) - len(words[-1])


def _person_words(name: str) -> list[str]:
    """The name's words as written, without leading honorifics and titles or middle initials."""
    from newsmine.nlp import lexicons

    titles = lexicons.load("titles")
    words = name.split()
    while len(words) > 1 and (fold(words[0]) in _HONORIFICS or words[0].lower() in titles
                              or words[0].lower().rstrip(".") in titles):
        words = words[1:]
    if len(words) >= 3 and not _INITIAL.fullmatch(words[0]):
        words = [words[0], *(w for w in words[1:-1] if not _INITIAL.fullmatch(w)), words[-1]]
    return words


def _expansion(name: str, mentions: Iterable[str]) -> str | None:
    """The mention that spells out the acronym ``name`` ('WHO' -> 'World Health Organization')."""
    letters = name.replace(".", "")
    if not (2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()):
        return None
    for mention in mentions:
        words = [w for w in fold(mention).split() if w not in _ACRONYM_STOPWORDS]
        if len(words) == len(letters) and "".join(w[0] for w in words) == letters.lower():
            return mention
    return None


def entity_key(label: str, name: str, mentions: Iterable[str] = ()) -> str:
    """The corpus-wide key of an entity named ``name`` with type ``label``; ``mentions`` are
    its mentions' texts in the article (an acronym's expansion may be among them)."""
    # Only an organisation's key reads its mentions; the same people and places recur from
    # article to article, so their keys are remembered by name.
    return _entity_key(label, name, tuple(mentions) if label == "ORG" else ())


@lru_cache(maxsize=65536)
def _entity_key(label: str, name: str, mentions: tuple[str, ...]) -> str:
    if label in _PLACE_LABELS and (country := country_name(name)) is not None:
        return f"GPE{KEY_SEPARATOR}{fold(country)}"
    if label == "PERSON":
        name = " ".join(_person_words(name))
    elif label == "ORG":
        name = _expansion(name, mentions) or name
    words = _without_the(fold(_POSSESSIVE.sub("", name.strip())).split())
    if label == "ORG":
        while len(words) > 1 and words[-1] in COMPANY_FORMS:
            words = words[:-1]
    return f"{label}{KEY_SEPARATOR}{' '.join(words) or fold(name)}"
