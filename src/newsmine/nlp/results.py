"""newsmine's results on the ``Doc`` as plain data, and the objects rebuilt from it.

The components keep what they find in forms spaCy serialises — ``doc.to_bytes()``,
``DocBin(store_user_data=True)``, ``pickle``, ``nlp.pipe(..., n_process=2)``, ``spacy apply``
all carry them:

- ``doc.spans["newsmine_mentions"]``: every entity's mentions by name (span ``label_``: the
  entity's label; span ``id_``: its id, ``E1``, ``E2`` …), entity by entity;
- ``doc.spans["newsmine_references"]``: the pronouns and descriptions resolved to an entity
  (``label_``: ``pronoun`` or ``description``; ``id_``: the entity's id);
- ``doc._.newsmine_entities``: one dict per entity with the rest of it (id, label, name, titles);
- ``doc._.newsmine_dates``: one dict per date expression (start_char, end_char, text, value, kind);
- ``doc._.newsmine_quotes``: one dict per quote; its cue, speaker and addressee as
  ``[start, end]`` token offsets, its speaker's entity as ``entity_id``.

The algorithms and :mod:`newsmine.extract` work with objects holding spaCy spans
(:class:`~newsmine.nlp.entities.EntityCluster`, :class:`~newsmine.nlp.dates.DateFound`,
:class:`~newsmine.nlp.quotes.QuoteFound`): :func:`entities_of`, :func:`dates_of` and
:func:`quotes_of` rebuild them in one pass over the stored data, and the ``store_*``
functions write them back. Every field of those classes that is not listed here as a span
field is stored as it is, so a new plain field (a string, a number, a list of them) travels
without a change here; a field holding anything else is refused when stored, by name.
"""

from __future__ import annotations

from dataclasses import fields
from enum import Enum
from typing import Any

from spacy.tokens import Doc, Span

from newsmine.nlp.dates import DateFound
from newsmine.nlp.doc_attrs import register_extensions
from newsmine.nlp.entities import EntityCluster

__all__ = [
    "MENTIONS_KEY",
    "REFERENCES_KEY",
    "dates_of",
    "entities_of",
    "quotes_of",
    "reference_kind",
    "store_dates",
    "store_entities",
    "store_quotes",
]

register_extensions()

MENTIONS_KEY = "newsmine_mentions"
REFERENCES_KEY = "newsmine_references"

# Fields holding spaCy spans, stored elsewhere than the object's dict.
_CLUSTER_SPAN_LISTS = ("mentions", "references")
_QUOTE_SPANS = ("cue", "speaker", "addressee")


def reference_kind(span: Span) -> str:
    """A one-word pronoun ('she', 'they') or a description ('the senator', 'the agency')."""
    return "pronoun" if len(span) == 1 and span[0].pos_ == "PRON" else "description"


def store_entities(doc: Doc, clusters: list[EntityCluster]) -> None:
    """Keep ``clusters`` on ``doc`` as span groups and plain dicts (see the module docstring)."""
    ids = [cluster.id for cluster in clusters]
    if len(set(ids)) != len(ids):
        raise ValueError(f"entity ids must be unique to be stored on the Doc; got {ids}")
    mentions, references = [], []
    for cluster in clusters:
        mentions.extend(Span(doc, m.start, m.end, label=cluster.label, span_id=cluster.id) for m in cluster.mentions)
        references.extend(
            Span(doc, r.start, r.end, label=reference_kind(r), span_id=cluster.id) for r in cluster.references
        )
    doc.spans[MENTIONS_KEY] = mentions
    doc.spans[REFERENCES_KEY] = references
    doc._.newsmine_entities = [_plain_fields(cluster, skip=_CLUSTER_SPAN_LISTS) for cluster in clusters]


def entities_of(doc: Doc) -> list[EntityCluster]:
    """The entities the components left on ``doc``, rebuilt (fresh objects on each call)."""
    clusters = [EntityCluster(mentions=[], references=[], **_as_built(data)) for data in doc._.newsmine_entities or ()]
    if not clusters:
        return clusters
    by_id = {cluster.id: cluster for cluster in clusters}
    for key, attr in ((MENTIONS_KEY, "mentions"), (REFERENCES_KEY, "references")):
        for span in doc.spans.get(key, ()):
            cluster = by_id.get(span.id_)
            if cluster is not None:
                getattr(cluster, attr).append(span)
    return clusters


