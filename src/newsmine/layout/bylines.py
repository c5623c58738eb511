"""A plain-text article's byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "From
Tom Ashworth, Cricket Correspondent, at Lord's" (:func:`find_byline`), near the start or at
the end; its authors, and the outlet the writer files for when the byline or the line under
it names one. Its line is excluded from entities and quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsmine.layout.lines import _LINES_FROM_END, _LINES_FROM_START, _last_lines, _lines
from newsmine.nlp import lexicons

__all__ = ["Byline", "find_byline"]


_NAME_WORD = r"(?:[A-ZÀ-Þ][\w’'.-]*|de|da|van|von|der|del|la|le|bin|al-\w+)"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}"
# A slash may part the writers from their agency as a comma or a bar does ("By JANE DOE /
# Reuters"; review52f). A dash may open the line, as sign-offs at the end of a story do ("- By
# Tom Becker", "— By Ann Lee": probe66's zoo story, whose byline was missed for the dash).
_BYLINE_RE = re.compile(rf"^\s*(?:[—–-]{{1,2}}\s*)?(?P<lead>(?:Written|Story|Words|Text|Reported|WRITTEN|STORY|WORDS|TEXT|REPORTED)\s+)?(?:by|BY|By)[:\s]\s*(?P<body>{_NAME}(?:\s*(?:,|\band\b|&)\s*{_NAME})*)\s*(?P<tail>[,|/—–-].*)?$")
# A British paper's byline for a reporter sent somewhere: "From Tom Ashworth, Cricket
# Correspondent, at Lord's", "From Ann Lee, Diplomatic Editor, in Kyiv". Only with the role
# word after the comma, so that "From Paris, the president flew on" is no byline.
_FROM_BYLINE_RE = re.compile(
    rf"^\s*From\s+(?P<body>{_NAME}),\s+(?:[A-Z][\w-]*\s+){{0,3}}(?:Correspondent|Editor|Reporter|Writer)"
    r"(?:,?\s+(?:at|in)\s+[^\n]{1,40})?\s*$"
)
# After "Written by X" a byline's tail is a role or an outlet ("Staff Writer", "The Associated
# Press"), a few words; a longer one is the rest of a sentence ("Written by Ana Ruiz, the play
# opens on Friday.").
_MAX_LEAD_TAIL_WORDS = 4
_SPLIT_NAMES_RE = re.compile(r"\s*(?:,|\band\b|&)\s*")
_SPLIT_NAMES_KEPT_RE = re.compile(r"\s*(,|\band\b|&)\s*")  # the same, keeping each separator
_MAX_BYLINE_CHARS = 120
# A time the sentence opens with, not a writer: "By Friday, the panda was back in its
# enclosure." closing a story, or a lede's "By Tuesday, the river had crested", read as the byline
# "Friday" and so left out of quotes and entities (review66b; probe66's dash, "- By Friday, …",
# made a list's last item one too). A single word only: "By May Chen" is a writer.
_TIME_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "noon", "midnight", "dawn", "dusk", "nightfall", "sunrise", "sunset", "now", "today", "tonight",
    "tomorrow", "yesterday",
})  # fmt: skip


@dataclass(slots=True, frozen=True)
class Byline:
    start: int
    end: int
    authors: tuple[str, ...]
    outlet: str | None


def _is_role(piece: str) -> bool:
    """'Staff Writer', 'Reuters', 'Washington Bureau Chief': not a person's name."""
    words = piece.lower().replace(".", ". ").split()
    titles = lexicons.load("titles") | {"staff", "writer", "bureau", "reporter", "correspondent", "contributor", "news", "desk", "wire", "agency"}
    return piece.lower() in lexicons.load("outlets") or any(w in titles for w in words)


# The last word of a newspaper's name ("Valley Courier", "The Harbor Times", "Lakeside
# Herald"): a byline part ending so names the paper the writer files for, not a second writer,
# though the paper is in no list ("By Ruth Calder, Valley Courier" gave the author "Valley
# Courier" and no outlet, and the report counted the paper's quotes under "(unknown)").
_NEWSPAPER_HEADS = frozenset({
    "times", "courier", "herald", "gazette", "tribune", "journal", "chronicle", "ledger", "observer",
    "telegraph", "examiner", "sentinel", "dispatch", "bulletin", "register", "inquirer", "enquirer",
    "courant", "advertiser", "argus", "beacon", "clarion", "monitor", "mercury", "post", "daily",
    "gazette", "news", "newspaper", "press", "record", "review", "globe", "standard", "star", "sun",
})


