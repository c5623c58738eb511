"""HTML pages (``.html``, ``.htm``, ``.html.gz``): main text through trafilatura, metadata
from what the page declares (:mod:`newsmine.readers.webpage_meta`).

Nothing in a page is ever fetched or run — no ``<meta http-equiv="refresh">``, frame,
script, stylesheet or image (``tests/test_hostile.py`` serves such a page's targets on a
local port and checks that no request arrives). The URL, when known, is only metadata.

The article text is trafilatura's main text with tables kept (paragraphs separated by
newlines); offsets in the record index that text. When it is thin (under ``min_words``
words) and the page's JSON-LD carries a longer ``articleBody``, that body is the text
instead. A page whose text stays under ``min_words`` words (a gallery, a video page, an
index) keeps its metadata and text but is marked not to be analysed (``ThinPage``). The
language is detected from the text by the pipeline, as for every other input
(:mod:`newsmine.language`).

Deep nesting: the HTML parser (libxml2) reads elements nested at most 256 levels deep and
drops what lies deeper. A page nested deeper is read a second time with its container tags
(``div``, ``span``, ``section``…) taken out, so its text is kept, and the work stays linear
(libxml2's "huge tree" option reaches 2,048 levels only, and trafilatura slows down
sharply on such trees: 20,000 unclosed ``<div><p>`` took 156 s with it, under a second without). Files over 10 bytes per ``--max-chars`` character (20 MB by default) are refused
unread by the reader.
"""

from __future__ import annotations

import re

from newsmine.articles import DEFAULT_MIN_WORDS, Article, ReadFailure, SkipReason
from newsmine.layout import find_byline
from newsmine.readers.webpage_meta import (
    DeclaredMetadata,
    pick_authors,
    pick_outlet,
    pick_published,
    pick_title,
    read_declared,
    site_names,
    trafilatura_sitename,
)

__all__ = ["DEFAULT_MIN_WORDS", "article_from_html", "parse_page", "saved_from_url"]

# Container tags removed from a page nested too deep for the parser (see parse_page).
_CONTAINER_TAGS = re.compile(
    r"</?(?:div|span|section|article|main|header|font|center|b|i|em|strong|small|big|u|a|abbr|label|"
    r"table|tbody|thead|tfoot|tr|td|th|form|fieldset|figure|figcaption|picture|address)\b[^>]*>",
    re.I,
)
_DEPTH_ERROR = "Excessive depth"
# Inline elements: a <div> holding only these (and text) is a paragraph in all but name.
_INLINE_TAGS = frozenset({"span", "a", "em", "strong", "b", "i", "u", "s", "br", "img", "small", "sup", "sub", "time",
                          "abbr", "code", "font", "mark", "q", "cite"})
_PROSE_MIN_WORDS = 12
# Lines of promotion that sites put inside the article body: newsletter sign-ups, letters
# invitations, standards notes. Only whole short lines are dropped.
_PROMO_LINE = re.compile(
    r"\b(?:sign(?:ing)?[ -]up|subscribe)\b.{0,80}\b(?:newsletter|daily edition|by email|inbox)\b"
    r"|\bnewsletter\b.{0,60}\b(?:sign(?:ing)?[ -]up|subscribe)\b"
    r"|^never miss\b|\bwe want to hear what you think\b|\bsubmit a letter to the editor\b"
    r"|^our standards:|\btrust principles\.?$"
    # A paywall's prompt below the teaser (web65): "Subscribe to read the full story. Already a subscriber? Log in."
    # What is read is the article ("to read more", not "Log in to read your meter online"), the question
    # begins the line or asks to log in ("Why is Ukraine not already a member?" is a news line), and
    # the members are no "members of the public" (review65a).
    r"|^(?:subscribe|sign in|log in|register)\b.{0,40}\bto (?:(?:read|unlock)(?:\s*[.!]?$|\b.{0,20}\b"
    r"(?:article|story|stories|more|full|rest|premium|unlimited)\b)|(?:continue|keep) reading\b)"
    r"|^already a (?:subscriber|member)\?|\balready a (?:subscriber|member)\?\s*(?:log|sign) ?in\b"
    r"|^to (?:continue|keep) reading\b.{0,60}\b(?:subscribe|log in|sign in|register)\b"
    r"|^this (?:article|story) is (?:only )?(?:for|available to) (?:subscribers|members)\b(?!\s+of\b)",
    re.I,
)
_PROMO_MAX_WORDS = 40


def parse_page(html: str):
    """The page as an lxml tree, with its text even when nested deeper than libxml2 reads.

    Returns None for markup that holds no document at all.
    """
    tree, too_deep = _parse(html)
    if too_deep:
        flattened, _ = _parse(_CONTAINER_TAGS.sub(" ", html))
        tree = flattened if flattened is not None else tree
    return tree


