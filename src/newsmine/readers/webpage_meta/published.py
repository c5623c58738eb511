"""The publication date: the first date the page shows that a declaration confirms.

Declared dates are often wrong for readers (a UTC timestamp a day off the local date, the
date of a later update, a CMS's creation date), and visible dates include other articles'
and today's; a date shown near the article's byline that agrees with one of the page's
declared dates (published or modified) is both what readers see and backed by the page.
Failing that, the declared publication date (JSON-LD first), else htmldate's guess, unless
that guess is only a year or a month (:func:`_not_a_bare_year_or_month`).
"""

from __future__ import annotations

from newsmine.articles import iso_date, normalise_published
from newsmine.readers.webpage_meta.declared import DeclaredMetadata

_PUBLISHED_META = ("article:published_time", "og:pubdate", "pubdate", "publishdate", "date", "dc.date",
                   "dcterms.created", "parsely-pub-date", "sailthru.date", "datepublished", "article.published")
_MODIFIED_META = ("article:modified_time", "og:updated_time", "lastmod", "last-modified", "datemodified",
                  "dcterms.modified", "article.updated")


def pick_published(declared: DeclaredMetadata, extracted_date: str | None) -> str | None:
    """The publication date as ``YYYY-MM-DD``, or None when neither the page nor trafilatura gives a readable one."""
    published = [normalise_published(str(v)) for v in declared.ld_values("datePublished") + declared.ld_values("dateCreated")]
    published += [normalise_published(v) for v in declared.meta_values(_PUBLISHED_META)]
    modified = [normalise_published(str(v)) for v in declared.ld_values("dateModified")]
    modified += [normalise_published(v) for v in declared.meta_values(_MODIFIED_META)]
    extracted = _not_a_bare_year_or_month(normalise_published(extracted_date), declared)
    declared_days = [iso_date(d) for d in published + modified + [extracted] if d]
    first_declared = next((d for d in published if d), None) or extracted
    earliest = min(declared_days, default=None)
    latest = max(declared_days, default=None)
    for readings in declared.visible_dates:
        for reading in readings:
            day = iso_date(reading)
            # Shown on the page and confirmed by a declaration: the same day, or one day off
            # (a UTC timestamp against the local date the page shows) ...
            if any(abs((day - other).days) <= 1 for other in declared_days):
                return reading
            # ... or between the declared publication and last change ("Updated May 6").
            if earliest is not None and earliest < day < latest:
                return reading
    return first_declared


def _not_a_bare_year_or_month(extracted: str | None, declared: DeclaredMetadata) -> str | None:
    """htmldate's date, or None when it is a year or a month read as its first day.

    On a page that declares no date, htmldate's extensive search takes a year from the text ("the
    old one, which closed in 2019") as the date 2019-01-01: the record said the article was
    published then (web65). A month reads the same way: an address's "/2025/03/pier-vote" or a
    line's "in March 2019" became the first of that month (web66). A first of a month is kept
    when the page writes that day (a date line reading it, its text, an attribute or its address:
    review65a): an article of that day; a date the page declares comes before htmldate's anyway.

    The month alone is not kept (web66's decision): ``published`` is a day (``YYYY-MM-DD``, the
    schema's and the date columns' type); "2025-03" would be a second kind of value in one
    field, and the month htmldate finds may be one the text mentions, not the article's."""
    if not extracted or not extracted[:10].endswith("-01"):
        return extracted
    shown = {reading[:10] for readings in declared.visible_dates for reading in readings}
    return extracted if extracted[:10] in shown | declared.first_days_written else None
