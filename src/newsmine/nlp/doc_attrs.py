"""The ``Doc`` extension attributes newsmine's components read and write.

Components keep their results on the ``Doc`` (spaCy's way), never in globals, and as plain
data (strings, numbers, lists, dicts, span groups), so that ``doc.to_bytes()``,
``DocBin(store_user_data=True)``, ``pickle`` and ``nlp.pipe(..., n_process=2)`` carry them:

- ``doc._.newsmine_published``: the article's publication date (``YYYY-MM-DD``) or None;
  set by the pipeline before parsing, read by the dates component.
- ``doc._.newsmine_excluded``: character ranges ``[start, end]`` that are not body text (a
  byline); no entity or quote is taken from them.
- ``doc._.newsmine_known_orgs``: names known to be organisations from the article's
  metadata (its outlet), labelled ORG wherever the text mentions them.
- ``doc._.newsmine_entities``, ``doc._.newsmine_dates``, ``doc._.newsmine_quotes`` and the
  span groups ``doc.spans["newsmine_mentions"]`` / ``["newsmine_references"]``: the
  components' results, written and read through :mod:`newsmine.nlp.results`
  (``entities_of(doc)``, ``dates_of(doc)``, ``quotes_of(doc)`` rebuild the objects).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TypeVar

import numpy as np
from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc

__all__ = ["register_extensions", "remembered", "token_indices"]

_T = TypeVar("_T")

_EXTENSIONS = {
    "newsmine_published": None,
    "newsmine_excluded": None,
    "newsmine_known_orgs": None,
    "newsmine_entities": None,
    "newsmine_dates": None,
    "newsmine_quotes": None,
}


def register_extensions() -> None:
    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


# Where spaCy keeps a Doc extension's value: ``doc._.name`` builds an Underscore object and
# goes through its __getattr__ on every read (a few microseconds), and the entity rules ask
# for the excluded ranges about a hundred times an article.
_EXCLUDED_KEY = ("._.", "newsmine_excluded", None, None)


def excluded_ranges(doc: Doc) -> list[tuple[int, int]]:
    return doc.user_data.get(_EXCLUDED_KEY) or []


def in_excluded(doc: Doc, start_char: int, end_char: int) -> bool:
    """True when the character range overlaps an excluded range (e.g. the byline). Most
    articles have none: then no generator is made (asked for every name the entity rules keep)."""
    ranges = doc.user_data.get(_EXCLUDED_KEY)
    return bool(ranges) and any(start_char < end and start < end_char for start, end in ranges)


def token_indices(doc: Doc, attr: int, words: Iterable[str]) -> list[int]:
    """The indices, in order, of the tokens of ``doc`` whose ``attr`` (``spacy.attrs.LOWER``,
    ``ORTH``) is one of ``words``.

    For rules that look for a few words in the whole Doc: one array read and a binary search
    in numpy, where a loop over the tokens builds a Token object for every word (the most of
    such a rule's time)."""
    wanted = _hashes(words) if isinstance(words, frozenset) else _hash_array(words)
    if not len(doc) or not len(wanted):
        return []
    # A binary search of each token's hash among the sorted hashes of the words: numpy.isin
    # sorts the token hashes and the words' together at every call, three to four times
    # slower on an article against a lexicon of a thousand words.
    values = _token_array(doc, attr)
    # The array methods, not numpy's functions (each goes through a Python wrapper), and the
    # clamp in place of a masked assignment: the rules make a dozen such calls an article.
    at = wanted.searchsorted(values)
    np.minimum(at, len(wanted) - 1, out=at)  # past the last word: compared with the last, which is smaller
    return (wanted.take(at) == values).nonzero()[0].tolist()


# The last Doc's token arrays (by attribute) and the per-Doc values of :func:`remembered`: the
# entity and speaker rules ask for the same Doc's LOWER and ORTH a dozen times, and each
# ``Doc.to_array`` reads every token again. A weak reference, so that a Doc is never kept alive
# by this cache (and a new Doc at a freed one's address is not taken for it); its length, so
# that a Doc retokenized since (newsmine never does it) is read anew. Words never change
# otherwise. One cache per thread: a Dask worker started with several threads runs several
# articles at once. The entry is replaced whole, in one assignment: an article's time limit
# (a signal) may interrupt any line, and a Doc must never be left paired with another's values.
_WORD_ATTRS = frozenset({LOWER, ORTH})
_last = threading.local()


def _doc_cache(doc: Doc) -> dict:
    """The values kept for ``doc``; emptied when another Doc (or this one retokenized) comes."""
    entry = getattr(_last, "entry", None)  # (weak reference to the Doc, its length, its values)
    if entry is None or entry[0]() is not doc or entry[1] != len(doc):
        entry = _last.entry = (weakref.ref(doc), len(doc), {})
    return entry[2]


def _token_array(doc: Doc, attr: int) -> np.ndarray:
    """``doc.to_array(attr)`` for ``LOWER`` or ``ORTH``, read once per Doc (not to be written to)."""
    if attr not in _WORD_ATTRS:
        return doc.to_array(attr)
    values = _doc_cache(doc)
    array = values.get(attr)
    if array is None:
        array = values[attr] = doc.to_array(attr)
    return array


def remembered(doc: Doc, build: Callable[[Doc], _T]) -> _T:
    """``build(doc)``, computed once per Doc and kept while the rules read that Doc (the last
    one read, see ``_doc_cache``): for a per-Doc table that several rules, or one rule called
    for every mention, would otherwise rebuild from spaCy's Token objects.

    The table is found again by ``build`` itself, so ``build`` is a module-level function (a
    lambda or a closure made at each call is a new key: built every time, never found). It
    is dropped only when another Doc is read or this one's length changes, so ``build`` reads
    the Doc's words and text only: not its parse, entities or extensions, which change under
    the same Doc object (the pipeline tokenises a Doc, then parses it in place, then the
    components write to it). Its result holds no Token or Span (they would keep the Doc
    alive) and is not changed by the caller."""
    values = _doc_cache(doc)
    found = values.get(build)
    if found is None:
        found = values[build] = build(doc)
    return found


def _hash_array(words: Iterable[str]) -> np.ndarray:
    """The words' hashes, sorted."""
    return np.sort(np.fromiter((get_string_id(word) for word in words), dtype=np.uint64))


# The lexicons and word sets of the rules are frozensets: hashed once per process.
_hashes = lru_cache(maxsize=64)(_hash_array)


register_extensions()
