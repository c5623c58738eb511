"""A record's warnings in the tables (``article_warnings``) and in the report's Data quality.

An analyst working from a database, a Parquet dataset or CSV files used never to learn that an
article's text was cut short by a news API, or that its date was left null: the warnings were
only in JSON Lines. The articles below are invented.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import duckdb
import pytest

from newsmine.records import ArticleRecord, Source
from newsmine.report import build_report, render_html, render_text
from newsmine.writers import open_writer

TARGETS = {"duckdb": "news.duckdb", "sqlite": "news.db", "parquet": "news_parquet", "csv": "news_csv"}

CUT_SHORT = ("'content' ends with '[+2140 chars]': the feed cut the article short, and the 2140 characters after the "
             "cut are not in this record, nor the quotes they hold; read the article at its url")
AMBIGUOUS_DATE = "'published' '03/04/2026' may be day/month or month/day; set to null"


def _article(article_id: str, text: str, warnings: list[str], outlet: str = "Valley Courier") -> ArticleRecord:
    return ArticleRecord(id=article_id, source=Source(path="in/feed.jsonl", format="jsonl", encoding="utf-8"),
                         title=f"Story {article_id}", outlet=outlet, text=text, word_count=len(text.split()),
                         warnings=warnings)


def _records() -> list[ArticleRecord]:
    return [
        _article("dam-vote", "The county board voted on the dam on Monday. Engineers said the spillway is … [+2140 chars]",
                 [CUT_SHORT, AMBIGUOUS_DATE]),
        _article("fair-opens", "The county fair opened on Saturday with a record crowd, organisers said.", []),
    ]


def _write(target: Path, format: str, records, mode: str = "new") -> None:
    writer = open_writer(str(target), format=format, mode=mode)
    for record in records:
        writer.write(record)
    writer.close()


def _warnings(target: Path, format: str) -> list[tuple]:
    query = "SELECT article_id, CAST(warning_index AS INTEGER), warning FROM article_warnings ORDER BY 1, 2"
    if format == "sqlite":
        with sqlite3.connect(target) as db:
            return db.execute(query).fetchall()
    with duckdb.connect() as db:
        if format == "duckdb":
            db.execute(f"ATTACH '{target}' AS news (READ_ONLY); USE news")
        elif format == "parquet":
            db.execute(f"CREATE VIEW article_warnings AS SELECT * FROM read_parquet('{target}/article_warnings/*.parquet')")
        else:
            db.execute(f"CREATE VIEW article_warnings AS SELECT * FROM read_csv('{target}/article_warnings.csv', header = true)")
        return db.execute(query).fetchall()


@pytest.mark.parametrize("format", TARGETS)
def test_every_table_format_holds_a_records_warnings_one_row_each(tmp_path, format):
    target = tmp_path / TARGETS[format]
    _write(target, format, _records())
    # fair-opens has no warning: it adds no row.
    assert _warnings(target, format) == [("dam-vote", 0, CUT_SHORT), ("dam-vote", 1, AMBIGUOUS_DATE)]


@pytest.mark.parametrize("format", TARGETS)
def test_a_record_without_warnings_adds_no_warning_row(tmp_path, format):
    target = tmp_path / TARGETS[format]
    _write(target, format, _records()[1:])
    assert _warnings(target, format) == []


@pytest.mark.parametrize("format", TARGETS)
def test_append_keeps_earlier_warnings_and_replaces_a_re_seen_articles(tmp_path, format):
    target = tmp_path / TARGETS[format]
    _write(target, format, _records())
    # The next day: a new article cut short too, and the dam story fetched again whole (no warning).
    whole = _article("dam-vote", "The county board voted on the dam on Monday. Engineers said the spillway held.", [])
    library = _article("library-hours", "The library will open on Sundays, … [+815 chars]",
                       [CUT_SHORT.replace("2140", "815")])
    _write(target, format, [whole, library], "append")
    assert _warnings(target, format) == [("library-hours", 0, CUT_SHORT.replace("2140", "815"))]
    _write(target, format, [_article("fair-opens", "The fair closed on Sunday.", [AMBIGUOUS_DATE])], "append")
    assert _warnings(target, format) == [("fair-opens", 0, AMBIGUOUS_DATE),
                                         ("library-hours", 0, CUT_SHORT.replace("2140", "815"))]


def test_sqlite_deletes_an_articles_warnings_with_it(tmp_path):
    target = tmp_path / "news.db"
    _write(target, "sqlite", _records())
    with sqlite3.connect(target) as db:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("DELETE FROM articles WHERE article_id = 'dam-vote'")
        assert db.execute("SELECT count(*) FROM article_warnings").fetchone()[0] == 0


@pytest.mark.parametrize("format", TARGETS)
def test_report_counts_warned_articles_and_groups_warnings_by_kind(tmp_path, format):
    target = tmp_path / TARGETS[format]
    records = [*_records(), _article("bridge-repairs", "Crews began bridge repairs, the mayor said. … [+96 chars]",
                                     [CUT_SHORT.replace("2140", "96")], outlet="Hill Times")]
    _write(target, format, records)
    quality = build_report(target).quality
    assert (quality.warned_articles, quality.warnings) == (2, 3)
    # The two cut-short warnings differ only in their numbers: one kind, in 2 articles.
    kinds = [(w.articles, w.warnings, w.example_id) for w in quality.common_warnings]
    assert kinds == [(2, 2, "bridge-repairs"), (1, 1, "dam-vote")]
    assert quality.common_warnings[0].example_warning == CUT_SHORT.replace("2140", "96")
    text = render_text(build_report(target))
    assert "  articles with warnings (article_warnings): 2 of 3, 3 warnings; most common:" in text
    assert "Articles with warnings (article_warnings): 2 of 3, 3 warnings" in render_html(build_report(target))


def test_report_keeps_apart_warnings_that_differ_in_more_than_values(tmp_path):
    """Near miss: masking quoted values and numbers must not merge two kinds of warning."""
    target = tmp_path / "news.duckdb"
    relative = "'published' 'last week' is relative to the day it is read, not a date; set to null"
    _write(target, "duckdb", [_article("a", "One.", [AMBIGUOUS_DATE]), _article("b", "Two.", [relative])])
    assert len(build_report(target).quality.common_warnings) == 2


def test_report_without_warnings_says_none(tmp_path):
    target = tmp_path / "news.db"
    _write(target, "sqlite", _records()[1:])
    quality = build_report(target).quality
    assert (quality.warned_articles, quality.warnings, quality.common_warnings) == (0, 0, [])
    assert "  articles with warnings (article_warnings): 0 of 1\n" in render_text(build_report(target))


def _drop_the_warnings_table(target: Path, format: str) -> None:
    """Make ``target`` look like an output of a newsmine before article_warnings."""
    if format == "sqlite":
        with sqlite3.connect(target) as db:
            db.execute("DROP TABLE article_warnings")
    elif format == "duckdb":
        with duckdb.connect(str(target)) as db:
            db.execute("DROP TABLE article_warnings")
    elif format == "parquet":
        for part in (target / "article_warnings").iterdir():
            part.unlink()
        (target / "article_warnings").rmdir()
    else:
        (target / "article_warnings.csv").unlink()


@pytest.mark.parametrize("format", TARGETS)
def test_an_output_written_before_the_table_is_reported_and_appended_to(tmp_path, format):
    target = tmp_path / TARGETS[format]
    _write(target, format, _records())
    _drop_the_warnings_table(target, format)
    report = build_report(target)
    assert report.totals.articles == 2 and report.quality.warned_articles is None
    assert "articles with warnings: not in these tables" in render_text(report)
    _write(target, format, [_article("library-hours", "The library opens on Sundays.", [AMBIGUOUS_DATE])], "append")
    assert _warnings(target, format) == [("library-hours", 0, AMBIGUOUS_DATE)]


def test_explore_metadata_describes_the_table_and_accepts_a_database_without_it(tmp_path):
    from newsmine.explore.metadata import datasette_metadata

    target = tmp_path / "news.db"
    _write(target, "sqlite", _records())
    tables = datasette_metadata(target)["databases"]["news"]["tables"]
    assert "warning" in tables["article_warnings"]["columns"]
    query = datasette_metadata(target)["databases"]["news"]["queries"]["articles_with_warnings"]
    with sqlite3.connect(target) as db:
        assert [row[0] for row in db.execute(query["sql"])] == ["dam-vote", "dam-vote"]
    _drop_the_warnings_table(target, "sqlite")
    older = datasette_metadata(target)["databases"]["news"]
    assert "article_warnings" not in older["tables"] and "articles_with_warnings" not in older["queries"]
    assert "search_quotes" in older["queries"]


def test_merge_copies_the_warnings_and_takes_shards_without_them(tmp_path):
    from newsmine.shards.merge import merge

    source = tmp_path / "news_parquet"
    _write(source, "parquet", _records())
    counts = merge(str(source), str(tmp_path / "all.duckdb"))
    assert counts["article_warnings"] == 2
    _drop_the_warnings_table(source, "parquet")
    counts = merge(str(source), str(tmp_path / "older.duckdb"))
    assert counts["article_warnings"] == 0 and counts["articles"] == 2


def test_a_news_api_text_cut_short_reaches_the_database_and_the_report(tmp_path):
    """End to end: the reader's warning on an invented API dump, through extract, into SQLite and the report."""
    import json

    from typer.testing import CliRunner

    from newsmine.cli import app

    dump = tmp_path / "api dump.json"
    dump.write_text(json.dumps([
        {"id": "harbour-fees", "title": "Harbour fees rise", "content": 'The harbour board raised mooring fees on '
         'Thursday. "Costs have doubled," said its chair, Mira Voss. Boat owners plan … [+1830 chars]'},
        {"id": "ferry-times", "title": "Ferry times", "content": "The ferry will leave at seven from Monday, the "
         "operator said."},
    ]), encoding="utf-8")
    database = tmp_path / "news.db"
    runner = CliRunner()
    result = runner.invoke(app, ["extract", str(dump), "--text-field", "content", "--output", str(database),
                                 "--workers", "1"])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT article_id, warning_index, warning FROM article_warnings").fetchall()
    assert [(article_id, index) for article_id, index, _ in rows] == [("harbour-fees", 0)]
    assert "the feed cut the article short" in rows[0][2]
    report = runner.invoke(app, ["report", str(database)])
    assert report.exit_code == 0, report.output
    assert "articles with warnings (article_warnings): 1 of 2, 1 warning; most common:" in report.output
