"""What a database output holds, read for --resume and --append (:mod:`newsmine.writers.held`,
one reading for DuckDB and SQLite since session 66): the articles counted per source and id, the
rows in table order, and a database with newsmine's meta table but no articles table refused
with a message naming the database kind (no test reached that message before)."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from newsmine.errors import OutputError
from newsmine.writers import duckdb as duckdb_writer
from newsmine.writers import sqlite as sqlite_writer


def _sqlite_database(path, statements):
    with closing(sqlite3.connect(path)) as db:
        for statement in statements:
            db.execute(statement)
        db.commit()


def _duckdb_database(path, statements):
    duckdb = pytest.importorskip("duckdb")
    with duckdb.connect(str(path)) as db:
        for statement in statements:
            db.execute(statement)


MAKERS = {"SQLite": (_sqlite_database, sqlite_writer), "DuckDB": (_duckdb_database, duckdb_writer)}
ARTICLES = [
    "CREATE TABLE newsmine_meta (key TEXT, value TEXT)",
    "CREATE TABLE articles (article_id TEXT, source_path TEXT)",
    "INSERT INTO articles VALUES ('a1', 'in.jsonl'), ('a2', 'in.jsonl'), ('a1', 'in.jsonl'), ('b1', NULL)",
]


@pytest.mark.parametrize("kind", MAKERS)
def test_held_articles_are_counted_per_source_and_id(tmp_path, kind):
    make, writer = MAKERS[kind]
    path = tmp_path / "news.db"
    make(path, ARTICLES)
    assert writer.held_articles(path) == {("in.jsonl", "a1"): 2, ("in.jsonl", "a2"): 1, (None, "b1"): 1}
    assert [row for batch in writer.held_rows(path, batch_rows=3) for row in batch] == [
        ("a1", "in.jsonl"), ("a2", "in.jsonl"), ("a1", "in.jsonl"), ("b1", None),
    ]  # fmt: skip


@pytest.mark.parametrize("kind", MAKERS)
def test_a_missing_database_holds_nothing(tmp_path, kind):
    _, writer = MAKERS[kind]
    assert writer.held_articles(tmp_path / "none.db") == {}
    assert list(writer.held_rows(tmp_path / "none.db")) == []


@pytest.mark.parametrize("kind", MAKERS)
def test_a_newsmine_database_without_articles_is_refused_by_name(tmp_path, kind):
    make, writer = MAKERS[kind]
    path = tmp_path / "news.db"
    make(path, ARTICLES[:1])
    with pytest.raises(OutputError, match=f"(?s)cannot resume .*is it a newsmine {kind} output"):
        writer.held_articles(path)
    with pytest.raises(OutputError, match=f"(?s)cannot append to .*is it a newsmine {kind} output"):
        list(writer.held_rows(path))
