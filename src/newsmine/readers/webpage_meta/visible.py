"""What a web page shows its reader around the article: the byline and the date lines.

The declarations (JSON-LD, ``<meta>``) are what a page says about itself for machines; the
visible byline and dates are what it says to readers, and :mod:`.authors` and
:mod:`.published` check one against the other. Both are read from the page's elements
outside navigation, footers and sidebars (:func:`_in_page_furniture`), whose bylines and
dates belong to other articles; the helpers for walking a page's text live here too, as
:mod:`.declared` reads headlines with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_VISIBLE_DATE = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH.replace('month', 'month2')},?\s+(?P<year2>(?:19|20)\d\d)\b"
    r"|\b(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b"
    r"|\b(?P<n1>\d{1,2})[./](?P<n2>\d{1,2})[./](?P<ny>(?:19|20)\d\d)\b",
    re.I,
)
# Elements whose class or id says they hold a date or a byline.
_DATE_HOLDER = re.compile(r"date|time|publish|updated|posted|byline|meta|stamp", re.I)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})


def _text(element) -> str:
    return " ".join(element.text_content().split())


def _in_page_furniture(element) -> bool:
    """Inside navigation, a footer or a sidebar: never the article's headline or byline."""
    for ancestor in element.iterancestors():
        if ancestor.tag in ("nav", "footer", "aside"):
            return True
    return False


def _text_nodes(tree) -> Iterator[tuple[object, str]]:
    """(element, text) for every text and tail in document order, outside scripts and styles."""
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        parent = element.getparent()
        # The text of scripts and styles is code, not page text.
        inside_skipped = parent is not None and parent.tag in _SKIP_TAGS
        if element.tag not in _SKIP_TAGS and not inside_skipped and element.text and element.text.strip():
            yield element, element.text
        if element.tail and element.tail.strip() and parent is not None and parent.tag not in _SKIP_TAGS:
            yield parent, element.tail


_BY_MARKER = re.compile(r"^\s*\|?\s*(?:by|posted by|written by|words by|story by|author)\s*:?\s*(?P<rest>.*)$", re.I)


def _visible_byline(tree) -> list[str]:
    """The names of the first visible byline: links marked rel="author", else "By …" text."""
    linked = [el for el in tree.xpath("//*[@rel='author']") if not _in_page_furniture(el)]
    if linked:
        parent = linked[0].getparent()
        names = [_text(el) for el in linked if el.getparent() is parent]
        if any(names):
            return [n for n in names if n]
    nodes = _text_nodes(tree)
    for element, text in nodes:
        match = _BY_MARKER.match(text)
        if not match or len(text) > 80 or _in_page_furniture(element):
            continue
        rest = match.group("rest").strip(" |,")
        if not rest:  # "By" alone: the name is the next text ("<span>By</span><a>Jane Roe</a>")
            following = next(nodes, None)
            rest = following[1].strip() if following else ""
        if _looks_like_names(rest):
            return [rest]
        return []
    return []


def _looks_like_names(text: str) -> bool:
    """'Jane Roe and Ed Poe' yes; 'the numbers:' (from "By the numbers:") no."""
    words = text.split()
    return 0 < len(words) <= 8 and text[0].isupper() and not text.rstrip().endswith((":", ".", "?", "!"))


def _visible_dates(tree) -> list[list[str]]:
    """Dates written in date-like elements (class, id or <time>): those after the first
    headline (``<h1>``) first, in document order, then those before it (a "today's date"
    in the site's header is no publication date).

    Each entry lists the readings of one written date ("04/05/2020" has two).
    """
    before: list[list[str]] = []
    after: list[list[str]] = []
    found = before
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in _SKIP_TAGS:
            continue
        if element.tag == "h1" and found is before and not _in_page_furniture(element):
            found = after
            continue
        marker = f"{element.get('class', '')} {element.get('id', '')} {element.get('itemprop', '')}"
        if element.tag != "time" and not _DATE_HOLDER.search(marker):
            continue
        text = _text(element)
        if len(text) > 200:
            continue
        for match in _VISIBLE_DATE.finditer(text):
            readings = _readings(match)
            if readings:
                found.append(readings)
        if len(after) > 40:
            break
    return after + before


# A first of January in an address: "/2025/01/01/", "2025-01-01", "20250101".
_NEW_YEARS_DAY_IN_URL = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/_]?01[-/_]?01(?!\d)")


def _new_years_days_written(tree, url: str | None) -> set[str]:
    """The first Januaries (YYYY-01-01) the page writes out anywhere in its text, a ``<time>``'s
    ``datetime`` or its address: "Posted January 1, 2025" in a line no date element holds,
    ``<time datetime="2025-01-01T08:00Z">8:00 AM</time>``, "/2025/01/01/" in the article's URL.

    htmldate reads a bare year ("closed in 2019", "Copyright 2025") as that year's first day, so a
    first of January from it is kept only where the page writes the day (:mod:`.published`). The
    date elements alone (:func:`_visible_dates`) were not enough: a New Year's Day article may
    write its day only in a plain line, a ``<time>``'s ``datetime`` or its address (review65a)."""
    days = {f"{year}-01-01" for year in _NEW_YEARS_DAY_IN_URL.findall(url or "")}
    stamps = [stamp.strip() for stamp in tree.xpath("//time/@datetime")]
    days.update(stamp[:10] for stamp in stamps if re.match(r"\d{4}-01-01(?!\d)", stamp))
    for _, text in _text_nodes(tree):
        for match in _VISIBLE_DATE.finditer(text):
            days.update(day for day in _readings(match) if day.endswith("-01-01"))
    return days


def _readings(match: re.Match) -> list[str]:
    def make(year: str, month: int, day: str) -> str | None:
        try:
            return date(int(year), month, int(day)).isoformat()
        except ValueError:
            return None

    groups = match.groupdict()
    if groups["month"] or groups["month2"]:
        month = _MONTHS[(groups["month"] or groups["month2"]).lower()[:3]]
        values = [make(groups["year"] or groups["year2"], month, groups["day"] or groups["day2"])]
    elif groups["iso"]:
        year, month, day = groups["iso"].split("-")
        values = [make(year, int(month), day)]
    else:
        first, second, year = groups["n1"], groups["n2"], groups["ny"]
        values = [make(year, int(second), first), make(year, int(first), second)]
    return [v for v in values if v]
