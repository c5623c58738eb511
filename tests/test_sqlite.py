"""SQLite output: the DuckDB tables and views, with declared keys and full-text search.

Expected numbers come from tests/corpus.py, counted by hand from its invented texts.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3

import duckdb
import pytest

from newsmine.errors import OutputError
from newsmine.writers import detect_output_format, open_writer
from newsmine.writers.tables import TABLES
from newsmine.writers.views import VIEWS
from tests.corpus import EXPECTED_ROWS, harbour_1, harbour_2, sample_records


def _write(target, records=None, mode="new", format=None):
    writer = open_writer(str(target), format=format, mode=mode)
    for record in records if records is not None else sample_records():
        writer.write(record)
    writer.close()
    return target


def _counts(db) -> dict[str, int]:
    return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def _sorted_rows(db, relation: str) -> list[tuple]:
    rows = db.execute(f"SELECT * FROM {relation}").fetchall()
    # DuckDB hands DATE columns back as dates, SQLite stores them as ISO text.
    rows = [tuple(value.isoformat() if isinstance(value, dt.date) else value for value in row) for row in rows]
    return sorted(rows, key=repr)


@pytest.fixture
def database(tmp_path):
    return _write(tmp_path / "records.db")


@pytest.mark.parametrize("name", ["out.db", "out.sqlite", "out.SQLITE3"])
def test_sqlite_output_is_chosen_by_its_suffix(name):
    assert detect_output_format(name) == "sqlite"


def test_sqlite_holds_every_table_and_view_row_for_row_as_duckdb(tmp_path, database):
    _write(tmp_path / "records.duckdb")
    with duckdb.connect(str(tmp_path / "records.duckdb"), read_only=True) as ddb, sqlite3.connect(database) as sdb:
        assert _counts(sdb) == EXPECTED_ROWS
        for relation in [*TABLES, *VIEWS]:
            assert _sorted_rows(sdb, relation) == _sorted_rows(ddb, relation), relation


def test_sqlite_speakers_view_counts_quotes_per_speaker_per_outlet(database):
    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT outlet, speaker, speaker_kind, quotes, articles FROM speakers "
                          "ORDER BY quotes DESC, outlet, speaker").fetchall()
    assert rows == [
        ("Eastmere Gazette", "Dana Reyes", "person", 2, 1),
        ("Coastline Post", "Dana Reyes", "person", 1, 1),
        ("Coastline Post", "Tom Okafor", "person", 1, 1),
        ("Eastmere Gazette", "A port official", "anonymous", 1, 1),
    ]


def test_sqlite_offsets_slice_the_article_text_by_characters(database):
    # SQLite's substr counts characters in text, like Python offsets: "Café" in harbour-3 would
    # show a byte-offset bug.
    with sqlite3.connect(database) as db:
        for table in ("mentions", "quotes", "quote_parts", "dates"):
            wrong = db.execute(f"""SELECT count(*) FROM {table} t JOIN articles a USING (article_id)
                WHERE substr(a.text, t.start_char + 1, t.end_char - t.start_char) <> t.text""").fetchone()[0]
            assert wrong == 0, table
        assert db.execute("SELECT published FROM articles WHERE article_id = 'harbour-1'").fetchone() == ("2025-03-10",)


def test_sqlite_declares_primary_and_foreign_keys_that_hold(database):
    with sqlite3.connect(database) as db:
        pk = [row[1] for row in sorted(db.execute("PRAGMA table_info(mentions)"), key=lambda r: r[5]) if row[5]]
        assert pk == ["article_id", "entity_id", "mention_index"]
        references = {(row[2], row[3], row[4]) for row in db.execute("PRAGMA foreign_key_list(quotes)")}
        assert references == {("articles", "article_id", "article_id"), ("entities", "article_id", "article_id"),
                              ("entities", "speaker_entity_id", "entity_id")}
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        # With foreign keys enforced, deleting an article takes all its rows with it.
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("DELETE FROM articles WHERE article_id = 'harbour-2'")
        assert _counts(db) == {"articles": 3, "entities": 3, "mentions": 4, "quotes": 4, "quote_parts": 4, "dates": 2,
                               "article_warnings": 1}


def test_sqlite_full_text_search_finds_articles_and_quotes_by_stem_and_without_accents(database):
    with sqlite3.connect(database) as db:
        def articles(query):
            return [r[0] for r in db.execute("SELECT a.article_id FROM articles_fts f JOIN articles a ON a.rowid = f.rowid "
                                             "WHERE articles_fts MATCH ? ORDER BY a.article_id", [query])]

        assert articles("reopens") == ["harbour-1"]  # stemmed: the text says "reopen"
        assert articles("cafe") == ["harbour-3"]  # the text says "Café"
        assert articles("ferry") == ["harbour-2"]
        quotes = db.execute("SELECT q.article_id, q.quote_id FROM quotes_fts f JOIN quotes q ON q.rowid = f.rowid "
                            "WHERE quotes_fts MATCH 'daily'").fetchall()
        assert quotes == [("harbour-2", "Q1")]
        by_speaker = db.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'speaker_name:reyes'").fetchone()[0]
        assert by_speaker == 3


def test_sqlite_append_replaces_articles_seen_before_and_keeps_the_index_in_step(database):
    revised = harbour_2()
    revised.title = "Ferry row deepens"
    revised.text = revised.text.replace("ferry", "boat")  # the old words must leave the search index
    revised.quotes = revised.quotes[1:]
    _write(database, records=[revised], mode="append")
    with sqlite3.connect(database) as db:
        assert _counts(db) == {**EXPECTED_ROWS, "quotes": 5, "quote_parts": 5}
        assert db.execute("SELECT title FROM articles WHERE article_id = 'harbour-2'").fetchall() == [("Ferry row deepens",)]
        assert db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'boat'").fetchone()[0] == 1
        assert db.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'daily'").fetchone()[0] == 0
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_sqlite_appending_the_same_records_day_after_day_keeps_one_copy(database):
    for _ in range(2):
        _write(database, mode="append")
    with sqlite3.connect(database) as db:
        assert _counts(db) == EXPECTED_ROWS


def test_sqlite_holds_one_article_per_id_within_a_run_and_says_so(tmp_path, caplog):
    from newsmine.writers.sqlite import SqliteWriter

    first, second = harbour_1(), harbour_1()
    second.title = "The later one"
    with caplog.at_level(logging.WARNING), SqliteWriter(tmp_path / "r.db", batch_records=1) as writer:
        for record in (first, harbour_2(), second):
            writer.write(record)
    assert writer.replaced == 1
    assert "1 record shared an article id" in caplog.text
    with sqlite3.connect(tmp_path / "r.db") as db:
        assert db.execute("SELECT article_id, title FROM articles ORDER BY article_id").fetchall() == [
            ("harbour-1", "The later one"), ("harbour-2", "Ferry row")]
        assert db.execute("SELECT count(*) FROM quotes").fetchone()[0] == 5


def test_sqlite_new_mode_refuses_an_existing_database_and_names_append(database):
    with pytest.raises(OutputError, match="--append"):
        open_writer(str(database))


def test_sqlite_refuses_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(OutputError, match="not a database"):
        open_writer(str(path), mode="append")
    assert path.read_text().startswith("these are my notes")


def test_sqlite_refuses_to_append_to_another_table_layout(database):
    with sqlite3.connect(database) as db:
        db.execute("UPDATE newsmine_meta SET value = '1' WHERE key = 'table_layout_version'")
    with pytest.raises(OutputError, match="layout 1"):
        open_writer(str(database), mode="append")
