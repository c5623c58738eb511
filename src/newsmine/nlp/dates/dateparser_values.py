"""What dateparser reads: the expressions the rules of :mod:`.values` leave, resolved against
the publication date (or, without one, only where its answer can become a value).

dateparser costs about a millisecond a call, so its results are cached per (expression, base
date, tense); news repeats "Tuesday" and "last year" a great deal. Its first call in a process
costs 0.3 CPU s (it compiles its time-zone and locale patterns): :func:`load_dateparser` pays
it once in a parent process, and :func:`undated_value` reads the commonest expressions of an
article without a publication date by rules instead.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from functools import lru_cache

from newsmine.nlp.dates.context import DateContext
from newsmine.nlp.dates.words import CLOCK_RE, MONTH_RE, MONTHS, VALUE_FILLER_RE, WEEKDAYS, YEAR_RE

__all__ = ["by_dateparser", "load_dateparser", "read_by_dateparser", "undated_value"]

_MONTH_WORD_RE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.I)


@lru_cache(maxsize=256)
def _dateparser(base: date, prefer: str):
    # Imported lazily: runs whose articles hold no dates should not pay dateparser's import.
    # One parser per (base date, preference): dateparser fixes settings per instance.
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": prefer,
        "RETURN_TIME_AS_PERIOD": True,
    }
    return DateDataParser(languages=["en"], try_previous_locales=False, settings=settings)


def load_dateparser() -> None:
    """Import dateparser and run one parse, which compiles its timezone and English patterns
    (0.4 CPU s, once per process): for a parent process before it forks its workers."""
    _dateparser(date(2000, 1, 1), "past").get_date_data("last week")


@lru_cache(maxsize=65536)
def _parse(expression: str, base: date, prefer: str) -> tuple[datetime, str] | None:
    try:
        data = _dateparser(base, "future" if prefer == "present" else prefer).get_date_data(expression)
    except Exception:  # dateparser raises assorted errors on odd input; a failed parse is no value
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj, data.period or "day"


def _format(moment: datetime, period: str, *, year_known: bool, has_clock: bool) -> str:
    year = f"{moment.year:04d}" if year_known else "XXXX"
    if period == "year":
        return year
    if period == "month":
        return f"{year}-{moment.month:02d}"
    if period == "week":
        if not year_known:
            return "XXXX-WXX"
        iso_year, iso_week, _ = moment.isocalendar()
        return f"{iso_year:04d}-W{iso_week:02d}"
    day = f"{year}-{moment.month:02d}-{moment.day:02d}"
    if period == "time" and has_clock:
        return f"{day}T{moment.hour:02d}:{moment.minute:02d}"
    return day



# Without a publication date, the forms that dateparser reads the same way whatever the base
# date and tense (checked form by form against dateparser by tests/test_dates.py): a month
# ("November" -> XXXX-11), a month and a day that every year has ("March 1" -> XXXX-03-01),
# a clock time ("9:05 p.m." -> T21:05).
_MONTH_ALONE_RE = re.compile(rf"{MONTH_RE}", re.I)
_MONTH_AND_DAY_RE = re.compile(rf"{MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?", re.I)
_CLOCK_ALONE_RE = re.compile(r"(\d{1,2})(?::(\d\d))?\s*([ap])\.?m\.?", re.I)


def undated_value(low: str, kind: str) -> str | None:
    """The value of the commonest expressions of an article without a publication date, read
    without dateparser, whose first call in a process costs 0.3 CPU s (it compiles its
    time-zone and locale patterns): one an article in a run of dateless articles."""
    if kind == "time":
        clock = _CLOCK_ALONE_RE.fullmatch(low)
        if clock is None:
            return None
        hour, minute = int(clock.group(1)), int(clock.group(2) or 0)
        if not 1 <= hour <= 12 or minute > 59:
            return None
        hour = hour % 12 + (12 if clock.group(3).lower() == "p" else 0)
        return f"T{hour:02d}:{minute:02d}"
    month = _MONTH_ALONE_RE.fullmatch(low)
    if month:
        return f"XXXX-{MONTHS[month.group(1)[:3].lower()]:02d}"
    month_day = _MONTH_AND_DAY_RE.fullmatch(low)
    if month_day:
        number_of_month, day = MONTHS[month_day.group(1)[:3].lower()], int(month_day.group(2))
        if 1 <= day <= calendar.monthrange(2001, number_of_month)[1]:  # no February 29: not every year has one
            return f"XXXX-{number_of_month:02d}-{day:02d}"
    return None


def by_dateparser(low: str, kind: str, published: date | None, prefer: str, context: DateContext) -> str | None:
    if published is None:
        undated = undated_value(low, kind)
        if undated is not None:
            return undated
    return read_by_dateparser(low, kind, published, prefer)


def read_by_dateparser(low: str, kind: str, published: date | None, prefer: str) -> str | None:
    explicit_year = YEAR_RE.search(low)
    has_clock = bool(CLOCK_RE.search(low))
    # Without a publication date, dateparser is asked only where its answer can become a
    # value (its first call in a process costs 0.3 CPU s; see undated_value).
    if kind == "time" and published is None and not _has_day(low):
        if not has_clock:
            return None  # a time of day with neither a clock nor a day has no value
        parsed = _parse_variants(low, date(2000, 1, 1), prefer)
        if parsed is None:
            return None
        return f"T{parsed[0].hour:02d}:{parsed[0].minute:02d}"
    if published is None and not explicit_year and not _MONTH_WORD_RE.search(low):
        return None  # purely relative ("yesterday", "Tuesday") with nothing to anchor it
    base = published or date(2000, 1, 1)
    parsed = _parse_variants(low, base, prefer)
    if parsed is None:
        if re.fullmatch(r"\d{4}", low.strip()) and YEAR_RE.fullmatch(low.strip()):
            return low.strip()
        return None
    moment, period = parsed
    if period == "part_of_day":
        period = "day"
    if published is None and not explicit_year:  # a month named: "March 14" -> XXXX-03-14
        return _format(moment, period, year_known=False, has_clock=has_clock)
    if period == "week" and re.search(r"\bago\b", low) is None and not re.search(r"\bweek\b", low):
        period = "day"
    return _format(moment, period, year_known=True, has_clock=has_clock and kind == "time")



def _has_day(text: str) -> bool:
    low = text.lower()
    return any(day in low for day in WEEKDAYS) or bool(
        re.search(r"\b(today|tomorrow|yesterday|tonight|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", low)
    )


def _parse_variants(text: str, base: date, prefer: str) -> tuple[datetime, str] | None:
    """Parse, then retry without leading fillers ('on', 'the', 'early') dateparser rejects."""
    parsed = _parse(text, base, prefer)
    stripped = text
    while parsed is None:
        shorter = VALUE_FILLER_RE.sub("", stripped, count=1)
        if shorter == stripped:
            break
        stripped = shorter
        parsed = _parse(stripped, base, prefer)
    return parsed