# Head nouns that are also common surnames ("Wei Sun", "Jiwon Star", "Ama Post"): two words
# ending so are a writer whose first name no list holds, unless "The" opens them.
_SURNAME_HEADS = frozenset({"sun", "star", "post", "press"})


def _is_newspaper_name(piece: str) -> bool:
    """'Valley Courier', 'The Harbor Times': two to five capitalised words ending in a
    newspaper's head noun, not opening with a first name ('Tom Post', 'Emily Star' are
    writers), nor two words ending in a surname without 'The' ('Wei Sun': a writer whose
    first name is in no list; 'The Lakeside Sun' is a paper)."""
    words = piece.split()
    article = bool(words) and words[0].lower() == "the"
    if article:
        words = words[1:]
    if not 2 <= len(words) <= 5 or words[-1].lower() not in _NEWSPAPER_HEADS:
        return False
    if len(words) == 2 and words[-1].lower() in _SURNAME_HEADS and not article:
        return False
    if not all(word[0].isupper() for word in words):
        return False
    first = words[0].lower()
    return first not in lexicons.load("first_names_male") and first not in lexicons.load("first_names_female")


def _parse_byline(line: str) -> tuple[tuple[str, ...], str | None] | None:
    if len(line.strip()) > _MAX_BYLINE_CHARS:
        return None
    match = _BYLINE_RE.match(line)
    if not match:
        sent = _FROM_BYLINE_RE.match(line)
        return ((sent.group("body"),), None) if sent else None
    authors, outlet = [], None
    parts = _SPLIT_NAMES_KEPT_RE.split(match.group("body"))
    # (piece, the separator before it): a paper's name follows a comma, never "and" / "&"
    # ("By Tom Brady and Wei Sun" names two writers)
    pieces, after_comma = [], []
    for k in range(0, len(parts), 2):
        if parts[k].strip():
            pieces.append(parts[k].strip())
            after_comma.append(k > 0 and parts[k - 1].strip() == ",")
    tail = (match.group("tail") or "").strip(" ,|/—–-")
    if match.group("lead") and len(tail.split()) > _MAX_LEAD_TAIL_WORDS:
        return None
    if pieces and pieces[0].lower() in _TIME_WORDS:
        return None
    for k, piece in enumerate(pieces):
        if _is_role(piece):
            if piece.lower() in lexicons.load("outlets"):
                outlet = outlet or piece
            break
        if k and after_comma[k] and _is_newspaper_name(piece):  # never the first: "By Valley Courier" is no byline
            outlet = outlet or piece
            break
        authors.append(piece.title() if piece.isupper() else piece)
    if tail and (tail.lower() in lexicons.load("outlets") or _is_newspaper_name(tail)):
        outlet = outlet or tail
    if not authors:
        return None
    return tuple(authors), outlet


def find_byline(text: str) -> Byline | None:
    """The byline line near the start (after the headline) or at the end of the text."""
    candidates = _lines(text, _LINES_FROM_START + 1) + _last_lines(text, _LINES_FROM_END)
    seen = set()
    for k, (start, end) in enumerate(candidates):
        if start in seen:
            continue
        seen.add(start)
        parsed = _parse_byline(text[start:end])
        if parsed:
            authors, outlet = parsed
            if outlet is None and k + 1 < len(candidates):
                outlet = _outlet_line(text[slice(*candidates[k + 1])])
            return Byline(start, end, authors, outlet)
    return None


def _outlet_line(line: str) -> str | None:
    """'By Priya Raman / The Canadian Press': the line under a byline when it is nothing but
    a known outlet's name, the outlet the writer files for."""
    name = line.strip()
    outlets = lexicons.load("outlets")
    return name if name.lower() in outlets or re.sub(r"^the\s+", "", name.lower()) in outlets else None
