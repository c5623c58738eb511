"""Output formats: the same records written as JSON, JSON Lines, DuckDB, Parquet and CSV.

Expected numbers come from tests/corpus.py, counted by hand from its invented texts.
"""

from __future__ import annotations

import csv
import datetime as dt
import json

import duckdb
import pyarrow.dataset as ds
import pytest

from newsmine.errors import OutputError, UsageError
from newsmine.writers import detect_output_format, open_writer
from newsmine.writers.tables import TABLES
from tests.corpus import EXPECTED_ROWS, harbour_1, sample_records

SPAN_TABLES = {"mentions": "", "quotes": "", "quote_parts": "", "dates": ""}


def _write(target, format=None, records=None, mode="new"):
    writer = open_writer(str(target), format=format, mode=mode)
    for record in records if records is not None else sample_records():
        writer.write(record)
    writer.close()


def _duckdb_counts(db) -> dict[str, int]:
    return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


@pytest.mark.parametrize(
    ("target", "expected"),
    [("out.jsonl", "jsonl"), ("out.ndjson", "jsonl"), ("out.json", "json"), ("out.duckdb", "duckdb"), ("out", "jsonl"), ("-", "jsonl")],
)
def test_output_format_follows_the_suffix(target, expected):
    assert detect_output_format(target) == expected


@pytest.mark.parametrize("name", ["records.csv", "records.parquet"])
def test_directory_formats_named_by_suffix_alone_are_refused_with_a_hint(name):
    with pytest.raises(UsageError, match="--format"):
        detect_output_format(name)


def test_table_formats_cannot_go_to_standard_output():
    with pytest.raises(UsageError, match="standard output"):
        open_writer("-", format="duckdb")


