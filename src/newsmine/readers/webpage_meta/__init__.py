"""What a web page declares about its article: headline, byline, dates, outlet, body.

A page says the same things several times, not always alike: JSON-LD (``NewsArticle`` and
its kin, read with extruct), ``<meta>`` tags, the visible headline (``<h1>``), the visible
byline and date line, and the ``<title>`` (often with the site's name appended). This package
gathers them from the parsed page and picks one value for each field, checking the sources
against each other:

- **title**: the visible ``<h1>`` that matches one of the declared titles (JSON-LD headline,
  ``og:title``, ``<title>``): the headline readers see, not the SEO variant. Without such an
  ``<h1>``, the JSON-LD headline, else the declared title with the site's name cut off its
  end — only when that part names the site, so a real subtitle ("… - Not a flagship") stays.
- **authors**: JSON-LD persons, else author ``<meta>`` tags, else the visible byline, else
  what trafilatura found; every name goes through newsmine's byline rules
  (:mod:`newsmine.layout`) and a noise filter ("View all posts by", "No Author", "PhD",
  "Editorial Staff", the outlet trailing a name as in "Rob Picheta, CNN").
- **published**: the first date shown on the page (in a date or byline element) that one of
  the page's declarations confirms (published or last-modified date, JSON-LD or ``<meta>``);
  failing that the declared publication date (JSON-LD first), else htmldate's.
- **outlet**: ``og:site_name``, the JSON-LD publisher, else a name made from the host name
  ("DW.COM" -> "DW"), spelled as the ``<title>`` spells it when it does ("The Times of Israel");
  else, on a page with neither, the ``<title>``'s last part when it is an outlet's name or a
  brand the page confirms, or its first part shown as a logo's ``<h1>`` before the headline's,
  or marked as the logo by its markup (:func:`~.sites.outlet_from_title`). trafilatura's
  ``sitename`` is kept only where it is no title part with a dot but a host name
  (:func:`~.sites.trafilatura_sitename`).

A package of one module a stage, each importing only those listed before it:

- :mod:`.visible` — what the page shows its reader: the visible byline and date lines, and
  the helpers for walking the page's text outside its navigation and sidebars;
- :mod:`.declared` — :func:`read_declared`: every candidate, by source, gathered once into a
  :class:`DeclaredMetadata` (JSON-LD items, ``<meta>`` contents, headlines, the visible lines);
- :mod:`.sites` — the site's names (:func:`site_names`), cutting them off titles
  (:func:`strip_site_suffix`), and the outlet (:func:`pick_outlet`, :func:`outlet_from_host`);
- :mod:`.title`, :mod:`.authors` (with :func:`clean_authors`), :mod:`.published` — one
  picker a field.

:mod:`newsmine.readers.html` calls them all (gather, then one picker a field).
"""

from __future__ import annotations

from newsmine.readers.webpage_meta.authors import clean_authors, pick_authors
from newsmine.readers.webpage_meta.declared import DeclaredMetadata, read_declared
from newsmine.readers.webpage_meta.published import pick_published
from newsmine.readers.webpage_meta.sites import (
    outlet_from_host,
    pick_outlet,
    site_names,
    strip_site_suffix,
    trafilatura_sitename,
)
from newsmine.readers.webpage_meta.title import pick_title

__all__ = [
    "DeclaredMetadata",
    "clean_authors",
    "outlet_from_host",
    "pick_authors",
    "pick_outlet",
    "pick_published",
    "pick_title",
    "read_declared",
    "site_names",
    "strip_site_suffix",
    "trafilatura_sitename",
]
