"""Years and months, named outright or relative to the publication date: "1990", "March 26,
1996", "July 1997", "last year", "that year", "this month", "March 14", "last April", "June
last year"; and the year of a half or a season ("the second half", "this spring").

A month (and day) without a year takes the year that puts it on the side of the publication
date the tense says ("will meet in April" in December: next April), with a few weeks' slack
("had been set to expire Nov. 6" in a paper of Nov. 2 is that Nov. 6).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from newsmine.nlp.dates.context import DateContext
from newsmine.nlp.dates.words import MONTH_RE, MONTHS, SEASON_RE, YEAR_RE, number

__all__ = ["explicit_value", "month_day_value", "named_month", "named_year", "season_year", "year_of"]

_MONTH_DAY_RE = re.compile(rf"^(?:(?P<rel>last|this|next|this past|this coming|past|coming)\s+)?{MONTH_RE}(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s+(?P<yrel>this|last|next) year)?$", re.I)
# "19 March" -> "March 19", "8 November this year" -> "November 8 this year"
_DAY_MONTH_RE = re.compile(rf"^(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE}(,?\s+(?:this|last|next) year)?$", re.I)
_FULL_DATE_RE = re.compile(rf"^{MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})$|^(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH_RE},?\s+(\d{{4}})$", re.I)
_MONTH_YEAR_RE = re.compile(rf"^{MONTH_RE},?\s+(?:of\s+)?(\d{{4}})$", re.I)
# "2027-28", "the 2026/27 season": a financial year or a season that runs over two years
# (dateparser read "2027-28" as November 28, 2027), the year it starts.
_SPLIT_YEAR_RE = re.compile(r"^(?:the )?(1\d{3}|20\d\d)[-–/](\d\d)$")
_THIS_UNIT_RE = re.compile(r"^(last|this|next|the past|the previous|the coming) (year|month|week)$")


def explicit_value(low: str, published: date | None) -> str | None:
    """The commonest forms, read without dateparser (a millisecond a call): '1990',
    '2027-28', 'March 26, 1996', '26 March 1996', 'July 1997', 'last year', 'this week'."""
    year = re.fullmatch(r"(?:the )?(?:year )?(1\d{3}|20\d\d)(?: season)?", low)  # "the 2027 season": that year's
    if year:
        return year.group(1)
    split_year = _SPLIT_YEAR_RE.match(low)
    if split_year and (int(split_year.group(1)) + 1) % 100 == int(split_year.group(2)):
        return split_year.group(1)
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


def year_of(low: str, published: date | None, context: DateContext) -> str | None:
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


def season_year(low: str, published: date | None, context: DateContext, prefer: str) -> str | None:
    explicit = YEAR_RE.search(low)
    season = SEASON_RE.search(low).group(1)
    start_month = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}[season]
    if published is not None and not explicit and season != "winter":
        # "last spring" is the latest spring already over, as "last April" is the latest April:
        # this year's in a paper of August, last year's in one of May; "next spring" the
        # first one still to start. (A winter straddles two years: "last winter" stays last year's.)
        if re.search(r"\b(last|past)\b", low):
            return str(published.year if start_month + 2 < published.month else published.year - 1)
        if re.search(r"\bnext\b", low):
            return str(published.year if start_month > published.month else published.year + 1)
    if explicit or published is None or re.search(r"\b(last|next|that)\b", low):
        return year_of(low, published, context)
    if re.search(r"\bthis\b", low):
        return str(published.year)
    if prefer == "past" and start_month > published.month + 1:
        return str(published.year - 1)
    if prefer != "past" and start_month + 3 <= published.month:
        return str(published.year + 1)
    return str(published.year)


def named_year(low: str, published: date, context: DateContext) -> str | None:
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


def named_month(low: str, published: date, context: DateContext) -> str | None:
    if re.fullmatch(r"(?:the |this |the current )month|(?:earlier|later|early|late) (?:this|in the) month|the end of (?:the|this) month|this month's", low):
        return f"{published.year:04d}-{published.month:02d}"
    if re.fullmatch(r"(?:that|the same) month|(?:earlier|later) that month", low):
        return f"{context.month[0]:04d}-{context.month[1]:02d}" if context.month else None
    if re.fullmatch(r"the (?:following|next) month|a month later", low) and context.month:
        year, month = context.month
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}"
    return None



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


def month_day_value(low: str, published: date, prefer: str, context: DateContext) -> str | None:
    """'March 14', 'last April', 'this September', 'June last year', 'Oct. 23', '8 November this year'."""
    day_first = _DAY_MONTH_RE.match(low.strip())
    if day_first:
        low = f"{day_first.group(2)} {day_first.group(1)}{day_first.group(3) or ''}"
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
    elif day is not None and (month, day) in context.full_days and not (prefer == "future" and context.full_days[(month, day)] < published.year):
        # "Aug. 7, 1998" before, now "Aug. 7"; but "born on 14 May 1926 … will turn 100 on 14 May"
        # is the one ahead
        year = context.full_days[(month, day)]
    else:
        year = _choose_year(month, day, published, prefer)
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
