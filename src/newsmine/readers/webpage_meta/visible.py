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
from urllib.parse import urlparse

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


# A class or id naming a site's logo or name in its header ("site-title", WordPress's; "logo",
# "navbar-brand", "masthead"): an <h1> so marked, or inside an element so marked, is the logo.
_LOGO_MARK = re.compile(r"logo|masthead|^(?:site|blog)[-_]?(?:title|name|brand(?:ing)?)$|^(?:navbar-)?brand(?:ing)?$",
                        re.I)
# Where the page's article begins: an <h1> inside it is no header's logo by its ancestors' marks.
_ARTICLE_TAGS = frozenset({"article", "main", "body"})


def _marked_as_logo(h1) -> bool:
    """Whether an ``<h1>`` is the site's logo by its markup: it or an element around it (up to the
    article) has a class or id of a logo or site name ("site-title", "logo", "masthead"), or it
    holds a link to the site's home page (``rel="home"``, ``href="/"``, an address with no path).

    Sites put their logo in an <h1> beside the headline's; the order of the two was all that told
    them apart (web65), and a headline's <h1> before the logo's, with the site's name last in the
    title ("Mayor Resigns Amid Scandal | Gothamist"), gave the headline as the outlet (web66). A
    link to the article itself, or a class naming a title ("entry-title"), marks no logo."""
    for element in [h1, *h1.iterancestors()]:
        if element is not h1 and element.tag in _ARTICLE_TAGS:
            break
        marks = f"{element.get('class', '')} {element.get('id', '')}".split()
        if any(_LOGO_MARK.search(mark) for mark in marks):
            return True
    return any(_links_home(link) for link in h1.iter("a"))


def _links_home(link) -> bool:
    """Whether an ``<a>`` goes to the site's home page: ``rel="home"``, "/", "/index.html", or an
    address with no path ("https://gothamist.com")."""
    if "home" in (link.get("rel") or "").lower().split():
        return True
    href = (link.get("href") or "").strip()
    address = urlparse(href)
    if not href or address.query or address.fragment:
        return False
    return address.path in ("/", "/index.html") or bool(address.netloc) and not address.path


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


# A first of a month in an address: "/2025/03/01/", "2025-03-01", "20250301".
_FIRST_DAY_IN_URL = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/_]?(0[1-9]|1[0-2])[-/_]?01(?!\d)")
# The same at the start of an attribute's value: <time datetime>, <meta content>, microdata.
_FIRST_DAY_STAMP = re.compile(r"((?:19|20)\d\d-(?:0[1-9]|1[0-2])-01)(?!\d)")


def _first_days_written(tree, url: str | None) -> set[str]:
    """The first days of a month (YYYY-MM-01) the page writes out anywhere in its text, in a
    ``datetime`` or ``content`` attribute, or in its address: "Posted March 1, 2025" in a line no
    date element holds, ``<time datetime="2025-01-01T08:00Z">8:00 AM</time>``, "/2025/03/01/" in the
    article's URL.

    htmldate reads a bare year ("closed in 2019", "Copyright 2025") as that year's first day
    (web65), and a bare month (an address's "/2025/03/", "in March 2019") as that month's first
    day (web66), so a first of a month from it is kept only where the page writes the day
    (:mod:`.published`). The date elements alone (:func:`_visible_dates`) were not enough: a New
    Year's Day article may write its day only in a plain line, a ``<time>``'s ``datetime`` or its
    address (review65a)."""
    days = {f"{year}-{month}-01" for year, month in _FIRST_DAY_IN_URL.findall(url or "")}
    for stamp in tree.xpath("//@datetime | //@content"):
        days.update(_FIRST_DAY_STAMP.findall(str(stamp).strip()[:10]))
    for _, text in _text_nodes(tree):
        for match in _VISIBLE_DATE.finditer(text):
            days.update(day for day in _readings(match) if day.endswith("-01"))
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
