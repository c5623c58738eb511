"""Records -> normalised rows: the one table layout shared by DuckDB, Parquet and CSV output.

A record is flattened once, here, so the three tabular formats cannot disagree on columns
or row counts. Tables and their keys:

* ``articles``     one row per record (error records included), key ``article_id``;
* ``entities``     one row per canonical entity, key ``(article_id, entity_id)``;
* ``mentions``     one row per entity mention, key ``(article_id, entity_id, mention_index)``;
* ``quotes``       one row per quote, key ``(article_id, quote_id)``; ``speaker_entity_id``
  points at ``entities.entity_id`` of the same article;
* ``quote_parts``  the content pieces of each quote, key ``(article_id, quote_id, part_index)``;
* ``dates``        one row per date expression, key ``(article_id, date_index)``;
* ``article_warnings`` one row per line of the record's ``warnings`` (an API text cut short, a
  date left null, a field of the wrong type), key ``(article_id, warning_index)``: a record
  without warnings adds no row. A table of its own, not a column of ``articles``, so that
  outputs written before it existed take it on ``--append`` (the writers create a missing
  table; an ``articles`` table of other columns is refused) and one article may hold several;
* ``corpus_entities`` (:data:`CORPUS_TABLES`) one row per corpus-wide entity key
  (``entities.entity_key``), over the whole output rather than a record.

Decisions the issue left open:

* offsets are ``start_char``/``end_char`` (Python slice bounds into ``articles.text``), not
  ``start``/``end``: ``end`` is a reserved word in SQL and would need quoting in every query;
* ``authors`` and ``titles`` are lists in the record and ``"; "``-joined strings in the tables,
  so that the columns are the same in all three formats (CSV has no list type);
* ``*_index`` columns are positions in the record's lists, counted from 0;
* ``published`` is a DATE; the other columns are text or integers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from newsmine.articles import iso_date
from newsmine.entity_keys import entity_key
from newsmine.records import ArticleRecord, Span, Speaker

__all__ = [
    "ADDED_TABLES", "CORPUS_TABLES", "DUCKDB_TYPES", "LIST_SEPARATOR", "QUOTE_PART_JOINER", "TABLES", "TABLE_LAYOUT_VERSION",
    "BatchedTableWriter", "Column", "RowBuffer", "arrow_schema", "record_rows", "table_rows", "tables_markdown",
]

# Bump when a table's columns change; the DuckDB writer refuses to append to another layout.
# A table added is no change to the others (see ADDED_TABLES): 4 also gained article_warnings.
TABLE_LAYOUT_VERSION = "4"  # 4: entities.entity_key, entities.gender, quotes.speaker_key
LIST_SEPARATOR = "; "
# Between the parts of a split quote in quotes.words.
QUOTE_PART_JOINER = " … "

_TEXT, _INT, _DATE, _FLOAT = pa.string(), pa.int32(), pa.date32(), pa.float64()
# The same column types in the SQL databases (by Arrow type name).
DUCKDB_TYPES = {"string": "VARCHAR", "int32": "INTEGER", "date32[day]": "DATE", "double": "DOUBLE"}


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: pa.DataType
    description: str


def _span_columns(prefix: str, what: str) -> tuple[Column, ...]:
    return (
        Column(f"{prefix}start_char", _INT, f"Offset of the first character of the {what} in articles.text."),
        Column(f"{prefix}end_char", _INT, f"Offset one past the last character of the {what} (Python slice end)."),
        Column(f"{prefix}text", _TEXT, f"The {what} as written: text[start_char:end_char]."),
    )


_ARTICLE_ID = Column("article_id", _TEXT, "The record id (articles.article_id).")

TABLES: dict[str, tuple[Column, ...]] = {
    "articles": (
        Column("article_id", _TEXT, "The record id: the file stem, the JSON id, FILE:LINE for JSON Lines without ids, "
               "or the page URL for WARC input."),
        Column("status", _TEXT, "ok; error when the article could not be processed; skipped when it was read but not "
               "analysed (a thin web page, another language than the model's)."),
        Column("error_type", _TEXT, "Error class when status is error (e.g. DecodeError), or why it was skipped "
               "(ThinPage, OtherLanguage); else null."),
        Column("error_message", _TEXT, "What was wrong, when status is error or skipped."),
        Column("title", _TEXT, "Headline."),
        Column("outlet", _TEXT, "Publisher or site name."),
        Column("authors", _TEXT, "Byline authors joined by '; '."),
        Column("published", _DATE, "Publication date."),
        Column("url", _TEXT, "The article's URL when the input gives one."),
        Column("source_path", _TEXT, "Input file the article came from."),
        Column("source_format", _TEXT, "Input format: text, html, json, jsonl, csv, warc or feed (an RSS or Atom "
               "item); an e-mail is text or html, the part read."),
        Column("source_encoding", _TEXT, "Character encoding the input was decoded with."),
        Column("language", _TEXT, "ISO 639-1 code of the text's language, detected from it; null when unsure."),
        Column("word_count", _INT, "Words (whitespace-separated) in the text."),
        Column("schema_version", _TEXT, "Version of the JSON record layout the row was flattened from."),
        Column("text", _TEXT, "The article text every start_char/end_char in every table indexes."),
    ),
    "entities": (
        _ARTICLE_ID,
        Column("entity_id", _TEXT, "Entity id, unique within the article (e.g. E1)."),
        Column("label", _TEXT, "Entity type (PERSON, ORG, GPE, LOC, NORP, ...)."),
        Column("name", _TEXT, "Canonical name: the fullest proper-name form used in the article."),
        Column("entity_key", _TEXT, "Corpus-wide key, the same for one referent in every article: type and "
               "normalised name ('GPE:united states' for 'US', 'U.S.' and 'America'); rows of corpus_entities."),
        Column("titles", _TEXT, "Titles and roles written next to a mention, joined by '; '."),
        Column("mention_count", _INT, "Number of mentions (rows in mentions)."),
        Column("gender", _TEXT, "For a PERSON: female or male as the article states it (pronouns, honorifics); "
               "else unknown."),
    ),
    "mentions": (
        _ARTICLE_ID,
        Column("entity_id", _TEXT, "The entity mentioned (entities.entity_id)."),
        Column("mention_index", _INT, "Position among the entity's mentions, from 0, in text order."),
        *_span_columns("", "mention"),
    ),
    "quotes": (
        _ARTICLE_ID,
        Column("quote_id", _TEXT, "Quote id, unique within the article (e.g. Q1)."),
        Column("type", _TEXT, "direct, indirect or mixed."),
        *_span_columns("", "quote content (including any interrupting attribution)"),
        Column("part_count", _INT, "Number of content pieces (rows in quote_parts)."),
        Column("words", _TEXT, "The quote's own words: its parts joined with ' … ', without the attribution that "
               "interrupts a split quote; equal to text for a quote of one part, but that a line break "
               "(a hard-wrapped text's, or a paragraph break) is one space here."),
        *_span_columns("cue_", "reporting cue"),
        Column("cue_lemma", _TEXT, "Lemma of the cue ('say', 'make clear')."),
        *_span_columns("speaker_", "speaker mention"),
        Column("speaker_kind", _TEXT, "person, organisation, anonymous or unresolved; null when no speaker was found."),
        Column("speaker_entity_id", _TEXT, "The speaker's entity (entities.entity_id), if resolved."),
        Column("speaker_name", _TEXT, "Canonical name of the speaker (or, for an unnamed source, the phrase that introduces it)."),
        Column("speaker_key", _TEXT, "Corpus-wide key of a named speaker: its entity's entity_key, or one made "
               "from speaker_name the same way when no entity was linked; null for unnamed sources."),
        *_span_columns("addressee_", "addressee"),
        Column("category", _TEXT, "What the cue reports: speech, writing, thought, stance or other."),
        Column("confidence", _FLOAT, "Calibrated probability that content and speaker are both right; null without a model."),
    ),
    "quote_parts": (
        _ARTICLE_ID,
        Column("quote_id", _TEXT, "The quote (quotes.quote_id)."),
        Column("part_index", _INT, "Position of the piece in the quote, from 0."),
        *_span_columns("", "content piece"),
    ),
    "dates": (
        _ARTICLE_ID,
        Column("date_index", _INT, "Position among the article's date expressions, from 0, in text order."),
        *_span_columns("", "date expression"),
        Column("value", _TEXT, "Normalised ISO 8601 value ('2025-03-14', 'P2D', 'XXXX-12-03'); null if unknown."),
        Column("kind", _TEXT, "date, time, duration or set."),
    ),
    "article_warnings": (
        _ARTICLE_ID,
        Column("warning_index", _INT, "Position among the record's warnings, from 0."),
        Column("warning", _TEXT, "What the input held that newsmine changed or left out: a text the feed or news API "
               "cut short (its rest and quotes missing), a published value set to null, a field of the wrong type "
               "(the record's warnings)."),
    ),
}
# Tables added to layout 4 after outputs of it were written: an output of an earlier version
# lacks them, so the readers of an output (report, explore, merge) take a missing one as empty
# rather than refuse the output, and the writers create it when they append. A new column is
# another matter: it changes TABLE_LAYOUT_VERSION.
ADDED_TABLES = frozenset({"article_warnings"})


# Tables summarising the whole output rather than a record: a view in DuckDB and SQLite
# (newsmine.writers.views), a table the Parquet and CSV writers write when they close.
CORPUS_TABLES: dict[str, tuple[Column, ...]] = {
    "corpus_entities": (
        Column("entity_key", _TEXT, "Corpus-wide entity key (entities.entity_key), one row each."),
        Column("label", _TEXT, "Entity type, the key's prefix."),
        Column("name", _TEXT, "The name most articles give the entity."),
        Column("articles", _INT, "Articles with an entity of this key."),
        Column("mentions", _INT, "Mentions by name in all those articles."),
        Column("quotes", _INT, "Quotes whose speaker is linked to an entity of this key (quotes.speaker_entity_id)."),
    ),
}


_TYPE_NAMES = {"string": "text", "int32": "integer", "date32[day]": "date", "double": "number"}


def tables_markdown() -> str:
    """The column reference in README.md ("Output formats"), generated from :data:`TABLES`;
    a test keeps the two in step."""
    out = []
    for table, columns in {**TABLES, **CORPUS_TABLES}.items():
        summary = " (the whole output: a view in DuckDB and SQLite, written at the end of a run in Parquet and CSV)"
        out += [f"**`{table}`**" + (summary if table in CORPUS_TABLES else ""), "", "| column | type | meaning |",
                "| --- | --- | --- |"]
        out += [f"| `{c.name}` | {_TYPE_NAMES[str(c.type)]} | {c.description} |" for c in columns]
        out.append("")
    return "\n".join(out)


def arrow_schema(table: str) -> pa.Schema:
    columns = TABLES[table] if table in TABLES else CORPUS_TABLES[table]
    return pa.schema([pa.field(column.name, column.type) for column in columns])


def _span(span: Span | None) -> tuple[int | None, int | None, str | None]:
    return (span.start, span.end, span.text) if span is not None else (None, None, None)


def _joined(values: list[str]) -> str | None:
    return LIST_SEPARATOR.join(values) if values else None


def record_rows(record: ArticleRecord) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """``(table, row)`` pairs for one record, values in the order of :data:`TABLES`' columns."""
    article_id, source, error = record.id, record.source, record.error
    yield "articles", (
        article_id, record.status.value, error.type if error else None, error.message if error else None,
        record.title, record.outlet, _joined(record.authors), iso_date(record.published), source.url,
        source.path, source.format, source.encoding, record.language, record.word_count, record.schema_version,
        record.text,
    )
    keys = {}
    for entity in record.entities:
        # Records written before keys existed get theirs here, so every table has them.
        keys[entity.id] = entity.key or entity_key(entity.label, entity.name, [m.text for m in entity.mentions])
        yield "entities", (article_id, entity.id, entity.label, entity.name, keys[entity.id], _joined(entity.titles),
                           len(entity.mentions), entity.gender)
        for index, mention in enumerate(entity.mentions):
            yield "mentions", (article_id, entity.id, index, *_span(mention))
    for quote in record.quotes:
        cue, speaker = quote.cue, quote.speaker
        yield "quotes", (
            article_id, quote.id, quote.type.value, *_span(quote), len(quote.parts), _quote_words(quote),
            *_span(cue), cue.lemma if cue else None,
            *_span(speaker), speaker.kind.value if speaker else None,
            speaker.entity_id if speaker else None, speaker.name if speaker else None, _speaker_key(speaker, keys),
            *_span(quote.addressee), quote.category.value, quote.confidence,
        )
        for index, part in enumerate(quote.parts):
            yield "quote_parts", (article_id, quote.id, index, *_span(part))
    for index, date in enumerate(record.dates):
        yield "dates", (article_id, index, *_span(date), date.value, date.kind.value)
    for index, warning in enumerate(record.warnings):
        yield "article_warnings", (article_id, index, warning)


