"""What a page declares about its article, gathered by source before anything is picked.

:func:`read_declared` collects every candidate once from the parsed page — JSON-LD items of
article types (then page types), ``<meta>`` contents by name, the ``<h1>`` headlines, the
``<title>``, the URL, the visible byline and date lines (:mod:`.visible`) — into a
:class:`DeclaredMetadata`, so each field's picker (:mod:`.title`, :mod:`.authors`,
:mod:`.published`, :mod:`.sites`) can weigh the sources against each other without reading
the page again.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from newsmine.readers.webpage_meta.visible import (
    _first_days_written,
    _in_page_furniture,
    _marked_as_logo,
    _text,
    _visible_byline,
    _visible_dates,
)

# schema.org types whose headline/author/date describe the page's article.
_ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "liveblogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "report", "techarticle", "scholarlyarticle",
    "socialmediaposting", "posting",
})
# Types that describe the page too, trusted after the article types.
_PAGE_TYPES = frozenset({"recipe", "webpage", "itempage", "review", "howto", "creativework"})
# Markup some sites leave inside the JSON-LD articleBody.
_MARKUP = re.compile(r"</?[a-zA-Z][^<>]*>")
_BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|li|blockquote)\s*>|<br\s*/?>", re.I)
# A CSS selector this reader follows: a class or an id, after a tag name or not (".paywall", "div#rest").
_SIMPLE_SELECTOR = re.compile(r"^\s*([a-z][a-z0-9]*)?([.#])([\w-]+)\s*$", re.I)
# <meta> names that hold a page's author.
AUTHOR_META = ("author", "article:author", "og:article:author", "byl", "parsely-author", "sailthru.author",
               "dc.creator", "dcterms.creator", "cxenseparse:author")


def ld_author_names(authors: object) -> tuple[list[str], list[str]]:
    """(person names, organisation names) of a JSON-LD ``author`` or ``creator`` value: a name, an
    object with a ``name`` (an organisation when its ``@type`` says so), or a list of them."""
    persons: list[str] = []
    organisations: list[str] = []
    for author in authors if isinstance(authors, list) else [authors]:
        if isinstance(author, str):
            persons.append(author)
        elif isinstance(author, dict) and isinstance(author.get("name"), str):
            kind = str(author.get("@type", "")).lower()
            (organisations if "organization" in kind else persons).append(author["name"])
    return persons, organisations


@dataclass(slots=True)
class DeclaredMetadata:
    """Every value a page declares, by source, before one is picked."""

    ld_items: list[dict] = field(default_factory=list)  # JSON-LD objects of article types, then page types
    meta: dict[str, list[str]] = field(default_factory=dict)  # lower-cased name/property -> contents
    h1: list[str] = field(default_factory=list)
    # The <h1>s whose markup says they are the site's logo (a "site-title" class, a link home):
    # which of a title's parts is the site where the <h1>s' order cannot say (sites.py; web66).
    logo_h1: list[str] = field(default_factory=list)
    html_title: str | None = None
    url: str | None = None
    visible_byline: list[str] = field(default_factory=list)
    visible_dates: list[list[str]] = field(default_factory=list)  # per date element: candidate YYYY-MM-DD
    # Words in the elements the page marks as its paywalled part (hasPart's cssSelector); None
    # when it names none the page holds (only ".class", "#id", "tag.class" selectors are read).
    paywalled_part_words: int | None = None
    # The first days of a month (YYYY-MM-01) the page writes out in its text, attributes or address:
    # only these of htmldate's are dates, not a bare year or month read as its first day (published.py).
    first_days_written: set[str] = field(default_factory=set)

    def meta_values(self, names: Iterable[str]) -> list[str]:
        return [v for name in names for v in self.meta.get(name, []) if v.strip()]

    def ld_values(self, key: str) -> list[object]:
        return [item[key] for item in self.ld_items if item.get(key)]

    def people_named(self) -> list[str]:
        """Every author the page names, as written (JSON-LD authors and creators of every item, author
        ``<meta>`` contents, the visible byline): what a title's last part is checked against before
        it is taken for a site's name (:func:`~.sites.outlet_from_title`).

        A JSON-LD author typed as an organisation is left out: sites sign their articles with their
        own name so (``{"@type": "Organization", "name": "Gothamist"}``), and the title's "…
        | Gothamist" was refused as a person's name (review64d)."""
        people = self.meta_values(AUTHOR_META) + self.visible_byline
        for authors in self.ld_values("author") + self.ld_values("creator"):
            people += ld_author_names(authors)[0]
        return people

    @property
    def paywalled(self) -> bool:
        """Whether the page declares its article, or a part of it, not free to read: JSON-LD
        ``isAccessibleForFree`` false on the article or on one of its ``hasPart`` elements, the
        markup search engines ask of paywalled pages. A thin page so marked holds its teaser,
        and the record says so (web65: it was called "probably not an article")."""
        return any(_not_free(item) for item in self.ld_items + self.paywalled_parts())

    def paywalled_parts(self) -> list[dict]:
        """The article's ``hasPart`` elements declared not free (each may name its element by a
        ``cssSelector``: ".paywall")."""
        parts = []
        for has_part in self.ld_values("hasPart"):
            parts += [item for item in (has_part if isinstance(has_part, list) else [has_part])
                      if isinstance(item, dict) and _not_free(item)]
        return parts

    @property
    def live_blog(self) -> bool:
        """Whether the page declares itself a live blog (JSON-LD ``LiveBlogPosting``): dated entries
        that the article's one text and one ``published`` date cannot keep apart (web65)."""
        return any("liveblogposting" in _type_names(item) for item in self.ld_items)

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
    shown = [(h1, text) for h1 in tree.iter("h1") if not _in_page_furniture(h1) and (text := _text(h1))]
    declared.h1 = [text for _, text in shown]
    declared.logo_h1 = [text for h1, text in shown if _marked_as_logo(h1)]
    if declared.url is None:
        canonical = tree.xpath("//link[@rel='canonical']/@href") or declared.meta.get("og:url", [])
        declared.url = canonical[0] if canonical else None
    declared.visible_byline = _visible_byline(tree)
    declared.visible_dates = _visible_dates(tree)
    declared.first_days_written = _first_days_written(tree, declared.url)
    declared.paywalled_part_words = _words_in_selected(tree, [part.get("cssSelector") for part in declared.paywalled_parts()])
    return declared


