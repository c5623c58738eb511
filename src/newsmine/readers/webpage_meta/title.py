"""The article's title: the headline readers see, checked against the declared titles.

Pages declare their title for search engines and social cards (JSON-LD ``headline``,
``og:title``, ``<title>`` with the site's name appended); the visible ``<h1>`` is what
readers see but pages hold several (the site's logo, a section's name). So the ``<h1>``
wins when it matches a declared title, and a declared title without the site's name
(:func:`~.sites.strip_site_suffix`) stands in when none does.
"""

from __future__ import annotations

import html as html_lib

from newsmine.readers.webpage_meta.declared import DeclaredMetadata
from newsmine.readers.webpage_meta.sites import _SEPARATORS, _names_site, _norm, _words, strip_site_suffix


def _overlap(a: str, b: str) -> float:
    """Token F1 between two titles."""
    ta, tb = set(_words(a)), set(_words(b))
    if not ta or not tb:
        return 0.0
    common = len(ta & tb)
    return 2 * common / (len(ta) + len(tb))


def pick_title(declared: DeclaredMetadata, extracted_title: str | None, sites: list[str]) -> str | None:
    """The visible ``<h1>`` that matches a declared title best (token F1 0.5 or more), else the first
    declared (or trafilatura's) title that is more than the site's name, without it."""
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
