"""The views every database output carries (DuckDB and SQLite), in SQL both engines run.

One definition serves both databases, so ``SELECT * FROM speakers`` answers the same in a
``.duckdb`` and a ``.db`` file of the same run. Hence no engine-specific syntax here (no
DuckDB ``GROUP BY ALL``, no SQLite ``group_concat``): group by the expressions themselves.
``q.*`` is expanded when the view is created (DuckDB) or queried (SQLite); the writers
create their views again each time they open a database, so columns added to the quotes
table later reach ``quote_details`` without a change here.
"""

from __future__ import annotations

__all__ = ["VIEWS"]

VIEWS = {
    # Quotes per canonical speaker per outlet; unnamed sources under the words that name them.
    "speakers": """
        SELECT a.outlet, coalesce(q.speaker_name, q.speaker_text) AS speaker, q.speaker_kind,
               count(*) AS quotes, count(DISTINCT q.article_id) AS articles
        FROM quotes q JOIN articles a USING (article_id)
        WHERE q.speaker_kind IS NOT NULL
        GROUP BY a.outlet, coalesce(q.speaker_name, q.speaker_text), q.speaker_kind
        ORDER BY quotes DESC, speaker""",
    # Each quote with its article's metadata, for filtering by outlet or date.
    "quote_details": """
        SELECT q.*, a.outlet, a.published, a.title, a.url
        FROM quotes q JOIN articles a USING (article_id)""",
    # Entities across the corpus: how many articles mention each name, and how often.
    "entity_counts": """
        SELECT label, name, count(DISTINCT article_id) AS articles, sum(mention_count) AS mentions
        FROM entities
        GROUP BY label, name
        ORDER BY mentions DESC, name""",
}
