"""RSS and Atom feeds (``.rss``, ``.atom``, and ``.xml`` files that are feeds): one article per item.

A site's feed, saved or downloaded, is how many desks collect a day's stories. It was an "unknown
file type"; renamed ``.html``, the whole feed became one "article" with every item's title, link
and date run together (``...Lakeside Heraldhttps://lakesideherald.exampleNewsLibrary hours...``),
or a thin page. feedparser (the long-kept library for every RSS and Atom version, their dates and
their encodings) reads the items; each becomes an article as a JSON object would:

- **text**: the item's full content (RSS ``content:encoded``, Atom ``content``), else its
  summary (RSS ``description``, Atom ``summary``), HTML turned into paragraphs of text. A
  summary cut short ("… [+1234 chars]", "[…]", "Read more") gets a ``warnings`` line: the rest
  of the article, and its quotes, are not in the record.
- **id**: the item's ``guid``/``id``, else its link, else ``<file name>:<n>`` (the n-th item); a
  guid that is a bare number (``48213``: unique in its own feed only) gives way to the link, or
  else becomes ``<file name>:48213``;
  **title**, **url** (its link), **authors** (``author``, ``dc:creator``), **published** (the
  date the item gives, as written: its own day, not UTC's); **outlet**: the feed's title.
- A file that feedparser cannot read as a feed (an ``.xml`` sitemap named on the command line,
  a page saved as ``.rss``) is one ``MissingText`` error record saying so.
"""

from __future__ import annotations

import re
import time

from newsmine.articles import Article, ReadFailure, parse_published
from newsmine.readers.json_lines import author_names

__all__ = ["article_text_of_html", "articles_from_feed", "is_feed"]

# The elements whose content is a paragraph of its own in an item's HTML.
_BLOCK_TAGS = ("p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "tr", "figcaption",
               "section", "article", "ul", "ol", "table")
# An item's summary that says it stops short of the article.
_CUT_SHORT = re.compile(r"(?:\[\+\s?\d[\d,.]*\s?(?:chars|characters)\]|\[(?:…|\.\.\.|&hellip;)\]|"
                        r"\b(?:read more|continue reading|read the full (?:story|article))\b\W*)\s*$", re.I)
# How far into a .xml file its root element is looked for.
_ROOT_BYTES = 4096
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b")
_SPACES = re.compile(r"\s+")


def is_feed(head: bytes) -> bool:
    """Whether the first bytes of an ``.xml`` file open an RSS or Atom feed (its root is ``<rss>``,
    ``<feed>`` or RSS 1.0's ``<rdf:RDF>``), not a sitemap or another XML file."""
    return _FEED_ROOT.search(head[:_ROOT_BYTES].replace(b"\x00", b"")) is not None


