"""What a web page declares about its article: headline, byline, dates, outlet, body.

A page says the same things several times, not always alike: JSON-LD (``NewsArticle`` and
its kin, read with extruct), ``<meta>`` tags, the visible headline (``<h1>``), the visible
byline and date line, and the ``<title>`` (often with the site's name appended). This module
gathers them from the parsed page and picks one value for each field, checking the sources
against each other:

- **title**: the visible ``<h1>`` that matches one of the declared titles (JSON-LD headline,
  ``og:title``, ``<title>``): the headline readers see, not the SEO variant. Without such an
  ``<h1>``, the JSON-LD headline, else the declared title with the site's name cut off its
  end — only when that part names the site, so a real subtitle ("… - Not a flagship") stays.
- **authors**: JSON-LD persons, else author ``<meta>`` tags, else the visible byline, else
  what trafilatura found; every name goes through newsmine's byline rules
  (:mod:`newsmine.layout`) and a noise filter ("View all posts by", "No Author", "PhD",
  "Editorial Staff", the outlet trailing a name as in "Rob Picheta, CNN").
- **published**: the first date shown on the page (in a date or byline element) that one of
  the page's declarations confirms (published or last-modified date, JSON-LD or ``<meta>``);
  failing that the declared publication date (JSON-LD first), else htmldate's.
- **outlet**: ``og:site_name``, the JSON-LD publisher, else a name made from the host name
  ("DW.COM" -> "DW"), spelled as the ``<title>`` spells it when it does.
"""

from __future__ import annotations

import html as html_lib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlparse

from newsmine.layout import find_byline
from newsmine.nlp import lexicons

__all__ = ["DeclaredMetadata", "clean_authors", "outlet_from_host", "read_declared", "strip_site_suffix"]

# schema.org types whose headline/author/date describe the page's article.
_ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "liveblogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "report", "techarticle", "scholarlyarticle",
    "socialmediaposting", "posting",
})
# Types that describe the page too, trusted after the article types.
_PAGE_TYPES = frozenset({"recipe", "webpage", "itempage", "review", "howto", "creativework"})
# Title separators between a headline and the site's name ("Headline | Site", "Site » Headline").
_SEPARATORS = re.compile(r"\s+(?:[|\-–—·•»~/]|::)\s+")
# Title parts that name a kind of page, not the article (WordPress: "Site » Blog Archive » Post").
_GENERIC_SEGMENTS = frozenset({"blogarchive", "blog", "home", "news", "article"})
_WORD = re.compile(r"\w+")
_AUTHOR_META = ("author", "article:author", "og:article:author", "byl", "parsely-author", "sailthru.author",
                "dc.creator", "dcterms.creator", "cxenseparse:author")
_PUBLISHED_META = ("article:published_time", "og:pubdate", "pubdate", "publishdate", "date", "dc.date",
                   "dcterms.created", "parsely-pub-date", "sailthru.date", "datepublished", "article.published")
_MODIFIED_META = ("article:modified_time", "og:updated_time", "lastmod", "last-modified", "datemodified",
                  "dcterms.modified", "article.updated")
_SITE_META = ("og:site_name", "application-name", "site_name", "twitter:app:name:iphone")
# Placeholders some sites put where a byline goes: never a person.
_PLACEHOLDER_AUTHORS = frozenset({
    "no author", "unknown", "unknown author", "anonymous", "admin", "administrator", "author", "editor", "editors",
    "staff", "editorial staff", "editorial team", "editorial", "web desk", "news desk", "desk", "agencies", "agency",
    "guest", "guest author", "guest contributor", "contributor", "team", "user", "webmaster", "null", "none",
})
# Lead-ins before a name in bylines and author links.
_AUTHOR_PREFIX = re.compile(
    r"^\s*(?:view all posts by|all posts by|more posts by|posts by|more from|more by|article by|written by|"
    r"posted by|published by|reported by|story by|words by|text by|by|author|authors|written)\s*:?\s+", re.I)
# Credentials and roles after a name: "Jane Roe, PhD", "Jo Bloggs MD", "Al Smith - Staff Writer".
_CREDENTIALS = re.compile(
    r",?\s+(?:ph\.?\s?d|m\.?d|m\.?sc|b\.?sc|m\.?a|mba|rn|rd|cpa)\.?(?=\s*(?:[,;&]|\band\b|$))", re.I)
