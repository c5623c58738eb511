"""The unit of input: one article as read, before any NLP.

Readers produce :class:`Article` objects; the pipeline turns each into an
:class:`~newsmine.records.ArticleRecord`. An article a reader could not read still becomes
an ``Article`` with ``error`` set, so that every input yields exactly one record.
Plain dataclasses keep them cheap to pickle across worker processes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

__all__ = [
    "DATE_ORDERS", "DEFAULT_MAX_CHARS", "DEFAULT_MIN_WORDS", "PUBLISHED_YEARS", "Article", "ReadFailure", "SkipReason",
    "author_list", "check_article", "check_date_order", "iso_date", "normalise_published", "parse_published",
]

# Articles longer than this many characters become InputTooLarge error records (--max-chars).
DEFAULT_MAX_CHARS = 2_000_000
# Web pages with fewer words of article text are recorded but not analysed (--min-words): a
# photo caption or a teaser is not an article, and analysing it as one misleads.
DEFAULT_MIN_WORDS = 50


@dataclass(slots=True)
class ReadFailure:
    """Why an input could not become an article (becomes the record's ``error``)."""

    type: str
    message: str


@dataclass(slots=True)
class SkipReason:
    """Why an article read well is not analysed (becomes a "skipped" record's ``error``): not
    a failure of the input, so kept apart from :class:`ReadFailure`'s error types."""

    type: str
    message: str


@dataclass(slots=True)
class Article:
    """One article to analyse: ``Pipeline.process`` takes these, and the readers make them.

    From Python, give ``id`` and ``text`` (a ``str``: decode bytes first, or hand the file to
    :func:`newsmine.read_articles`, which finds its encoding), and what you know of ``title``,
    ``url``, ``published`` (``"2026-02-06"``, ``"2026-02-06T08:00:00Z"``, a ``date`` or
    ``datetime``; one that cannot be read becomes null with a line in the record's
    ``warnings``), ``authors`` (a list of names) and ``outlet``. ``language`` (ISO 639-1) is the text's
    language when you know it; left None, the pipeline detects it (:mod:`newsmine.language`).
    Either way, text not in the model's language is recorded but not analysed (``skipped``,
    ``OtherLanguage``). The other fields are the readers' own.

    A field of the wrong type raises ``TypeError`` here: a ``bytes`` text or an ``int`` id,
    once made, was dropped from ``Pipeline.process`` without a record (session 47).
    """

    id: str
    text: str = ""
    title: str | None = None
    url: str | None = None
    published: str | date | datetime | None = None
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    source_path: str | None = None
    source_format: str = "text"
    encoding: str | None = None
    # Set when reading failed; the pipeline then writes an error record without parsing.
    failure: ReadFailure | None = None
    # ISO 639-1 code of the text's language when the caller knows it; else the pipeline detects it
    # from the text, for every input alike (newsmine.language), and None stays when it is unsure.
    language: str | None = None
    # Set when the article was read but should not be analysed (a page with too few words):
    # the pipeline then writes a "skipped" record that keeps the text and metadata.
    skip: SkipReason | None = None
    # Things the reader changed or dropped and the record should say (ArticleRecord.warnings).
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        check_article(self)


def check_article(article: Article) -> None:
    """TypeError for a field of :class:`Article` a caller gave the wrong type; ``authors``
    given as a tuple or other iterable of names becomes a list."""
    _require(isinstance(article.id, str), "id", article.id, "a str (newsmine.Article(id=str(row_id), ...))")
    if isinstance(article.text, (bytes, bytearray)):
        raise TypeError("Article text must be a str, not bytes: decode it first (text.decode('utf-8')), or give the file "
                        "to newsmine.read_articles, which finds its encoding")
    _require(isinstance(article.text, str), "text", article.text, "a str")
    for name in ("title", "url", "outlet", "language"):
        value = getattr(article, name)
        _require(value is None or isinstance(value, str), name, value, "a str or None")
    _require(article.published is None or isinstance(article.published, (str, date)), "published", article.published,
             "a str ('2026-02-06'), a date, a datetime or None")
    article.authors = author_list(article.authors)


def author_list(authors: object) -> list[str]:
    """``authors`` as a list of names; TypeError for a single string (which would be read as one
    name a letter: ``['J', 'a', 'n', 'e']``, as ``analyze(authors="Jane Doe")`` gave) or anything
    but an iterable of strings."""
    if isinstance(authors, list) and all(isinstance(name, str) for name in authors):
        return authors
    if isinstance(authors, (str, bytes)):
        raise TypeError(f"authors must be a list of names, not one string: authors=[{authors!r}]")
    try:
        names = list(authors)  # type: ignore[call-overload]
    except TypeError:
        raise TypeError(f"authors must be a list of names, not {type(authors).__name__}") from None
    if not all(isinstance(name, str) for name in names):
        raise TypeError(f"authors must be a list of names (str), got {names!r}")
    return names


def _require(ok: bool, name: str, value: object, expected: str) -> None:
    if not ok:
        raise TypeError(f"Article {name} must be {expected}, not {type(value).__name__} ({value!r:.60})")


# A publication year outside this range is a placeholder or a typo ('3000-01-01'), not a date.
PUBLISHED_YEARS = range(1700, 2101)
# dateparser's parsers minus 'relative-time': "yesterday", "in 3 days" or "5 minutes ago" would
# be resolved against the wall clock, and a record must not change with the day of the run.
_ABSOLUTE_PARSERS = ["timestamp", "custom-formats", "absolute-time"]
# A numeric day-month-year date ("03/04/2025", "3.4.25"): its two first numbers and its year.
# "03/04/2025" is 3 April in a European spreadsheet, March 4 in an American one. dateparser read
# it month first without a word, while "14/05/2025" in the same column was read day first, so
# one file's dates moved by months unseen. When both numbers could be the month, neither is guessed.
_NUMERIC_DATE = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:$|[ T,])")
# How a feed writes its numeric dates, when its user says so (--date-order, ReadOptions.date_order):
# day first ("03/04/2025" is 3 April) or month first (March 4). A US feed lost about 40 % of
# its dates to the rule above, with no way to say "my dates are month first".
DATE_ORDERS = ("DMY", "MDY")
_SAY_THE_ORDER = "say which with --date-order DMY or MDY (date_order= in Python)"