def articles_from_feed(data: bytes, name: str, *, path: str | None, date_order: str | None = None):
    """The articles of a feed's items, in the feed's order (see the module doc)."""
    if not data.strip():
        # An empty feed holds no item, as an empty .jsonl or .csv holds no row (exit 4 alone); it
        # was a MissingText record "the file is not an RSS or Atom feed" (newuser57).
        return
    import feedparser  # imported on the first feed: most runs read none

    parsed = feedparser.parse(data)
    version = parsed.get("version") or ""
    encoding = parsed.get("encoding") or None
    if not version and not parsed.entries:
        problem = getattr(parsed.get("bozo_exception"), "args", [""])[0] if parsed.get("bozo") else ""
        yield Article(id=f"{name}:0", source_path=path, source_format="feed", encoding=encoding, failure=ReadFailure(
            "MissingText", "the file is not an RSS or Atom feed" + (f" ({' '.join(str(problem).split())[:120]})"
                                                                    if problem else "") + "; check it is a feed"))
        return
    outlet = _one_line(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        yield _article(entry, number, name, outlet, path=path, encoding=encoding, date_order=date_order)


def _article(entry, number: int, name: str, outlet: str | None, *, path: str | None, encoding: str | None,
             date_order: str | None) -> Article:
    warnings: list[str] = []
    contents = [content for content in entry.get("content", []) if content.get("value", "").strip()]
    from_summary = not contents
    body = contents[0] if contents else entry.get("summary_detail") or {"value": entry.get("summary", ""), "type": ""}
    value = body.get("value", "") or ""
    text = article_text_of_html(value) if "html" in (body.get("type") or "html") else _paragraphs(value)
    published = None
    written = entry.get("published") or entry.get("updated")
    if written:
        published, problem = parse_published(written, date_order)
        if published is None:  # a form the date reader does not take: feedparser's own reading, in UTC
            parsed_time = entry.get("published_parsed") or entry.get("updated_parsed")
            published = time.strftime("%Y-%m-%d", parsed_time) if parsed_time else None
            if published is None and problem:
                warnings.append(problem)
    # An author element with an e-mail address alone has no name: no author. One dc:creator may name
    # two ("Tom Reed and Ana Ruiz"), split as a JSON feed's author string is.
    authors = [name for author in entry.get("authors") or [] if isinstance(author, dict)
               for name in author_names(author.get("name"), "author", warnings)]
    article_id = _item_id(entry.get("id"), entry.get("link"), name, number)
    common = dict(id=str(article_id), title=_one_line(entry.get("title")), url=_address(entry.get("link")),
                  authors=authors, outlet=outlet, published=published, source_path=path, source_format="feed",
                  encoding=encoding, warnings=warnings)
    if not text.strip():
        return Article(**common, failure=ReadFailure(
            "EmptyArticle", "the feed item holds no text (no content, no summary); read the article at its link"))
    if from_summary and _CUT_SHORT.search(text[-60:]):
        warnings.append("the feed gives only a summary of this article, cut short: the rest of the article, and the "
                        "quotes it holds, are not in this record; read the article at its url")
    return Article(**common, text=text)


def _item_id(guid: str | None, link: str | None, name: str, number: int) -> str:
    """The item's id: its guid, unless the guid is a bare number ('1', '48213': a CMS's row
    number, unique in its own feed only), which the link replaces, or else the file's name
    prefixes. Two sites' items numbered alike had one id: the run warned "drop the earlier
    copies", which dropped a different article, and SQLite output kept one of the two (review47b)."""
    if guid and not guid.strip().isdigit():
        return guid
    if link and not link.strip().isdigit():  # (feedparser makes a permalink guid, "2" too, the link)
        return link
    return f"{name}:{guid.strip() if guid else number}"


def _address(link: str | None) -> str | None:
    """The item's link when it is a web address: feedparser makes an RSS guid the link when the
    item has none (a guid is a permalink unless it says not), so a guid "2" or "lh-0415-1" was
    the record's url (review47b)."""
    return link if link and "://" in link else None


def article_text_of_html(fragment: str) -> str:
    """The text of an item's HTML, a paragraph a block (``<p>``, ``<li>``...) separated by blank lines,
    ``<br>`` a line break; scripts and styles left out."""
    from lxml import etree, html as lxml_html

    if not fragment.strip():
        return ""
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _paragraphs(fragment)
    for element in list(root.iter("script", "style", "noscript")):
        element.drop_tree()
    for element in root.iter():  # a line break in the markup is a space: only <br> and blocks break lines
        element.text = _SPACES.sub(" ", element.text or "")
        element.tail = _SPACES.sub(" ", element.tail or "")
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    for element in root.iter(*_BLOCK_TAGS):
        element.text = "\n\n" + (element.text or "")
        element.tail = "\n\n" + (element.tail or "")
    return _paragraphs(root.text_content())


def _paragraphs(text: str) -> str:
    """``text`` as paragraphs: blank-line runs one paragraph break, spaces within lines collapsed."""
    paragraphs = []
    for block in re.split(r"\n[ \t\r\xa0]*\n", text.replace("\r\n", "\n")):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def _one_line(value) -> str | None:
    text = " ".join(str(value or "").split())
    return text or None
