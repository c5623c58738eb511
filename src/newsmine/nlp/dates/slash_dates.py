"""Numeric dates written with slashes ("09/12/2026"), read in the order the article writes its
other dates.

The small model tags almost none of them, and a reader of "09/12/2026" needs to know whose
convention the writer follows: 12 September in the United States, 9 December in Britain,
India, Australia and most of the world. The article says which by how it writes its dates
in words: "18 November", "4th Dec" (day first) or "November 18", "Dec. 4" (month first). A
number above 12 settles it whatever the article does.
"""

from __future__ import annotations

import re

__all__ = ["slash_dates"]

_SLASH_DATE_RE = re.compile(r"(?<![\w/.-])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\w/]|\.\d)")
_SLASH_DIGIT_RE = re.compile(r"/\d")  # what every slash date holds (session 56: 0.09 -> 0.002 ms an article without one)
# A month's name in full or short ("March", "Mar."), and no other word it opens ("3 Marines",
# "12 Mayors", "Mark 2", "Novak 3" told an American article it wrote its dates day first).
_MONTH_WORD = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY_MONTH_RE = re.compile(rf"(?<![\w.,])(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD}(?!\w)")
_MONTH_DAY_RE = re.compile(rf"(?<![\w.]){_MONTH_WORD}\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\w:])")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def _day_first(text: str) -> bool:
    """Whether the article writes its dates in words day first ("18 November") and never month
    first ("November 18")."""
    return _DAY_MONTH_RE.search(text) is not None and _MONTH_DAY_RE.search(text) is None


def slash_dates(text: str) -> list[tuple[int, int, str]]:
    """Each slash date of ``text`` as (start, end, the date written in words): "09/12/2026" as
    "9 December 2026" in an article that writes "18 November", else as "September 12, 2026".
    Dates no calendar holds ("31/02/2026") are left out."""
    if _SLASH_DIGIT_RE.search(text) is None:
        return []  # no slash before a digit, no match: a search from its literal "/" finds it fast
    found = []
    day_first: bool | None = None
    for match in _SLASH_DATE_RE.finditer(text):
        first, second, year = int(match.group(1)), int(match.group(2)), match.group(3)
        if first > 12 and second <= 12:
            day, month = first, second
        elif second > 12 and first <= 12:
            day, month = second, first
        elif first <= 12 and second <= 12:
            if day_first is None:
                day_first = _day_first(text)
            day, month = (first, second) if day_first else (second, first)
        else:
            continue
        if not 1 <= day <= 31 or not 1 <= month <= 12:
            continue
        found.append((match.start(), match.end(), f"{day} {_MONTH_NAMES[month - 1]} {year}"))
    return found
