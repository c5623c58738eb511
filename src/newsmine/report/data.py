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
  an indirect quote is reported speech, shown without quotation marks, and so is a mixed one
  (the reporter's words around the speaker's quoted fragment, which keeps the article's marks);
* a *thin* article is an ok article of fewer than :data:`THIN_WORDS` words.

Columns added to the table layout later are used when present: a quote ``category`` (e.g.
speech vs stance) is counted per outlet, an article ``language`` in the data-quality section.

The report's parts, one module each: :mod:`.sections` (the dataclasses a report is made
of), :mod:`.queries` (the SQL), this module (running the queries, shaping their rows).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from newsmine.errors import NothingFound, UsageError
from newsmine.report.queries import (
    _ARTICLE_GAPS,
    _BY_DATE,
    _CO_MENTIONS,
    _COMMON_WARNINGS,
    _ENTITY_TYPES,
    _ERRORS,
    _EXAMPLES,
    _GENDER,
    _KEY_TABLES,
    _LANGUAGES,
    _OUTLET_CATEGORIES,
    _OUTLET_SOURCES,
    _OUTLET_SPEAKERS,
    _OUTLETS,
    _SOURCES,
    _SPEAKER_TITLES,
    _THIN_EXAMPLES,
    _TOP_ENTITIES,
    _TOP_SPEAKERS,
    _TOTALS,
    _UNDATED_QUOTES,
    _UNRESOLVED,
    _WARNED,
)
from newsmine.report.sections import THIN_WORDS  # noqa: F401 (importable from here, as before the split)
from newsmine.report.sections import (
    DEFAULT_TOP,
    CoMentions,
    CorpusReport,
    CorpusTotals,
    DataQuality,
    EntityRow,
    EntityTypeRow,
    ErrorRow,
    GenderShare,
    OutletComparison,
    OutletRow,
    QuoteExample,
    QuoteSources,
    SpeakerRow,
    TimeBucket,
    WarningRow,
)
from newsmine.report.outlet_limits import unknown_outlet_notes
from newsmine.report.sources import ReportFilter, open_tables, source_tables, speaker_count_note
from newsmine.report.surnames import name_form_notes, surname_only_notes

# The dataclasses build_report fills (.sections) stay importable from here, as before the split.
__all__ = ["DEFAULT_EXAMPLES", "build_report"]

DEFAULT_EXAMPLES = 3  # example quotes per top speaker
_SPEAKERS_PER_OUTLET = 3  # top speakers listed per outlet in the outlets' comparison
# The timeline's bins (_timeline): days up to this span, then months up to three years, then years.
_DAY_SPAN_DAYS = 62
_MONTH_SPAN_DAYS = 3 * 366


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


# The outlets of every record, before the limits (src.articles, not the filtered view), for the
# notes on an --outlet that matches none (outlet_limits.py).
_HELD_OUTLETS = ("SELECT outlet, count(*) AS n FROM src.articles WHERE outlet IS NOT NULL "
                 "GROUP BY outlet ORDER BY n DESC, outlet")

# An all-zero report after --outlet/--since/--until reads like an empty corpus; say why instead.
_NOTHING_MATCHED = ("no article matches these limits: outlets must be written as in the records (the report's "
                    "outlet table without limits lists them), and a date limit leaves undated articles out")


