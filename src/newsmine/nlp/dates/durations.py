"""Durations and sets: how long ("the next two days" -> ``P2D``) and how often ("every
Monday" -> ``XXXX-WXX-1``), as ISO 8601 durations and TimeML set values.

Decades and centuries are counted in years (ISO 8601 has no designator for them): "two
decades" -> ``P20Y``; a number not said is ``X``: "decades" -> ``PXY``.
"""

from __future__ import annotations

import re

from newsmine.nlp.dates.words import (
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

__all__ = ["SET_RE", "SPAN_BEFORE_AFTER_RE", "duration_value", "set_value"]

_VAGUE_QUANTITY = {"several", "few", "a few", "many", "some", "multiple", "numerous", "the", "recent", "coming", "ensuing", "early", "later"}
_UNITS = {
    "second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"), "night": ("", "D"),
    "week": ("", "W"), "month": ("", "M"), "year": ("", "Y"), "decade": ("", "Y"), "century": ("", "Y"),
    "quarter": ("", "Q"), "weekend": ("", "WE"),
}
# ISO 8601 has no decade or century designator: they are counted in years.
_YEARS_PER_UNIT = {"decade": 10, "century": 100}
_UNIT_RE = r"(second|minute|hour|day|night|week|month|quarter|year|decade|century|centurie)s?"
_MODIFIERS = r"(?:for|over|in|within|during|about|around|nearly|almost|more than|less than|no more than|at least|up to|some|only|just|barely|roughly|approximately|another|an additional|additional|the|a|an)"
_DURATION_RE = re.compile(
    rf"^(?:{_MODIFIERS}\s+)*"
    rf"(?:(?:past|last|next|coming|previous|first|final|latest|following|ensuing|recent)\s+)?"
    rf"(?P<num>\d+(?:\.\d+)?(?: 1/2)?|a couple of|couple of|a few|[a-z]+(?:-[a-z]+)?)?"
    rf"(?:\s+(?:trading|business|working|calendar|straight|consecutive|full))?\s*(?:-|\s)?{_UNIT_RE}"
    rf"(?:\s+(?:or so|or more|ahead|long|running)|[- ]old)?$",
    re.I,
)
_A_AND_A_HALF_RE = re.compile(rf"^(?:{_MODIFIERS}\s+)*(a|an|one|\d+)\s+{_UNIT_RE}\s+and\s+a\s+half$", re.I)
# "last week", "next year", "this month": points in time, not durations.
_RELATIVE_UNIT_RE = re.compile(r"^(?:last|next|this|that|the same|the)\s+(second|minute|hour|day|night|week|month|quarter|year|decade|century)$", re.I)
SET_RE = re.compile(r"\b(every|each|daily|weekly|monthly|annually|yearly|nightly|hourly|per\s+(day|week|month|year))\b", re.I)
# "three days later", "a week earlier" (not years: "a year earlier" is the year before)
SPAN_BEFORE_AFTER_RE = re.compile(r"(.*\b(?:second|minute|hour|day|night|week|month)s?)\s+(?:earlier|later)", re.I)


