"""The site a page belongs to: its names, cutting them off titles, and the outlet field.

A page names its site in several places (``og:site_name``, the JSON-LD publisher, the host
name, the ends of its ``<title>``); :func:`site_names` gathers them so that the title and
author pickers can recognise the site's name where it is not the article's ("Headline |
Site", "Rob Picheta, CNN"), and :func:`pick_outlet` chooses the one the record shows.
"""

from __future__ import annotations

import html as html_lib
import re
import unicodedata
from collections.abc import Sequence
from urllib.parse import urlparse

from newsmine.readers.webpage_meta.declared import DeclaredMetadata

# Title separators between a headline and the site's name ("Headline | Site", "Site » Headline").
_SEPARATORS = re.compile(r"\s+(?:[|\-–—·•»~/]|::)\s+")
# Title parts that name a kind of page, not the article (WordPress: "Site » Blog Archive » Post").
_GENERIC_SEGMENTS = frozenset({"blogarchive", "blog", "home", "news", "article"})
_WORD = re.compile(r"\w+")
_SITE_META = ("og:site_name", "application-name", "site_name", "twitter:app:name:iphone")
_HOST_LIKE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.I)


def _norm(text: str) -> str:
    """Letters and digits only, case-folded: 'The Local Sweden' -> 'thelocalsweden'."""
    return "".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold())).replace("_", "")


def site_names(declared: DeclaredMetadata, sitename: str | None = None) -> list[str]:
    """Every name the page gives its site (and trafilatura's ``sitename``, and the host's main label):
    what the title and author pickers recognise as the site rather than the article."""
    names = declared.meta_values(_SITE_META)
    for publisher in declared.ld_values("publisher"):
        for item in publisher if isinstance(publisher, list) else [publisher]:
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                names.append(item["name"])
    if sitename:
        names.append(sitename)
    host = _host(declared.url)
    if host:
        names.append(host.split(".")[0])
    # The title's last part only where nothing else names the site, as pick_outlet takes it: on a
    # page that declares its name, a title-case subtitle ("Film review – A Star Is Born") was cut
    # off the title as a site name (review63c).
    if not names and (from_title := outlet_from_title(declared.html_title, declared.h1)):
        names.append(from_title)  # the title picker then leaves it off
    return [html_lib.unescape(n).strip() for n in names if n and n.strip()]


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host[4:] if host.startswith("www.") else host or None


def _names_site(segment: str, sites: list[str]) -> bool:
    key = _norm(segment)
    if not key:
        return False
    for site in sites:
        site_key = _norm(site)
        if len(site_key) < 2:
            continue
        if key == site_key or key.endswith(site_key) or (len(key) >= 4 and site_key.startswith(key)):
            return True
    return False


def strip_site_suffix(title: str, sites: list[str]) -> str:
    """``title`` without a leading or trailing part that names the site.

    "Peanut Butter Truffles - Elavegan" -> "Peanut Butter Truffles" when the site is Elavegan;
    "The iPhone SE is in India - Not a flagship" stays whole: its last part is a subtitle.
    """
    parts = _SEPARATORS.split(title.strip())
    if len(parts) < 2:
        return title.strip()
    while len(parts) > 1 and _names_site(parts[-1], sites):
        parts.pop()
    while len(parts) > 1 and (_names_site(parts[0], sites) or _norm(parts[0]) in _GENERIC_SEGMENTS):
        parts.pop(0)
    # Rejoin with the separators the title used between the parts that stay.
    kept_start = title.find(parts[0])
    kept_end = title.rfind(parts[-1]) + len(parts[-1])
    return title[kept_start:kept_end].strip() if 0 <= kept_start < kept_end else " ".join(parts)


def outlet_from_host(host_or_name: str, title: str | None = None) -> str:
    """A readable outlet name for a host name: "DW.COM" -> "DW", "nationnews.com" -> "Nation News" when
    the page's title spells it so, else the host's main label capitalised."""
    label = host_or_name.lower()
    label = label[4:] if label.startswith("www.") else label
    label = label.split(".")[0]
    if title:
        for part in _SEPARATORS.split(title):
            key = _norm(part)
            if key and (key == label or (len(key) >= 4 and label.startswith(key))):
                return part.strip()
    return label.upper() if len(label) <= 4 else label.capitalize()


