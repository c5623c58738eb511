"""The Datasette metadata newsmine ships with a SQLite output: what each table and column
holds, the facets an analyst starts from, and canned queries that answer the newsroom's
first questions with each quote shown in its paragraph.

Built from the database itself (which tables and columns it has) and from
:data:`newsmine.writers.tables.TABLES` (what they mean), so columns added to the table layout
later get their descriptions, and a ``category`` column its facet, without a change here.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from newsmine.errors import UsageError
from newsmine.writers.tables import ADDED_TABLES, CORPUS_TABLES, TABLES

__all__ = ["CANNED_QUERIES", "IN_CONTEXT_COLUMN", "IN_CONTEXT_FUNCTION", "database_name", "datasette_metadata"]

# The SQL function (registered by newsmine's Datasette plugin) that returns a quote in its
# paragraph as JSON, and the result column the plugin renders with the quote highlighted.
IN_CONTEXT_FUNCTION = "newsmine_in_context"
IN_CONTEXT_COLUMN = "in_context"

TABLE_DESCRIPTIONS = {
    "articles": "One row per article (error records included): metadata and the text every offset indexes.",
    "entities": "One row per named entity per article (people, organisations, places...), with its canonical name.",
    "mentions": "Each place an entity is mentioned in its article.",
    "quotes": "One row per quote: its words, type, reporting cue, and who said it (speaker) to whom.",
    "quote_parts": "The pieces of each quote's content (a quote split by its attribution has two).",
    "dates": "Date and time expressions in the text, with normalised ISO 8601 values.",
    "article_warnings": "What each article's input held that newsmine changed or left out (a text cut short, a date "
                        "set to null), one row per warning; articles without warnings have none.",
    "speakers": "Quotes per speaker per outlet, a named speaker counted by its corpus-wide key ('José Álvarez' and "
                "'Jose Alvarez' are one row) under the name most articles give it; unnamed sources under the words "
                "that name them.",
    "quote_details": "Each quote with its article's outlet, date, title and URL.",
    "entity_counts": "Each entity name across the corpus: articles that mention it, and how often.",
    "corpus_entities": "Each entity across the corpus by its corpus-wide key ('US', 'U.S.' and 'America' are one): "
                       "articles, mentions and quotes.",
}
# Facets a table page opens with; only those whose columns the database has are used.
FACETS = {
    "articles": ["outlet", "status", "source_format"],
    "entities": ["label", "gender"],
    "quotes": ["speaker_kind", "category", "type", "speaker_name"],
    "quote_details": ["outlet", "speaker_name", "speaker_kind", "category"],
    "speakers": ["outlet", "speaker_kind"],
    "entity_counts": ["label"],
    "corpus_entities": ["label"],
    "dates": ["kind"],
}
_VIEW_COLUMNS = {  # views' columns documented by the table they come from
    "quote_details": ("quotes", "articles"),
}

_SPEAKER = "coalesce(q.speaker_name, q.speaker_text)"
_PARTS = """(SELECT json_group_array(json_array(p.start_char, p.end_char)) FROM quote_parts p
           WHERE p.article_id = q.article_id AND p.quote_id = q.quote_id)"""
_IN_CONTEXT = (f"{IN_CONTEXT_FUNCTION}(a.text, q.start_char, q.end_char, {_PARTS}, q.speaker_start_char, "
               f"q.speaker_end_char) AS {IN_CONTEXT_COLUMN}")
_QUOTE_ROW = f"""{_SPEAKER} AS speaker, q.speaker_kind, {_IN_CONTEXT},
       a.outlet, a.published, a.title, q.article_id, q.quote_id"""
# The pieces of each quote's own words: its parts, or the whole quote when it has none.
_PIECES = """(SELECT article_id, quote_id, start_char, end_char FROM quote_parts
       UNION ALL SELECT article_id, quote_id, start_char, end_char FROM quotes WHERE part_count = 0)"""

CANNED_QUERIES = {
    "quotes_by_speaker": {
        "title": "Quotes by a speaker",
        "description": "Every quote attributed to a speaker whose name (or, for unnamed sources, the words naming "
                       "them) contains the text given, newest first, each in its paragraph with the quote marked "
                       "and the speaker in bold.",
        "sql": f"""SELECT {_QUOTE_ROW}
FROM quotes q JOIN articles a ON a.article_id = q.article_id
WHERE {_SPEAKER} LIKE '%' || :speaker || '%'
ORDER BY a.published DESC, q.article_id, q.start_char""",
    },
    "quoted_about_entity": {
        "title": "Who is quoted about an entity",
        "description": "Quotes whose own words mention an entity (a person, organisation, place...) whose name "
                       "contains the text given, grouped by who said them; the entity's own quotes are left out.",
        "sql": f"""SELECT DISTINCT e.name AS entity, {_QUOTE_ROW}
