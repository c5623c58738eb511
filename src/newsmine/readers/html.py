"""HTML pages (``.html``, ``.htm``): main text and metadata through trafilatura.

trafilatura is given the bytes we already have and nothing else: it never fetches a URL,
follows a refresh, loads a frame or runs a script. The article text is trafilatura's main
text (paragraphs separated by newlines); offsets in the record index that text.
"""

from __future__ import annotations

from newsmine.articles import Article, ReadFailure
from newsmine.articles import normalise_published

__all__ = ["article_from_html"]


def article_from_html(article_id: str, html: str, *, path: str | None, encoding: str | None, url: str | None = None, source_format: str = "html") -> Article:
    import trafilatura  # imported on first HTML input: it is slow to import

    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            as_dict=False,
        )
    except Exception as exc:  # trafilatura raises many kinds of errors on broken markup
        document = None
        reason = f"trafilatura could not parse the page: {type(exc).__name__}: {exc}"
    else:
        reason = "no article text found in the page (trafilatura extracted nothing); is it an article page?"
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        return Article(id=article_id, source_path=path, source_format=source_format, url=url, encoding=encoding,
                       failure=ReadFailure("NoArticleText", reason))
    authors = []
    if document.author:
        authors = [a.strip() for a in document.author.replace(" and ", ";").split(";") if a.strip()]
    return Article(
        id=article_id,
        text=text,
        title=document.title or None,
        url=url or document.url or None,
        published=normalise_published(document.date),
        authors=authors,
        outlet=document.sitename or None,
        source_path=path,
        source_format=source_format,
        encoding=encoding,
    )
