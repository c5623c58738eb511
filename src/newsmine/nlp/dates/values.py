"""The TimeML value of a date expression: ISO 8601 as TimeML extends it.

- **date** — resolved against the publication date (and what the article named before, see
  :mod:`.context`): "on March 14" -> ``2025-03-14``; "last year" -> ``2024``; "the third
  quarter" -> ``2025-Q3``; "the weekend" -> ``2025-W11-WE``; "this morning" ->
  ``2025-03-20TMO``; "now" / "recently" / "the future" -> ``PRESENT_REF`` / ``PAST_REF`` /
  ``FUTURE_REF``. The grain follows the text: a day, a month ("March 2016" -> ``2016-03``),
  a year. A month (and day) without a year takes the year that puts it on the side of the
  publication date the tense says ("will meet in April" in December: next April), with a
  few weeks' slack ("had been set to expire Nov. 6" in a paper of Nov. 2 is that Nov. 6).
  Without a publication date, a month and day give ``XXXX-03-14`` and purely relative
  expressions ("yesterday") ``None``.
- **time** — clock times on their day: ``2025-03-18T15:00``; the publication day (or the
  day just named) when the text gives none; ``T15:00`` only without a publication date.
- **duration** — "the next two days", "2 1/2 years", "decades": ``P2D``, ``P2Y6M``,
  ``PXY`` (decades and centuries in years, ``P20Y``). Never turned into a date.
- **set** — "every Monday", "daily": ``XXXX-WXX-1``, ``P1D``.

Rules in the style of HeidelTime come first; dateparser reads what they leave. dateparser
costs about a millisecond a call, so its results are cached per (expression, base date,
tense); news repeats "Tuesday" and "last year" a great deal.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil.easter import easter

from newsmine.nlp.dates.context import DateContext
from newsmine.nlp.dates.durations import SET_RE, SPAN_BEFORE_AFTER_RE, duration_value, set_value
from newsmine.nlp.dates.words import (
    CLOCK_RE,
    DAY_PARTS,
    MONTH_RE,
    MONTHS,
    PART_RE,
    SEASON_CODES,
    SEASON_RE,
    WEEKDAYS,
    YEAR_RE,
    digits_for_words,
    number,
)

__all__ = ["classify", "load_dateparser", "normalise"]

_RELATIVE_POINT_RE = re.compile(r"(?<!-)\b(ago|earlier|later|from now|before|after|since)\b", re.I)
_DECADE_RE = re.compile(r"^(?:the\s+)?(?:(?:early|mid-?|late|first half of the|last half of the|second half of the)\s*)?'?(1[5-9]\d|20\d)0'?s$", re.I)
_SHORT_DECADE_RE = re.compile(r"^(?:the\s+)?(?:(?:early|mid-?|late|(?:first|last|second) half of the)\s*)?'(\d)0s$", re.I)
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}
_CENTURY_RE = re.compile(r"^(?:the\s+)?(?:(?:early|mid-?|late)\s*)?(\d{1,2})(?:st|nd|rd|th)[- ]century$", re.I)
_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_QUARTER_RE = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?(?:quarter|period)\b|\bq([1-4])\b", re.I)
_MONTH_DAY_RE = re.compile(rf"^(?:(?P<rel>last|this|next|this past|this coming|past|coming)\s+)?{MONTH_RE}(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s+(?P<yrel>this|last|next) year)?$", re.I)
_DAY_MONTH_RE = re.compile(rf"^(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE}$", re.I)  # "19 March" -> "March 19"

# TimeML's fuzzy references, value by (lower-case) expression.
_REFERENCES = {
    "PRESENT_REF": ("now", "right now", "just now", "currently", "current", "these days", "nowadays", "the present",
                    "at present", "this moment", "this crucial moment", "the moment", "at the moment", "today's",
                    "so far", "yet"),
    "PAST_REF": ("recently", "more recently", "most recently", "recent", "the past", "previously", "formerly", "once",
                 "lately", "earlier", "in the past", "past years", "recent years", "recent weeks and months",
                 "the past several quarters", "the past several years", "several years ago", "a few years ago",
                 "years ago", "decades ago", "months ago", "weeks ago", "days ago", "recent days", "the time", "then current",
                 "then-current"),
    "FUTURE_REF": ("the future", "future", "the near future", "the near term", "the short term", "soon", "later",
                   "a later date", "as soon as possible", "coming months", "coming quarters", "future quarters",
                   "from time to time", "someday", "a year or two", "the years ahead", "in the future"),
}
_REFERENCE_OF = {phrase: value for value, phrases in _REFERENCES.items() for phrase in phrases}
# Leading words that do not change the value: "early March" is March, "the end of 1990" 1990.
_VALUE_FILLER_RE = re.compile(
    r"^(?:on|in|at|by|since|until|from|the|this past|early|earlier|mid|late|later|mid-|around|about|sometime|some time|"
    r"nearly|almost|more than|less than|over|roughly|a|an|"
    r"the (?:end|beginning|start|middle|close|turn|rest|remainder|first half|second half|last half|balance) of|"
    r"(?:the )?(?:end|beginning|start|middle) of|as early as|as late as|as of|until|both|all|only|just|through|"
    r"the same|most of|much of|part of|a good part of|the early part of|the latter part of)\s+",
    re.I,
)
_TRAILING_FILLER_RE = re.compile(r"\s+(?:or so|or later|or earlier|and beyond|alone|as well|or two)$", re.I)


def classify(text: str, label: str) -> str:
    """The kind of a date expression: date | time | duration | set."""
    low = text.lower().strip()
    if SET_RE.search(low) and not re.search(r"\beach other\b", low):
        return "set"
    if re.search(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:s\b|\s+(?:morning|afternoon|evening|night)s\b)", low):
        return "set"  # "Tuesdays", "Tuesday nights": every one
    if low in _REFERENCE_OF:
        return "date"
    if re.search(r"\b(?:first|last) two quarters of\b", low):
        return "date"  # "the first two quarters of 1990": that year's first half
    if not _RELATIVE_POINT_RE.search(low) and duration_value(low) is not None:
        return "duration"
    if SPAN_BEFORE_AFTER_RE.fullmatch(low) and duration_value(SPAN_BEFORE_AFTER_RE.fullmatch(low).group(1)) is not None:
        return "duration"  # "three days later", "a week earlier": TimeML's span of time, the word a signal
    if CLOCK_RE.search(low) or re.search(rf"\b{PART_RE}\b|\btonight\b|\bovernight\b|afternoon", low):
        return "time"
    if label == "TIME" and re.search(r"\d", low):
        return "time"
    return "date"


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


def normalise(
    text: str,
    *,
    kind: str,
    published: date | None,
    prefer: str = "past",
    context: DateContext | None = None,
) -> str | None:
    """The TimeML value of a date expression (see the module docstring)."""
    context = context or DateContext(published=published)
    clean = digits_for_words(re.sub(r"\s+", " ", text).strip().strip(".,;:"))
    clean = re.sub(r"^(?:a|an)\s+(?=\d)", "", clean)  # "a 20th century democrat"
    clean = re.sub(r"(?:'s|’s)$", "", clean)
    low = clean.lower()
    if kind == "duration":
        return duration_value(low)
    if kind == "set":
        return set_value(low)
    reference = _REFERENCE_OF.get(low) or _REFERENCE_OF.get(re.sub(r"^(?:the|in|until|for|from|by)\s+", "", low))
    if reference:
        return reference
    # "Saturday, April 25", "this coming Sunday, March 8": the date says it all
    low = re.sub(r"^(?:(?:this coming|this|next|last|coming)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?=" + MONTH_RE + r"\s+\d)", "", low)
    low = re.sub(r"\s+or so\b", "", low)
    holiday_week = re.fullmatch(r"(?:the )?(.+?) week", low)
    week_of = re.fullmatch(r"(?:the )?week of (.+)", low) or (holiday_week if holiday_week and holiday_week.group(1) in _HOLIDAYS else None)
    if week_of and published is not None:
        day = normalise(week_of.group(1), kind="date", published=published, prefer=prefer, context=context)
        if day and re.fullmatch(r"\d{4}-\d\d-\d\d", day):
            iso_year, iso_week, _ = date.fromisoformat(day).isocalendar()
            return f"{iso_year:04d}-W{iso_week:02d}"
    shifted = _day_before_after(low, kind, published, prefer, context)
    if shifted is not None:
        return shifted
    value = _by_rules(low, kind, published, prefer, context)
    if value is not None:
        return value
    shorter = _TRAILING_FILLER_RE.sub("", _VALUE_FILLER_RE.sub("", re.sub(r"^(?:mid|early|late)-(?=\w)", "", low), count=1))
    shorter = re.sub(r"\s+or so\b", "", shorter)
    if shorter != low and shorter:
        return normalise(shorter, kind=kind, published=published, prefer=prefer, context=context)
    return _by_dateparser(low, kind, published, prefer, context)


_DAY_BEFORE_AFTER_RE = re.compile(r"(?:(?:the|a|one|(?P<count>\d+|[a-z]+)) )?days? (?P<side>before|after) (?P<anchor>.+)")


def _day_before_after(low: str, kind: str, published: date | None, prefer: str, context: DateContext) -> str | None:
    """'the day before last Tuesday', 'two days after Christmas': days counted from a day
    the expression names (from an event, "the day after his death", it is not a date)."""
    match = _DAY_BEFORE_AFTER_RE.fullmatch(low)
    if match is None or published is None:
        return None
    count = number(match.group("count")) if match.group("count") else 1
    if not count or count != int(count):
        return None
    anchor = normalise(match.group("anchor"), kind="date", published=published, prefer=prefer, context=context)
    if not anchor or not re.fullmatch(r"\d{4}-\d\d-\d\d", anchor):
        return None
    step = int(count) if match.group("side") == "after" else -int(count)
    return (date.fromisoformat(anchor) + timedelta(days=step)).isoformat()


def _by_rules(low: str, kind: str, published: date | None, prefer: str, context: DateContext) -> str | None:
    """The value of the expressions dateparser gets wrong or cannot read, else None."""
    explicit = _explicit_value(low, published)
    if explicit is not None:
        return explicit
    decade = _DECADE_RE.match(low) or _SHORT_DECADE_RE.match(low)
    if decade:
        digits = decade.group(1)
        if len(digits) == 1:  # "the '80s": the century of the publication date's
            century = (published.year // 100) if published else 19
            digits = f"{century if int(digits) <= (published.year % 100) // 10 else century - 1}{digits}" if published else f"19{digits}"
        return f"{digits}X"
    word_decade = re.match(r"^(?:the\s+)?(?:(?:early|mid-?|late)\s*)?(" + "|".join(_DECADE_WORDS) + r")$", low)
    if word_decade:
        return f"19{_DECADE_WORDS[word_decade.group(1)]}X"
    if re.fullmatch(r"(?:last|the previous|the preceding) decade", low) and published:
        return f"{published.year // 10 - 1}X"  # "last decade" in 2024: the 2010s
    century = _CENTURY_RE.match(low)
    if century:
        return f"{int(century.group(1)) - 1:02d}"
    if re.fullmatch(r"(?:this|the current) century", low) and published:
        return f"{published.year // 100:02d}"
    half = re.search(r"\b(first|second|last|latter) half\b|\bfirst two quarters\b|\blast two quarters\b|\bh([12])\b", low)
    if half:
        year = _year_of(low, published, context)
        code = "H1" if half.group(0).startswith("first") or half.group(0) == "h1" else "H2"
        return f"{year}-{code}" if year else f"XXXX-{code}"
    quarter = _quarter_value(low, published, prefer, context)
    if quarter is not None:
        return quarter
    year_ago = _year_ago_value(low, published, context)
    if year_ago is not None:
        return year_ago
    season = SEASON_RE.search(low)
    if season and not re.search(r"(?<!\d)\d{1,2}(?!\d)", low):
        year = _season_year(low, published, context, prefer)
        code = SEASON_CODES[season.group(1)]
        return f"{year}-{code}" if year else f"XXXX-{code}"
    if published is None:
        return None
    fiscal = re.fullmatch(r"(?:fiscal|calendar|the fiscal|the calendar|model|the model|fy)\s*(?:year\s+)?'?(\d{4}|\d\d)", low)
    if fiscal:
        year = fiscal.group(1)
        return year if len(year) == 4 else f"{published.year // 100}{year}"
    year_value = _named_year(low, published, context)
    if year_value is not None:
        return year_value
    month_value = _named_month(low, published, context)
    if month_value is not None:
        return month_value
    if re.fullmatch(r"(?:the|that|the same) week", low):
        if context.day is None:
            return None
        iso_year, iso_week, _ = context.day.isocalendar()  # "Friday ... For the week, the index fell": that day's week
        return f"{iso_year:04d}-W{iso_week:02d}"
    weekend = re.fullmatch(r"(?:over |during )?(the|this|last|next|that|this past|this coming|a)? ?weekend", low)
    if weekend:
        return _weekend_value(weekend.group(1) or "the", published, prefer)
    holiday = _holiday_value(low, published, prefer)
    if holiday is not None:
        return holiday
    ago = re.fullmatch(r"(?:about |nearly |almost |some |more than |over |just |only )?(\d+|[a-z]+) (day|week|month)s? ago", low)
    if ago and number(ago.group(1)):
        amount = int(number(ago.group(1)))
        if ago.group(2) == "month":
            month_index = published.year * 12 + published.month - 1 - amount
            return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
        moment = published - timedelta(days=amount * (7 if ago.group(2) == "week" else 1))
        if ago.group(2) == "week":
            iso_year, iso_week, _ = moment.isocalendar()
            return f"{iso_year:04d}-W{iso_week:02d}"
        return moment.isoformat()
    day_value = _named_day(low, published, context)
    if day_value is not None:
        return day_value
    weekday = _weekday_value(low, published, prefer, kind, context)
    if weekday is not None:
        return weekday
    month_day = _month_day_value(low, published, prefer, context)
    if month_day is not None:
        return month_day
    if kind == "time" or CLOCK_RE.search(low):
        return _time_value(low, published, prefer, context)
    return None


_FULL_DATE_RE = re.compile(rf"^{MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})$|^(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH_RE},?\s+(\d{{4}})$", re.I)
_MONTH_YEAR_RE = re.compile(rf"^{MONTH_RE},?\s+(?:of\s+)?(\d{{4}})$", re.I)
_MONTH_WORD_RE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.I)
_THIS_UNIT_RE = re.compile(r"^(last|this|next|the past|the previous|the coming) (year|month|week)$")


def _explicit_value(low: str, published: date | None) -> str | None:
    """The commonest forms, read without dateparser (a millisecond a call): '1990',
    'March 26, 1996', '26 March 1996', 'July 1997', 'last year', 'this week'."""
    if re.fullmatch(r"(?:the )?(?:year )?(1\d{3}|20\d\d)", low):
        return low[-4:]
    full = _FULL_DATE_RE.match(low)
    if full:
        month_name, day, year = (full.group(1), full.group(2), full.group(3)) if full.group(1) else (full.group(5), full.group(4), full.group(6))
        try:
            return date(int(year), MONTHS[month_name[:3].lower()], int(day)).isoformat()
        except ValueError:
            return None
    month_year = _MONTH_YEAR_RE.match(low)
    if month_year:
        return f"{month_year.group(2)}-{MONTHS[month_year.group(1)[:3].lower()]:02d}"
    relative = _THIS_UNIT_RE.match(low)
    if relative and published is not None:
        step = {"last": -1, "the past": -1, "the previous": -1, "this": 0, "next": 1, "the coming": 1}[relative.group(1)]
        if relative.group(2) == "year":
            return str(published.year + step)
        if relative.group(2) == "month":
            index = published.year * 12 + published.month - 1 + step
            return f"{index // 12:04d}-{index % 12 + 1:02d}"
        iso_year, iso_week, _ = (published + timedelta(weeks=step)).isocalendar()
        return f"{iso_year:04d}-W{iso_week:02d}"
    return None


# Without a publication date, the forms that dateparser reads the same way whatever the base
# date and tense (checked form by form against dateparser by tests/test_dates.py): a month
# ("November" -> XXXX-11), a month and a day that every year has ("March 1" -> XXXX-03-01),
# a clock time ("9:05 p.m." -> T21:05).
_MONTH_ALONE_RE = re.compile(rf"{MONTH_RE}", re.I)
_MONTH_AND_DAY_RE = re.compile(rf"{MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?", re.I)
_CLOCK_ALONE_RE = re.compile(r"(\d{1,2})(?::(\d\d))?\s*([ap])\.?m\.?", re.I)


def _undated_value(low: str, kind: str) -> str | None:
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


def _by_dateparser(low: str, kind: str, published: date | None, prefer: str, context: DateContext) -> str | None:
    if published is None:
        undated = _undated_value(low, kind)
        if undated is not None:
            return undated
    return _read_by_dateparser(low, kind, published, prefer)


def _read_by_dateparser(low: str, kind: str, published: date | None, prefer: str) -> str | None:
    explicit_year = YEAR_RE.search(low)
    has_clock = bool(CLOCK_RE.search(low))
    # Without a publication date, dateparser is asked only where its answer can become a
    # value (its first call in a process costs 0.3 CPU s; see _undated_value).
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


# --- quarters and the year-ago of earnings reports ---------------------------------------

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


def _quarter_value(low: str, published: date | None, prefer: str, context: DateContext) -> str | None:
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
        return f"{focus[0] - 1}-Q{focus[1]}"
    year = re.fullmatch(r"(\d{4}) (?:quarter|period)", base)
    if year:
        return f"{year.group(1)}-Q{focus[1]}"
    return None


def _year_ago_value(low: str, published: date | None, context: DateContext) -> str | None:
    """'a year ago', 'a year earlier', 'year-ago': the same quarter a year before in an
    earnings report (a quarter was named before), else the year before."""
    if not re.fullmatch(r"(?:the |a |one )?(?:full )?(?:year-ago|year-earlier|year ago|year earlier|year before|previous year|prior year|year-before)(?: period| results| levels?)?", low):
        return None
    if published is None:
        return None
    if context.quarter is not None:
        year, quarter = context.quarter
        return f"{year - 1}-Q{quarter}"
    return str(published.year - 1)


# --- years, months, days named relative to the publication date ---------------------------

def _year_of(low: str, published: date | None, context: DateContext) -> str | None:
    explicit = YEAR_RE.search(low)
    if explicit:
        return explicit.group(1)
    if published is None:
        return None
    if re.search(r"\b(last|previous|past)\b", low):
        return str(published.year - 1)
    if re.search(r"\b(next|coming)\b", low):
        return str(published.year + 1)
    if re.search(r"\bthat\b", low) and context.year:
        return str(context.year)
    return str(published.year)


def _season_year(low: str, published: date | None, context: DateContext, prefer: str) -> str | None:
    explicit = YEAR_RE.search(low)
    if explicit or published is None or re.search(r"\b(last|next|that)\b", low):
        return _year_of(low, published, context)
    season = SEASON_RE.search(low).group(1)
    start_month = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}[season]
    if re.search(r"\bthis\b", low):
        return str(published.year)
    if prefer == "past" and start_month > published.month + 1:
        return str(published.year - 1)
    if prefer != "past" and start_month + 3 <= published.month:
        return str(published.year + 1)
    return str(published.year)


def _named_year(low: str, published: date, context: DateContext) -> str | None:
    if re.fullmatch(r"(?:the |this |the current |this current |the full |the latest |the whole |the entire )?(?:fiscal |calendar )?year|"
                    r"(?:the )?(?:year[- ]end|year's end|end of the year|end of this year|the year to date|so far this year)|this fiscal year|"
                    r"(?:earlier|later) (?:this|in the) year|(?:early|late) this year", low):
        return str(published.year)
    if re.fullmatch(r"(?:that|the same) year|(?:earlier|later) that year", low):
        return str(context.year) if context.year else None
    if re.fullmatch(r"the (?:following|next|ensuing|succeeding) year|a year later", low):
        return str(context.year + 1) if context.year else None
    if re.fullmatch(r"the (?:previous|preceding|prior) year|the year before", low):
        return str(context.year - 1) if context.year else str(published.year - 1)
    ago = re.fullmatch(r"(?:about |nearly |almost |some |more than |over |just |only )?(\d+|[a-z]+) years? ago", low)
    if ago and number(ago.group(1)):
        return str(published.year - int(number(ago.group(1))))
    decade_ago = re.fullmatch(r"(?:about |nearly |almost |some |just |only )?(\d+|[a-z]+) decades? ago", low)
    if decade_ago and number(decade_ago.group(1)):
        return str(published.year - 10 * int(number(decade_ago.group(1))))
    return None


def _named_month(low: str, published: date, context: DateContext) -> str | None:
    if re.fullmatch(r"(?:the |this |the current )month|(?:earlier|later|early|late) (?:this|in the) month|the end of (?:the|this) month|this month's", low):
        return f"{published.year:04d}-{published.month:02d}"
    if re.fullmatch(r"(?:that|the same) month|(?:earlier|later) that month", low):
        return f"{context.month[0]:04d}-{context.month[1]:02d}" if context.month else None
    if re.fullmatch(r"the (?:following|next) month|a month later", low) and context.month:
        year, month = context.month
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}"
    return None


_DAY_ANCHORS = {
    "today": 0, "today's": 0, "tonight": 0, "overnight": 0, "": 0, "this": 0, "this day": 0,
    "yesterday": -1, "yesterday's": -1, "last": -1, "tomorrow": 1, "tomorrow's": 1,
}
# Days counted from the last day the article named ("that day", "the next morning").
_NARRATIVE_DAYS = {
    "the day": 0, "the same day": 0, "that same day": 0, "that day": 0, "the next day": 1, "the following day": 1,
    "a day later": 1, "the day after": 1, "the next": 1, "the following": 1, "the day before": -1, "the previous day": -1,
}


def _named_day(low: str, published: date, context: DateContext) -> str | None:
    """'today', 'yesterday morning', 'last night', 'this evening', 'that day', 'the next morning'."""
    part_match = re.search(rf"\b{PART_RE}\b|\btonight\b|\bovernight\b", low)
    part = DAY_PARTS[part_match.group(0)] if part_match else None
    core = re.sub(r"^(?:early|late|mid-?|earlier|later)\s*", "", low)
    if part and core not in ("tonight", "overnight"):
        core = re.sub(rf"\s*\b(?:early|late|in the|this|mid-?)?\s*{PART_RE}$", "", core).strip()
        core = re.sub(rf"^{PART_RE}\s+", "", core)  # "(mid-)afternoon yesterday": the part first
    if core in _NARRATIVE_DAYS:
        anchor = context.day or published
        return (anchor + timedelta(days=_NARRATIVE_DAYS[core])).isoformat()
    if core not in _DAY_ANCHORS or (core == "last" and part != "NI") or (core in ("", "this") and not part):
        return None  # "last morning" is not a phrase news uses
    day = (published + timedelta(days=_DAY_ANCHORS[core])).isoformat()
    return f"{day}T{part}" if part else day


# Holidays news names by name, as (month, day) or (month, weekday, nth: 1-4, -1 last).
_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
    "new year's eve": (12, 31), "independence day": (7, 4), "the fourth of july": (7, 4), "halloween": (10, 31),
    "valentine's day": (2, 14), "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4),
    "labor day": (9, 0, 1), "memorial day": (5, 0, -1), "election day": (11, 1, "election"),
    "easter": (0, "easter"), "easter sunday": (0, "easter"), "good friday": (-2, "easter"), "easter monday": (1, "easter"),
}


def _holiday_date(name: str, year: int) -> date:
    rule = _HOLIDAYS[name]
    if rule[-1] == "easter":
        return easter(year) + timedelta(days=rule[0])  # dateutil's (Western) computus
    if len(rule) == 2:
        return date(year, rule[0], rule[1])
    month, weekday, nth = rule
    if nth == "election":  # the Tuesday after the first Monday of November
        first = date(year, 11, 1)
        monday = first + timedelta(days=(0 - first.weekday()) % 7)
        return monday + timedelta(days=1)
    if nth == -1:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _holiday_value(low: str, published: date, prefer: str) -> str | None:
    """'Thanksgiving Day', 'last Christmas', 'Election Day': the nearest one the tense allows."""
    match = re.fullmatch(r"(?:(last|next|this) )?(.+?)(?:'s)?", low)
    if not match or match.group(2) not in _HOLIDAYS:
        return None
    name, relation = match.group(2), match.group(1)
    this_year = _holiday_date(name, published.year)
    if relation is None and abs((this_year - published).days) <= 7:
        return this_year.isoformat()  # "as Easter week began", "before Christmas" in late December
    if relation == "last" or (relation is None and prefer == "past"):
        return (this_year if this_year <= published else _holiday_date(name, published.year - 1)).isoformat()
    return (this_year if this_year >= published else _holiday_date(name, published.year + 1)).isoformat()


def _weekend_value(relation: str, published: date, prefer: str) -> str:
    """The weekend as TimeML writes it: the ISO week of its Saturday with '-WE'."""
    saturday_back = (published.weekday() - 5) % 7
    if relation in ("next", "this coming") or (relation in ("this", "the") and prefer != "past" and published.weekday() < 5):
        saturday = published + timedelta(days=(5 - published.weekday()) % 7 or 7)
    else:
        saturday = published - timedelta(days=saturday_back if published.weekday() >= 5 else saturday_back)
    if relation == "last" and published.weekday() >= 5:
        saturday -= timedelta(days=7)
    iso_year, iso_week, _ = saturday.isocalendar()
    return f"{iso_year:04d}-W{iso_week:02d}-WE"


_WEEKDAY_RE = re.compile(
    r"^(?:on\s+|by\s+|until\s+|since\s+|from\s+|early\s+|late\s+|earlier\s+|later\s+)?"
    r"(?:(?P<rel>last|this|next|this past|this coming|coming|past|the previous|the preceding|the following)\s+)?"
    rf"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?"
    rf"(?:\s+(?:early\s+|late\s+)?(?P<part>{PART_RE}))?$",
    re.I,
)
_PART_FIRST_RE = re.compile(
    rf"^(?:early\s+|late\s+)?(?:(?P<part>{PART_RE})\s+|(?P<clock>noon|midnight|midday)\s+)(?:on\s+)?(?:(?P<rel>last|this|next)\s+)?"
    r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)$",
    re.I,
)


def _weekday_value(low: str, published: date, prefer: str, kind: str, context: DateContext) -> str | None:
    """A weekday relative to the publication day, as news uses it.

    A bare weekday is the publication day itself when it names that day ("said on
    Friday" in Friday's paper), else the nearest one in the past or future by tense.
    dateparser would move a same-day weekday a week back, so weekdays are counted here.
    A part of day stays on it: "Saturday night" -> ``1991-02-23TNI``.
    """
    match = _WEEKDAY_RE.match(low.strip()) or _PART_FIRST_RE.match(low.strip())
    if not match:
        return None
    target = WEEKDAYS.index(match.group("day").lower())
    relation = (match.group("rel") or "").lower()
    if relation in ("the previous", "the preceding", "the following"):
        # counted from the day the text is about: "down from the previous Friday"
        published = context.day or published
        relation = "last" if relation != "the following" else "next"
    back = (published.weekday() - target) % 7  # days back to the most recent such day (0: today)
    ahead = (target - published.weekday()) % 7
    if relation in ("last", "past", "this past"):
        offset = -(back or 7)
    elif relation in ("next", "coming", "this coming"):
        offset = ahead or 7
    elif back == 0:
        offset = 0
    else:
        offset = ahead if prefer != "past" else -back
    day = date.fromordinal(published.toordinal() + offset).isoformat()
    part = match.group("part")
    clock = match.groupdict().get("clock")
    if clock:
        return f"{day}T{'24' if clock.lower() == 'midnight' else '12:00'}"
    return f"{day}T{DAY_PARTS[part.lower()]}" if part else day


def _choose_year(month: int, day: int | None, published: date, prefer: str) -> int:
    """The year of a month (and day) given without one: on the side of the publication date
    the tense says, allowing a few weeks' slack either way; the nearest one otherwise."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        last = calendar.monthrange(year, month)[1]
        candidates.append((year, date(year, month, min(day or 1, last)), date(year, month, min(day or last, last))))
    slack = timedelta(days=60 if day else 31)  # "payable Dec. 15" in late October; "in March" in mid-January is last March
    if prefer == "present" and day is None:
        # A plain present tense ("is worth half what it was worth in October", "sells itself
        # under a June agreement") does not point ahead: the nearest such month.
        middle = published.toordinal()
        return min(candidates, key=lambda c: (abs((c[1].toordinal() + c[2].toordinal()) / 2 - middle), -c[0]))[0]
    if prefer == "past":
        fitting = [year for year, start, _ in candidates if start <= published + slack]
        return max(fitting) if fitting else published.year
    fitting = [year for year, _, end in candidates if end >= published - slack]
    return min(fitting) if fitting else published.year


def _month_day_value(low: str, published: date, prefer: str, context: DateContext) -> str | None:
    """'March 14', 'last April', 'this September', 'June last year', 'Oct. 23'."""
    day_first = _DAY_MONTH_RE.match(low.strip())
    if day_first:
        low = f"{day_first.group(2)} {day_first.group(1)}"
    match = _MONTH_DAY_RE.match(low.strip())
    if not match:
        return None
    month = MONTHS[match.group(2)[:3].lower()]
    day = int(match.group("day")) if match.group("day") else None
    if day is not None and not 1 <= day <= 31:
        return None
    relation = (match.group("rel") or "").lower()
    year_relation = (match.group("yrel") or "").lower()
    if year_relation:
        year = published.year + {"this": 0, "last": -1, "next": 1}[year_relation]
    elif relation in ("last", "past", "this past"):  # the most recent one before the publication date
        before = (month, day) < (published.month, published.day) if day else month < published.month
        year = published.year if before else published.year - 1
    elif relation in ("next", "coming", "this coming"):  # the first one after it
        after = (month, day) > (published.month, published.day) if day else month > published.month
        year = published.year if after else published.year + 1
    elif relation == "this":
        year = published.year
    elif day is not None and (month, day) in context.full_days:
        year = context.full_days[(month, day)]  # "Aug. 7, 1998" before, now "Aug. 7"
    else:
        year = _choose_year(month, day, published, prefer)
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _time_value(low: str, published: date | None, prefer: str, context: DateContext) -> str | None:
    """A clock time on its day: the day the text gives, else the day just named (or the
    publication day)."""
    clock = re.search(r"\b(\d{1,2})(?::(\d\d))?\s*(a\.?m\.?|p\.?m\.?)|\b(\d{1,2}):(\d\d)\b|\b(noon|midday|midnight)\b|\b(\d{1,2}) (?:o'clock|in the (morning|afternoon|evening))", low)
    if not clock:
        part = re.search(rf"\b{PART_RE}\b|\bafternoon\b", low)
        if part and published is not None and re.fullmatch(rf"(?:early |late |mid-?\s*|the )?{PART_RE}|mid-?\s*afternoon|(?:later |earlier )?(?:this|in the) {PART_RE}", low):
            # "this morning" is the publication day's; "in the morning", "overnight" the day last named
            day = published if "this" in low else (context.day or published)
            return f"{day.isoformat()}T{DAY_PARTS[part.group(0)]}"
        return None
    if clock.group(6):
        hour, minute = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[clock.group(6)]
    elif clock.group(7):
        hour, minute = int(clock.group(7)), 0
        if clock.group(8) in ("afternoon", "evening") and hour < 12:
            hour += 12
    elif clock.group(4):
        hour, minute = int(clock.group(4)), int(clock.group(5))
    else:
        hour, minute = int(clock.group(1)), int(clock.group(2) or 0)
        if clock.group(3).startswith("p") and hour < 12:
            hour += 12
        if clock.group(3).startswith("a") and hour == 12:
            hour = 0
    if hour > 24 or minute > 59:
        return None
    clock_text = f"{hour:02d}:{minute:02d}" if hour != 24 else "24"
    rest = (low[: clock.start()] + " " + low[clock.end() :]).strip(" ,")
    rest = re.sub(r"^(?:on|at|about|around|by|until|of)\s+|\b(?:est|edt|gmt|cst|cdt|pst|pdt|et|local time|local)\b|[(),]", " ", rest)
    rest = re.sub(r"\s+", " ", rest).strip()
    day = None
    if rest and published is not None:
        day_value = _by_rules(rest, "date", published, prefer, context) or _by_dateparser(rest, "date", published, prefer, context)
        if day_value and re.match(r"^\d{4}-\d\d-\d\d", day_value):
            day = day_value[:10]
    if day is None:
        if published is None:
            return f"T{clock_text}"
        day = (context.day or published).isoformat()
    return f"{day}T{clock_text}"


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
        shorter = _VALUE_FILLER_RE.sub("", stripped, count=1)
        if shorter == stripped:
            break
        stripped = shorter
        parsed = _parse(stripped, base, prefer)
    return parsed
