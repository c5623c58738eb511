"""HTML entities left in plain text (``&quot;``, ``&#8220;``, ``&#x2019;``, ``&amp;``, ``&nbsp;``,
``&mdash;``): the parser reads each as the character it names (:func:`read_entities`, html60).

Plain-text exports of web copy (a scraper that strips the tags but does not unescape, a CMS's
text field, a CSV of scraped articles) keep them, and read as written ``&quot;`` is no quotation
mark: on the six invented layout59 stories written with entities, 31 of 94 contents were right
against 87 as written (``training/typography_probes.py``). Records keep the text as it came: the
parser reads an entity's last character (its ``;``) as the character it names and does not read
the rest (:func:`~newsmine.layout.flowing.unread_spans`), so a span that ends with the character
ends after the ``;`` and one that starts with it starts at the ``&``
(:func:`~newsmine.layout.line_ends.input_offset`; ``extract._moved_to_input``).

Which: well-formed references only, with their ``;`` — the HTML5 named set (Python's
:data:`html.entities.html5`, which ``&T;`` or ``&D;`` is not: "AT&T;" and "R&D;" in prose are
left), decimal and hex numbers (``&#150;`` is the en dash, as HTML5 reads the Windows-1252
range). Not: ``&amp`` without its ``;`` (HTML reads some legacy names without one, but so would
"&copy" in prose), a reference naming two characters, a control or format character (a soft
hyphen ``&shy;`` stays as written, since a span cannot start on a character that stands for none)
or an invalid code point; one inside a URL with more of the URL after it ("?a=1&amp;b=2": the
address as written, while a ``&quot;`` that closes a quotation right after a URL is read); a
lone ``&quot;`` (or another quotation mark's or apostrophe's) standing between spaces as a word
of its own — a story naming the reference, where escaped copy glues a mark to its words.

When: in every text, whatever its other entities. A text that holds one well-formed reference is
escaped copy, or a story about HTML that names one (rare in news, and then only the parser's
reading of that word moves, never the record's text); an entity-shaped string in prose is none
of HTML5's names. Reading only texts whose entities include punctuation was weighed: it would
leave copy that escapes only accented letters ("Jos&eacute; Garc&iacute;a") unread, and protects
against no prose string seen. The ``.html`` reader decodes a page's entities itself; its text
holds one only when the page escaped one twice. A text with no ``&`` costs one string test.
"""

from __future__ import annotations

import html
import re
import unicodedata
from html.entities import html5

__all__ = ["read_entities", "with_entities_read"]

# A well-formed character reference: a name (HTML5's longest is 31 characters), a decimal or a
# hex number, with its ";".
_REFERENCE_RE = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});")
# A URL as prose writes it: from its scheme or "www." to the next white space.
_URL_RE = re.compile(r"(?:\b[A-Za-z][A-Za-z0-9+.-]*://|\bwww\.)\S+")
_URL_GOES_ON_RE = re.compile(r"[A-Za-z0-9/=?#%_-]")
# Characters a reference cannot stand for here: controls, format characters (zero-width, soft
# hyphen, direction marks), surrogates, private use, unassigned.
_UNREAD_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
# Quotation marks and apostrophes: a reference to one standing alone as a word is a story's
# mention of it, not escaped copy's mark.
_MARKS = "\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"
# Filler for a reference's characters before its last, in the layout's same-length text: spaces,
# which no rule run after the soft breaks reads as a word, and which the parser does not read
# (:func:`~newsmine.layout.flowing.unread_spans` drops them with the indents).
_FILLER = " "


def _character(reference: str) -> str | None:
    """The one character ``reference`` (``&…;``) names, or None (not HTML5's, two characters, one
    not read: :data:`_UNREAD_CATEGORIES`)."""
    if reference[1] == "#":
        character = html.unescape(reference)  # HTML5's numbers: 150 -> "–", 0 and surrogates -> "\ufffd"
        if character == "\ufffd" and reference.lower() not in ("&#65533;", "&#xfffd;"):
            return None
    else:
        character = html5.get(reference[1:])
    if character is None or len(character) != 1 or unicodedata.category(character) in _UNREAD_CATEGORIES:
        return None
    return character


def read_entities(text: str) -> list[tuple[int, int, str]]:
    """(start, end, character) of each HTML character reference in ``text`` the parser reads as the
    character it names, in order (the module's docstring says which); empty, at the cost of one
    string test, when ``text`` has no ``&``."""
    if "&" not in text or ";" not in text:
        return []
    found = []
    urls = None
    for match in _REFERENCE_RE.finditer(text):
        character = _character(match.group())
        if character is None:
            continue
        start, end = match.span()
        if character in _MARKS and (start == 0 or text[start - 1].isspace()) and (end == len(text) or text[end].isspace()):
            continue  # '… the code &quot; for a mark': a word of its own, named
        if urls is None:
            urls = [m.span() for m in _URL_RE.finditer(text)] if ("://" in text or "www." in text) else []
        if any(u_start < start < u_end and _URL_GOES_ON_RE.search(_REFERENCE_RE.sub("", text[end:u_end])) for u_start, u_end in urls):
            continue  # inside a URL, more of the address after it: as written
        found.append((start, end, character))
    return found


def with_entities_read(text: str, entities: list[tuple[int, int, str]]) -> str:
    """``text`` with each of ``entities`` (:func:`read_entities`) its character at its last place
    (the ``;``) and spaces before it; same length."""
    if not entities:
        return text
    pieces, position = [], 0
    for start, end, character in entities:
        pieces.append(text[position:start])
        pieces.append(_FILLER * (end - start - 1) + character)
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
