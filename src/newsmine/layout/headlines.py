"""A plain-text article's headline (:func:`find_headline`): its first line standing alone
above more text, short enough, after a press release's notice or a desk's kicker
("EXCLUSIVE") and without a kicker glued to it ("EXCLUSIVE-…"); never a byline nor a wire
story's first paragraph."""

from __future__ import annotations

import re

from newsmine.layout.bylines import _parse_byline
from newsmine.layout.datelines import _WIRE_DATELINE_RE
from newsmine.layout.lines import _lines
from newsmine.layout.press_releases import _RELEASE_NOTICE_RE

__all__ = ["find_headline"]


_MAX_HEADLINE_CHARS = 300


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
