"""--append reads the paths the output holds by id (``writers.held_paths_by_id``, session 45,
append45): built straight from the rows, one path string shared by the articles of one file.
The count of replaced articles and the warning of a namesake from another path must stay what
the Counter of ``held_articles`` gave."""

from __future__ import annotations

import sqlite3

import duckdb
import pytest

from newsmine.batch import RunSummary, _count_replaced, _held_by_id
from newsmine.writers import held_articles, held_paths_by_id

ROWS = [
    ("budget", "crawl/day1/budget.txt"),
    ("budget", "crawl/day1/budget.txt"),  # one file holding the id twice: one path
    ("ferry", "crawl/day1/ferry.txt"),
    ("budget", "crawl/day2/budget.txt"),  # a namesake from another path
    ("a1", "feeds/day1.jsonl"),  # ids that are not file stems: the path as it is
    ("a2", "feeds/day1.jsonl"),
    ("stdin", None),
    ("1", "feeds/day1.jsonl"),  # an id found inside a path it is not the stem of
]


def _database(tmp_path, format):
    if format == "duckdb":
        path = tmp_path / "news.duckdb"
        with duckdb.connect(str(path)) as db:
            db.execute("CREATE TABLE newsmine_meta (key VARCHAR, value VARCHAR)")
            db.execute("CREATE TABLE articles (article_id VARCHAR, source_path VARCHAR)")
            db.executemany("INSERT INTO articles VALUES (?, ?)", ROWS)
    else:
        path = tmp_path / "news.db"
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE newsmine_meta (key TEXT, value TEXT)")
            db.execute("CREATE TABLE articles (article_id TEXT, source_path TEXT)")
            db.executemany("INSERT INTO articles VALUES (?, ?)", ROWS)
    return str(path)


@pytest.mark.parametrize("format", ["duckdb", "sqlite"])
def test_held_paths_by_id_holds_what_held_articles_counts(tmp_path, format):
    path = _database(tmp_path, format)
    by_id = held_paths_by_id(path, format)
    expected: dict[str, list] = {}
    for source_path, article_id in held_articles(path, format):
        expected.setdefault(article_id, []).append(source_path)
    assert by_id.keys() == expected.keys()
    for article_id, paths in expected.items():
        held = by_id[article_id]
        assert sorted(held if type(held) is tuple else (held,), key=str) == sorted(paths, key=str)
    assert by_id["budget"] == ("crawl/day1/budget.txt", "crawl/day2/budget.txt")
    assert by_id["ferry"] == "crawl/day1/ferry.txt"
    assert by_id["a1"] == by_id["a2"] == "feeds/day1.jsonl" and by_id["stdin"] is None
    assert by_id["a1"] is by_id["a2"]  # the articles of one file share its path string


@pytest.mark.parametrize("format", ["duckdb", "sqlite"])
def test_count_replaced_warns_of_a_namesake_only(tmp_path, format):
    appended_to = _held_by_id(_database(tmp_path, format), format)
    summary = RunSummary()
    for key in [("crawl/day2/ferry.txt", "ferry"), ("crawl/day1/budget.txt", "budget"),
                ("feeds/day2.jsonl", "a1"), ("feeds/day1.jsonl", "a2"), ("x/new.txt", "new"),
                ("crawl/day3/budget.txt", "budget")]:  # second record of one id: replaces this run's
        _count_replaced((key[0], key[1]), appended_to, summary)
    assert summary.replaced == 4
    assert summary.replaced_from_elsewhere == [("ferry", "crawl/day2/ferry.txt", "crawl/day1/ferry.txt"),
                                               ("a1", "feeds/day2.jsonl", "feeds/day1.jsonl")]


def test_held_by_id_of_a_foreign_or_missing_database_is_empty(tmp_path):
    foreign = tmp_path / "theirs.db"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE t (x)")
    assert _held_by_id(str(foreign), "sqlite") == {}
    assert _held_by_id(str(tmp_path / "none.duckdb"), "duckdb") == {}