def _parse(html: str):
    from lxml import etree, html as lxml_html

    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True)
    try:
        tree = lxml_html.document_fromstring(html, parser=parser)
    except ValueError:  # a str holding an XML encoding declaration: parse its UTF-8 bytes
        parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, encoding="utf-8")
        try:
            tree = lxml_html.document_fromstring(html.encode("utf-8"), parser=parser)
        except (ValueError, etree.ParserError):
            return None, False
    except etree.ParserError:  # "Document is empty"
        return None, False
    return tree, any(_DEPTH_ERROR in entry.message for entry in parser.error_log)


# Above this many block elements (a page of thousands of ad slots, widgets or comment
# boxes) trafilatura runs without its fallback extractors: justext's pass over short paragraphs
# looks for each one's neighbour from scratch, a time growing with the square of the blocks
# (5,000 div slots: about 40 s; a 3 MB page of 40,000: over half an hour, unlimited by
# --article-timeout, which times the analysis, not the reading). News pages hold a few hundred.
_MANY_BLOCKS = 4_000
_BLOCK_TAGS = ("div", "p", "li", "td", "th", "tr", "dd", "dt", "section", "article", "blockquote", "pre",
               "h1", "h2", "h3", "h4", "h5", "h6")

# The mark a browser's "Save page as" writes at the top of the page (Internet Explorer's "mark of
# the web", kept by Chrome and Edge): <!-- saved from url=(0054)https://... -->, the count being
# the URL's length.
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.I)
_SAVED_FROM_WITHIN_CHARS = 4096


def saved_from_url(html: str) -> str | None:
    """The address a page saved by a browser came from, as its "saved from url" comment near the top
    says, or None. A saved page without a canonical link kept no URL: a fact-checker could not cite
    where the words were read."""
    found = _SAVED_FROM.search(html, 0, _SAVED_FROM_WITHIN_CHARS)
    return found.group(1) if found else None


def article_from_html(
    article_id: str,
    html: str,
    *,
    path: str | None,
    encoding: str | None,
    url: str | None = None,
    source_format: str = "html",
    min_words: int = DEFAULT_MIN_WORDS,
    saved_from: str | None = None,
) -> Article:
    """The article of a page. ``url``: where it was fetched (a WARC record's), the record's URL;
    ``saved_from``: where a saved file says it came from (an MHTML file's location, else the page's
    "saved from url" comment), the URL only when the page declares none (its canonical link is the
    address to cite), and the host an outlet name is made from."""
    import trafilatura  # imported on first HTML input: it is slow to import

    saved_from = None if url else saved_from or saved_from_url(html)

    def failed(kind: str, message: str) -> Article:
        return Article(id=article_id, source_path=path, source_format=source_format, url=url, encoding=encoding,
                       failure=ReadFailure(kind, message))

    if not html.strip():
        # An empty .html file was "no article text found in the page (it holds no HTML
        # document); is it an article page?": true, but it is empty, which the README's
        # EmptyArticle says of a file holding nothing but whitespace (newuser57).
        return failed("EmptyArticle", "the page is empty (nothing but white space): saved before it loaded, or a "
                                      "download that failed; save the page again")
    tree = parse_page(html)
    if tree is None:
        return failed("NoArticleText", "no article text found in the page (it holds no HTML document); is it an article page?")
    declared = read_declared(tree, url)
    declared.url = declared.url or saved_from  # after the canonical link and og:url
    _prose_divs_as_paragraphs(tree)
    blocks = sum(1 for _ in tree.iter(*_BLOCK_TAGS))
    try:
        # The declarations are read first: trafilatura may change the tree it is given.
        document = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            # Tables are article content (results, figures, schedules), and favor_precision
            # reduced whole blog posts to a date line: trafilatura's balanced defaults.
            include_tables=True,
            as_dict=False,
            **({_fast_option(trafilatura.bare_extraction): True} if blocks > _MANY_BLOCKS else {}),
        )
    except Exception as exc:  # trafilatura raises many kinds of errors on broken markup
        return failed("NoArticleText", f"trafilatura could not parse the page: {type(exc).__name__}: {exc}")
    text = _without_promotions((getattr(document, "text", None) or "") if document is not None else "")
    body = declared.article_body
    if body and (len(text.split()) < min_words < len(body.split()) or text.split() == body.split()):
        # The page declares its article's text and the markup hid it (scripts, slideshows), or
        # trafilatura took that same body with its paragraph breaks lost.
        text = body
    if not text:
        return failed("NoArticleText", "no article text found in the page (trafilatura extracted nothing); is it an article page?")
    article = _article(article_id, text, declared, document, path=path, encoding=encoding, url=url,
                       source_format=source_format, min_words=min_words)
    if blocks > _MANY_BLOCKS:
        article.warnings.append(
            f"the page holds {blocks:,} block elements (over {_MANY_BLOCKS:,}): its text was taken without "
            "trafilatura's fallback extractors, whose time grows with the square of the blocks; check it")
    return article


