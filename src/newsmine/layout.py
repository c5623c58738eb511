"""The layout of a plain-text article: lines, paragraphs, headline, byline and dateline.

This module is the one place that decides what a line break *means*:

- **Hard-wrapped text** (wire feeds, e-mail newsletters, archive exports) breaks lines at a
  fixed width inside sentences. Such a break is a *soft* break: :func:`flow_text` turns it into
  a space, character for character, so the parser and every component see running prose while
  every offset stays an offset into the input. A line break is soft when the text as a whole
  is wrapped (most single line breaks follow a line that is full, some lines go on with a
  lower-case word, and the wrap width lies between :data:`MIN_WRAP_WIDTH` and
  :data:`MAX_WRAP_WIDTH`) and the line before it is full: the first word of the next
  line would not have fitted on it, or (as tools that balance a paragraph's lines leave room)
  the line is well filled and ends no sentence. A short line (a paragraph's last), an
  indented line, a bullet, a short byline or a wire dateline starts a paragraph; a number
  opening a line after a well filled one that ends no sentence ("… on March" / "1. The …")
  goes on with it.
- Every other line break is *hard*: a blank line always ends a paragraph; a single line break
  ends one in text with one paragraph per line (see :mod:`newsmine.nlp.paragraphs`).
- Plain-text news files typically start with a headline (one paragraph, which may be wrapped
  over two lines) and carry a byline ("By Jane Doe", "By Jane Doe and John Roe, Reuters")
  near the start or at the end. The byline fills ``authors`` and its line is excluded from
  entities and quotes; so does a wire story's credit at the end ("(Reporting by Jane Doe in
  Nairobi; Editing by John Roe)"), whose reporters and writer are the authors when there is no
  byline; a line that holds only a date near the top is the publication date. A kicker above
  or glued to the headline ("EXCLUSIVE", "EXCLUSIVE-…") is no part of it.
- Feeds' own marks, read the way a reader reads them: a lone carriage return is a line break,
  «…» are quotation marks, and an e-mail's "> " quoted lines are a quotation when a line ending
  in a colon introduces them (see :func:`flow_text`).

The text itself is never changed, so offsets stay offsets into the input.
"""

from __future__ import annotations

import re
from itertools import islice
from dataclasses import dataclass

from newsmine.nlp import lexicons

__all__ = [
    "MAX_WRAP_WIDTH", "MIN_WRAP_WIDTH", "Byline", "find_byline", "find_contact_block", "find_credit", "find_dateline",
    "find_headline", "find_link_lines", "find_release_notice", "find_wire_outlet", "flow_text", "lines_are_paragraphs",
    "soft_breaks",
]

_NAME_WORD = r"(?:[A-ZÀ-Þ][\w’'.-]*|de|da|van|von|der|del|la|le|bin|al-\w+)"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}"
_BYLINE_RE = re.compile(rf"^\s*(?P<lead>(?:Written|Story|Words|Text|Reported|WRITTEN|STORY|WORDS|TEXT|REPORTED)\s+)?(?:by|BY|By)[:\s]\s*(?P<body>{_NAME}(?:\s*(?:,|\band\b|&)\s*{_NAME})*)\s*(?P<tail>[,|—–-].*)?$")
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
_MAX_HEADLINE_CHARS = 300
# How many non-empty lines from the start (after the headline) and from the end to search.
_LINES_FROM_START = 3
_LINES_FROM_END = 2
# A line near the top that holds only a publication date: "March 14, 2025",
# "Published: 14 March 2025 10:32 GMT", "Updated 2025-03-14", a live page's "Last updated 16:45
# GMT, 21 January 2026".
_DATELINE_RE = re.compile(
    r"^\s*(?:(?:published|updated|posted|first published|last updated|last modified)(?:\s+on)?\s*:?\s*)?"
    r"(?P<date>[A-Za-z0-9 ,.:/+-]{6,60}?)\s*$",
    re.I,
)
_HAS_YEAR_RE = re.compile(r"\b(19|20)\d\d\b")
# A press release's dateline opening its first paragraph: the city in capitals, maybe its
# state, the full date and the wire in slashes before a dash ("RENO, Nev., Feb. 3, 2026
# /PRNewswire/ -- Brightwell Energy …", "AUSTIN, Texas, March 9, 2025 /Business Wire/ —"), the
# day first in British and European releases ("LEEDS, England, 9 April 2025 /PRNewswire/ --").
_RELEASE_DATELINE_RE = re.compile(
    r"^\s*[A-Z][A-Z .'-]+,(?:\s+[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?,)?"
    r"\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d)"
    r"\s*(?:/[^/\n]{2,40}/\s*)?(?:--|—|–)"
)
# The notice a press release opens with, above its headline: never the headline itself.
_RELEASE_NOTICE_RE = re.compile(r"(?:for immediate release|for release|press release|news release)\W*", re.I)
_LINE_RE = re.compile(r"[^\r\n]+")
# A whole line holding a non-space character; the look-behind lets a match start only at a
# line start, so blank lines are skipped in C at one step a character.
_NON_EMPTY_LINE_RE = re.compile(r"(?<![^\r\n])[^\r\n]*\S[^\r\n]*")


