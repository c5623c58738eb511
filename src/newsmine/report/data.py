"""The numbers of a corpus report, computed with SQL over newsmine's tables.

Every input is first seen as the tables of :mod:`newsmine.writers.tables`, filtered
(:mod:`newsmine.report.sources`), so one set of queries serves every format and memory does
not grow with the corpus.

Definitions (they are also stated in the report):

* a *quote's source* is its speaker's kind: named (person or organisation), anonymous
  ('a senior official'), unresolved (a pronoun or phrase the pipeline could not resolve), or
  none (no speaker found). The share of anonymous sources is anonymous quotes / all quotes;
* a *speaker* is a corpus-wide speaker key (``quotes.speaker_key``: 'António Guterres' and
  'Antonio Guterres' are one), shown under the name most articles give it and counted across
  articles; only named sources are ranked. Entities are grouped by key the same way
  (``corpus_entities``: 'US', 'U.S.' and 'America' are one row);
* *quotes by gender* are the quotes whose speaker is linked to a PERSON entity, by the gender
  the article states for that person (``entities.gender``: pronouns, honorifics; unknown when
  it states none);
* *quotes over time* bins quotes by their article's publication date: by day when the
  dates span at most 62 days, by month up to three years, by year beyond;
* a *co-mention* is an entity (other than the speaker) mentioned inside the words of a
  speaker's quote: who talks about whom;
* a speaker's *example quotes* are their own words (a split quote without the attribution
  inside it), one per article first, direct quotes and longer ones first, newest articles first;
* a *thin* article is an ok article of fewer than :data:`THIN_WORDS` words.

Columns added to the table layout later are used when present: a quote ``category`` (e.g.
speech vs stance) is counted per outlet, an article ``language`` in the data-quality section.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from newsmine.errors import UsageError
from newsmine.report.sources import ReportFilter, open_tables
from newsmine.writers.views import CORPUS_ENTITIES

__all__ = [
    "CoMentions",
    "CorpusReport",
    "CorpusTotals",
    "DataQuality",
    "EntityRow",
    "ErrorRow",
    "GenderShare",
    "OutletComparison",
    "OutletRow",
    "QuoteExample",
    "QuoteSources",
    "SpeakerRow",
    "TimeBucket",
    "build_report",
]

DEFAULT_TOP = 10
DEFAULT_EXAMPLES = 3  # example quotes per top speaker
THIN_WORDS = 50
_SPEAKERS_PER_OUTLET = 3
_NAMED = "('person', 'organisation')"
# Words in an article's text (null text, as CSV gives an empty one, counts 0).
_WORDS = "CASE WHEN coalesce(trim(text), '') = '' THEN 0 ELSE len(string_split_regex(trim(text), '\\s+')) END"
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
class GenderShare:
    """Quotes by people (speakers linked to a PERSON entity), by the gender the article states."""

    outlet: str | None  # None: the whole corpus
    female: int
    male: int
    unknown: int

    @property
    def total(self) -> int:
        return self.female + self.male + self.unknown


@dataclass(frozen=True, slots=True)
class EntityTypeRow:
    label: str
    entities: int  # distinct keys
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


@dataclass(frozen=True, slots=True)
class QuoteExample:
    words: str  # the speaker's own words
    article_id: str
    title: str | None
    outlet: str | None
    published: dt.date | None


@dataclass(frozen=True, slots=True)
class OutletComparison:
    outlet: str
    articles: int
    quotes: int
    named: int
    anonymous: int
    unresolved: int
    no_speaker: int
    top_speakers: list[tuple[str, int]]  # (speaker, quotes), most quoted first
    categories: dict[str, int]  # quote category -> quotes (when the tables have categories)

    @property
    def anonymous_share(self) -> float:
        return self.anonymous / self.quotes if self.quotes else 0.0


@dataclass(frozen=True, slots=True)
class ErrorRow:
    kind: str  # error type, or the status when a non-ok article has none
    articles: int
    example_id: str
    example_message: str | None


@dataclass(frozen=True, slots=True)
class DataQuality:
    errors: list[ErrorRow]
    thin: int  # ok articles under THIN_WORDS words
    thin_examples: list[str]
    no_outlet: int  # ok articles
    no_title: int
    unresolved_quotes: int
    unresolved_speakers: list[tuple[str, int]]  # the words the pipeline could not resolve -> quotes
    no_speaker_quotes: int
    languages: list[tuple[str, int]] | None  # article language -> ok articles, when recorded


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
    examples: dict[str, list[QuoteExample]] = field(default_factory=dict)  # top speaker -> quotes
    outlets_compared: list[OutletComparison] = field(default_factory=list)
    category_names: list[str] = field(default_factory=list)  # quote categories, when the tables have them
    quality: DataQuality | None = None
    filters: str | None = None  # what the report was limited to, in words
    gender: GenderShare = GenderShare(None, 0, 0, 0)
    gender_by_outlet: list[GenderShare] = field(default_factory=list)  # outlets with quotes by people


# --- the queries ----------------------------------------------------------------------------

_TOTALS = f"""
    SELECT count(*),
           count(*) FILTER (WHERE status = 'ok'),
           count(*) FILTER (WHERE status = 'error'),
           coalesce(sum({_WORDS}), 0),
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
    FROM keyed_quotes q JOIN articles a USING (article_id)
    WHERE q.speaker_kind IN ('person', 'organisation') AND q.speaker_name IS NOT NULL
    GROUP BY q.speaker_name, q.speaker_kind
    HAVING count(DISTINCT q.article_id) >= ?
    ORDER BY quotes DESC, q.speaker_name
    LIMIT ?"""

# Names by corpus-wide key (materialised once: every speaker and entity query reads them).
_KEY_TABLES = (
    f"CREATE TEMP TABLE keyed_corpus_entities AS {CORPUS_ENTITIES}",
    # A named speaker not linked to an entity is known by the name most of its quotes give.
    """CREATE TEMP TABLE speaker_key_names AS
       SELECT speaker_key, name FROM (
           SELECT speaker_key, speaker_name AS name,
                  row_number() OVER (PARTITION BY speaker_key ORDER BY count(*) DESC, speaker_name) AS rank
           FROM quotes WHERE speaker_key IS NOT NULL AND speaker_name IS NOT NULL GROUP BY speaker_key, speaker_name)
       WHERE rank = 1""",
    # Quotes and entities with their names replaced by their key's name: speaker queries group
    # by name, and so group by key.
    """CREATE TEMP VIEW keyed_quotes AS
       SELECT q.* REPLACE (coalesce(c.name, n.name, q.speaker_name) AS speaker_name)
       FROM quotes q LEFT JOIN keyed_corpus_entities c ON c.entity_key = q.speaker_key
                     LEFT JOIN speaker_key_names n ON n.speaker_key = q.speaker_key""",
    """CREATE TEMP VIEW keyed_entities AS
       SELECT e.* REPLACE (coalesce(c.name, e.name) AS name)
       FROM entities e LEFT JOIN keyed_corpus_entities c USING (entity_key)""",
)

_ENTITY_TYPES = """
    SELECT label, count(*), sum(mentions) AS mentions
    FROM keyed_corpus_entities GROUP BY label ORDER BY mentions DESC, label"""

_TOP_ENTITIES = """
    SELECT label, name, mentions, articles FROM (
        SELECT label, name, mentions, articles,
               row_number() OVER (PARTITION BY label ORDER BY mentions DESC, name) AS rank
        FROM keyed_corpus_entities)
    WHERE rank <= ?
    ORDER BY label, rank"""

# Quotes by people, by the gender their article states; per outlet, then (NULL) all together.
_GENDER = """
    SELECT coalesce(a.outlet, '(unknown)') AS outlet,
           count(*) FILTER (WHERE e.gender = 'female'), count(*) FILTER (WHERE e.gender = 'male'),
           count(*) FILTER (WHERE e.gender IS DISTINCT FROM 'female' AND e.gender IS DISTINCT FROM 'male')
    FROM quotes q JOIN entities e ON e.article_id = q.article_id AND e.entity_id = q.speaker_entity_id
                  JOIN articles a ON a.article_id = q.article_id
    WHERE e.label = 'PERSON'
    GROUP BY GROUPING SETS ((coalesce(a.outlet, '(unknown)')), ())
    ORDER BY GROUPING(coalesce(a.outlet, '(unknown)')) DESC, count(*) DESC, outlet"""

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
    FROM keyed_quotes q
    JOIN pieces s ON s.article_id = q.article_id AND s.quote_id = q.quote_id
    JOIN mentions m ON m.article_id = q.article_id AND m.start_char >= s.start_char AND m.end_char <= s.end_char
    JOIN keyed_entities e ON e.article_id = m.article_id AND e.entity_id = m.entity_id
    WHERE q.speaker_kind IN ('person', 'organisation') AND q.speaker_name IS NOT NULL
      AND m.entity_id IS DISTINCT FROM q.speaker_entity_id AND e.entity_key IS DISTINCT FROM q.speaker_key
      AND e.name <> q.speaker_name
    GROUP BY q.speaker_name, e.name"""

