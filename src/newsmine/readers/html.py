"""HTML pages (``.html``, ``.htm``): main text and metadata through trafilatura.

trafilatura is given the decoded page we already have and nothing else: nothing in a page
is ever fetched or run — no ``<meta http-equiv="refresh">``, frame, script, stylesheet or
image (``tests/test_hostile.py`` serves such a page's targets on a local port and checks
that no request arrives). The URL, when known, is only metadata. The article text is
trafilatura's main text (paragraphs separated by newlines); offsets in the record index
that text.

Limits: the HTML parser (libxml2) reads elements nested at most 255 deep; deeper content
is dropped, which keeps a page of 20,000 nested ``<div>`` elements to a fraction of a second. A
page that yields no text for that reason says so in its error message. Files over 10
bytes per ``--max-chars`` character (20 MB by default) are refused unread by the reader.
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
        reason = None
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        if reason is None:
            reason = "no article text found in the page (trafilatura extracted nothing); is it an article page?"
            if _too_deep(html):
                reason = ("no article text found in the page: it nests elements more than 255 levels deep, and the "
                          "HTML parser drops what lies deeper; extract the text another way")
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


def _too_deep(html: str) -> bool:
    """Whether libxml2 dropped part of the page for nesting too deep (checked only on failure)."""
    from lxml import etree

    parser = etree.HTMLParser(no_network=True)
    try:
        etree.fromstring(html, parser)
    except Exception:  # an unparseable page is reported as such by the caller
        return False
    return any("Excessive depth" in entry.message for entry in parser.error_log)
