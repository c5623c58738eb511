"""A wire story's credit at its end ("(Reporting by Jane Doe in Nairobi; Editing by John
Roe)", "Reporting by A; editing by B" on a line of its own) and a line crediting extra
reporters ("… contributed reporting."): not the story's text; the reporters and writer a
credit names are the authors when there is no byline (:func:`find_credit`)."""

from __future__ import annotations

import re

from newsmine.layout.bylines import _NAME, _SPLIT_NAMES_RE, Byline
from newsmine.layout.lines import _LINES_FROM_END, _last_lines

__all__ = ["find_credit"]


# A wire credit closing the story, on a line of its own or after the last sentence:
# "(Reporting by A and B in Washington; Additional reporting by C; Writing by D; Editing by E)".
_CREDIT_RE = re.compile(r"\((?P<body>(?:Additional r|R)eporting by [^()\n]{2,400}?)\.?\)[^\S\n]*$")
# The parts of a credit that name the story's authors (not its editors or extra reporters).
_CREDIT_AUTHOR_PARTS_RE = re.compile(r"^(?:Reporting|Writing) by\s+(?P<names>.+)$")
# The same credit on a line of its own without parentheses ("Reporting by A; editing by B"):
# kept only when every part is a credit's and it names a reporter or writer, so a body
# sentence that starts "Reporting by the Post showed …" is no credit. Archive exports and
# newspaper sites set it off with a dash ("— Reporting by A; Editing by B").
_CREDIT_LINE_RE = re.compile(r"^[^\S\n]*(?:(?:—|–|--?)[^\S\n]*)?(?P<body>(?:Additional r|R)eporting by [^()\n]{2,400}?)\.?[^\S\n]*$", re.M)
_CREDIT_PART_RE = re.compile(r"^(?:(?:[Aa]dditional )?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]roduced|[Gg]raphics) by\s")
_CREDIT_PLACE_RE = re.compile(r"\s+in\s+[A-Z][^,]*$")
# A line crediting extra reporters ("Associated Press writers A in Seoul and B in Tokyo
# contributed to this report.", "C contributed reporting."): a credit, like "Additional reporting
# by", whose people are not the story's authors; read as a sentence it made the names a quote.
# The credit starts at the names: the agency before "writers" stays an entity of the story.
_CONTRIBUTED_LINE_RE = re.compile(
    r"^[^\S\n]*(?:[A-Z][^\n]{0,40}? (?:writers?|reporters?|correspondents?) )?(?P<body>[A-Z][^\n]{2,300}? contributed (?:reporting|research|to this (?:report|story|article))(?:\s+(?:from|in)\s+[A-Z][^.\n]{0,60})?)\.[^\S\n]*$",
    re.M,
)


def find_credit(text: str) -> Byline | None:
    """A wire story's credit at the end of the text ("(Reporting by Jane Doe in Nairobi; Editing
    by John Roe)"): its span, from the opening parenthesis, and the reporters and writer named
    in it as authors (editors and "additional reporting" are not the story's byline)."""
    # A credit may take two footer lines, the extra reporters' under the story's ("Reporting by
    # A; Editing by B" / "(Additional reporting by C)"): one naming no author lets the line
    # above it name them, and the credit spans both.
    authorless: Byline | None = None
    for start, end in reversed(_last_lines(text, _LINES_FROM_END)):
        match = _CREDIT_RE.search(text, start, end)
        bare = match is None
        if bare:
            match = _CREDIT_LINE_RE.match(text, start, end)
            if match is None or not all(_CREDIT_PART_RE.match(p.strip()) for p in match.group("body").split(";")):
                if authorless is not None:
                    break
                continue
        pieces = _credit_author_pieces(match.group("body"))
        names = [piece for piece in pieces if re.fullmatch(_NAME, piece)]
        if bare and (not names or len(names) < len(pieces)):
            if authorless is not None:
                break
            continue  # "Reporting by Ana Ruiz and Tom Reed was key to the story.": a sentence
        authors = tuple(dict.fromkeys(names))  # once each, in the credit's order
        credit = Byline(match.start("body") if bare else match.start(), match.end(), authors, None)
        if authorless is not None:
            return Byline(credit.start, authorless.end, authors, None) if authors else authorless
        if authors:
            return credit
        authorless = credit
    if authorless is not None:
        return authorless
    for start, end in reversed(_last_lines(text, _LINES_FROM_END)):
        match = _CONTRIBUTED_LINE_RE.match(text, start, end)
        if match is not None and not re.search(r"[a-z]{2}[.!?] [A-Z]", match.group("body")):  # one sentence
            return Byline(match.start("body"), match.end(), (), None)
    return None


def _credit_author_pieces(body: str) -> list[str]:
    """What the reporting and writing parts of a credit list, each without its place: names
    in a credit, but the rest of a sentence in a body line that starts like one."""
    pieces: list[str] = []
    for part in body.split(";"):
        names = _CREDIT_AUTHOR_PARTS_RE.match(part.strip())
        for piece in _SPLIT_NAMES_RE.split(names.group("names")) if names else []:
            pieces.append(_CREDIT_PLACE_RE.sub("", piece.strip()))
    return pieces