def build_report(path: str | Path, *, top: int = DEFAULT_TOP, filters: ReportFilter | None = None,
                 examples: int = DEFAULT_EXAMPLES) -> CorpusReport:
    """The report of the records at ``path`` (JSON Lines, JSON, DuckDB, SQLite, or a Parquet or
    CSV output directory), limited to the articles ``filters`` keeps. Raises
    :class:`~newsmine.errors.NothingFound` when the records hold no article at all."""
    filters = filters or ReportFilter()
    if not Path(path).exists():
        raise UsageError(f"{path}: no such file or directory")
    with open_tables(path, filters) as (db, unreadable):
        def rows(query: str, *params):
            return db.execute(query, list(params)).fetchall()

        if not rows("SELECT count(*) FROM src.articles")[0][0]:
            # An all-zero report, exit 0, read like a corpus; say it holds none (the limits' note is another matter).
            raise NothingFound(f"{path} holds no records (as a run stopped before its first record leaves it, or a "
                               "sharded run of files without an article): nothing to report")
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
        top_speakers = _with_titles([SpeakerRow(*row) for row in rows(_TOP_SPEAKERS, filters.min_articles, top)], rows)
        surname_notes = _surname_notes(top_speakers, rows)
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
        speakers_count = speaker_count_note(filters, categories_present)
        outlets_compared, category_names = _compare_outlets(rows, filters.min_articles, categories_present)
        quality = _data_quality(rows, top, "language" in _columns(db, "articles"), "article_warnings" in source_tables(db))
        gender = [GenderShare(*row) for row in rows(_GENDER)]
        held_outlets = rows(_HELD_OUTLETS) if filters.outlets else []
    notes = unknown_outlet_notes(filters.outlets, held_outlets)
    if unreadable:
        # "1 input lines were ..." for the commonest case, a torn last line; and no way on was said
        lines = ("1 input line was not a valid record" if unreadable == 1
                 else f"{unreadable:,} input lines were not valid records")
        notes.append(f"{lines} and left out (a run cut short, or still writing? finish it with extract --resume)")
    if not totals.articles and (filters.outlets or filters.since or filters.until):
        notes.append(_NOTHING_MATCHED)
    return CorpusReport(
        source=str(path), totals=totals, sources=sources, top_speakers=top_speakers, entity_types=entity_types,
        top_entities=top_entities, outlets=outlets, timeline_unit=unit, timeline=timeline,
        undated_quotes=undated_quotes, co_mentions=co_mentions, top=top, notes=notes, examples=speaker_examples,
        outlets_compared=outlets_compared, category_names=category_names, quality=quality, filters=filters.describe(),
        speakers_count=speakers_count, surname_notes=surname_notes,
        gender=gender[0] if gender else GenderShare(None, 0, 0, 0), gender_by_outlet=gender[1:],
    )


def _surname_notes(speakers: list[SpeakerRow], rows) -> list[str]:
    """Which ranked people are a surname alone beside full names of the corpus, or a full name
    that others share but for a middle name or a suffix (surnames.py)."""
    names = [s.name for s in speakers if s.kind == "person"]
    if not names:
        return []
    keys = dict(rows("SELECT DISTINCT speaker_name, speaker_key FROM keyed_speaker_quotes "
                     "WHERE list_contains(?, speaker_name) AND speaker_key LIKE 'PERSON:%'", names))
    people = rows("SELECT entity_key, name FROM keyed_corpus_entities WHERE label = 'PERSON'")
    ranked = [(name, keys[name]) for name in names if name in keys]
    return surname_only_notes(ranked, people) + name_form_notes(ranked, people)


def _with_titles(speakers: list[SpeakerRow], rows) -> list[SpeakerRow]:
    """The speakers with the titles their articles give them, so a reader sees who each one is
    (and when one key joined two namesakes: a manager and a mayor)."""
    if not speakers:
        return speakers
    titles: dict[str, list[str]] = {}
    for name, title, _articles in rows(_SPEAKER_TITLES, [s.name for s in speakers]):
        titles.setdefault(name, []).append(title)
    return [replace(s, titles=tuple(titles.get(s.name, ()))) for s in speakers]


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


def _data_quality(rows, top: int, languages_present: bool, warnings_present: bool) -> DataQuality:
    thin, no_outlet, no_title = rows(_ARTICLE_GAPS)[0]
    warned, warnings = rows(_WARNED)[0] if warnings_present else (None, 0)
    sources = rows(_SOURCES)[0]
    return DataQuality(
        errors=[ErrorRow(*row) for row in rows(_ERRORS)],
        thin=thin, thin_examples=[row[0] for row in rows(_THIN_EXAMPLES)], no_outlet=no_outlet, no_title=no_title,
        unresolved_quotes=sources[3], unresolved_speakers=[tuple(row) for row in rows(_UNRESOLVED, top)],
        no_speaker_quotes=sources[4],
        languages=[tuple(row) for row in rows(_LANGUAGES)] if languages_present else None,
        warned_articles=warned, warnings=warnings,
        common_warnings=[WarningRow(*row) for row in rows(_COMMON_WARNINGS, top)] if warnings else [],
    )
