"""Plain text (``.txt``, ``.md``): the whole decoded file is the article text.

A Markdown file that opens with a front matter block (``---`` lines around ``key: value``
lines, as Jekyll, Hugo and other static site generators write it) is the exception: the block
is the article's metadata (``title``, ``date``, ``author``/``authors``), not its text, so it is
read as such and the text starts after it. It was read as prose: the title was ``---`` and the
keys and tags went into the entities.
"""

from __future__ import annotations

import re

from newsmine.articles import Article, parse_published

__all__ = ["article_from_text"]

# Front matter is short: a long file opening with a "---" rule is not scanned to its end.
_MAX_FRONT_MATTER_CHARS = 10_000
_FENCE = re.compile(r"---[ \t]*\r?\n")
_CLOSE = re.compile(r"^---[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
_KEY_LINE = re.compile(r"(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*")
_ITEM_LINE = re.compile(r"[ \t]*-[ \t]+(?P<value>.*?)[ \t]*")
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
            authors = fields.get("authors", fields.get("author")) or []
            return Article(id=article_id, text=body, source_path=path, source_format="text", encoding=encoding,
                           title=title if isinstance(title, str) and title else None, published=published,
                           authors=[name for name in ([authors] if isinstance(authors, str) else authors) if name],
                           warnings=warnings)
    return Article(id=article_id, text=text, source_path=path, source_format="text", encoding=encoding)


def _front_matter(text: str) -> tuple[dict[str, str | list[str]], str] | None:
    """``(fields, text after the block)`` when ``text`` opens with a front matter block of
    ``key: value`` lines (lists as ``[a, b]`` or ``- item`` lines); None otherwise."""
    opening = _FENCE.match(text)
    if opening is None:
        return None
    closing = _CLOSE.search(text, opening.end(), opening.end() + _MAX_FRONT_MATTER_CHARS)
    if closing is None:
        return None
    fields: dict[str, str | list[str]] = {}
    key: str | None = None
    for line in text[opening.end():closing.start()].splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if (item := _ITEM_LINE.fullmatch(line)) is not None and key is not None:
            listed = fields.get(key)
            fields[key] = [*(listed if isinstance(listed, list) else []), _unquoted(item["value"])]
        elif (pair := _KEY_LINE.fullmatch(line)) is not None:
            key = pair["key"].lower()
            value = pair["value"] or ""
            if value.startswith("[") and value.endswith("]"):
                fields[key] = [_unquoted(part) for part in value[1:-1].split(",") if part.strip()]
            else:
                fields[key] = _unquoted(value)
        elif line[:1] in " \t" and key is not None:
            continue  # a nested or folded value: not one newsmine reads
        else:
            return None  # prose between two rules, not front matter
    return (fields, text[closing.end():]) if fields else None


def _unquoted(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value