def _fast_option(bare_extraction) -> str:
    """trafilatura's name for "no fallback extractors": ``fast`` from 2.0, ``no_fallback`` before
    (pyproject allows 1.12)."""
    import inspect

    return "fast" if "fast" in inspect.signature(bare_extraction).parameters else "no_fallback"


def _prose_divs_as_paragraphs(tree) -> None:
    """Turn each <div> that holds only inline content reading as prose into a <p>.

    trafilatura drops text held directly in a <div> of <span>s (recipe summaries, some CMS
    bodies); readability turns such divs into paragraphs too. Prose: at least 12 words and
    a sentence end, so labels and teasers ("Related Stories", "21 minutes") stay divs.
    """
    for div in tree.iter("div"):
        if any(isinstance(child.tag, str) and child.tag not in _INLINE_TAGS for child in div):
            continue
        text = div.text_content()
        if len(text.split()) >= _PROSE_MIN_WORDS and any(mark in text for mark in ".!?"):
            div.tag = "p"


def _without_promotions(text: str) -> str:
    """The text without whole lines of site promotion ("Sign up to our newsletter")."""
    lines = [line for line in text.strip().split("\n")
             if not (len(line.split()) <= _PROMO_MAX_WORDS and _PROMO_LINE.search(line.strip()))]
    return "\n".join(lines).strip()


def _byline_in(text: str) -> list[str]:
    """Authors from a "By …" line of the text itself, when the page declares none (as for plain text)."""
    byline = find_byline(text)
    return list(byline.authors) if byline else []


def _article(article_id: str, text: str, declared: DeclaredMetadata, document, *, path: str | None,
             encoding: str | None, url: str | None, source_format: str, min_words: int) -> Article:
    extracted = document if document is not None else None
    sitename = trafilatura_sitename(getattr(extracted, "sitename", None), declared)
    sites = site_names(declared, sitename)
    title = pick_title(declared, getattr(extracted, "title", None), sites)
    words = len(text.split())
    skip = _thin_page(words, declared, min_words)
    warnings = _page_warnings(declared, text, min_words, thin=skip is not None)
    return Article(
        id=article_id,
        text=text,
        title=title,
        url=url or declared.url or getattr(extracted, "url", None) or None,
        published=pick_published(declared, getattr(extracted, "date", None)),
        authors=pick_authors(declared, getattr(extracted, "author", None), sites) or _byline_in(text),
        outlet=pick_outlet(declared, sitename),
        source_path=path,
        source_format=source_format,
        encoding=encoding,
        skip=skip,
        warnings=warnings,
    )


def _words_held(words: int) -> str:
    return f"the page holds {words:,} word{'' if words == 1 else 's'} of article text"


def _thin_page(words: int, declared: DeclaredMetadata, min_words: int) -> SkipReason | None:
    """The skip of a page under ``min_words`` words: a paywalled page's teaser says so (web65), any
    other is probably no article."""
    if words >= min_words:
        return None
    under = f"{_words_held(words)}, under --min-words ({min_words}; min_words= in Python)"
    if declared.paywalled:
        return SkipReason("ThinPage", f"{under}: it declares its article paywalled (isAccessibleForFree false), so "
                                      "only its teaser was in the page; its metadata and text are kept, not analysed")
    return SkipReason("ThinPage", f"{under}: probably not an article (a caption, a gallery, a video or an index page); "
                                  "its metadata and text are kept, not analysed")


def _page_warnings(declared: DeclaredMetadata, text: str, min_words: int, *, thin: bool) -> list[str]:
    """What the record cannot say of a page of ``text`` (web65): a live blog's entries' times, and a
    text cut at the paywall.

    The paywall's only on a page not ``thin`` (a thin page's skip says so itself) and where the part
    the page marks paywalled is in the page and nearly empty: saved pages often hold it whole, and a
    part the page lacks is the wall a script adds. Nor where the text is the ``articleBody`` the
    page declares, which sites give whole for search engines (review65a: it warned that a whole
    article was what the page showed free)."""
    warnings = []
    if declared.live_blog:
        warnings.append("the page is a live blog (LiveBlogPosting): its entries are read as one text in the page's "
                        "order, without each entry's time; the published date is the blog's")
    shut = declared.paywalled_part_words
    if not thin and shut is not None and shut < min_words and text.split() != (declared.article_body or "").split():
        part = f"{shut:,} word{'' if shut == 1 else 's'}"
        warnings.append(f"the page declares a part of its article paywalled (isAccessibleForFree false) and that part "
                        f"holds {part} here: {_words_held(len(text.split()))}, what it showed free")
    return warnings
