"""Plain text (``.txt``, ``.md``): the whole decoded file is the article text.

A Markdown file that opens with a front matter block (``---`` lines around ``key: value``
lines, as Jekyll, Hugo and other static site generators write it) is the exception: the block
is the article's metadata (``title``, ``date``, ``author``/``authors``), not its text, so it is
read as such (by PyYAML, already installed with Dask) and the text starts after it. It was read as prose: the title was ``---`` and the
keys and tags went into the entities.
"""

from __future__ import annotations

import re

from newsmine.articles import Article, ReadFailure, parse_published
from newsmine.readers.inputs import SAVE_THE_PAGES
from newsmine.readers.json_lines import author_names

__all__ = ["article_from_text"]

# Front matter is short: a long file opening with a "---" rule is not scanned to its end.
_MAX_FRONT_MATTER_CHARS = 10_000
_FENCE = re.compile(r"---[ \t]*\r?\n")
_CLOSE = re.compile(r"^---[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
_DATE_KEYS = ("date", "published", "publishdate", "pubdate")
# Keys of Jekyll's and Hugo's front matter; one of them must be there (see _front_matter).
_FRONT_MATTER_KEYS = frozenset({
    *_DATE_KEYS, "title", "author", "authors", "tags", "categories", "layout", "draft", "slug", "description",
    "summary", "lastmod", "permalink", "url", "image", "excerpt", "keywords", "weight", "type", "aliases",
})
_KEY = re.compile(r"[a-z_][\w-]*")
# A line holding one web address and nothing else: a list of links saved as text.
_ADDRESS_LINE = re.compile(r"[ \t]*(?:(?:https?|ftp|s3|gs)://|www\.)\S+[ \t]*")


def article_from_text(article_id: str, text: str, *, path: str | None, encoding: str | None,
                      date_order: str | None = None) -> Article:
    """The article of a plain-text file; a Markdown file's front matter is its metadata, its
    numeric date read in ``date_order`` (the date a text gives in its own lines is not: that
    follows the article's style, :mod:`newsmine.layout`)."""
    if path is not None and path.lower().endswith((".md", ".md.gz")):
        found = _front_matter(text)
        if found is not None:
            fields, body = found
            warnings: list[str] = []
            published, problem = parse_published(next((fields[k] for k in _DATE_KEYS if isinstance(fields.get(k), str)), None),
                                                 date_order)
            if problem:
                warnings.append(f"front matter: {problem}")
            title = fields.get("title")
            if title is not None and not isinstance(title, str):
                warnings.append("front matter: 'title' is not one line of text; set to null")
            author_key = "authors" if "authors" in fields else "author"
            authors = author_names(fields.get(author_key), f"front matter {author_key}", warnings)
            return Article(id=article_id, text=body, source_path=path, source_format="text", encoding=encoding,
                           title=title.strip() or None if isinstance(title, str) else None,
                           published=published, authors=authors, warnings=warnings)
    links = _only_web_addresses(text)
    if links:
        # A list of links (`newsmine extract urls.txt`) was read as an article of one "word" a
        # link: status "ok", no quote, exit 0, and nothing said that no page was read (newuser55).
        return Article(id=article_id, text=text, source_path=path, source_format="text", encoding=encoding,
                       failure=ReadFailure("EmptyArticle", (
                           f"the file holds web addresses only ({links:,} lines), no article text: newsmine downloads "
                           f"no page; {SAVE_THE_PAGES}")))
    return Article(id=article_id, text=text, source_path=path, source_format="text", encoding=encoding)


def _only_web_addresses(text: str) -> int:
    """How many lines of ``text`` are web addresses when every line that is not blank is one,
    else 0 (an article that quotes a link on a line of its own has prose lines too)."""
    lines = [line for line in text.splitlines() if line.strip()]
    return len(lines) if lines and all(_ADDRESS_LINE.fullmatch(line) for line in lines) else 0


def _front_matter(text: str) -> tuple[dict[str, object], str] | None:
    """``(fields, text after the block)`` when ``text`` opens with a front matter block that
    PyYAML reads as a mapping; None otherwise (prose between two rules, a block never closed,
    YAML that does not parse). Read with the base loader, every value a string, list or
    mapping as written: "2026-03-03" stays text for :func:`parse_published`, "no" stays "no"."""
    opening = _FENCE.match(text)
    if opening is None:
        return None
    closing = _CLOSE.search(text, opening.end(), opening.end() + _MAX_FRONT_MATTER_CHARS)
    if closing is None:
        return None
    # Imported here: PyYAML costs 0.03 CPU s at start-up, and most runs read no Markdown.
    import yaml

    # The C loader where PyYAML was built with libyaml; the base loader keeps every scalar a string.
    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    try:
        fields = yaml.load(text[opening.end():closing.start()], Loader=loader)  # base loader: strings, no objects
    except yaml.YAMLError:
        return None
    if not isinstance(fields, dict) or not fields:
        return None
    keys = {str(key).lower() for key in fields}
    # "Update: This story was corrected …" between two rules is a YAML mapping too: a block
    # is front matter only with a key static site generators write and no key of prose.
    if not keys & _FRONT_MATTER_KEYS or any(not _KEY.fullmatch(key) for key in keys):
        return None
    return {str(key).lower(): value for key, value in fields.items()}, text[closing.end():]
