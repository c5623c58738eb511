"""Date and time expressions, normalised to ISO 8601 against the publication date.

Candidates are spaCy's DATE and TIME entities. Each gets a kind and a value:

- **date** — dateparser resolves it against the article's publication date
  (``doc._.newsmine_published``): "on March 14" -> ``2025-03-14``; "last year" -> ``2024``.
  The grain of the value follows what the text says (dateparser's period): a day, a month
  ("March 2016" -> ``2016-03``), a year. Whether "Tuesday" or "March 25" means the past
  or the coming one follows the tense of the verb governing it ("will meet on Tuesday").
  Without a publication date, a month and day give a partial value with an unknown year
  (``XXXX-03-14``), and purely relative expressions ("yesterday") get ``null``.
- **time** — clock times: ``T15:00``, or ``2025-03-18T15:00`` when a day is given.
- **duration** — "the next two days", "three years", "decades": ISO 8601 durations
  (``P2D``, ``P3Y``; decades and centuries in years, ``P20Y``; ``PXY`` when the number is not said). Never turned into a date.
- **set** — "every Monday", "daily": ``XXXX-WXX-1``, ``P1D``-style descriptions.

dateparser costs about a millisecond a call, so results are cached per (expression, base
date, tense); news repeats "Tuesday" and "last year" a great deal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsmine.nlp.doc_attrs import in_excluded, register_extensions

__all__ = ["DateFound", "find_dates", "normalise"]

register_extensions()


@dataclass(slots=True)
class DateFound:
    start_char: int
    end_char: int
    text: str
    value: str | None
    kind: str  # date | time | duration | set


_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "couple": 2, "a couple of": 2, "half": 0.5,
}
_VAGUE_QUANTITY = {"several", "few", "a few", "many", "some", "multiple", "numerous", "the"}
_UNITS = {
    "second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"), "night": ("", "D"),
    "week": ("", "W"), "month": ("", "M"), "year": ("", "Y"), "decade": ("", "Y"), "century": ("", "Y"),
}
# ISO 8601 has no decade or century designator: they are counted in years.
_YEARS_PER_UNIT = {"decade": 10, "century": 100}
_UNIT_RE = r"(second|minute|hour|day|night|week|month|year|decade|century|centurie)s?"
_DURATION_RE = re.compile(
    rf"^(?:(?:for|over|in|within|during|about|around|nearly|almost|more than|less than|at least|up to|some)\s+)*"
    rf"(?:the\s+)?(?:(?:past|last|next|coming|previous|first|final)\s+)?"
    rf"(?P<num>\d+(?:\.\d+)?|[a-z]+(?:[- ][a-z]+)?|a couple of|a few)?\s*(?:-|\s)?{_UNIT_RE}$",
    re.I,
)
# "last week", "next year", "this month": points in time, not durations.
_RELATIVE_UNIT_RE = re.compile(rf"^(?:last|next|this|that|the same|the)\s+{_UNIT_RE}$", re.I)
_SET_RE = re.compile(r"\b(every|each|daily|weekly|monthly|annually|yearly|nightly|per\s+(day|week|month|year))\b", re.I)
_NOT_A_DATE_RE = re.compile(r"\d+[- ]years?[- ]old|\byears? old\b|\bage of\b|\baged\b", re.I)
_RELATIVE_POINT_RE = re.compile(r"\b(ago|earlier|later|from now|before|after|since)\b", re.I)
_YEAR_RE = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_DECADE_RE = re.compile(r"^(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(1[5-9]\d|20\d)0s$", re.I)
_CLOCK_RE = re.compile(r"\b\d{1,2}(:\d\d)?\s*(a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d\d\b|\bnoon\b|\bmidnight\b", re.I)
_LEADING_FILLER_RE = re.compile(r"^(?:on|in|at|by|since|until|from|the|this past|early|mid|late|mid-|around|about)\s+", re.I)
_SEASON_RE = re.compile(r"\b(spring|summer|fall|autumn|winter)\b", re.I)
_SEASON_CODES = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_QUARTER_RE = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b", re.I)
_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})


def _number(word: str | None) -> float | None:
    if word is None:
        return None
    word = word.lower().strip()
    if re.fullmatch(r"\d+(\.\d+)?", word):
        return float(word)
    if word in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[word])
    parts = re.split(r"[- ]", word)
    if len(parts) == 2 and all(p in _NUMBER_WORDS for p in parts):
        return float(_NUMBER_WORDS[parts[0]] + _NUMBER_WORDS[parts[1]])
    return None


def _duration_value(text: str) -> str | None:
    """'the next two days' -> 'P2D'; 'three hours' -> 'PT3H'; 'two decades' -> 'P20Y'; 'decades' -> 'PXY'."""
    clean = text.strip().lower()
    if _RELATIVE_UNIT_RE.match(clean):
        return None
    match = _DURATION_RE.match(clean)
    if not match:
        return None
    unit = match.group(2).lower()
    unit = "century" if unit.startswith("centur") else unit
    time_part, code = _UNITS[unit]
    raw = match.group("num")
    plural = clean.endswith("s")
    if raw is None or raw in _VAGUE_QUANTITY:
        if plural:
            amount = None  # "years", "several months"
        elif re.search(r"\b(past|last|next|coming|previous)\b", clean):
            amount = 1.0  # "the past week"
        else:
            return None
    else:
        amount = _number(raw)
        if amount is None:
            return None  # "the campaign year" and other non-durations
    if amount is not None:
        amount *= _YEARS_PER_UNIT.get(unit, 1)
    number = "X" if amount is None else (str(int(amount)) if amount == int(amount) else str(amount))
    return f"P{time_part}{number}{code}"


def classify(text: str, label: str) -> str:
    """The kind of a date expression: date | time | duration | set."""
    if _SET_RE.search(text):
        return "set"
    if not _RELATIVE_POINT_RE.search(text) and _duration_value(text) is not None:
        return "duration"
    if label == "TIME" or _CLOCK_RE.search(text):
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


@lru_cache(maxsize=65536)
def _parse(expression: str, base: date, prefer: str) -> tuple[datetime, str] | None:
    try:
        data = _dateparser(base, prefer).get_date_data(expression)
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


def normalise(text: str, *, kind: str, published: date | None, prefer: str = "past") -> str | None:
    """The ISO 8601 value of a date expression (see the module docstring)."""
    clean = re.sub(r"\s+", " ", text).strip()
    if kind == "duration":
        return _duration_value(clean)
    if kind == "set":
        return _set_value(clean)
    decade = _DECADE_RE.match(clean)
    if decade:
        return f"{decade.group(1)}X"
    explicit_year = _YEAR_RE.search(clean)
    has_clock = bool(_CLOCK_RE.search(clean))
    quarter = _QUARTER_RE.search(clean)
    season = _SEASON_RE.search(clean)
    if quarter or season:
        year = _year_of(clean, published)
        code = f"Q{_QUARTERS[quarter.group(1).lower()]}" if quarter else _SEASON_CODES[season.group(1).lower()]
        return f"{year}-{code}" if year else f"XXXX-{code}"
    if kind == "time" and not _has_day(clean):
        parsed = _parse_variants(clean, published or date(2000, 1, 1), prefer)
        if parsed is None or not has_clock:
            return None
        return f"T{parsed[0].hour:02d}:{parsed[0].minute:02d}"
    if published is not None and kind == "date":
        weekday = _weekday_value(clean, published, prefer)
        if weekday is not None:
            return weekday
    base = published or date(2000, 1, 1)
    parsed = _parse_variants(clean, base, prefer)
    if parsed is None:
        return None
    moment, period = parsed
    if period == "part_of_day":
        period = "day"
    if published is None and not explicit_year:
        if not re.search(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", clean, re.I):
            return None  # purely relative ("yesterday", "Tuesday") with nothing to anchor it
        return _format(moment, period, year_known=False, has_clock=has_clock)
    return _format(moment, period, year_known=True, has_clock=has_clock and kind == "time")


_WEEKDAY_RE = re.compile(
    r"^(?:on\s+|by\s+|until\s+|since\s+|from\s+)?(?:(?P<rel>last|this|next|this past|this coming|coming|past)\s+)?"
    r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?$",
    re.I,
)


def _weekday_value(text: str, published: date, prefer: str) -> str | None:
    """A weekday relative to the publication day, as news uses it.

    A bare weekday is the publication day itself when it names that day ("said on
    Friday" in Friday's paper), else the nearest one in the past or future by tense.
    dateparser would move a same-day weekday a week back, so weekdays are counted here.
    """
    match = _WEEKDAY_RE.match(text.strip())
    if not match:
        return None
    target = _WEEKDAYS.index(match.group("day").lower())
    relation = (match.group("rel") or "").lower()
    back = (published.weekday() - target) % 7  # days back to the most recent such day (0: today)
    ahead = (target - published.weekday()) % 7
    if relation in ("last", "past", "this past"):
        offset = -(back or 7)
    elif relation in ("next", "coming", "this coming"):
        offset = ahead or 7
    elif back == 0:
        offset = 0
    else:
        offset = ahead if prefer == "future" else -back
    return date.fromordinal(published.toordinal() + offset).isoformat()


def _has_day(text: str) -> bool:
    low = text.lower()
    return any(day in low for day in _WEEKDAYS) or bool(
        re.search(r"\b(today|tomorrow|yesterday|tonight|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", low)
    )


def _year_of(text: str, published: date | None) -> str | None:
    explicit = _YEAR_RE.search(text)
    if explicit:
        return explicit.group(1)
    if published is None:
        return None
    low = text.lower()
    if re.search(r"\blast\b", low):
        return str(published.year - 1)
    if re.search(r"\bnext\b", low):
        return str(published.year + 1)
    return str(published.year)


def _set_value(text: str) -> str | None:
    low = text.lower()
    season = _SEASON_RE.search(low)
    if season:
        return f"XXXX-{_SEASON_CODES[season.group(1)]}"
    for number, day in enumerate(_WEEKDAYS, start=1):
        if day in low:
            return f"XXXX-WXX-{number}"
    for word, code in (("day", "P1D"), ("daily", "P1D"), ("night", "P1D"), ("week", "P1W"), ("month", "P1M"), ("year", "P1Y"), ("annual", "P1Y")):
        if word in low:
            return code
    return None


def _parse_variants(text: str, base: date, prefer: str) -> tuple[datetime, str] | None:
    """Parse, then retry without leading fillers ('on', 'the', 'early') dateparser rejects."""
    parsed = _parse(text, base, prefer)
    stripped = text
    while parsed is None:
        shorter = _LEADING_FILLER_RE.sub("", stripped, count=1)
        if shorter == stripped:
            break
        stripped = shorter
        parsed = _parse(stripped, base, prefer)
    return parsed


def _tense(span: Span) -> str:
    """'future' or 'past': which way a relative date points, from the governing verb.

    News reports the past in the past tense and schedules in the present or with a modal:
    "declined to comment on Thursday" (past), "the summit ends on Sunday", "should return
    by Friday", "will meet on Tuesday", "results would be published on Tuesday" (future).
    """
    head = span.root
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT":
            break
        head = head.head
    auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        first = auxiliaries[0]
        if first.tag_ == "MD" or first.lower_ in _FUTURE_AUX:
            return "future"
        if first.lemma_ == "have" or first.tag_ == "VBD":
            return "past"
        if first.tag_ in ("VBZ", "VBP"):
            return "future"  # "is expected to", "are meeting"
        return "past"
    if head.tag_ in ("VBZ", "VBP"):
        return "future"
    return "past"


def _tidy(ent: Span) -> Span | None:
    """Trim whitespace and a trailing clause off a date entity; take in a leading 'every'.

    spaCy sometimes runs a DATE into what follows ('early Wednesday, ending weeks') or
    over paragraph breaks, and leaves 'every' out of 'every Monday'.
    """
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    for i in range(start, end):
        # "March 14, 2025" keeps its comma; "Wednesday, ending weeks" is cut at it.
        if doc[i].text == "," and not (i + 1 < end and doc[i + 1].like_num):
            end = i
            break
    if start > 0 and doc[start - 1].lower_ in ("every", "each"):
        start -= 1
    if end <= start:
        return None
    return doc[start:end]


def find_dates(doc: Doc) -> list[DateFound]:
    published = _published_date(doc._.newsmine_published)
    found = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        ent = _tidy(ent)
        if ent is None or in_excluded(doc, ent.start_char, ent.end_char) or _NOT_A_DATE_RE.search(ent.text):
            continue
        kind = classify(ent.text, ent.root.ent_type_ or "DATE")
        prefer = _tense(ent) if kind in ("date", "time") else "past"
        value = normalise(ent.text, kind=kind, published=published, prefer=prefer)
        found.append(DateFound(ent.start_char, ent.end_char, ent.text, value, kind))
    return found


def _published_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


@Language.factory("newsmine_dates_v1", requires=["doc.ents"], assigns=["doc._.newsmine_dates"])
def make_dates_component(nlp: Language, name: str) -> DatesComponent:
    return DatesComponent()


class DatesComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.newsmine_dates = find_dates(doc)
        return doc
