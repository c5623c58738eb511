"""The views every database output carries (DuckDB and SQLite), in SQL both engines run.

One definition serves both databases, so ``SELECT * FROM speakers`` answers the same in a
``.duckdb`` and a ``.db`` file of the same run. Hence no engine-specific syntax here (no
DuckDB ``GROUP BY ALL``, no SQLite ``group_concat``): group by the expressions themselves.
``q.*`` is expanded when the view is created (DuckDB) or queried (SQLite); the writers
create their views again each time they open a database, so columns added to the quotes
table later reach ``quote_details`` without a change here.
"""

from __future__ import annotations

__all__ = ["CORPUS_ENTITIES", "VIEWS"]

# Written for any engine with window functions: DuckDB and SQLite run it as a view, and the
# Parquet and CSV writers run it in DuckDB over their files to write corpus_entities at close.
# The label is the key's own (a country named by a LOC entity has a GPE key); the name is the
# one most entity rows of the key use (then the most mentioned, the longest, the first
# alphabetically: 'United States' over 'US' and 'U.S.' when each names one entity).
CORPUS_ENTITIES = """
    WITH quoted AS (
        SELECT article_id, speaker_entity_id AS entity_id, count(*) AS quotes
        FROM quotes WHERE speaker_entity_id IS NOT NULL
        GROUP BY article_id, speaker_entity_id
    ), keyed AS (
        SELECT e.entity_key, e.name, e.article_id, e.mention_count, coalesce(q.quotes, 0) AS quotes
        FROM entities e LEFT JOIN quoted q ON q.article_id = e.article_id AND q.entity_id = e.entity_id
        WHERE e.entity_key IS NOT NULL
    ), names AS (
        SELECT entity_key, name,
               row_number() OVER (PARTITION BY entity_key
                                  ORDER BY count(*) DESC, sum(mention_count) DESC, length(name) DESC, name) AS rank
        FROM keyed GROUP BY entity_key, name
    )
    SELECT k.entity_key, substr(k.entity_key, 1, instr(k.entity_key, ':') - 1) AS label, n.name,
           CAST(count(DISTINCT k.article_id) AS INTEGER) AS articles,
           CAST(sum(k.mention_count) AS INTEGER) AS mentions, CAST(sum(k.quotes) AS INTEGER) AS quotes
    FROM keyed k JOIN names n ON n.entity_key = k.entity_key AND n.rank = 1
    GROUP BY k.entity_key, n.name
    ORDER BY articles DESC, mentions DESC, k.entity_key"""

VIEWS = {
    # Quotes per speaker per outlet. A named speaker is counted by its corpus-wide key, so
    # "Margaret Hollis" and "Margaret L. Hollis", "José Álvarez" and "Jose Alvarez" are one row
    # per outlet (grouping by each article's canonical name split them, while the report, which
    # counts keys, merged them); it is shown under the name most articles give it, the same in
    # every outlet's row. Unnamed sources (no key) stay under the words that name them.
    "speakers": """
        WITH said AS (
            SELECT a.outlet, q.article_id, q.speaker_kind, q.speaker_key,
                   coalesce(q.speaker_name, q.speaker_text) AS written,
                   coalesce(q.speaker_key, '~' || coalesce(q.speaker_name, q.speaker_text)) AS who
            FROM quotes q JOIN articles a USING (article_id)
            WHERE q.speaker_kind IS NOT NULL
        ), names AS (
            SELECT who, written,
                   row_number() OVER (PARTITION BY who
                                      ORDER BY count(DISTINCT article_id) DESC, count(*) DESC,
                                               length(written) DESC, written) AS rank
            FROM said GROUP BY who, written
        )
        SELECT s.outlet, n.written AS speaker, s.speaker_key, s.speaker_kind,
               count(*) AS quotes, count(DISTINCT s.article_id) AS articles
        FROM said s JOIN names n ON n.who = s.who AND n.rank = 1
        GROUP BY s.outlet, n.written, s.speaker_key, s.speaker_kind
        ORDER BY quotes DESC, speaker""",
    # Each quote with its article's metadata, for filtering by outlet or date.
    "quote_details": """
        SELECT q.*, a.outlet, a.published, a.title, a.url
        FROM quotes q JOIN articles a USING (article_id)""",
    # One row per corpus-wide entity key: the name most articles use for it, its articles,
    # mentions, and the quotes whose speaker is linked to it.
    "corpus_entities": CORPUS_ENTITIES,
    # Entities across the corpus: how many articles mention each name, and how often.
    "entity_counts": """
        SELECT label, name, count(DISTINCT article_id) AS articles, sum(mention_count) AS mentions
        FROM entities
        GROUP BY label, name
        ORDER BY mentions DESC, name""",
}