# A speaker's example quotes: one per article first (its direct, longest quote), newest first.
_EXAMPLES = f"""
    SELECT speaker_name, words, article_id, title, outlet, published FROM (
        SELECT q.speaker_name, q.words, q.article_id, a.title, a.outlet, a.published,
               row_number() OVER (PARTITION BY q.speaker_name
                                  ORDER BY q.article_rank, a.published DESC NULLS LAST, q.article_id, q.start_char) AS n
        FROM (SELECT *, row_number() OVER (PARTITION BY speaker_name, article_id
                                           ORDER BY (type = 'direct') DESC, length(words) DESC, start_char) AS article_rank
              FROM keyed_quotes WHERE speaker_kind IN {_NAMED}) q
        JOIN articles a USING (article_id)
        WHERE list_contains(?, q.speaker_name))
    WHERE n <= ?
    ORDER BY speaker_name, n"""

_OUTLET_SOURCES = """
    SELECT coalesce(a.outlet, '(unknown)') AS outlet, count(DISTINCT a.article_id) AS articles,
           count(q.quote_id) AS quotes,
           count(q.quote_id) FILTER (WHERE q.speaker_kind IN ('person', 'organisation')),
           count(q.quote_id) FILTER (WHERE q.speaker_kind = 'anonymous'),
           count(q.quote_id) FILTER (WHERE q.speaker_kind = 'unresolved'),
           count(q.quote_id) FILTER (WHERE q.speaker_kind IS NULL)
    FROM articles a LEFT JOIN quotes q USING (article_id)
    WHERE a.status = 'ok'
    GROUP BY coalesce(a.outlet, '(unknown)')
    HAVING count(DISTINCT a.article_id) >= ?
    ORDER BY quotes DESC, articles DESC, outlet"""