@dataclass(slots=True, frozen=True)
class Byline:
    start: int
    end: int
    authors: tuple[str, ...]
    outlet: str | None


def _lines(text: str, count: int) -> list[tuple[int, int]]:
    """(start, end) of the first ``count`` non-empty lines, without their line endings.

    Lazily: an article of a million short lines costs no more than one of a few.
    """
    return [match.span() for match in islice(_NON_EMPTY_LINE_RE.finditer(text), count)]


def _last_lines(text: str, count: int) -> list[tuple[int, int]]:
    """(start, end) of the last ``count`` non-empty lines, in text order."""
    result: list[tuple[int, int]] = []
    end = len(text)
    while len(result) < count:
        # The last non-whitespace character before `end` lies on the last non-empty line
        # (rstrip and rfind run in C, so a million blank lines cost next to nothing).
        last = len(text[:end].rstrip()) - 1
        if last < 0:
            break
        start = max(text.rfind("\n", 0, last), text.rfind("\r", 0, last)) + 1
        result.append(_LINE_RE.match(text, start).span())
        end = start
    return result[::-1]


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
    tail = (match.group("tail") or "").strip(" ,|—–-")
    if match.group("lead") and len(tail.split()) > _MAX_LEAD_TAIL_WORDS:
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


# A line pointing readers to another story ("Related: Council warns of budget gap", "READ
# MORE: Why pools are closing", "See also: …"): another article's headline between the
# paragraphs, which read as the story's own sentence made "Council" a speaker.
_LINK_LINE_RE = re.compile(
    r"^[^\S\r\n]*(?:related(?: (?:stories|story|articles?|coverage|content|reading))?|read more|read also|also read"
    r"|see also|more on this(?: story)?)[^\S\r\n]*:[^\r\n]{0,200}$",
    re.IGNORECASE | re.MULTILINE,
)


def find_link_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line that links to another story (:data:`_LINK_LINE_RE`): not the
    article's text, so no entity or quote is taken from it."""
    return [match.span() for match in _LINK_LINE_RE.finditer(text)]


# The contact details closing a press release: "Media contact:", "Press enquiries:",
# "Investor contacts:", "Contact:" on a line of its own or before the name.
_CONTACT_LINE_RE = re.compile(
    r"^[^\S\r\n]*(?:(?:media|press|investor|news)\s+)?(?:contacts?|enquiries|inquiries)[^\S\r\n]*:",
    re.IGNORECASE | re.MULTILINE,
)
# A name, a role, an address, a telephone number and a web site: a few short lines.
_MAX_CONTACT_CHARS = 400
_MAX_CONTACT_LINES = 8


def find_contact_block(text: str) -> tuple[int, int] | None:
    """(start, end) of a press release's contact details at the end of the text ("Media
    contact:\\nSam Porter\\nHead of Communications\\n+44 …"): from the line announcing them to
    the end, when what follows is a few short lines. Not the story: its phone numbers and
    "Media" made entities."""
    end = len(text.rstrip())
    tail_start = max(0, end - _MAX_CONTACT_CHARS)
    match = _CONTACT_LINE_RE.search(text, tail_start, end)
    if match is None or len(text[match.start() : end].splitlines()) > _MAX_CONTACT_LINES:
        return None
    return match.start(), end


