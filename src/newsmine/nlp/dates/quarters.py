"""Quarters and the year-ago of earnings reports: "the third quarter" -> ``2025-Q3``, "the
quarter" -> the quarter the report is about, "a year earlier" -> that quarter a year before.
"""

from __future__ import annotations

import re
from datetime import date

from newsmine.nlp.dates.context import DateContext
from newsmine.nlp.dates.words import YEAR_RE

__all__ = ["BARE_QUARTER_RE", "quarter_ended_on", "quarter_value", "year_ago_value"]

_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_QUARTER_RE = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?(?:quarter|period)\b|\bq([1-4])\b", re.I)

# "the quarter", "its latest quarter", "the fiscal quarter": a quarter with no number of its own.
BARE_QUARTER_RE = re.compile(r"(?:the|its|that|this)\s+(?:(?:latest|most recent|fiscal|just-ended|recent)\s+)*quarter", re.I)
_DAY_OR_MONTH_RE = re.compile(r"^(\d{4})-(\d\d)(?:-\d\d)?$")


def quarter_ended_on(end_value: str | None) -> tuple[int, int] | None:
    """The quarter "the quarter ended July 31" means: the three months ending in that month,
    written as the calendar quarter holding most of them (their middle month): May to July is
    ``Q2``, July to September ``Q3``, November to January the fourth quarter of the year before."""
    match = _DAY_OR_MONTH_RE.match(end_value or "")
    if not match:
        return None
    year, middle_month = int(match.group(1)), int(match.group(2)) - 1
    if middle_month == 0:
        year, middle_month = year - 1, 12
    return year, (middle_month - 1) // 3 + 1


def _quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def _focus_quarter(published: date | None, context: DateContext) -> tuple[int, int] | None:
    """The quarter an earnings report is about: the last one named, else the last one ended."""
    if context.quarter is not None:
        return context.quarter
    if published is None:
        return None
    year, quarter = _quarter_of(published)
    return (year, quarter - 1) if quarter > 1 else (year - 1, 4)


def quarter_value(low: str, published: date | None, prefer: str, context: DateContext) -> str | None:
    named = _QUARTER_RE.search(low)
    if named:
        number_ = _QUARTER_WORDS[named.group(1).lower()] if named.group(1) else int(named.group(2))
        year = YEAR_RE.search(low)
        if year:
            return f"{year.group(1)}-Q{number_}"
        if published is None:
            return f"XXXX-Q{number_}"
        if re.search(r"\b(year-ago|year-earlier|year ago|year earlier|last year|previous year|prior year|last year's)\b", low):
            return f"{published.year - 1}-Q{number_}"
        if re.search(r"\bnext year", low):
            return f"{published.year + 1}-Q{number_}"
        year_number = published.year
        this_quarter = _quarter_of(published)[1]
        adjective = re.fullmatch(r"(?:first|second|third|fourth|1st|2nd|3rd|4th)-(?:fiscal-)?quarter", low)
        if (prefer == "past" or adjective) and number_ > this_quarter and not re.search(r"\b(this|current)\b", low):
            year_number -= 1  # "the fourth quarter" reported in January; "fourth-quarter results" are last year's
        return f"{year_number}-Q{number_}"
    if not re.search(r"\b(quarter|period)\b", low) or re.search(r"\b(quarters|periods)\b", low):
        return None
    base = re.sub(r"^(?:the|this|that|its|a|an)\s+", "", low)
    base = re.sub(r"\b(?:latest|recent|comparable|corresponding|same|fiscal|flat|just-ended|just ended|reporting|most recent)\s+", "", base)
    focus = _focus_quarter(published, context)
    if focus is None:
        return None
    if base in ("quarter", "period") and low.startswith(("the", "this", "that", "its")):
        if low.startswith("that ") or low.startswith("this ") or "latest" in low or "just" in low or low.startswith("its"):
            return f"{focus[0]}-Q{focus[1]}"
        if "period" in base and "latest" not in low:
            return None  # "the period" alone is as often a span of months
        return f"{focus[0]}-Q{focus[1]}"
    if base in ("current quarter",) or low in ("the current quarter", "this quarter") and published:
        year, quarter = _quarter_of(published)
        return f"{year}-Q{quarter}"
    if re.fullmatch(r"(?:year-ago|year-earlier|year ago|year earlier|last year's|last-year|prior-year|year-before) (?:quarter|period)|(?:quarter|period) (?:a year ago|a year earlier|last year)", base):
        if context.months_period and "period" in base:
            return str(focus[0] - 1)  # "For the nine months … in the year-earlier period": 1988
        return f"{focus[0] - 1}-Q{focus[1]}"
    year = re.fullmatch(r"(\d{4}) (quarter|period)", base)
    if year:
        if context.months_period and year.group(2) == "period":
            return year.group(1)  # "In the first nine months … in the 1988 period"
        return f"{year.group(1)}-Q{focus[1]}"
    return None


def year_ago_value(low: str, published: date | None, context: DateContext) -> str | None:
    """'a year ago', 'a year earlier', 'year-ago': the same quarter a year before in an
    earnings report (a quarter was named before), else the year before."""
    if not re.fullmatch(r"(?:the |a |one )?(?:full )?(?:year-ago|year-earlier|year ago|year earlier|year before|previous year|prior year|year-before)(?: period| results| levels?)?", low):
        return None
    if published is None:
        return None
    if context.quarter is not None:
        year, quarter = context.quarter
        if context.months_period:
            return str(year - 1)  # "For the nine months, … a year earlier": that period of the year before
        return f"{year - 1}-Q{quarter}"
    return str(published.year - 1)