def duration_value(text: str) -> str | None:
    """'the next two days' -> 'P2D'; 'three hours' -> 'PT3H'; 'two decades' -> 'P20Y'; 'decades' -> 'PXY'."""
    clean = digits_for_words(text.strip().lower())
    before_after = SPAN_BEFORE_AFTER_RE.fullmatch(clean)
    if before_after:
        clean = before_after.group(1)
    clean = re.sub(r"\s+", " ", clean)
    if _RELATIVE_UNIT_RE.match(clean):
        return None
    clean = re.sub(r"\s+of\s+(?:the\s+)?(?:fiscal\s+)?(?:year|\d{4})$", "", clean)  # "the first nine months of 1997"
    clean = re.sub(r"\b(?:year-earlier|year-ago|year earlier|comparable|corresponding)\s+", "", clean)
    clean = re.sub(r"\b(?:a|an)\s+(?=(?:second|minute|hour|day|night|week|month|quarter|year|decade|century)\b)", "1 ", clean)
    half = _A_AND_A_HALF_RE.match(clean)
    if half:
        amount = number(half.group(1)) or 1.0
        return _duration_code(amount + 0.5, half.group(2).lower())
    clean = re.sub(r"\b(\d+|[a-z]+)\s+(?:to|or)\s+(?:\d+|[a-z]+)\b(?=\s+[a-z])", lambda m: m.group(1) if number(m.group(1)) and number(m.group(0).split()[-1]) else m.group(0), clean)  # "two to three weeks", "12 to 18 months"
    clean = re.sub(r"\b(weeks|days|months|years|hours)\s+or\s+(?:weeks|days|months|years|hours)$", r"\1", clean)
    match = _DURATION_RE.match(clean)
    if not match:
        return None
    unit = match.group(2).lower()
    unit = "century" if unit.startswith("centur") else unit
    raw = match.group("num")
    plural = bool(re.search(r"s(?: or so| or more| ahead|[- ]old| long| running)?$", clean))
    if raw is not None and raw.strip() in ("a", "an", "one") and not plural:
        raw = "1"
    if raw is not None and raw.strip() in ("a couple of", "couple of"):
        raw = "2"
    if raw is None or raw.strip() in _VAGUE_QUANTITY:
        if plural or re.search(rf"^{re.escape(raw or '')}-", clean.split(" ")[-1]) and raw:
            amount = None  # "years", "several months"
        elif re.search(r"\b(past|last|next|coming|previous|additional|another|full)\b", clean):
            amount = 1.0  # "the past week"
        else:
            return None
    else:
        amount = number(raw)
        if amount is None or YEAR_RE.fullmatch(raw.strip()):
            return None  # "the campaign year", "the 1988 quarter": not durations
    return _duration_code(amount, unit)


def _duration_code(amount: float | None, unit: str) -> str:
    if unit == "quarter":
        return "PXM" if amount is None else _duration_code(amount * 3, "month")
    if amount is not None and amount != int(amount) and unit in ("year", "month", "hour", "minute", "day"):
        # "2 1/2 years" -> P2Y6M; "a minute and a half" -> PT1M30S
        smaller = {"year": ("month", 12), "month": ("day", 30), "day": ("hour", 24), "hour": ("minute", 60), "minute": ("second", 60)}[unit]
        whole = int(amount)
        rest = round((amount - whole) * smaller[1])
        time_part, code = _UNITS[unit]
        small_time, small_code = _UNITS[smaller[0]]
        head = f"P{time_part}{whole}{code}" if whole else f"P{time_part}"
        return head + ("" if time_part or not small_time else "T") + f"{rest}{small_code}"
    time_part, code = _UNITS[unit]
    if amount is not None:
        amount *= _YEARS_PER_UNIT.get(unit, 1)
    number_text = "X" if amount is None else (str(int(amount)) if amount == int(amount) else str(amount))
    return f"P{time_part}{number_text}{code}"


def set_value(low: str) -> str | None:
    season = SEASON_RE.search(low)
    if season:
        return f"XXXX-{SEASON_CODES[season.group(1)]}"
    month = re.search(rf"\b{MONTH_RE}\b", low)
    if month and re.search(r"\b(each|every)\s", low):
        return f"XXXX-{MONTHS[month.group(1)[:3]]:02d}"
    for number_, day in enumerate(WEEKDAYS, start=1):
        if day in low:
            part = re.search(rf"{PART_RE}s?\b", low)
            return f"XXXX-WXX-{number_}" + (f"T{DAY_PARTS[part.group(1)]}" if part else "")
    counted = re.search(rf"\b(?:every|each)\s+(\S+)\s+{_UNIT_RE}\b", low)
    if counted and (number(counted.group(1)) or 0) > 1:
        # "every two weeks" is a set of two-week spans (TimeML: P2W), not of weeks
        unit = counted.group(2).lower()
        return _duration_code(number(counted.group(1)), "century" if unit.startswith("centur") else unit)
    for word, code in (("hour", "PT1H"), ("day", "P1D"), ("daily", "P1D"), ("night", "P1D"), ("week", "P1W"), ("month", "P1M"),
                       ("quarter", "P1Q"), ("year", "P1Y"), ("annual", "P1Y")):
        if word in low:
            return code
    return None
