"""The parts of a press release that are nobody's statement: its contact details at the end
(:func:`find_contact_block`) and its forward-looking-statements notice
(:func:`find_release_notice`), found only in a text that reads as a release (its notice line,
a release dateline, a contact block or an end mark)."""

from __future__ import annotations

import re

from newsmine.layout.datelines import _RELEASE_DATELINE_RE
from newsmine.layout.lines import _LINES_FROM_START, _NON_EMPTY_LINE_RE, _lines

__all__ = ["find_contact_block", "find_release_notice"]


# The notice a press release opens with, above its headline: never the headline itself.
_RELEASE_NOTICE_RE = re.compile(r"(?:for immediate release|for release|press release|news release)\W*", re.I)


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