def pick_outlet(declared: DeclaredMetadata, sitename: str | None) -> str | None:
    """The outlet the record shows: the first declared site name (a host name made readable), else
    one made from the page's host, else the ``<title>``'s last part when it is an outlet's name
    (:func:`outlet_from_title`)."""
    candidates = declared.meta_values(("og:site_name",)) + [
        item["name"] for publisher in declared.ld_values("publisher")
        for item in (publisher if isinstance(publisher, list) else [publisher])
        if isinstance(item, dict) and isinstance(item.get("name"), str)
    ]
    candidates += declared.meta_values(("application-name",)) + ([sitename] if sitename else [])
    for candidate in candidates:
        candidate = html_lib.unescape(candidate).strip()
        if candidate:
            return outlet_from_host(candidate, declared.html_title) if _HOST_LIKE.match(candidate) else candidate
    host = _host(declared.url)
    if host:
        return outlet_from_host(host, declared.html_title)
    return outlet_from_title(declared.html_title, declared.h1)


# Words of outlet names, for a <title>'s last part to be taken as one (outlet_from_title).
_OUTLET_WORDS = frozenset("""
    times post news courier herald gazette journal tribune daily chronicle ledger observer guardian
    telegraph mail express star sun record press review standard independent mirror examiner inquirer
    enquirer register dispatch bulletin sentinel monitor reporter today weekly magazine radio television tv
    network media online echo argus advertiser citizen globe free
""".split())
# Lower-case words an outlet's name may hold between capitalised ones ("Gazette of the Valley").
_NAME_LINKS = frozenset({"of", "the", "and", "&", "on", "in", "at", "for"})
_NAME_WORDS = 6
_NAME_PIECES = re.compile(r"[-'’]")  # "Times-Herald", "Reader's": each piece is looked up
# Words that make "News" a section's name, not an outlet's ("Latest News", "Local News").
_SECTION_WORDS = frozenset({"latest", "breaking", "top", "local", "world", "national", "business", "sport", "sports",
                            "more", "all"})


def outlet_from_title(title: str | None, headlines: Sequence[str] = ()) -> str | None:
    """The outlet a page names only as its ``<title>``'s last part ("New school opens | The Daily
    Ledger", "Council votes - Riverside Courier"), for a page that declares no site name and has no
    address (a page saved from a browser without ``og:site_name``), or None.

    trafilatura gives no ``sitename`` there: it takes a part of the title only when the part holds
    a dot ("example.com"). So the part is taken here only when it reads as an outlet's name: a few
    capitalised words with no sentence punctuation, one of them a word outlets are named with
    (Courier, Ledger, Times, News…). A subtitle after a dash is neither ("Covid-19 – what we know",
    "Budget 2025 – Live Updates"); a site's leading name is left alone ("Times Square reopens – …" is
    a headline).

    Nor is a part the page's own ``<h1>`` ends with (``headlines``): there it is the headline's
    ("Film review – A Star Is Born" as both title and <h1>), and a site's name is no part of its
    headline. Nor a section's name: an outlet's word alone ("News", "Today"), or "News" after
    words that make it a section ("Latest News", "Local News"): those are pages' kinds, and
    "The Times" (with its article) or "Daily Mail" stay names (review63c)."""
    parts = _SEPARATORS.split((title or "").strip())
    if len(parts) < 2 or not parts[0].strip():
        return None
    name = html_lib.unescape(parts[-1]).strip()
    words = name.split()
    if not 1 <= len(words) <= _NAME_WORDS or any(mark in name for mark in ".,;:!?\"()"):
        return None
    if not words[0][:1].isupper() or any(not (word[:1].isupper() or word in _NAME_LINKS) for word in words):
        return None
    if not any(piece.casefold() in _OUTLET_WORDS for word in words for piece in _NAME_PIECES.split(word)):
        return None
    if _names_a_section(words) or any(_norm(h1) != _norm(name) and _norm(h1).endswith(_norm(name)) for h1 in headlines):
        return None
    return name


def _names_a_section(words: list[str]) -> bool:
    """'News', 'Today', 'Latest News', 'Local News': a title part naming a kind of page (outlet_from_title)."""
    folded = [word.casefold() for word in words]
    if len(folded) == 1:
        return folded[0] in _OUTLET_WORDS
    return folded[-1] == "news" and all(word in _SECTION_WORDS for word in folded[:-1])