_ROLE_WORDS = frozenset({"staff", "writer", "reporter", "correspondent", "contributor", "contributing", "editor",
                         "senior", "columnist", "producer", "intern", "freelance", "special", "to", "the"})
_FOR_OUTLET = re.compile(r"\s+(?:for|of|from)\s+(?:the\s+)?[A-Z][\w.&' -]*$", re.I)
_HOST_LIKE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.I)
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
_MARKUP = re.compile(r"</?[a-zA-Z][^<>]*>")
_BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|li|blockquote)\s*>|<br\s*/?>", re.I)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})


@dataclass(slots=True)
class DeclaredMetadata:
    """Every value a page declares, by source, before one is picked."""

    ld_items: list[dict] = field(default_factory=list)  # JSON-LD objects of article types, then page types
    meta: dict[str, list[str]] = field(default_factory=dict)  # lower-cased name/property -> contents
    h1: list[str] = field(default_factory=list)
    html_title: str | None = None
    url: str | None = None
    visible_byline: list[str] = field(default_factory=list)
    visible_dates: list[list[str]] = field(default_factory=list)  # per date element: candidate YYYY-MM-DD

    def meta_values(self, names: Iterable[str]) -> list[str]:
        return [v for name in names for v in self.meta.get(name, []) if v.strip()]

    def ld_values(self, key: str) -> list[object]:
        return [item[key] for item in self.ld_items if item.get(key)]

    @property
    def article_body(self) -> str | None:
        """The JSON-LD ``articleBody`` as plain text (some sites put markup in it), or None."""
        bodies = [b for b in self.ld_values("articleBody") if isinstance(b, str) and b.strip()]
        if not bodies:
            return None
        body = max(bodies, key=len)
        if _MARKUP.search(body):
            body = _MARKUP.sub("", _BLOCK_END.sub("\n", body))
        lines = (" ".join(line.split()) for line in html_lib.unescape(body).splitlines())
        return "\n".join(line for line in lines if line) or None


# --- gathering -----------------------------------------------------------------------

def read_declared(tree, url: str | None = None) -> DeclaredMetadata:
    """The page's declarations, from an lxml HTML tree (not modified)."""
    declared = DeclaredMetadata(url=url)
    declared.ld_items = _json_ld_items(tree)
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        content = element.get("content")
        if key and content:
            declared.meta.setdefault(key, []).append(html_lib.unescape(content).strip())
    titles = tree.xpath("//title")
    declared.html_title = _text(titles[0]) if titles else None
    declared.h1 = [text for h1 in tree.iter("h1") if not _in_page_furniture(h1) and (text := _text(h1))]
    if declared.url is None:
        canonical = tree.xpath("//link[@rel='canonical']/@href") or declared.meta.get("og:url", [])
        declared.url = canonical[0] if canonical else None
    declared.visible_byline = _visible_byline(tree)
    declared.visible_dates = _visible_dates(tree)
    return declared


def _json_ld_items(tree) -> list[dict]:
    from extruct.jsonld import JsonLdExtractor  # imported on first HTML page: it pulls in rdflib

    try:
        raw = JsonLdExtractor().extract_items(tree)
    except Exception:  # malformed JSON-LD is common; the page's other declarations remain
        return []
    articles, pages = [], []
    for item in _walk(raw):
        types = item.get("@type")
        names = {str(t).lower() for t in (types if isinstance(types, list) else [types]) if t}
        if names & _ARTICLE_TYPES:
            articles.append(item)
        elif names & _PAGE_TYPES:
            pages.append(item)
    return articles + pages


def _walk(value: object, depth: int = 0) -> Iterator[dict]:
    """Every JSON-LD object, through lists, ``@graph`` and ``mainEntity`` (bounded depth).

    Item lists are not entered: their articles are other pages' (related stories)."""
    if depth > 8:
        return
    if isinstance(value, list):
        for item in value:
            yield from _walk(item, depth + 1)
    elif isinstance(value, dict):
        if "@type" in value:
            yield value
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(value.get(key), (list, dict)):
                yield from _walk(value[key], depth + 1)


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