_OUTLET_SPEAKERS = f"""
    SELECT outlet, speaker_name, quotes FROM (
        SELECT coalesce(a.outlet, '(unknown)') AS outlet, q.speaker_name, count(*) AS quotes,
               row_number() OVER (PARTITION BY coalesce(a.outlet, '(unknown)') ORDER BY count(*) DESC, q.speaker_name) AS n
        FROM keyed_quotes q JOIN articles a USING (article_id)
        WHERE a.status = 'ok' AND q.speaker_kind IN {_NAMED} AND q.speaker_name IS NOT NULL
        GROUP BY coalesce(a.outlet, '(unknown)'), q.speaker_name)
    WHERE n <= ?
    ORDER BY outlet, n"""

_OUTLET_CATEGORIES = """
    SELECT coalesce(a.outlet, '(unknown)'), coalesce(q.category, '(none)'), count(*)
    FROM quotes q JOIN articles a USING (article_id)
    WHERE a.status = 'ok'
    GROUP BY ALL"""

_ERRORS = """
    SELECT coalesce(error_type, status) AS kind, count(*) AS articles, min(article_id), arg_min(error_message, article_id)
    FROM articles
    WHERE status <> 'ok' OR error_type IS NOT NULL
    GROUP BY kind
    ORDER BY articles DESC, kind"""

_ARTICLE_GAPS = f"""
    SELECT count(*) FILTER (WHERE {_WORDS} < {THIN_WORDS}),
           count(*) FILTER (WHERE outlet IS NULL),
           count(*) FILTER (WHERE title IS NULL)
    FROM articles WHERE status = 'ok'"""

_THIN_EXAMPLES = f"""
    SELECT article_id FROM articles WHERE status = 'ok' AND {_WORDS} < {THIN_WORDS} ORDER BY article_id LIMIT 5"""

_UNRESOLVED = """
    SELECT regexp_replace(lower(trim(speaker_text)), '\\s+', ' ', 'g') AS named_as, count(*) AS quotes FROM quotes
    WHERE speaker_kind = 'unresolved' AND speaker_text IS NOT NULL
    GROUP BY named_as ORDER BY quotes DESC, named_as LIMIT ?"""

_LANGUAGES = """
    SELECT coalesce(language, '(unknown)'), count(*) AS articles FROM articles
    GROUP BY ALL ORDER BY articles DESC, 1"""


def _columns(db, table: str) -> set[str]:
    return {column[0] for column in db.execute(f"SELECT * FROM {table} LIMIT 0").description}


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