def test_row_counts_agree_across_all_formats(tmp_path):
    _write(tmp_path / "r.jsonl")
    _write(tmp_path / "r.json")
    _write(tmp_path / "r.duckdb")
    _write(tmp_path / "pq", format="parquet")
    _write(tmp_path / "csv", format="csv")

    lines = (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()
    array = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert len(lines) == len(array) == EXPECTED_ROWS["articles"]
    with duckdb.connect(str(tmp_path / "r.duckdb"), read_only=True) as db:
        assert _duckdb_counts(db) == EXPECTED_ROWS
    parquet_counts = {table: ds.dataset(tmp_path / "pq" / table).count_rows() for table in TABLES}
    assert parquet_counts == EXPECTED_ROWS
    csv_counts = {}
    for table in TABLES:
        with open(tmp_path / "csv" / f"{table}.csv", encoding="utf-8", newline="") as handle:
            csv_counts[table] = sum(1 for _ in csv.reader(handle)) - 1  # minus the header
    assert csv_counts == EXPECTED_ROWS


def test_json_array_round_trips_every_record(tmp_path):
    _write(tmp_path / "r.json")
    loaded = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert loaded == [record.model_dump(mode="json") for record in sample_records()]


def test_json_array_is_valid_json_after_each_record_even_if_never_closed(tmp_path):
    path = tmp_path / "r.json"
    writer = open_writer(str(path))
    assert json.loads(path.read_text()) == []
    records = sample_records()
    writer.write(records[0])
    writer.write(records[1])
    # No close(): as if the run were killed here.
    assert [item["id"] for item in json.loads(path.read_text())] == ["harbour-1", "harbour-2"]
    writer.close()


def test_json_array_append_continues_the_same_array(tmp_path):
    path = tmp_path / "r.json"
    records = sample_records()
    _write(path, records=records[:1])
    _write(path, records=records[1:], mode="append")
    assert [item["id"] for item in json.loads(path.read_text())] == ["harbour-1", "harbour-2", "broken", "harbour-3"]


def test_json_array_append_refuses_a_torn_file(tmp_path):
    path = tmp_path / "r.json"
    path.write_text('[\n{"id": "a"},\n{"id": "b"')
    with pytest.raises(OutputError, match="does not end"):
        open_writer(str(path), mode="append")


def test_duckdb_tables_link_quotes_to_speaker_entities(tmp_path):
    _write(tmp_path / "r.duckdb")
    with duckdb.connect(str(tmp_path / "r.duckdb"), read_only=True) as db:
        row = db.execute("""
            SELECT q.type, q.part_count, q.speaker_entity_id, e.name, e.label, q.cue_lemma, q.speaker_text
            FROM quotes q JOIN entities e ON e.article_id = q.article_id AND e.entity_id = q.speaker_entity_id
            WHERE q.article_id = 'harbour-2' AND q.quote_id = 'Q1'""").fetchall()
        assert row == [("direct", 2, "E1", "Dana Reyes", "PERSON", "say", "Dana Reyes")]
        parts = db.execute("SELECT text FROM quote_parts WHERE article_id = 'harbour-2' AND quote_id = 'Q1' ORDER BY part_index").fetchall()
        assert parts == [("The ferry is safe,",), ("and it runs daily.",)]
        article = db.execute("SELECT published, authors, outlet, url FROM articles WHERE article_id = 'harbour-1'").fetchone()
        assert article == (dt.date(2025, 3, 10), "Ann Lee; Bo Park", "Eastmere Gazette", "https://eastmere.example/pier")
        error = db.execute("SELECT status, error_type, text FROM articles WHERE article_id = 'broken'").fetchone()
        assert error == ("error", "DecodeError", "")
        addressee = db.execute("SELECT addressee_text FROM quotes WHERE addressee_text IS NOT NULL").fetchall()
        assert addressee == [("the Gazette",)]


def test_duckdb_offsets_slice_the_article_text_in_every_span_table(tmp_path):
    # DuckDB's substring counts characters (from 1), like Python's str offsets (from 0):
    # "Café" in harbour-3 makes a byte-offset bug show.
    _write(tmp_path / "r.duckdb")
    with duckdb.connect(str(tmp_path / "r.duckdb"), read_only=True) as db:
        for table in SPAN_TABLES:
            wrong = db.execute(f"""
                SELECT count(*) FROM {table} t JOIN articles a USING (article_id)
                WHERE substring(a.text, t.start_char + 1, t.end_char - t.start_char) <> t.text""").fetchone()[0]
            assert wrong == 0, table
        checked = db.execute("""SELECT count(*) FROM quotes q JOIN articles a USING (article_id)
            WHERE substring(a.text, q.speaker_start_char + 1, q.speaker_end_char - q.speaker_start_char) = q.speaker_text""").fetchone()[0]
        assert checked == 5  # every quote with a speaker


def test_duckdb_speakers_view_counts_quotes_per_speaker_per_outlet(tmp_path):
    _write(tmp_path / "r.duckdb")
    with duckdb.connect(str(tmp_path / "r.duckdb"), read_only=True) as db:
        rows = db.execute("SELECT outlet, speaker, speaker_kind, quotes, articles FROM speakers ORDER BY quotes DESC, outlet, speaker").fetchall()
    assert rows == [
        ("Eastmere Gazette", "Dana Reyes", "person", 2, 1),
        ("Coastline Post", "Dana Reyes", "person", 1, 1),
        ("Coastline Post", "Tom Okafor", "person", 1, 1),
        ("Eastmere Gazette", "A port official", "anonymous", 1, 1),
    ]


def test_duckdb_append_replaces_articles_seen_in_an_earlier_run(tmp_path):
    path = tmp_path / "r.duckdb"
    _write(path)
    revised = harbour_1()
    revised.title = "Pier to reopen in May"
    revised.quotes = revised.quotes[:1]
    _write(path, records=[revised], mode="append")
    with duckdb.connect(str(path), read_only=True) as db:
        assert _duckdb_counts(db) == {**EXPECTED_ROWS, "quotes": 4, "quote_parts": 5}
        assert db.execute("SELECT title FROM articles WHERE article_id = 'harbour-1'").fetchall() == [("Pier to reopen in May",)]


def test_duckdb_keeps_two_records_with_the_same_id_from_one_run(tmp_path):
    # Two inputs can share an id (a.txt in two folders); within a run nothing is dropped,
    # so the counts match the JSON Lines output of the same run.
    path = tmp_path / "r.duckdb"
    _write(path, records=[harbour_1(), harbour_1()])
    _write(path, records=[harbour_1(), harbour_1()], mode="append")
    with duckdb.connect(str(path), read_only=True) as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
        assert db.execute("SELECT count(*) FROM quotes").fetchone()[0] == 6


def test_duckdb_append_across_batches_replaces_once(tmp_path):
    from newsmine.writers.duckdb import DuckDbWriter

    path = tmp_path / "r.duckdb"
    _write(path)
    with DuckDbWriter(path, mode="append", batch_records=1) as writer:
        for record in sample_records():
            writer.write(record)
    with duckdb.connect(str(path), read_only=True) as db:
        assert _duckdb_counts(db) == EXPECTED_ROWS


def test_duckdb_new_mode_refuses_an_existing_database(tmp_path):
    _write(tmp_path / "r.duckdb")
    with pytest.raises(OutputError, match="--overwrite"):
        open_writer(str(tmp_path / "r.duckdb"))


def test_duckdb_documents_its_columns(tmp_path):
    _write(tmp_path / "r.duckdb", records=[])
    with duckdb.connect(str(tmp_path / "r.duckdb"), read_only=True) as db:
        comment = db.execute("SELECT comment FROM duckdb_columns() WHERE table_name = 'quotes' AND column_name = 'speaker_entity_id'").fetchone()[0]
    assert "entities.entity_id" in comment


def test_parquet_dataset_holds_exact_values_and_appends_a_part(tmp_path):
    _write(tmp_path / "pq", format="parquet")
    quotes = ds.dataset(tmp_path / "pq" / "quotes").to_table().to_pylist()
    q2 = next(row for row in quotes if row["article_id"] == "harbour-1" and row["quote_id"] == "Q2")
    assert (q2["start_char"], q2["end_char"], q2["text"], q2["addressee_text"]) == (52, 65, "We are ready,", "the Gazette")
    _write(tmp_path / "pq", format="parquet", records=[harbour_1()], mode="append")
    assert sorted(p.name for p in (tmp_path / "pq" / "quotes").iterdir()) == ["part-00000.parquet", "part-00001.parquet"]
    assert ds.dataset(tmp_path / "pq" / "articles").count_rows() == 4  # the re-seen harbour-1 replaced, not doubled


def test_overwrite_of_a_directory_output_leaves_other_files_alone(tmp_path):
    out = tmp_path / "csv"
    _write(out, format="csv")
    (out / "notes.txt").write_text("mine")
    _write(out, format="csv", records=[harbour_1()], mode="overwrite")
    assert (out / "notes.txt").read_text() == "mine"
    assert (out / "articles.csv").read_bytes().count(b"\r\n") == 2  # header + 1 row


def test_new_directory_output_refuses_a_non_empty_directory(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "x").write_text("")
    with pytest.raises(OutputError, match="not empty"):
        open_writer(str(tmp_path / "out"), format="parquet")


def test_csv_is_rfc_4180_utf8(tmp_path):
    _write(tmp_path / "csv", format="csv")
    raw = (tmp_path / "csv" / "articles.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.startswith(b"article_id,status,error_type,error_message,title,outlet,authors,published,url,")
    assert raw.count(b"\r\n") == 5 and b"\n" not in raw.replace(b"\r\n", b"")
    # The text holds quotes and a comma: quoted, inner quotes doubled.
    assert b'"Mayor Dana Reyes said the pier will reopen in May. ""We are ready,"" Reyes told' in raw
    assert "Café owners".encode("utf-8") in raw
    with open(tmp_path / "csv" / "articles.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["article_id"] for row in rows] == ["harbour-1", "harbour-2", "broken", "harbour-3"]
    assert rows[0]["published"] == "2025-03-10" and rows[2]["published"] == ""


def test_readme_documents_every_table_column():
    from newsmine.writers.tables import tables_markdown
    from tests.conftest import REPO

    assert tables_markdown() in (REPO / "README.md").read_text(encoding="utf-8"), (
        "README's column reference is out of date: paste newsmine.writers.tables.tables_markdown() into 'Output formats'")


def test_quotes_table_gives_a_split_quote_its_own_words_without_the_attribution(tmp_path):
    # harbour-2's Q1: '"The ferry is safe," Reyes said, "and it runs daily."' (tests/corpus.py)
    db = tmp_path / "q.duckdb"
    _write(db)
    with duckdb.connect(str(db), read_only=True) as con:
        words = dict(con.execute("SELECT article_id || ':' || quote_id, words FROM quotes").fetchall())
    assert words["harbour-2:Q1"] == "The ferry is safe, … and it runs daily."
    assert words["harbour-1:Q2"] == "We are ready,"  # one part: the quote's text


def test_the_source_format_column_names_every_format_a_record_can_hold():
    """The tables' column reference (and the DuckDB comment, Datasette's description) listed
    text, html, json, jsonl and warc only, where a record's source.format may also be csv or feed."""
    import re

    from newsmine.records import Source
    from newsmine.writers.tables import TABLES

    record_formats = set(re.findall(r"\b[a-z]+\b", Source.model_fields["format"].description.split(":", 1)[1].split("(")[0]))
    column = next(c for c in TABLES["articles"] if c.name == "source_format")
    assert record_formats == {"text", "html", "json", "jsonl", "csv", "warc", "feed"}
    assert record_formats <= set(re.findall(r"\b[a-z]+\b", column.description))
