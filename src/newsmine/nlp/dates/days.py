"""Days named relative to the publication date (or the day the article named last): "today",
"yesterday morning", "that day", "the next morning"; weekdays ("Friday" in Friday's paper is
that day; "Saturday night" -> ``1991-02-23TNI``); weekends (``2025-W11-WE``); holidays by
name ("Thanksgiving", "last Christmas").
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dateutil.easter import easter

from newsmine.nlp.dates.context import DateContext
from newsmine.nlp.dates.words import DAY_PARTS, PART_RE, WEEKDAYS

__all__ = ["HOLIDAYS", "holiday_value", "named_day", "ordinal_day_value", "week_after_weekday", "weekday_value", "weekend_value"]

_DAY_ANCHORS = {
    "today": 0, "today's": 0, "tonight": 0, "overnight": 0, "": 0, "this": 0, "this day": 0,
    "yesterday": -1, "yesterday's": -1, "last": -1, "tomorrow": 1, "tomorrow's": 1,
}
# Days counted from the last day the article named ("that day", "the next morning").
_NARRATIVE_DAYS = {
    "the day": 0, "the same day": 0, "that same day": 0, "that day": 0, "the next day": 1, "the following day": 1,
    "a day later": 1, "the day after": 1, "the next": 1, "the following": 1, "the day before": -1, "the previous day": -1,
}


def named_day(low: str, published: date, context: DateContext) -> str | None:
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
HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
    "new year's eve": (12, 31), "boxing day": (12, 26), "independence day": (7, 4), "the fourth of july": (7, 4), "halloween": (10, 31),
    "valentine's day": (2, 14), "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4),
    "labor day": (9, 0, 1), "memorial day": (5, 0, -1), "election day": (11, 1, "election"),
    "easter": (0, "easter"), "easter sunday": (0, "easter"), "good friday": (-2, "easter"), "easter monday": (1, "easter"),
}


def _holiday_date(name: str, year: int) -> date:
    rule = HOLIDAYS[name]
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


def holiday_value(low: str, published: date, prefer: str) -> str | None:
    """'Thanksgiving Day', 'last Christmas', 'Election Day': the nearest one the tense allows."""
    match = re.fullmatch(r"(?:(last|next|this) )?(.+?)(?:'s)?", low)
    if not match or match.group(2) not in HOLIDAYS:
        return None
    name, relation = match.group(2), match.group(1)
    this_year = _holiday_date(name, published.year)
    if relation is None and abs((this_year - published).days) <= 7:
        return this_year.isoformat()  # "as Easter week began", "before Christmas" in late December
    if relation == "last" or (relation is None and prefer == "past"):
        return (this_year if this_year <= published else _holiday_date(name, published.year - 1)).isoformat()
    return (this_year if this_year >= published else _holiday_date(name, published.year + 1)).isoformat()


def weekend_value(relation: str, published: date, prefer: str) -> str:
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


# British "Tuesday week", "a week on Friday", "a week from Friday": a week after the coming one.
_WEEK_AFTER_RE = re.compile(
    r"^(?:(?P<first>monday|tuesday|wednesday|thursday|friday|saturday|sunday) week|"
    r"a week (?:on|from) (?P<after>monday|tuesday|wednesday|thursday|friday|saturday|sunday))$"
)


def week_after_weekday(low: str, published: date) -> str | None:
    """'Tuesday week', 'a week on Friday': the weekday a week after its next one (a week after
    the publication day when that is the weekday), which dateparser cannot read."""
    match = _WEEK_AFTER_RE.match(low)
    if not match:
        return None
    target = WEEKDAYS.index(match.group("first") or match.group("after"))
    return (published + timedelta(days=(target - published.weekday()) % 7 + 7)).isoformat()


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


def weekday_value(low: str, published: date, prefer: str, kind: str, context: DateContext) -> str | None:
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


_ORDINAL_DAY_RE = re.compile(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)")


def ordinal_day_value(low: str, published: date, prefer: str, context: DateContext) -> str | None:
    """'the 14th' alone: a day of the month the article named last ("In March … on the 14th"),
    else of the publication month on the side the tense says, as a weekday is (dates66):
    "The trial opened on the 14th" in an April 11 story is March 14, "The trial opens on the
    24th" April 24, "will open on the 4th" May 4. dateparser took the publication month
    whatever the tense. A month named earlier is kept as it is: the story dates the day by it,
    unless it lies on the other side of the publication month than the tense (review66b: "In
    March, the council approved the plan. The next vote will be on the 14th" gave March 14 in an
    April story), as a day named in full with its year yields to a future clause."""
    match = _ORDINAL_DAY_RE.fullmatch(low)
    if match is None:
        return None
    day = int(match.group(1))
    year, month = _named_month_on_the_tenses_side(context.month, published, prefer) or (published.year, published.month)
    if (year, month) == (published.year, published.month) and day != published.day:
        step = -1 if prefer == "past" and day > published.day else 1 if prefer != "past" and day < published.day else 0
        index = year * 12 + month - 1 + step
        year, month = index // 12, index % 12 + 1
    if day > calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day).isoformat()


def _named_month_on_the_tenses_side(named: tuple[int, int] | None, published: date, prefer: str) -> tuple[int, int] | None:
    """The month the article named last, when the tense allows it: not a month before the
    publication month in a clause about what is to come, nor one after it in a clause about
    what has been ("The festival opens in May. Its line-up was announced on the 2nd")."""
    if named is None:
        return None
    now = (published.year, published.month)
    if (prefer == "past" and named > now) or (prefer != "past" and named < now):
        return None
    return named