def build_report(path: str | Path, *, top: int = DEFAULT_TOP, filters: ReportFilter | None = None,
                 examples: int = DEFAULT_EXAMPLES) -> CorpusReport:
    """The report of the records at ``path`` (JSON Lines, JSON, DuckDB, SQLite, or a Parquet or
    CSV output directory), limited to the articles ``filters`` keeps."""
    filters = filters or ReportFilter()
    if not Path(path).exists():
        raise UsageError(f"{path}: no such file or directory")
    with open_tables(path, filters) as (db, unreadable):
        def rows(query: str, *params):
            return db.execute(query, list(params)).fetchall()

        if "entity_key" not in _columns(db, "entities"):
            raise UsageError(f"{path} was written by an older newsmine (no entity keys in its tables); run extract "
                             "again, or report on its JSON Lines output")
        for statement in _KEY_TABLES:
            db.execute(statement)

        totals_row = rows(_TOTALS)[0]
        counts = {table: rows(f"SELECT count(*) FROM {table}")[0][0] for table in ("entities", "mentions", "quotes")}
        totals = CorpusTotals(
            articles=totals_row[0], ok=totals_row[1], failed=totals_row[2], words=int(totals_row[3]), outlets=totals_row[4],
            entities=counts["entities"], mentions=counts["mentions"], quotes=counts["quotes"],
            first_published=totals_row[5], last_published=totals_row[6], undated=totals_row[7], unreadable_lines=unreadable,
        )
        sources = QuoteSources(*rows(_SOURCES)[0])
        top_speakers = [SpeakerRow(*row) for row in rows(_TOP_SPEAKERS, filters.min_articles, top)]
        entity_types = [EntityTypeRow(label, n, int(mentions)) for label, n, mentions in rows(_ENTITY_TYPES)]
        top_entities: dict[str, list[EntityRow]] = {entity_type.label: [] for entity_type in entity_types}
        for label, name, mentions, articles in rows(_TOP_ENTITIES, top):
            top_entities[label].append(EntityRow(label, name, int(mentions), articles))
        outlets = [OutletRow(*row) for row in rows(_OUTLETS)]
        unit, timeline = _timeline(rows(_BY_DATE))
        undated_quotes = rows(_UNDATED_QUOTES)[0][0]
        co_mentions = _co_mentions(rows(_CO_MENTIONS), [s.name for s in top_speakers], top)
        speaker_examples: dict[str, list[QuoteExample]] = {s.name: [] for s in top_speakers}
        if top_speakers and examples:
            for speaker, *example in rows(_EXAMPLES, [s.name for s in top_speakers], examples):
                speaker_examples[speaker].append(QuoteExample(*example))
        categories_present = "category" in _columns(db, "quotes")
        outlets_compared, category_names = _compare_outlets(rows, filters.min_articles, categories_present)
        quality = _data_quality(rows, top, "language" in _columns(db, "articles"))
        gender = [GenderShare(*row) for row in rows(_GENDER)]
    notes = []
    if unreadable:
        notes.append(f"{unreadable:,} input lines were not valid records and were left out (a run cut short?)")
    return CorpusReport(
        source=str(path), totals=totals, sources=sources, top_speakers=top_speakers, entity_types=entity_types,
        top_entities=top_entities, outlets=outlets, timeline_unit=unit, timeline=timeline,
        undated_quotes=undated_quotes, co_mentions=co_mentions, top=top, notes=notes, examples=speaker_examples,
        outlets_compared=outlets_compared, category_names=category_names, quality=quality, filters=filters.describe(),
        gender=gender[0] if gender else GenderShare(None, 0, 0, 0), gender_by_outlet=gender[1:],
    )


def _compare_outlets(rows, min_articles: int, categories_present: bool) -> tuple[list[OutletComparison], list[str]]:
    speakers: dict[str, list[tuple[str, int]]] = {}
    for outlet, speaker, quotes in rows(_OUTLET_SPEAKERS, _SPEAKERS_PER_OUTLET):
        speakers.setdefault(outlet, []).append((speaker, quotes))
    categories: dict[str, dict[str, int]] = {}
    if categories_present:
        for outlet, category, quotes in rows(_OUTLET_CATEGORIES):
            categories.setdefault(outlet, {})[category] = quotes
    names = sorted({name for counts in categories.values() for name in counts})
    compared = [OutletComparison(*row, top_speakers=speakers.get(row[0], []), categories=categories.get(row[0], {}))
                for row in rows(_OUTLET_SOURCES, min_articles)]
    return compared, names


def _data_quality(rows, top: int, languages_present: bool) -> DataQuality:
    thin, no_outlet, no_title = rows(_ARTICLE_GAPS)[0]
    sources = rows(_SOURCES)[0]
    return DataQuality(
        errors=[ErrorRow(*row) for row in rows(_ERRORS)],
        thin=thin, thin_examples=[row[0] for row in rows(_THIN_EXAMPLES)], no_outlet=no_outlet, no_title=no_title,
        unresolved_quotes=sources[3], unresolved_speakers=[tuple(row) for row in rows(_UNRESOLVED, top)],
        no_speaker_quotes=sources[4],
        languages=[tuple(row) for row in rows(_LANGUAGES)] if languages_present else None,
    )