# The legal notice a press release closes with, under a heading line of its own ("Forward-Looking
# Statements", "Safe Harbor Statement", "Cautionary Note Regarding Forward-Looking Statements").
_NOTICE_HEADING_RE = re.compile(
    r"^[^\S\r\n]*(?:(?:cautionary\s+(?:note|statement)\s+(?:regarding|concerning|on)\s+)?forward[- ]looking\s+statements?"
    r"|safe\s+harbou?r(?:\s+statement)?|cautionary\s+(?:note|statement))[^\S\r\n]*:?[^\S\r\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
# What says the paragraph under it is the notice, not a story's section on the subject.
_NOTICE_WORDS_RE = re.compile(r"forward[- ]looking|safe harbou?r|undertakes? no obligation", re.IGNORECASE)
# What ends the notice: a release's end mark, or a heading ("About Calder Robotics").
_RELEASE_END_RE = re.compile(r"^[^\S\r\n]*(?:#{3}|-\s*30\s*-|-{3,})[^\S\r\n]*$")
_MAX_HEADING_WORDS = 8


def find_release_notice(text: str) -> tuple[int, int] | None:
    """(start, end) of a press release's forward-looking-statements notice: from its heading
    line to the next heading, end mark ("###") or contact block, or the text's end. The
    company's lawyers' words ("This press release contains forward-looking statements … undertakes
    no obligation to update them"), no one's statement: 'undertakes' made a quote of the
    company. Only in a release (a "FOR IMMEDIATE RELEASE" line, a wire dateline, a contact block
    or an end mark), and only when the paragraph under the heading names such statements: a
    news story's subhead of that name is followed by reporting."""
    heading = _NOTICE_HEADING_RE.search(text)
    if heading is None or not _is_release(text):
        return None
    lines = list(_NON_EMPTY_LINE_RE.finditer(text, heading.end()))
    if not lines or not _NOTICE_WORDS_RE.search(lines[0].group()) or '"' in lines[0].group() or "“" in lines[0].group():
        return None
    contact = find_contact_block(text)
    end = lines[0].end()
    for line in lines[1:]:
        body = line.group().strip()
        if _RELEASE_END_RE.match(body) or (contact and line.start() >= contact[0]):
            break
        if len(body.split()) <= _MAX_HEADING_WORDS and body[-1:] not in ".;:!?\"”":
            break  # the next heading
        end = line.end()
    return heading.start(), end


def _is_release(text: str) -> bool:
    """Whether the text reads as a press release: its notice line, a wire dateline, a contact
    block, or an end mark on a line of its own."""
    head = [text[start:end].strip() for start, end in _lines(text, _LINES_FROM_START + 2)]
    if any(_RELEASE_NOTICE_RE.fullmatch(line) or _RELEASE_DATELINE_RE.match(line) for line in head):
        return True
    return find_contact_block(text) is not None or any(_RELEASE_END_RE.match(line) for line in text.splitlines())


# A kicker: the label a desk puts over or before a headline ("EXCLUSIVE", "ANALYSIS", "UPDATE
# 2"), on a line of its own or glued to the headline by a hyphen, wire style
# ("EXCLUSIVE-Harbour operator weighs sale …"). It tells what kind of story follows; it is no
# part of the headline, and a line of it alone is none.
_KICKER = (
    r"(?:EXCLUSIVE|BREAKING(?: NEWS)?|ANALYSIS|UPDATE(?: \d{1,2})?|FACTBOX|EXPLAINER|INSIGHT|OPINION|COMMENT"
    r"|INTERVIEW|FEATURE|REVIEW|SPECIAL REPORT|LIVE|WATCH|PREVIEW|OBITUARY|CORRECTED|REFILE)"
)
_KICKER_LINE_RE = re.compile(rf"{_KICKER}\s*:?")
_GLUED_KICKER_RE = re.compile(rf"^{_KICKER}-(?=[A-Z0-9‘“'\"])")


def find_headline(text: str) -> str | None:
    """The first line, when it stands alone above more text and is short enough to be a headline;
    the next one when the first is a press release's notice ("FOR IMMEDIATE RELEASE") or a
    kicker ("EXCLUSIVE"), and without a kicker glued to it ("EXCLUSIVE-…")."""
    lines = _lines(text, 3)
    if lines and _RELEASE_NOTICE_RE.fullmatch(text[lines[0][0] : lines[0][1]].strip()):
        lines = lines[1:]
    elif len(lines) == 3 and _KICKER_LINE_RE.fullmatch(text[lines[0][0] : lines[0][1]].strip()):
        lines = lines[1:]
    if len(lines) < 2:
        return None
    start, end = lines[0]
    line = text[start:end].strip()
    if len(line) > _MAX_HEADLINE_CHARS or _parse_byline(line) or _WIRE_DATELINE_RE.match(line):
        return None  # a wire story's first paragraph ("VATICAN CITY (AP) — …"): no headline above it
    # An all-capitals headline's own first word ("LIVE-STREAMED CONCERT DRAWS …"), no kicker:
    # a wire kicker is glued to a headline in mixed case.
    return _GLUED_KICKER_RE.sub("", line) if any(c.islower() for c in line) else line


# A wire story's dateline naming its agency in parentheses before the dash: "JAKARTA, Dec 3
# (Reuters) - …", "NAIROBI, Kenya (AP) — …", "PARIS (AFP) -"; a place's capitals may carry
# accents ("DÜSSELDORF, Germany (Reuters) -", "SÃO PAULO (Reuters) -").
_WIRE_DATELINE_RE = re.compile(
    r"^\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’-]+(?:,[^()\n]{1,40}?)?\s*\((?P<wire>[A-Za-z][A-Za-z .&-]{0,30})\)\s*(?:--|—|–|-)\s"
)


def find_wire_outlet(text: str) -> str | None:
    """The news agency a wire story's dateline names in parentheses ("JAKARTA, Dec 3 (Reuters) -
    …"), when it is a known outlet: among the first paragraphs (after the headline and
    byline), the one that opens with such a dateline."""
    outlets = lexicons.load("outlets")
    for start, end in _lines(text, _LINES_FROM_START + 2):
        match = _WIRE_DATELINE_RE.match(text[start:end])
        if match and match.group("wire").strip().lower() in outlets:
            return match.group("wire").strip()
    return None


def find_dateline(text: str) -> str | None:
    """The publication date (``YYYY-MM-DD``) from a date-only line among the first lines,
    or from a press release's dateline opening a paragraph.

    Only a line that is nothing but a full date (with a year) counts, or a full date between
    a city in capitals and the dash that opens the story, so a sentence that mentions a date
    never becomes the publication date.
    """
    from newsmine.articles import normalise_published

    for start, end in _lines(text, _LINES_FROM_START + 2):
        line = text[start:end]
        release = _RELEASE_DATELINE_RE.match(line)
        if release and (published := normalise_published(release.group("date"))):
            return published
        match = _DATELINE_RE.match(line)
        if not match or not _HAS_YEAR_RE.search(line) or len(line.split()) > 8:
            continue
        candidate = match.group("date")
        if not re.search(r"[A-Za-z]{3}|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{4}", candidate):
            continue
        published = normalise_published(candidate)
        if published:
            return published
    return None


# Wire and e-mail text wraps at 60 to 80 columns: wider lines are paragraphs, and narrower
# ones are lists, tables or one-line paragraphs rather than wrapped prose.
MAX_WRAP_WIDTH = 120
MIN_WRAP_WIDTH = 40
# Share of single line breaks that must follow a full line for a text to count as wrapped.
_MIN_FULL_SHARE = 0.5
# Share of single line breaks followed by a lower-case word, at least (PolNeAR dev wrapped at
# 72 columns: 0.2 to 0.9 an article, median 0.7).
_MIN_LOWER_SHARE = 0.15
# A line that starts like this starts a paragraph of its own, however full the line before.
_PARAGRAPH_OPENING_RE = re.compile(r"[ \t\u00a0]|[-*•–—▪]\s|\d{1,3}[.)]\s")
# A line the wrapping filled this far, ending in no sentence's end, goes on on the next line
# even when its next word would have fitted: tools that balance a paragraph's lines (GNU fmt,
# par) leave room that a greedy wrap does not. A paragraph's last line ends a sentence.
_FILLED_SHARE = 0.8
_LINE_ENDS = tuple(".!?:;\"”’')]")


def _numbered_goes_on(line: str, following: str) -> bool:
    """Whether a line opening with a number and a point ("1. The company's …") after a well
    filled line that ends no sentence goes on with the sentence that line cut ("… rise to $17
    on March" / "1. The …") rather than starting a numbered list: the line before is no list
    item itself."""
    return following.lstrip()[:1].isdigit() and not _PARAGRAPH_OPENING_RE.match(line)


def _opens_story_part(following: str, width: int) -> bool:
    """Whether a line starts a part of the story of its own, however full the line before: a
    short byline ("By Jane Okafor", under a headline that filled its line, ran into the title)
    or a wire dateline ("LONDON, May 3 (Reuters) - …", into the headline above it). A wrapped
    sentence's line that opens "By March, the company …" is full, and stays wrapped."""
    start = following.lstrip()[:3]
    if start in ("By ", "BY ", "By:", "BY:"):
        return len(following.strip()) < width // 2 and _parse_byline(following) is not None
    return start[:1].isupper() and _WIRE_DATELINE_RE.match(following) is not None


def _wrap_width(lines: list[str]) -> int:
    """The width most lines of a wrapped paragraph end within a word of, over every non-blank
    line (paragraphs written on one long line make it wide: not wrapped); the 90th percentile
    ignores the odd over-long line (a URL, an unbreakable word)."""
    widths = sorted(len(line.rstrip()) for line in lines if line.strip())
    return widths[int(0.9 * (len(widths) - 1))] if widths else 0


def soft_breaks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line break that only wraps a line inside a paragraph.

    A ``\\n`` or ``\\r\\n``; empty when the text is not hard-wrapped (see the module docstring).
    Linear in the text, in C string operations but for one step per line.
    """
    if "\n" not in text:
        return []
    lines = text.split("\n")
    # An e-mail's quoted lines: the "> " before each is no word of the line (see _quote_prefix).
    prefixes = [_quote_prefix(line) for line in lines] if ">" in text else [0] * len(lines)
    # Single line breaks between two non-blank lines: the only breaks that can be soft; not
    # where a quoted block starts or ends.
    candidates: list[int] = []  # index of the line before the break
    widths: list[int] = []
    for i in range(len(lines) - 1):
        line, following = lines[i], lines[i + 1]
        if line.strip() and following[prefixes[i + 1] :].strip() and bool(prefixes[i]) == bool(prefixes[i + 1]):
            candidates.append(i)
            widths.append(len(line.rstrip()))
    if len(candidates) < 2:
        return []
    width = _wrap_width(lines)
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return []
    full, filled = [], []
    for i, line_width in zip(candidates, widths):
        line, following = lines[i], lines[i + 1][prefixes[i + 1] :]
        # A no-break space joins words: no wrapping tool breaks there ("… on" / "March\xa014,\xa02025").
        next_word = following.lstrip(" \t").split(" ", 1)[0]
        fits = line_width + 1 + len(next_word) <= width
        goes_on = line_width >= _FILLED_SHARE * width and not line.rstrip().endswith(_LINE_ENDS)
        if _PARAGRAPH_OPENING_RE.match(following) and not (goes_on and _numbered_goes_on(line, following)):
            continue
        if _opens_story_part(following, width):
            continue
        if not fits:
            full.append(i)
        elif goes_on:
            filled.append(i)
    if len(full) < _MIN_FULL_SHARE * len(candidates):
        return []
    # Wrapping cuts sentences anywhere, so many wrapped lines go on with a lower-case word;
    # lines of a list or a quote round-up of even widths start with capitals or marks.
    lower = sum(lines[i + 1][prefixes[i + 1] :].lstrip()[:1].islower() for i in candidates)
    if lower < _MIN_LOWER_SHARE * len(candidates):
        return []
    # Character offsets of the chosen breaks.
    starts = []
    position = 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    result = []
    for i in sorted(full + filled):
        newline = starts[i + 1] - 1
        start = newline - 1 if lines[i].endswith("\r") else newline
        result.append((start, starts[i + 1] + prefixes[i + 1]))  # a quoted line's "> " goes with its break
    return result


# An e-mail's quoted line: "> I have paid my bill …", "> > …" a reply's quote of a quote.
_QUOTE_PREFIX_RE = re.compile(r">[> \t]*")
_QUOTED_LINE_RE = re.compile(r"^>[> \t]*", re.M)


def _quote_prefix(line: str) -> int:
    """The length of a quoted line's "> " prefix (markers and the spaces after them), else 0."""
    return _QUOTE_PREFIX_RE.match(line).end() if line.startswith(">") else 0


def lines_are_paragraphs(text: str, flowing: str) -> bool:
    """Whether every line break left in ``flowing`` (``text`` after :func:`flow_text`) ends a
    paragraph, though no full stop comes before it: a subhead ("Passengers face weeks of
    disruption"), a press release's "About Brightmoor Foods" over its boilerplate.

    So when the text is hard-wrapped (its soft breaks are spaces now; the breaks left are the
    ones this module found hard), or when its lines are too wide to be wrapped: a feed's one
    paragraph a line. Otherwise (lines of a wrap width that were not found wrapped) a single
    line break may still cut a sentence, and only a full stop before it ends a paragraph.
    """
    if flowing.count("\n") != text.count("\n") + text.count("\r") - text.count("\r\n"):
        return True  # soft breaks were spaced (a lone carriage return counts as the line break it is)
    return "\n" in flowing and _wrap_width(flowing.split("\n")) > MAX_WRAP_WIDTH


# Guillemets opening with « (French, Swiss, Italian, Russian copy and translations: «We will
# not sign,» said …) read as curly double marks: the small parser has seen few guillemets and
# took a closing » for the noun before "said" (the speaker "»"). German copy's »…« opens with
# », and is left alone.
_GUILLEMETS_AS_CURLY = str.maketrans("«»", "“”")


def _curly_guillemets(text: str) -> str:
    """``text`` with «…» as “…” when its first guillemet is an opening «; else as it is."""
    first_open = text.find("«")
    if first_open < 0:
        return text
    first_close = text.find("»")
    return text.translate(_GUILLEMETS_AS_CURLY) if first_close < 0 or first_open < first_close else text


# A carriage return alone (classic Mac OS files, some feeds) is a line break: read as "\n", so
# that wrapped lines are found and joined, and a paragraph ends there, as after "\r\n".
_LONE_CARRIAGE_RETURN_RE = re.compile(r"\r(?!\n)")


# How far back a quoted block's introduction ("… wrote:") is looked for, past blank lines.
_QUOTED_BLOCK_LOOKBACK = 200


def _quoted_blocks_as_quotations(flowing: str, text: str) -> str:
    """``flowing`` with each paragraph of an e-mail's quoted lines ("> I have paid my bill …")
    opening with a curly mark in place of its first ">" (the rest of its prefix, and the
    prefixes of its wrapped lines, spaces) when a line ending in a colon introduces the block
    ("One reader, Graham Pell, wrote:"): a quotation, closed by its paragraph's end or running on
    into the next quoted paragraph. Other quoted lines (a newsletter's "> " before each link, a
    forwarded message quoted throughout, which is the story itself) keep no marker: spaces."""
    if ">" not in flowing:
        return flowing
    found = list(_QUOTED_LINE_RE.finditer(flowing))
    if not found:
        return flowing
    quotes = 2 * len(found) < sum(1 for _ in _NON_EMPTY_LINE_RE.finditer(text))
    pieces = []
    position = 0
    quoting = False  # the quoted paragraph before this one was made a quotation
    previous_end = -1  # where the last quoted paragraph's line ends
    for match in found:
        start = match.start()
        line_end = flowing.find("\n", match.end())
        line_end = len(flowing) if line_end < 0 else line_end
        pieces.append(flowing[position:start])
        if flowing[match.end() : line_end].strip():
            before = flowing[max(0, start - _QUOTED_BLOCK_LOOKBACK) : start].rstrip()
            follows_quoted = previous_end >= 0 and not flowing[previous_end:start].strip()
            quoting = quotes and (before.endswith(":") or (quoting and follows_quoted))
            pieces.append(("“" if quoting else " ") + " " * (match.end() - start - 1))
        else:  # a quoted blank line (">") between the quoted paragraphs
            pieces.append(" " * (match.end() - start))
        position = match.end()
        previous_end = line_end
    pieces.append(flowing[position:])
    return "".join(pieces)


def flow_text(text: str) -> str:
    """``text`` with its soft line breaks (:func:`soft_breaks`) turned into spaces, a lone
    carriage return into a line feed, guillemets into curly double marks
    (:func:`_curly_guillemets`) and an e-mail's quoted lines into quotations
    (:func:`_quoted_blocks_as_quotations`).

    Same length, same offsets: what the parser and the components read, while records keep
    the text as it came.
    """
    original = text
    text = _curly_guillemets(text)
    if "\r" in text:
        text = _LONE_CARRIAGE_RETURN_RE.sub("\n", text)
    breaks = soft_breaks(text)
    if breaks:
        pieces = []
        position = 0
        for start, end in breaks:
            pieces.append(text[position:start])
            pieces.append(" " * (end - start))
            position = end
        pieces.append(text[position:])
        text = "".join(pieces)
    return _quoted_blocks_as_quotations(text, original)