FROM entities e
JOIN mentions m ON m.article_id = e.article_id AND m.entity_id = e.entity_id
JOIN {_PIECES} p ON p.article_id = m.article_id AND m.start_char >= p.start_char AND m.end_char <= p.end_char
JOIN quotes q ON q.article_id = p.article_id AND q.quote_id = p.quote_id
JOIN articles a ON a.article_id = q.article_id
WHERE e.name LIKE '%' || :entity || '%' AND q.speaker_entity_id IS NOT e.entity_id
ORDER BY speaker, a.published DESC, q.article_id, q.start_char""",
    },
    "anonymous_sources_by_outlet": {
        "title": "Anonymous sources by outlet",
        "description": "For each outlet: quotes, how many are attributed to unnamed sources ('a senior official'), "
                       "their share, and the words naming those sources.",
        "sql": """SELECT coalesce(a.outlet, '(unknown)') AS outlet, count(DISTINCT a.article_id) AS articles,
       count(q.quote_id) AS quotes,
       sum(CASE WHEN q.speaker_kind = 'anonymous' THEN 1 ELSE 0 END) AS anonymous,
       round(100.0 * sum(CASE WHEN q.speaker_kind = 'anonymous' THEN 1 ELSE 0 END) / count(q.quote_id), 1)
           AS anonymous_percent,
       group_concat(DISTINCT CASE WHEN q.speaker_kind = 'anonymous' THEN lower(q.speaker_text) END) AS named_as
FROM articles a LEFT JOIN quotes q ON q.article_id = a.article_id
WHERE a.status = 'ok'
GROUP BY coalesce(a.outlet, '(unknown)')
ORDER BY anonymous_percent DESC, quotes DESC, outlet""",
    },
    "search_quotes": {
        "title": "Search quotes",
        "description": "Full-text search over the quotes' own words and speaker names (SQLite FTS5: stemmed, "
                       "accents folded; \"exact phrase\", OR, NOT and prefix* work), best matches first.",
        "sql": f"""SELECT {_QUOTE_ROW}
FROM quotes_fts f JOIN quotes q ON q.rowid = f.rowid JOIN articles a ON a.article_id = q.article_id
WHERE quotes_fts MATCH :words
ORDER BY f.rank""",
    },
    "articles_with_warnings": {
        "title": "Articles with warnings",
        "description": "Articles whose input was incomplete or lost a value (a text a news API cut short, its rest "
                       "and quotes missing; a date left null), with each warning, newest first.",
        "sql": """SELECT a.article_id, a.outlet, a.published, a.title, w.warning
FROM article_warnings w JOIN articles a ON a.article_id = w.article_id
ORDER BY a.published DESC, a.article_id, w.warning_index""",
        "table": "article_warnings",  # offered only by a database holding the table (not one written before it)
    },
}


for _query in CANNED_QUERIES.values():
    _query["hide_sql"] = True  # the answer first; "show" reveals the SQL to copy and adapt


def database_name(path: str | Path) -> str:
    """The name Datasette gives a database file: its stem."""
    return Path(path).stem


def _columns(path: str | Path) -> dict[str, list[str]]:
    """Tables and views of the database at ``path`` -> their column names."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as db:
            names = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")]
            return {name: [row[1] for row in db.execute(f'PRAGMA table_info("{name}")')] for name in names}
    except sqlite3.DatabaseError as exc:
        raise UsageError(f"{path} is not a SQLite database ({exc}); write one with newsmine extract ... --output FILE.db") from exc


def _queries(columns: dict[str, list[str]]) -> dict[str, dict]:
    """The canned queries the database at hand can answer: those over a table it holds."""
    return {name: {key: value for key, value in query.items() if key != "table"}
            for name, query in CANNED_QUERIES.items() if query.get("table", "articles") in columns}


def datasette_metadata(path: str | Path) -> dict:
    """Datasette metadata for the newsmine SQLite output at ``path``."""
    columns = _columns(path)
    missing = [table for table in TABLES if table not in columns and table not in ADDED_TABLES]
    if missing:
        raise UsageError(f"{path} has no newsmine tables ({', '.join(missing)} missing); write it with "
                         "newsmine extract ... --output FILE.db")
    descriptions = {table: {c.name: c.description for c in table_columns}
                    for table, table_columns in {**TABLES, **CORPUS_TABLES}.items()}
    for view, sources in _VIEW_COLUMNS.items():
        descriptions[view] = {name: text for source in reversed(sources) for name, text in descriptions[source].items()}
    tables: dict[str, dict] = {"newsmine_meta": {"hidden": True}}
    for name, description in TABLE_DESCRIPTIONS.items():
        if name not in columns:
            continue
        present = columns[name]
        table: dict = {"description": description}
        documented = {column: text for column, text in descriptions.get(name, {}).items() if column in present}
        if documented:
            table["columns"] = documented
        facets = [column for column in FACETS.get(name, []) if column in present]
        if facets:
            table["facets"] = facets
        tables[name] = table
    tables["articles"].update(label_column="title", sort_desc="published")
    tables["entities"]["label_column"] = "name"
    return {
        "title": "newsmine records",
        "description": "Articles, entities, quotes and their speakers extracted by newsmine. Every start_char / "
                       "end_char is a character offset into articles.text.",
        "databases": {database_name(path): {"tables": tables, "queries": _queries(columns)}},
    }
