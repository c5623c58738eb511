"""The SQL of a corpus report, one query a number or table of the report.

They read the tables of :mod:`newsmine.writers.tables` as :func:`newsmine.report.sources.open_tables`
filters them (``articles``, ``quotes``, ``quote_parts``, ``entities``, ``mentions``, and the
``speaker_quotes`` view of the quotes the speakers' ranking counts), and the temporary tables
and views :data:`_KEY_TABLES` creates first, which give speakers and entities their
corpus-wide key's name. Kept apart from :mod:`newsmine.report.data`, which runs them and
shapes their rows, so each reads as the definition it implements (listed in that module's
overview).
"""

from __future__ import annotations

from newsmine.report.sections import THIN_WORDS
from newsmine.writers.views import CORPUS_ENTITIES

_NAMED = "('person', 'organisation')"
# Words in an article's text (null text, as CSV gives an empty one, counts 0).
_WORDS = "CASE WHEN coalesce(trim(text), '') = '' THEN 0 ELSE len(string_split_regex(trim(text), '\\s+')) END"

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

# A speaker's outlets are counted as the corpus's are (_TOTALS): an article without one adds none.
_TOP_SPEAKERS = """
    SELECT q.speaker_name, q.speaker_kind, count(*) AS quotes, count(DISTINCT q.article_id),
           count(DISTINCT a.outlet)
    FROM keyed_speaker_quotes q JOIN articles a USING (article_id)
    WHERE q.speaker_kind IN ('person', 'organisation') AND q.speaker_name IS NOT NULL
    GROUP BY q.speaker_name, q.speaker_kind
    HAVING count(DISTINCT q.article_id) >= ?
    ORDER BY quotes DESC, q.speaker_name
    LIMIT ?"""

# The titles written beside the speakers in the list given, those most articles give first (case
# folded): "manager" beside "mayor of Lindholm" shows two namesakes that one key merged.
_SPEAKER_TITLES = """
    SELECT speaker_name, min(title), count(DISTINCT article_id) AS articles FROM (
        SELECT q.speaker_name, q.article_id, unnest(string_split(e.titles, '; ')) AS title
        FROM keyed_speaker_quotes q
        JOIN entities e ON e.article_id = q.article_id AND e.entity_id = q.speaker_entity_id
        WHERE list_contains(?, q.speaker_name) AND coalesce(e.titles, '') <> '')
    GROUP BY speaker_name, lower(title)
    ORDER BY speaker_name, articles DESC, lower(title)"""

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
    # The quotes the speakers' ranking counts (sources.py: speech and writing by default), keyed.
    """CREATE TEMP VIEW keyed_speaker_quotes AS
       SELECT k.* FROM keyed_quotes k SEMI JOIN speaker_quotes s USING (article_id, quote_id)""",
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
# Only a direct quote is shown in quotation marks: a mixed one holds the reporter's words around
# the speaker's fragment, so it is shown as reported speech, as an indirect one is.
_EXAMPLES = f"""
    SELECT speaker_name, words, article_id, title, outlet, published, coalesce(type, 'direct') = 'direct' FROM (
        SELECT q.speaker_name, q.words, q.article_id, a.title, a.outlet, a.published, q.type,
               row_number() OVER (PARTITION BY q.speaker_name
                                  ORDER BY q.article_rank, a.published DESC NULLS LAST, q.article_id, q.start_char) AS n
        FROM (SELECT *, row_number() OVER (PARTITION BY speaker_name, article_id
                                           ORDER BY (type = 'direct') DESC, length(words) DESC, start_char) AS article_rank
              FROM keyed_speaker_quotes WHERE speaker_kind IN {_NAMED}) q
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

_WARNED = """
    SELECT count(DISTINCT article_id), count(*) FROM article_warnings"""

# Warnings of one kind differ in their quoted values and numbers ("'content' ends with
# '[+2140 chars]'", "'published' '03/04/2025' may be day/month"): grouped with those masked,
# each kind shown by one warning whole.
_COMMON_WARNINGS = """
    SELECT count(DISTINCT article_id) AS articles, count(*) AS warnings, min(article_id),
           arg_min(warning, article_id)
    FROM (SELECT article_id, warning,
                 regexp_replace(regexp_replace(warning, '''[^'']*''', '?', 'g'), '[0-9]+', 'N', 'g') AS kind
          FROM article_warnings)
    GROUP BY kind
    ORDER BY articles DESC, warnings DESC, kind LIMIT ?"""

_LANGUAGES = """
    SELECT coalesce(language, '(unknown)'), count(*) AS articles FROM articles
    GROUP BY ALL ORDER BY articles DESC, 1"""