# --- picking ---------------------------------------------------------------------------

def _norm(text: str) -> str:
    """Letters and digits only, case-folded: 'The Local Sweden' -> 'thelocalsweden'."""
    return "".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold())).replace("_", "")


def _tokens(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def _overlap(a: str, b: str) -> float:
    """Token F1 between two titles."""
    ta, tb = set(_tokens(a)), set(_tokens(b))
    if not ta or not tb:
        return 0.0
    common = len(ta & tb)
    return 2 * common / (len(ta) + len(tb))


def site_names(declared: DeclaredMetadata, sitename: str | None = None) -> list[str]:
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


def pick_title(declared: DeclaredMetadata, extracted_title: str | None, sites: list[str]) -> str | None:
    ld_headlines = [html_lib.unescape(h).strip() for h in declared.ld_values("headline") if isinstance(h, str) and h.strip()]
    declared_titles = ld_headlines + declared.meta_values(("og:title", "twitter:title"))
    # trafilatura's title is left out of the matching: it may be an <h1> itself.
    declared_titles += [declared.html_title] if declared.html_title else []
    best, best_score = None, 0.0
    for h1 in declared.h1:
        if len(h1) > 300 or _names_site(h1, sites) and not any(_norm(h1) == _norm(t) for t in ld_headlines):
            continue
        score = max((_overlap(h1, t) for t in declared_titles), default=0.0)
        if score > best_score:
            best, best_score = h1, score
    if best is not None and best_score >= 0.5:
        # An <h1> that holds a declared title plus a label ("Politics | Headline"): the title.
        for title in declared_titles:
            if _norm(title) != _norm(best) and len(_norm(title)) > 10 and _norm(title) in _norm(best):
                rest = _norm(best).replace(_norm(title), "", 1)
                if len(rest) < len(_norm(title)) / 2 and _SEPARATORS.search(best):
                    return strip_site_suffix(title, sites)
        return best
    # No <h1> is the headline; one that is an end of the <title> is the site's name
    # ("Four Years Remaining" in "Four Years Remaining » Blog Archive » Headline").
    edges = _SEPARATORS.split(declared.html_title or "")
    if len(edges) > 1:
        sites = sites + [h1 for h1 in declared.h1 if _norm(h1) in (_norm(edges[0]), _norm(edges[-1]))]
    for title in declared_titles + ([extracted_title] if extracted_title else []):
        stripped = strip_site_suffix(title, sites)
        if stripped and not _names_site(stripped, sites):
            return stripped
    return declared_titles[0].strip() if declared_titles else None


def _ld_authors(declared: DeclaredMetadata) -> tuple[list[str], list[str]]:
    """(person names, organisation names) of the first JSON-LD item that names its authors."""
    for item in declared.ld_items:
        authors = item.get("author") or item.get("creator")
        persons, organisations = [], []
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, str):
                persons.append(author)
            elif isinstance(author, dict) and isinstance(author.get("name"), str):
                kind = str(author.get("@type", "")).lower()
                (organisations if "organization" in kind else persons).append(author["name"])
        if persons or organisations:
            return persons, organisations
    return [], []


def clean_authors(raw_names: Iterable[str], sites: Iterable[str] = ()) -> list[str]:
    """Byline strings -> person (or collective) names, noise and outlets removed.

    Each string may hold several names ("By Jane Roe and Ed Poe, Reuters"); they are split
    with newsmine's byline rules. Outlets are dropped when they trail a name in the same
    string ("Rob Picheta, CNN"); an outlet given on its own stays (it is the byline).
    """
    sites = [s for s in sites if s]
    names: list[str] = []
    for raw in raw_names:
        for name in _names_in(html_lib.unescape(str(raw)), sites):
            if name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
    return names


