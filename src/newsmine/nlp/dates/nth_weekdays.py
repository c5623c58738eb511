"""A weekday counted within a month ("the first Tuesday in October", "the last Friday of June
2027"): one day, which the recogniser tags as two expressions ("the first Tuesday", read as the
next Tuesday, and "October").
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from newsmine.nlp.dates.words import WEEKDAYS

__all__ = ["NTH_WEEKDAY_RE", "nth_weekday_value"]

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}
# A month in full, or short with or without its period ("October", "Oct.", "Oct"): a full name's
# full stop ends the sentence.
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)"
)
NTH_WEEKDAY_RE = re.compile(
    rf"\b(?:the\s+)?(?P<nth>first|second|third|fourth|last)\s+(?P<day>{'|'.join(WEEKDAYS)})\s+(?:in|of)\s+"
    rf"(?P<month>{_MONTH}(?:\s+(?:19|20)\d\d)?)(?![\w-])",
    re.I,
)


def nth_weekday_value(nth: str, weekday: str, month_value: str | None) -> str | None:
    """The day ("2026-10-06") of the ``nth`` ``weekday`` of the month ``month_value``
    ("2026-10"); None when the month's value is no month of a known year."""
    match = re.fullmatch(r"(\d{4})-(\d\d)", month_value or "")
    if match is None:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    target = WEEKDAYS.index(weekday.lower())
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1) if date(year, month, d).weekday() == target]
    count = _ORDINALS[nth.lower()]
    day = days[-1] if count < 0 else days[count - 1]
    return f"{year:04d}-{month:02d}-{day:02d}"
