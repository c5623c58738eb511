"""The numbers of a corpus report, computed with SQL over newsmine's tables.

Every input is first seen as the tables of :mod:`newsmine.writers.tables`: a DuckDB output is
queried as it is (read-only), a Parquet output directory through views over its datasets,
and JSON Lines / JSON records are loaded batch by batch into a temporary DuckDB database
(on disk, removed afterwards), so one set of queries serves every format and memory does not
grow with the corpus.

Definitions (they are also stated in the report):

* a *quote's source* is its speaker's kind: named (person or organisation), anonymous
  ('a senior official'), unresolved (a pronoun or phrase the pipeline could not resolve), or
  none (no speaker found). The share of anonymous sources is anonymous quotes / all quotes;
* a *speaker* is a canonical speaker name (the fullest name the article uses), counted
  across articles; only named sources are ranked;
* *quotes over time* bins quotes by their article's publication date: by day when the
  dates span at most 62 days, by month up to three years, by year beyond;
* a *co-mention* is an entity (other than the speaker) mentioned inside the words of a
  speaker's quote: who talks about whom.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from newsmine.errors import UsageError
from newsmine.records import ArticleRecord
from newsmine.writers.tables import TABLES

__all__ = [
    "CoMentions",
    "CorpusReport",
    "CorpusTotals",
    "EntityRow",
    "OutletRow",
    "QuoteSources",
    "SpeakerRow",
    "TimeBucket",
    "build_report",
]

DEFAULT_TOP = 10
_DAY_SPAN_DAYS = 62
_MONTH_SPAN_DAYS = 3 * 366


@dataclass(frozen=True, slots=True)
class CorpusTotals:
    articles: int
    ok: int
    failed: int
    words: int
    outlets: int
    entities: int
    mentions: int
    quotes: int
    first_published: dt.date | None
    last_published: dt.date | None
    undated: int  # ok articles without a publication date
    unreadable_lines: int = 0  # JSON Lines input: lines that were not a valid record (a torn last line)


@dataclass(frozen=True, slots=True)
class QuoteSources:
    total: int
    named: int
    anonymous: int
    unresolved: int
    none: int

    @property
    def anonymous_share(self) -> float:
        return self.anonymous / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    name: str
    kind: str
    quotes: int
    articles: int
    outlets: int


@dataclass(frozen=True, slots=True)
class EntityRow:
    label: str
    name: str
    mentions: int
    articles: int


@dataclass(frozen=True, slots=True)
class EntityTypeRow:
    label: str
    entities: int  # distinct names
    mentions: int


@dataclass(frozen=True, slots=True)
class OutletRow:
    outlet: str
    articles: int
    quotes: int
    anonymous: int

    @property
    def quotes_per_article(self) -> float:
        return self.quotes / self.articles if self.articles else 0.0


@dataclass(frozen=True, slots=True)
class TimeBucket:
    label: str  # '2025-03-10', '2025-03' or '2025'
    articles: int
    quotes: int


@dataclass(frozen=True, slots=True)
class CoMentions:
    speakers: list[str]
    entities: list[str]
    counts: dict[tuple[str, str], int]  # (speaker, entity) -> quotes

    def count(self, speaker: str, entity: str) -> int:
        return self.counts.get((speaker, entity), 0)


@dataclass(slots=True)
class CorpusReport:
    source: str
    totals: CorpusTotals
    sources: QuoteSources
    top_speakers: list[SpeakerRow]
    entity_types: list[EntityTypeRow]
    top_entities: dict[str, list[EntityRow]]  # label -> rows, labels by total mentions
    outlets: list[OutletRow]
    timeline_unit: str  # day | month | year
    timeline: list[TimeBucket]
    undated_quotes: int
    co_mentions: CoMentions
    top: int = DEFAULT_TOP
    notes: list[str] = field(default_factory=list)


# --- opening the tables ------------------------------------------------------------------


def _records_from_json_lines(path: Path, skipped: list[int]) -> Iterator[ArticleRecord]:
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield ArticleRecord.model_validate_json(line)
            except ValueError:
                skipped.append(number)


def _records_from_json_array(path: Path, skipped: list[int]) -> Iterator[ArticleRecord]:
    try:
        items = orjson.loads(path.read_bytes())
    except orjson.JSONDecodeError as exc:
        raise UsageError(f"{path} is not valid JSON ({exc}); newsmine report reads .jsonl, .json, .duckdb "
                         "or a Parquet output directory") from exc
    for number, item in enumerate(items if isinstance(items, list) else [items], start=1):
        try:
            yield ArticleRecord.model_validate(item)
        except ValueError:
            skipped.append(number)


@contextmanager
def open_tables(path: str | Path):
    """A DuckDB connection in which newsmine's tables for ``path`` can be queried.

    Yields ``(connection, unreadable_lines)``.
    """
    import duckdb

    path = Path(path)
    name = path.name.lower()
    if path.is_dir():
        if not (path / "articles").is_dir():
            raise UsageError(f"{path} is a directory but not a Parquet output (no articles/ dataset in it); "
                             "newsmine report reads .jsonl, .json, .duckdb or a Parquet output directory")
        db = duckdb.connect()
        for table in TABLES:
            pattern = str(path / table / "*.parquet").replace("'", "''")
            db.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{pattern}')")
        try:
            yield db, 0
        finally:
            db.close()
    elif name.endswith(".duckdb"):
        try:
            db = duckdb.connect(str(path), read_only=True)
        except duckdb.Error as exc:
            raise UsageError(f"cannot open {path} as a DuckDB database: {exc}") from exc
        try:
            missing = [t for t in TABLES if not db.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [t]).fetchone()[0]]
            if missing:
                raise UsageError(f"{path} has no newsmine tables ({', '.join(missing)} missing); "
                                 "write it with newsmine extract --output FILE.duckdb")
            yield db, 0
        finally:
            db.close()
    elif name.endswith((".jsonl", ".ndjson", ".json")):
        from newsmine.writers.duckdb import DuckDbWriter

        skipped: list[int] = []
        reader = _records_from_json_array if name.endswith(".json") else _records_from_json_lines
        with tempfile.TemporaryDirectory(prefix="newsmine-report-") as tmp:
            database = os.path.join(tmp, "records.duckdb")
            with DuckDbWriter(database) as writer:
                for record in reader(path, skipped):
                    writer.write(record)
            db = duckdb.connect(database, read_only=True)
            try:
                yield db, len(skipped)
            finally:
                db.close()
    else:
        raise UsageError(f"{path}: newsmine report reads records as .jsonl, .json, .duckdb or a Parquet output directory")


# --- the queries ----------------------------------------------------------------------------

_TOTALS = """
    SELECT count(*),
           count(*) FILTER (WHERE status = 'ok'),
           count(*) FILTER (WHERE status = 'error'),
           coalesce(sum(CASE WHEN trim(text) = '' THEN 0 ELSE len(string_split_regex(trim(text), '\\s+')) END), 0),
           count(DISTINCT outlet),
           min(published), max(published),
           count(*) FILTER (WHERE status = 'ok' AND published IS NULL)
    FROM articles"""

_SOURCES = """
    SELECT count(*),
           count(*) FILTER (WHERE speaker_kind IN ('person', 'organisation')),
           count(*) FILTER (WHERE speaker_kind = 'anonymous'),
           count(*) FILTER (WHERE speaker_kind = 'unresolved'),
           count(*) FILTER (WHERE speaker_kind IS NULL)
    FROM quotes"""

_TOP_SPEAKERS = """
    SELECT q.speaker_name, q.speaker_kind, count(*) AS quotes, count(DISTINCT q.article_id),
           count(DISTINCT coalesce(a.outlet, '(unknown)'))
    FROM quotes q JOIN articles a USING (article_id)
    WHERE q.speaker_kind IN ('person', 'organisation') AND q.speaker_name IS NOT NULL
    GROUP BY q.speaker_name, q.speaker_kind
    ORDER BY quotes DESC, q.speaker_name
    LIMIT ?"""

_ENTITY_TYPES = """
    SELECT label, count(DISTINCT name), sum(mention_count) AS mentions
    FROM entities GROUP BY label ORDER BY mentions DESC, label"""

_TOP_ENTITIES = """
    SELECT label, name, mentions, articles FROM (
        SELECT label, name, sum(mention_count) AS mentions, count(DISTINCT article_id) AS articles,
               row_number() OVER (PARTITION BY label ORDER BY sum(mention_count) DESC, name) AS rank
        FROM entities GROUP BY label, name)
    WHERE rank <= ?
    ORDER BY label, rank"""

_OUTLETS = """
    SELECT coalesce(a.outlet, '(unknown)') AS outlet, count(DISTINCT a.article_id) AS articles,
           count(q.quote_id) AS quotes, count(*) FILTER (WHERE q.speaker_kind = 'anonymous')
    FROM articles a LEFT JOIN quotes q USING (article_id)
    WHERE a.status = 'ok'
    GROUP BY ALL
    ORDER BY quotes DESC, articles DESC, outlet"""

_BY_DATE = """
    SELECT a.published, count(DISTINCT a.article_id), count(q.quote_id)
    FROM articles a LEFT JOIN quotes q USING (article_id)
    WHERE a.status = 'ok' AND a.published IS NOT NULL
    GROUP BY a.published ORDER BY a.published"""

_UNDATED_QUOTES = """
    SELECT count(*) FROM quotes q JOIN articles a USING (article_id) WHERE a.published IS NULL"""

# The words of each quote: its parts, or the whole quote when it has none.
_CO_MENTIONS = """
    WITH pieces AS (
        SELECT p.article_id, p.quote_id, p.start_char, p.end_char FROM quote_parts p
        UNION ALL
        SELECT article_id, quote_id, start_char, end_char FROM quotes WHERE part_count = 0
    )
    SELECT q.speaker_name, e.name, count(DISTINCT (q.article_id, q.quote_id)) AS quotes
    FROM quotes q
    JOIN pieces s ON s.article_id = q.article_id AND s.quote_id = q.quote_id
    JOIN mentions m ON m.article_id = q.article_id AND m.start_char >= s.start_char AND m.end_char <= s.end_char
    JOIN entities e ON e.article_id = m.article_id AND e.entity_id = m.entity_id
    WHERE q.speaker_kind IN ('person', 'organisation') AND q.speaker_name IS NOT NULL
      AND m.entity_id IS DISTINCT FROM q.speaker_entity_id AND e.name <> q.speaker_name
    GROUP BY q.speaker_name, e.name"""


def _timeline(rows: list[tuple[dt.date, int, int]]) -> tuple[str, list[TimeBucket]]:
    """Bins with no gaps between the first and last date, so a bar chart reads as a time axis."""
    if not rows:
        return "day", []
    first, last = rows[0][0], rows[-1][0]
    span = (last - first).days
    if span <= _DAY_SPAN_DAYS:
        unit, key = "day", (lambda d: d.isoformat())
        labels = [(first + dt.timedelta(days=i)).isoformat() for i in range(span + 1)]
    elif span <= _MONTH_SPAN_DAYS:
        unit, key = "month", (lambda d: f"{d.year:04d}-{d.month:02d}")
        months = (last.year - first.year) * 12 + last.month - first.month
        labels = [f"{(first.month - 1 + i) // 12 + first.year:04d}-{(first.month - 1 + i) % 12 + 1:02d}" for i in range(months + 1)]
    else:
        unit, key = "year", (lambda d: f"{d.year:04d}")
        labels = [f"{year:04d}" for year in range(first.year, last.year + 1)]
    articles = dict.fromkeys(labels, 0)
    quotes = dict.fromkeys(labels, 0)
    for published, n_articles, n_quotes in rows:
        articles[key(published)] += n_articles
        quotes[key(published)] += n_quotes
    return unit, [TimeBucket(label, articles[label], quotes[label]) for label in labels]


def _co_mentions(rows: list[tuple[str, str, int]], speakers: list[str], top: int) -> CoMentions:
    """The top speakers (rows) against the entities their quotes mention most (columns)."""
    wanted = set(speakers)
    counts = {(speaker, entity): n for speaker, entity, n in rows if speaker in wanted}
    totals: dict[str, int] = {}
    for (_, entity), n in counts.items():
        totals[entity] = totals.get(entity, 0) + n
    entities = sorted(totals, key=lambda name: (-totals[name], name))[:top]
    kept = [s for s in speakers if any(counts.get((s, e)) for e in entities)]
    return CoMentions(kept, entities, {(s, e): n for (s, e), n in counts.items() if e in entities and s in kept})


def build_report(path: str | Path, *, top: int = DEFAULT_TOP) -> CorpusReport:
    """The report of the records at ``path``: JSON Lines, JSON, DuckDB or a Parquet output directory."""
    if not Path(path).exists():
        raise UsageError(f"{path}: no such file or directory")
    with open_tables(path) as (db, unreadable):
        def rows(query: str, *params):
            return db.execute(query, list(params)).fetchall()

        totals_row = rows(_TOTALS)[0]
        counts = {table: rows(f"SELECT count(*) FROM {table}")[0][0] for table in ("entities", "mentions", "quotes")}
        totals = CorpusTotals(
            articles=totals_row[0], ok=totals_row[1], failed=totals_row[2], words=int(totals_row[3]), outlets=totals_row[4],
            entities=counts["entities"], mentions=counts["mentions"], quotes=counts["quotes"],
            first_published=totals_row[5], last_published=totals_row[6], undated=totals_row[7], unreadable_lines=unreadable,
        )
        sources = QuoteSources(*rows(_SOURCES)[0])
        top_speakers = [SpeakerRow(*row) for row in rows(_TOP_SPEAKERS, top)]
        entity_types = [EntityTypeRow(label, n, int(mentions)) for label, n, mentions in rows(_ENTITY_TYPES)]
        top_entities: dict[str, list[EntityRow]] = {entity_type.label: [] for entity_type in entity_types}
        for label, name, mentions, articles in rows(_TOP_ENTITIES, top):
            top_entities[label].append(EntityRow(label, name, int(mentions), articles))
        outlets = [OutletRow(*row) for row in rows(_OUTLETS)]
        unit, timeline = _timeline(rows(_BY_DATE))
        undated_quotes = rows(_UNDATED_QUOTES)[0][0]
        co_mentions = _co_mentions(rows(_CO_MENTIONS), [s.name for s in top_speakers], top)
    notes = []
    if unreadable:
        notes.append(f"{unreadable:,} input lines were not valid records and were left out (a run cut short?)")
    return CorpusReport(
        source=str(path), totals=totals, sources=sources, top_speakers=top_speakers, entity_types=entity_types,
        top_entities=top_entities, outlets=outlets, timeline_unit=unit, timeline=timeline,
        undated_quotes=undated_quotes, co_mentions=co_mentions, top=top, notes=notes,
    )