def check_date_order(date_order: str | None) -> str | None:
    """``date_order`` as :func:`parse_published` takes it (``"DMY"``, ``"MDY"`` or None; any case);
    a ValueError naming the choices for anything else, before an article is read."""
    if date_order is None:
        return None
    order = str(date_order).strip().upper()
    if order not in DATE_ORDERS:
        raise ValueError(f"date order {date_order!r} is not one of {', '.join(DATE_ORDERS)} (day or month first)")
    return order


def normalise_published(value: str | date | datetime | None) -> str | None:
    """A publication date as ``YYYY-MM-DD``, from ISO strings, dates or free text; None if unknown,
    relative ("yesterday") or implausible (a year outside 1700-2100)."""
    return parse_published(value)[0]


def iso_date(value: str | None) -> date | None:
    """A ``YYYY-MM-DD`` value (an article's or record's ``published``, a date column read
    back) as a date; a timestamp gives its day; None when empty or malformed, since records
    hold dates as strings and a bad one must cost its value, not the batch."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_published(
    value: str | date | datetime | None, date_order: str | None = None, field: str = "published"
) -> tuple[str | None, str | None]:
    """``(YYYY-MM-DD or None, why a value that was given became None)``; see :func:`normalise_published`.

    ``date_order`` (``"DMY"``, ``"MDY"``; None by default) is how the value's feed writes numeric
    dates (``03/04/2025``): without it, one whose two numbers could both be the month is null
    with a warning naming the option. With it, every numeric day-month-year value is read in
    that order, and one impossible in it (``14/05/2025`` under MDY: no 14th month) is null with
    a warning, not read the only way it can be: the user said the feed writes the month first,
    so a day in the month's place says that this value (or the feed) is not written that way,
    and its ambiguous neighbours were then misread too. Read the other way without a word, one
    column would again hold two conventions unseen, the very fault the warning exists to show.
    Year-first values (``2025-03-04``, ``2025/03/04``) and dates in words are read as without it.
    ``field`` is the name the warning gives the value: the user's own (``"date"`` of a feed's
    JSON) names the column they must mend, where ``'published'`` named none of theirs (review61a).
    """
    date_order = check_date_order(date_order)
    if value is None:
        return None, None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return _plausible(value, str(value), field)
    text = str(value).strip()
    if not text:
        return None, None
    try:
        return _plausible(datetime.fromisoformat(text.replace("Z", "+00:00")).date(), text, field)
    except ValueError:
        pass
    numeric = _NUMERIC_DATE.match(text)
    if numeric and date_order is not None:
        return _in_order(numeric, date_order, text, field)
    if numeric and 1 <= int(numeric[1]) <= 12 and 1 <= int(numeric[3]) <= 12 and int(numeric[1]) != int(numeric[3]):
        # The option first: a run's summary shows a warning's first 110 characters.
        return None, (f"{field!r} {text!r} may be day/month or month/day; set to null: {_SAY_THE_ORDER}, or give "
                      "the date as YYYY-MM-DD (both numbers are 12 or under, so either may be the month)")
    import dateparser  # only for unusual formats ("Tue, 14 Mar 2025 10:00:00 GMT")

    settings = {"REQUIRE_PARTS": ["day", "month", "year"]}
    parsed = dateparser.parse(text, languages=["en"], settings={**settings, "PARSERS": _ABSOLUTE_PARSERS})
    if parsed is not None:
        return _plausible(parsed.date(), text, field)
    if dateparser.parse(text, languages=["en"], settings=settings) is not None:
        return None, (f"{field!r} {text!r} is relative to the day it is read, not a date; set to null "
                      "(give the date itself, e.g. 2025-03-14)")
    return None, f"{field!r} {text!r} is not a date newsmine can read; set to null (use YYYY-MM-DD)"


def _in_order(numeric: re.Match[str], date_order: str, text: str, field: str) -> tuple[str | None, str | None]:
    """A numeric date read in the order its feed is said to write them (see :func:`parse_published`).
    A two-digit year is read as ``strptime``'s ``%y`` reads it: 69-99 the 1900s, 00-68 the 2000s."""
    first, second = int(numeric[1]), int(numeric[3])
    day, month = (first, second) if date_order == "DMY" else (second, first)
    year = int(numeric[4]) if len(numeric[4]) == 4 else datetime.strptime(numeric[4], "%y").year
    try:
        return _plausible(date(year, month, day), text, field)
    except ValueError:
        order = "day/month/year" if date_order == "DMY" else "month/day/year"
        return None, (f"{field!r} {text!r} is not a date read as {order} (--date-order {date_order}); set to null "
                      "(check that the feed writes its dates in that order, or give the date as YYYY-MM-DD)")


def _plausible(day: date, text: str, field: str) -> tuple[str | None, str | None]:
    if day.year in PUBLISHED_YEARS:
        return day.isoformat(), None
    return None, (f"{field!r} {text!r} is outside the years {PUBLISHED_YEARS.start}-{PUBLISHED_YEARS.stop - 1}; "
                  "set to null")