def store_dates(doc: Doc, dates: list[DateFound]) -> None:
    doc._.newsmine_dates = [_plain_fields(date) for date in dates]


def dates_of(doc: Doc) -> list[DateFound]:
    return [DateFound(**_as_built(data)) for data in doc._.newsmine_dates or ()]


def store_quotes(doc: Doc, quotes: list) -> None:
    """Keep ``quotes`` (:class:`~newsmine.nlp.quotes.QuoteFound`) on ``doc`` as plain dicts."""
    stored = []
    for quote in quotes:
        data = _plain_fields(quote, skip=(*_QUOTE_SPANS, "entity"))
        for name in _QUOTE_SPANS:
            span = getattr(quote, name)
            data[name] = None if span is None else [span.start, span.end]
        data["entity_id"] = quote.entity.id if quote.entity is not None else None
        stored.append(data)
    doc._.newsmine_quotes = stored


def quotes_of(doc: Doc, entities: list[EntityCluster] | None = None) -> list:
    """The quotes the components left on ``doc`` (:class:`~newsmine.nlp.quotes.QuoteFound`),
    their speakers' entities taken from ``entities`` (default: :func:`entities_of` ``doc``)."""
    from newsmine.nlp.quotes import QuoteFound  # here: newsmine.nlp.quotes imports this module

    stored = doc._.newsmine_quotes or ()
    if not stored:
        return []
    by_id = {cluster.id: cluster for cluster in (entities_of(doc) if entities is None else entities)}
    quotes = []
    for data in stored:
        values = _as_built(data)
        entity_id = values.pop("entity_id")
        for name in _QUOTE_SPANS:
            offsets = values[name]
            values[name] = None if offsets is None else doc[offsets[0] : offsets[1]]
        values["parts"] = [(start, end) for start, end in values["parts"]]
        quotes.append(QuoteFound(entity=by_id.get(entity_id) if entity_id is not None else None, **values))
    return quotes


def _as_built(data: dict[str, Any]) -> dict[str, Any]:
    """Stored values with their lists as lists again: msgpack gives a deserialised Doc's
    extension values back with tuples for lists."""
    return {key: value if type(value) in _SCALARS else _as_list(value) for key, value in data.items()}


def _as_list(value: Any) -> Any:
    if type(value) in _SCALARS:
        return value
    if isinstance(value, (list, tuple)):
        return [_as_list(item) for item in value]
    if isinstance(value, dict):
        return {key: _as_list(item) for key, item in value.items()}
    return value


# Values stored and read back as they are, by exact type (an Enum of str is no str here):
# most fields hold one, and the checks below cost more than this one.
_SCALARS = frozenset({str, int, float, bool, type(None)})
# Each result class's field names (dataclasses.fields builds its tuple anew at every call).
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _plain_fields(obj: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    owner = type(obj)
    names = _FIELD_NAMES.get(owner)
    if names is None:
        names = _FIELD_NAMES[owner] = tuple(f.name for f in fields(obj))
    plain = {}
    for name in names:
        if name not in skip:
            value = getattr(obj, name)  # most fields hold a scalar: kept without a call
            plain[name] = value if type(value) in _SCALARS else _plain(value, owner.__name__, name)
    return plain


def _plain(value: Any, owner: str, name: str) -> Any:
    """``value`` as msgpack stores it (tuples become lists); anything else is refused by name,
    so that a field added to a result class that holds spans or objects fails loudly here."""
    if type(value) in _SCALARS:
        return value
    if isinstance(value, Enum):  # the records' kinds (DateKind, QuoteType, ...): stored by value
        return value.value
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(item, owner, name) for item in value]
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        return {key: _plain(item, owner, name) for key, item in value.items()}
    raise TypeError(
        f"{owner}.{name} holds a {type(value).__name__}, which the Doc cannot serialise; "
        "store it as plain data or add it to the span fields of newsmine.nlp.results"
    )
