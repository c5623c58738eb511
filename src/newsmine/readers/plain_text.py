"""Plain text (``.txt``, ``.md``): the whole decoded file is the article text.

A Markdown file that opens with a front matter block (``---`` lines around ``key: value``
lines, as Jekyll, Hugo and other static site generators write it) is the exception: the block
is the article's metadata (``title``, ``date``, ``author``/``authors``), not its text, so it is
read as such (by PyYAML, already installed with Dask) and the text starts after it. It was read as prose: the title was ``---`` and the
keys and tags went into the entities.
"""

from __future__ import annotations

import re

import yaml

from newsmine.articles import Article, parse_published

__all__ = ["article_from_text"]

# Front matter is short: a long file opening with a "---" rule is not scanned to its end.
_MAX_FRONT_MATTER_CHARS = 10_000
_FENCE = re.compile(r"---[ \t]*\r?\n")
_CLOSE = re.compile(r"^---[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
# The C loader where PyYAML was built with libyaml; the base loader keeps every scalar a string.
_YAML_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_DATE_KEYS = ("date", "published", "publishdate", "pubdate")


def article_from_text(article_id: str, text: str, *, path: str | None, encoding: str | None) -> Article:
    if path is not None and path.lower().endswith((".md", ".md.gz")):
        found = _front_matter(text)
        if found is not None:
            fields, body = found
            warnings: list[str] = []
            published, problem = parse_published(next((fields[k] for k in _DATE_KEYS if isinstance(fields.get(k), str)), None))
            if problem:
                warnings.append(f"front matter: {problem}")
            title = fields.get("title")
            authors = _names(fields.get("authors", fields.get("author")))
            return Article(id=article_id, text=body, source_path=path, source_format="text", encoding=encoding,
                           title=title.strip() or None if isinstance(title, str) else None,
                           published=published, authors=authors, warnings=warnings)
    return Article(id=article_id, text=text, source_path=path, source_format="text", encoding=encoding)


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
    try:
        fields = yaml.load(text[opening.end():closing.start()], Loader=_YAML_LOADER)  # base loader: strings, no objects
    except yaml.YAMLError:
        return None
    if not isinstance(fields, dict) or not fields:
        return None
    return {str(key).lower(): value for key, value in fields.items()}, text[closing.end():]


def _names(value: object) -> list[str]:
    """The authors a front matter gives: one name, a list of names, or of ``{name: …}``."""
    listed = value if isinstance(value, list) else [value]
    names = [item.get("name") if isinstance(item, dict) else item for item in listed]
    return [name.strip() for name in names if isinstance(name, str) and name.strip()]