def table_rows(records: Iterable[ArticleRecord]) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table, each a dict by column name, as ``--format csv`` and the databases
    hold them: ``pandas.DataFrame(table_rows(records)["quotes"])`` is ``quotes.csv`` (one row a
    quote, with ``speaker_name``, ``words``, ``confidence``). A pipeline calling newsmine from
    Python had the nested record, or :func:`record_rows`' bare tuples, and rebuilt the
    flattening the writers already do. Every table of :data:`TABLES` is a key, empty or not."""
    names = {table: [column.name for column in columns] for table, columns in TABLES.items()}
    rows: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
    for record in records:
        for table, row in record_rows(record):
            rows[table].append(dict(zip(names[table], row, strict=True)))
    return rows


_SPEAKER_LABELS = {"person": "PERSON", "organisation": "ORG"}


def _speaker_key(speaker: Speaker | None, keys: dict[str, str]) -> str | None:
    if speaker is None:
        return None
    if speaker.entity_id in keys:
        return keys[speaker.entity_id]
    label = _SPEAKER_LABELS.get(speaker.kind.value)
    return entity_key(label, speaker.name) if label and speaker.name else None


def _quote_words(quote) -> str:
    """'"X," he said, "Y."' -> 'X … Y': what the speaker said, for reading and searching.

    A line break inside the words is read as one space, with the spaces around it: a hard-wrapped
    text (a break every 60-120 columns) breaks lines where the writer's editor did, not where the
    speaker paused, and a quotes.csv cell holding a line break mid-sentence reads badly in a
    spreadsheet and keeps a phrase search (SQLite FTS, grep) from matching across the wrap
    (newuser52). A paragraph break inside one quote run (a blank line) is one space as well: the
    column is one line of what was said, and the paragraphs stay in the article, which the quote's
    and its parts' offsets index as written (they do not change; only this derived text does)."""
    if len(quote.parts) < 2:
        return _one_line(quote.text)
    return QUOTE_PART_JOINER.join(_one_line(part.text) for part in quote.parts)


