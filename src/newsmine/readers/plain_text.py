"""Plain text (``.txt``, ``.md``): the whole decoded file is the article text."""

from __future__ import annotations

from newsmine.articles import Article

__all__ = ["article_from_text"]


def article_from_text(article_id: str, text: str, *, path: str | None, encoding: str | None) -> Article:
    return Article(id=article_id, text=text, source_path=path, source_format="text", encoding=encoding)