def _names_in(raw: str, sites: list[str]) -> list[str]:
    text = " ".join(raw.split())
    if not text or "://" in text or text.startswith("@") or "@" in text and " " not in text:
        return []
    text = _CREDENTIALS.sub("", _AUTHOR_PREFIX.sub("", text))
    text = re.sub(r"\s+\band\b\s+", " and ", text, flags=re.I)  # "Glen Owen And Brendan Carlin"
    text = _FOR_OUTLET.sub("", text) if " " in text else text
    pieces = [p.strip(" ,;|") for p in re.split(r"\s*;\s*|\s+\|\s+", text) if p.strip(" ,;|")]
    names: list[str] = []
    for piece in pieces:
        byline = find_byline(f"By {piece}")
        if byline is not None and byline.start == 0:
            candidates = list(byline.authors)
        else:
            candidates = [piece]
        for candidate in candidates:
            name = _clean_name(candidate, sites, alone=len(pieces) == 1 and len(candidates) == 1)
            if name:
                names.append(name)
    return names


def _clean_name(name: str, sites: list[str], *, alone: bool) -> str | None:
    words = name.strip(" ,;|-–—").split()
    # Trailing roles, and the outlet before them: "Adam Aaronson PhillyVoice Staff" -> "Adam Aaronson".
    if len(words) > 2 and words[-1].lower().strip(",") in _ROLE_WORDS:
        while len(words) > 2 and (words[-1].lower().strip(",") in _ROLE_WORDS or _names_site(words[-1], sites)):
            words.pop()
    name = " ".join(words).strip(" ,;|-–—")
    if not name or name.casefold() in _PLACEHOLDER_AUTHORS or len(name) > 80 or len(words) > 8:
        return None
    if not alone and _is_outlet(name, sites):
        return None  # "Rob Picheta, CNN": the outlet trails a name
    return name


def pick_authors(declared: DeclaredMetadata, extracted_author: str | None, sites: list[str]) -> list[str]:
    persons, organisations = _ld_authors(declared)
    visible = clean_authors(declared.visible_byline, sites)
    extracted = clean_authors([a for a in re.split(r";", extracted_author or "") if a.strip()], sites)
    outlet_only: list[str] = []
    # (names, whether they may replace an outlet-only byline found before): trafilatura's
    # guess may not (it can come from a comments widget); what the page declares may.
    sources = ((clean_authors(persons, sites), True), (clean_authors(declared.meta_values(_AUTHOR_META), sites), True),
               (visible, True), (extracted, False), (clean_authors(organisations, sites), False))
    for names, overrides_outlet in sources:
        if not names or outlet_only and not overrides_outlet:
            continue
        if all(_is_outlet(name, sites) for name in names):
            # <meta name="author" content="The Gazette">: a later declaration may name the person.
            outlet_only = outlet_only or names
        else:
            return [_fuller_name(name, visible + extracted) for name in names]
    return outlet_only


def _is_outlet(name: str, sites: list[str]) -> bool:
    key = name.casefold()
    return _names_site(name, sites) or key in lexicons.load("outlets") or key.removeprefix("the ") in lexicons.load("outlets")


def _fuller_name(name: str, others: list[str]) -> str:
    """A lone given name ("Todd") replaced by the full name another source gives ("Todd Bates")."""
    if " " in name:
        return name
    for other in others:
        if other.casefold().startswith(name.casefold() + " "):
            return other
    return name


def pick_published(declared: DeclaredMetadata, extracted_date: str | None) -> str | None:
    from newsmine.articles import iso_date, normalise_published

    published = [normalise_published(str(v)) for v in declared.ld_values("datePublished") + declared.ld_values("dateCreated")]
    published += [normalise_published(v) for v in declared.meta_values(_PUBLISHED_META)]
    modified = [normalise_published(str(v)) for v in declared.ld_values("dateModified")]
    modified += [normalise_published(v) for v in declared.meta_values(_MODIFIED_META)]
    extracted = normalise_published(extracted_date)
    declared_days = [iso_date(d) for d in published + modified + [extracted] if d]
    first_declared = next((d for d in published if d), None) or extracted
    earliest = min(declared_days, default=None)
    latest = max(declared_days, default=None)
    for readings in declared.visible_dates:
        for reading in readings:
            day = iso_date(reading)
            # Shown on the page and confirmed by a declaration: the same day, or one day off
            # (a UTC timestamp against the local date the page shows) ...
            if any(abs((day - other).days) <= 1 for other in declared_days):
                return reading
            # ... or between the declared publication and last change ("Updated May 6").
            if earliest is not None and earliest < day < latest:
                return reading
    return first_declared


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
    return outlet_from_host(host, declared.html_title) if host else None