# A run of white space holding a line break (\n, \r\n or a lone \r), with the spaces and tabs beside it.
_LINE_BREAK = re.compile(r"[ \t]*(?:\r\n?|\n)\s*")


def _one_line(text: str) -> str:
    return _LINE_BREAK.sub(" ", text) if "\n" in text or "\r" in text else text



class RowBuffer:
    """Rows of a batch of records, column by column, handed out as Arrow tables."""

    def __init__(self) -> None:
        self.records = 0
        self.article_ids: list[str] = []
        self._rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in TABLES}

    def add(self, record: ArticleRecord) -> None:
        for table, row in record_rows(record):
            self._rows[table].append(row)
        self.article_ids.append(record.id)
        self.records += 1

    def arrow_tables(self) -> dict[str, pa.Table]:
        tables = {}
        for table, rows in self._rows.items():
            schema = arrow_schema(table)
            columns = list(zip(*rows)) if rows else [() for _ in schema]
            tables[table] = pa.table([pa.array(values, type=field.type) for values, field in zip(columns, schema)], schema=schema)
        return tables

    def clear(self) -> None:
        self.records = 0
        self.article_ids.clear()
        for rows in self._rows.values():
            rows.clear()


class BatchedTableWriter:
    """Base of the writers that store a batch of records at a time as Arrow tables (DuckDB,
    Parquet): memory holds one batch, not the corpus. Subclasses write in :meth:`_write_batch`
    and let go of files and connections in :meth:`_release`."""

    def __init__(self, batch_records: int):
        self.batch_records = batch_records
        self.complete_records = 0  # records in batches written whole (what an error message may promise)
        self._buffer = RowBuffer()

    def write(self, record: ArticleRecord) -> None:
        self._buffer.add(record)
        if self._buffer.records >= self.batch_records:
            self.flush()

    def flush(self) -> None:
        if self._buffer.records:
            try:
                self._write_batch(self._buffer.arrow_tables())
                self.complete_records += self._buffer.records
            finally:
                self._buffer.clear()  # a batch that failed is not tried again at close

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._release()

    def _write_batch(self, tables: dict[str, pa.Table]) -> None:
        raise NotImplementedError

    def _release(self) -> None:
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
