"""The article's authors: JSON-LD persons, author ``<meta>``, the visible byline, trafilatura.

Every source is read, in that order of trust, and its names cleaned the same way
(:func:`clean_authors`): newsmine's byline rules (:mod:`newsmine.layout`) split "Jane Roe
and Ed Poe", and a noise filter drops lead-ins ("View all posts by"), placeholders ("No
Author", "Editorial Staff"), credentials ("PhD") and an outlet trailing a name ("Rob
Picheta, CNN"). A source that names only the outlet is kept in reserve: a later one may name
the person.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterable

from newsmine.layout import find_byline
from newsmine.nlp import lexicons
from newsmine.readers.webpage_meta.declared import AUTHOR_META, DeclaredMetadata, ld_author_names
from newsmine.readers.webpage_meta.sites import _names_site

# Placeholders some sites put where a byline goes: never a person.
_PLACEHOLDER_AUTHORS = frozenset({
    "no author", "unknown", "unknown author", "anonymous", "admin", "administrator", "author", "editor", "editors",
    "staff", "editorial staff", "editorial team", "editorial", "web desk", "news desk", "desk", "agencies", "agency",
    "guest", "guest author", "guest contributor", "contributor", "team", "user", "webmaster", "null", "none",
})
# Lead-ins before a name in bylines and author links; "Por" and "Par" (Spanish, Portuguese, French)
# on pages in those languages, whose byline was "Por Ana Ruiz" (web66).
_AUTHOR_PREFIX = re.compile(
    r"^\s*(?:view all posts by|all posts by|more posts by|posts by|more from|more by|article by|written by|"
    r"posted by|published by|reported by|story by|words by|text by|by|author|authors|written|por|par)\s*:?\s+", re.I)
# A Spanish, Portuguese or French lead-in, after which "y", "e" or "et" joins two names ("Por Ana Ruiz
# y Tomás Okafor"): read as "and" there only, and only before a name of two words or more. The same
# words join the two parts of one surname ("José Ortega y Gasset", "Santiago Ramón y Cajal", "Artur
# da Costa e Silva"), whose last part is one word before the end or a comma: split there, a byline
# gave "José Ortega" and "Gasset" (review66a).
_ROMANCE_LEAD_IN = re.compile(r"^\s*(?:por|par)\s*:?\s+", re.I)
_ROMANCE_AND = re.compile(r"\s+(?:y|e|et)\s+(?=[^\s,;]+\s+(?!(?:y|e|et)\b)[^\s,;])")
# The serial comma before a list's last name ("Ana Ruiz, Tom Okafor, and Lee Park"): newsmine's
# byline rules (newsmine.layout, shared with plain text) ended the list at it, losing the last name.
_SERIAL_AND = re.compile(r",\s+(and|&)\s+", re.I)
# Credentials and roles after a name: "Jane Roe, PhD", "Jo Bloggs MD", "Al Smith - Staff Writer".
_CREDENTIALS = re.compile(
    r",?\s+(?:ph\.?\s?d|m\.?d|m\.?sc|b\.?sc|m\.?a|mba|rn|rd|cpa)\.?(?=\s*(?:[,;&]|\band\b|$))", re.I)
_ROLE_WORDS = frozenset({"staff", "writer", "reporter", "correspondent", "contributor", "contributing", "editor",
                         "senior", "columnist", "producer", "intern", "freelance", "special", "to", "the"})
_FOR_OUTLET = re.compile(r"\s+(?:for|of|from)\s+(?:the\s+)?[A-Z][\w.&' -]*$", re.I)


def _ld_authors(declared: DeclaredMetadata) -> tuple[list[str], list[str]]:
    """(person names, organisation names) of the first JSON-LD item that names its authors."""
    for item in declared.ld_items:
        persons, organisations = ld_author_names(item.get("author") or item.get("creator"))
        if persons or organisations:
            return persons, organisations
    return [], []


def clean_authors(raw_names: Iterable[str], sites: Iterable[str] = ()) -> list[str]:
    """Byline strings -> person (or collective) names, noise and outlets removed.

    Each string may hold several names ("By Jane Roe and Ed Poe, Reuters"); they are split
    with newsmine's byline rules. Outlets are dropped when they trail a name in the same
    string ("Rob Picheta, CNN"); an outlet given on its own stays (it is the byline).
    """
    sites = [s for s in sites if s]
    names: list[str] = []
    for raw in raw_names:
        for name in _names_in(html_lib.unescape(str(raw)), sites):
            if name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
    return names


def _names_in(raw: str, sites: list[str]) -> list[str]:
    text = " ".join(raw.split())
    if not text or "://" in text or text.startswith("@") or "@" in text and " " not in text:
        return []
    if _ROMANCE_LEAD_IN.match(text):
        text = _ROMANCE_AND.sub(" and ", text)
    text = _CREDENTIALS.sub("", _AUTHOR_PREFIX.sub("", text))
    text = re.sub(r"\s+\band\b\s+", " and ", text, flags=re.I)  # "Glen Owen And Brendan Carlin"
    text = _SERIAL_AND.sub(r" \1 ", text) if text.count(",") >= 2 else text
    text = _FOR_OUTLET.sub("", text) if " " in text else text
    pieces = [p.strip(" ,;|") for p in re.split(r"\s*;\s*|\s+\|\s+", text) if p.strip(" ,;|")]
    names: list[str] = []
    for piece in pieces:
        byline = find_byline(f"By {piece}")
        if byline is not None and byline.start == 0:
            candidates = list(byline.authors)
        else:
            candidates = [piece]
        for candidate in candidates:
            name = _clean_name(candidate, sites, alone=len(pieces) == 1 and len(candidates) == 1)
            if name:
                names.append(name)
    return names


def _clean_name(name: str, sites: list[str], *, alone: bool) -> str | None:
    words = name.strip(" ,;|-–—").split()
    # Trailing roles, and the outlet before them: "Adam Aaronson PhillyVoice Staff" -> "Adam Aaronson".
    if len(words) > 2 and words[-1].lower().strip(",") in _ROLE_WORDS:
        while len(words) > 2 and (words[-1].lower().strip(",") in _ROLE_WORDS or _names_site(words[-1], sites)):
            words.pop()
    name = " ".join(words).strip(" ,;|-–—")
    if not name or name.casefold() in _PLACEHOLDER_AUTHORS or len(name) > 80 or len(words) > 8:
        return None
    if not alone and _is_outlet(name, sites):
        return None  # "Rob Picheta, CNN": the outlet trails a name
    return name


def pick_authors(declared: DeclaredMetadata, extracted_author: str | None, sites: list[str]) -> list[str]:
    """The names of the most trusted source that names a person; the outlet alone when none does."""
    persons, organisations = _ld_authors(declared)
    visible = clean_authors(declared.visible_byline, sites)
    extracted = clean_authors([a for a in re.split(r";", extracted_author or "") if a.strip()], sites)
    outlet_only: list[str] = []
    # (names, whether they may replace an outlet-only byline found before): trafilatura's
    # guess may not (it can come from a comments widget); what the page declares may.
    sources = ((clean_authors(persons, sites), True), (clean_authors(declared.meta_values(AUTHOR_META), sites), True),
               (visible, True), (extracted, False), (clean_authors(organisations, sites), False))
    for names, overrides_outlet in sources:
        if not names or outlet_only and not overrides_outlet:
            continue
        if all(_is_outlet(name, sites) for name in names):
            # <meta name="author" content="The Gazette">: a later declaration may name the person.
            outlet_only = outlet_only or names
        else:
            return [_fuller_name(name, visible + extracted) for name in names]
    return outlet_only


def _is_outlet(name: str, sites: list[str]) -> bool:
    key = name.casefold()
    return _names_site(name, sites) or key in lexicons.load("outlets") or key.removeprefix("the ") in lexicons.load("outlets")


def _fuller_name(name: str, others: list[str]) -> str:
    """A lone given name ("Todd") replaced by the full name another source gives ("Todd Bates")."""
    if " " in name:
        return name
    for other in others:
        if other.casefold().startswith(name.casefold() + " "):
            return other
    return name
