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

Rules in the style of HeidelTime come first; dateparser reads what they leave
(:mod:`.dateparser_values`). This module classifies an expression and tries the rules in
turn; the rules for each kind of expression live beside it: :mod:`.years_months` (years,
months, a month and day), :mod:`.days` (days, weekdays, weekends, holidays),
:mod:`.quarters` (quarters and the year-ago of earnings reports), :mod:`.durations`
(durations and sets). Decades, centuries, half-years, TimeML's fuzzy references and clock
times are read here.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsmine.nlp.dates.context import DateContext
from newsmine.nlp.dates.dateparser_values import by_dateparser, load_dateparser
from newsmine.nlp.dates.days import (
    HOLIDAYS,
    holiday_value,
    named_day,
    ordinal_day_value,
    week_after_weekday,
    weekday_value,
    weekend_value,
)
from newsmine.nlp.dates.durations import SET_RE, SPAN_BEFORE_AFTER_RE, duration_value, set_value
from newsmine.nlp.dates.quarters import quarter_value, year_ago_value
from newsmine.nlp.dates.words import (
    CLOCK_RE,
    DAY_PARTS,
    MONTH_RE,
    PART_RE,
    SEASON_CODES,
    SEASON_RE,
    VALUE_FILLER_RE,
    digits_for_words,
    number,
)
from newsmine.nlp.dates.years_months import (
    explicit_value,
    month_day_value,
    named_month,
    named_year,
    season_year,
    year_of,
)

# load_dateparser lives in .dateparser_values; kept importable here for the runners that load it before forking.
__all__ = ["classify", "load_dateparser", "normalise"]

_RELATIVE_POINT_RE = re.compile(r"(?<!-)\b(ago|earlier|later|from now|before|after|since)\b", re.I)
_DECADE_RE = re.compile(r"^(?:the\s+)?(?:(?:early|mid-?|late|first half of the|last half of the|second half of the)\s*)?'?(1[5-9]\d|20\d)0'?s$", re.I)
_SHORT_DECADE_RE = re.compile(r"^(?:the\s+)?(?:(?:early|mid-?|late|(?:first|last|second) half of the)\s*)?'(\d)0s$", re.I)
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}
_CENTURY_RE = re.compile(r"^(?:the\s+)?(?:(?:early|mid-?|late)\s*)?(\d{1,2})(?:st|nd|rd|th)[- ]century$", re.I)
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
    # "the month of April", "April month" (as Indian English writes it): the month named
    low = re.sub(rf"^(?:the )?month of (?={MONTH_RE}(?:\s+\d{{4}})?$)", "", low)
    low = re.sub(rf"^{MONTH_RE} month$", r"\1", low)
    holiday_week = re.fullmatch(r"(?:the )?(.+?) week", low)
    week_of = re.fullmatch(r"(?:the )?week of (.+)", low) or (holiday_week if holiday_week and holiday_week.group(1) in HOLIDAYS else None)
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
    shorter = _TRAILING_FILLER_RE.sub("", VALUE_FILLER_RE.sub("", re.sub(r"^(?:mid|early|late)-(?=\w)", "", low), count=1))
    shorter = re.sub(r"\s+or so\b", "", shorter)
    if shorter != low and shorter:
        return normalise(shorter, kind=kind, published=published, prefer=prefer, context=context)
    return by_dateparser(low, kind, published, prefer, context)


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
    explicit = explicit_value(low, published)
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
        year = year_of(low, published, context)
        code = "H1" if half.group(0).startswith("first") or half.group(0) == "h1" else "H2"
        return f"{year}-{code}" if year else f"XXXX-{code}"
    quarter = quarter_value(low, published, prefer, context)
    if quarter is not None:
        return quarter
    year_ago = year_ago_value(low, published, context)
    if year_ago is not None:
        return year_ago
    season = SEASON_RE.search(low)
    if season and not re.search(r"(?<!\d)\d{1,2}(?!\d)", low):
        year = season_year(low, published, context, prefer)
        code = SEASON_CODES[season.group(1)]
        return f"{year}-{code}" if year else f"XXXX-{code}"
    if published is None:
        return None
    fiscal = re.fullmatch(r"(?:fiscal|calendar|the fiscal|the calendar|model|the model|fy)\s*(?:year\s+)?'?(\d{4}|\d\d)", low)
    if fiscal:
        year = fiscal.group(1)
        return year if len(year) == 4 else f"{published.year // 100}{year}"
    year_value = named_year(low, published, context)
    if year_value is not None:
        return year_value
    month_value = named_month(low, published, context)
    if month_value is not None:
        return month_value
    if re.fullmatch(r"(?:the|that|the same) week", low):
        if context.day is None:
            return None
        iso_year, iso_week, _ = context.day.isocalendar()  # "Friday ... For the week, the index fell": that day's week
        return f"{iso_year:04d}-W{iso_week:02d}"
    weekend = re.fullmatch(r"(?:over |during )?(the|this|last|next|that|this past|this coming|a)? ?weekend", low)
    if weekend:
        return weekend_value(weekend.group(1) or "the", published, prefer)
    holiday = holiday_value(low, published, prefer)
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
    day_value = named_day(low, published, context)
    if day_value is not None:
        return day_value
    weekday = week_after_weekday(low, published) or weekday_value(low, published, prefer, kind, context)
    if weekday is not None:
        return weekday
    month_day = month_day_value(low, published, prefer, context) or ordinal_day_value(low, published, prefer, context)
    if month_day is not None:
        return month_day
    if kind == "time" or CLOCK_RE.search(low):
        return _time_value(low, published, prefer, context)
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
        day_value = _by_rules(rest, "date", published, prefer, context) or by_dateparser(rest, "date", published, prefer, context)
        if day_value and re.match(r"^\d{4}-\d\d-\d\d", day_value):
            day = day_value[:10]
    if day is None:
        if published is None:
            return f"T{clock_text}"
        day = (context.day or published).isoformat()
    return f"{day}T{clock_text}"