def _not_free(item: dict) -> bool:
    """JSON-LD ``isAccessibleForFree`` false, written as a boolean or a string ("False")."""
    return str(item.get("isAccessibleForFree", "")).strip().casefold() == "false"


def _words_in_selected(tree, selectors: list[object]) -> int | None:
    """The words in the elements CSS ``selectors`` name, or None when none is a simple one or
    names an element of the page.

    The paywalled part a page declares holds the article's rest when the page was saved with a
    subscription, or served whole; only where it is there and (nearly) empty was the text cut
    short. A part the page does not hold says nothing: sites name the wall itself (".emailwall"),
    which a script adds (web65)."""
    xpaths = []
    for selector in selectors:
        for one in str(selector or "").split(","):
            simple = _SIMPLE_SELECTOR.match(one)
            if simple:
                tag, mark, name = simple.groups()  # a name of word characters and hyphens: no quote to escape
                test = f"@id='{name}'" if mark == "#" else f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"
                xpaths.append(f"//{tag or '*'}[{test}]")
    elements = [element for xpath in xpaths for element in tree.xpath(xpath)]
    return sum(len(element.text_content().split()) for element in elements) if elements else None


def _json_ld_items(tree) -> list[dict]:
    from extruct.jsonld import JsonLdExtractor  # imported on first HTML page: it pulls in rdflib

    try:
        raw = JsonLdExtractor().extract_items(tree)
    except Exception:  # malformed JSON-LD is common; the page's other declarations remain
        return []
    articles, pages = [], []
    for item in _walk(raw):
        names = _type_names(item)
        if names & _ARTICLE_TYPES:
            articles.append(item)
        elif names & _PAGE_TYPES:
            pages.append(item)
    return articles + pages


def _type_names(item: dict) -> set[str]:
    """A JSON-LD object's ``@type`` names, lower case: one or a list of them."""
    types = item.get("@type")
    return {str(t).lower() for t in (types if isinstance(types, list) else [types]) if t}


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
