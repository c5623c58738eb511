"""`newsmine merge` of a streamed run's JSON Lines records, and what it says of inputs it cannot
merge.

A newsroom's big archive is extracted as the README advises for large corpora (`extract
archive/ -o records.jsonl`: crash-safe, resumable); the tables then were out of reach but by
extracting the whole archive again into `.duckdb` (hours): `merge records.jsonl` said
"dir 'records.jsonl' is a file". The records (tests.corpus, invented texts) are written here
with newsmine's own writers, as a run writes them."""

from __future__ import annotations

import gzip

import duckdb
import pytest
from typer.testing import CliRunner

from newsmine.cli import app
from newsmine.errors import UsageError
from newsmine.shards.merge import merge
from newsmine.writers.csv import CsvDirectoryWriter
from newsmine.writers.json_array import JsonArrayWriter
from newsmine.writers.jsonl import JsonLinesWriter
from newsmine.writers.parquet import ParquetDirectoryWriter
from newsmine.writers.tables import TABLES
from tests.corpus import EXPECTED_ROWS, sample_records


def _write(writer_class, path) -> None:
    with writer_class(str(path)) as writer:
        for record in sample_records():
            writer.write(record)


def _rows(database) -> dict[str, list[tuple]]:
    with duckdb.connect(str(database), read_only=True) as db:
        return {table: db.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() for table in TABLES}


def test_a_streamed_runs_json_lines_merge_into_the_tables_of_its_parquet_twin(tmp_path):
    _write(JsonLinesWriter, tmp_path / "records.jsonl")
    _write(ParquetDirectoryWriter, tmp_path / "parquet")
    counts = merge(str(tmp_path / "records.jsonl"), str(tmp_path / "from-jsonl.duckdb"))
    assert counts == merge(str(tmp_path / "parquet"), str(tmp_path / "from-parquet.duckdb"))
    assert {table: counts[table] for table in EXPECTED_ROWS} == EXPECTED_ROWS
    assert _rows(tmp_path / "from-jsonl.duckdb") == _rows(tmp_path / "from-parquet.duckdb")


def test_a_streamed_run_gzipped_after_it_ended_merges_too(tmp_path):
    """The README advises `gzip` after the run for a compressed output."""
    _write(JsonLinesWriter, tmp_path / "records.jsonl")
    (tmp_path / "records.jsonl.gz").write_bytes(gzip.compress((tmp_path / "records.jsonl").read_bytes()))
    counts = merge(str(tmp_path / "records.jsonl.gz"), str(tmp_path / "all.duckdb"))
    assert counts["articles"] == EXPECTED_ROWS["articles"]


def test_merge_of_a_json_lines_file_from_the_command_line(tmp_path):
    _write(JsonLinesWriter, tmp_path / "records.jsonl")
    result = CliRunner().invoke(app, ["merge", str(tmp_path / "records.jsonl"), "--output", str(tmp_path / "all.duckdb")])
    assert result.exit_code == 0, result.stderr
    assert f"articles {EXPECTED_ROWS['articles']}," in result.stderr
    assert _rows(tmp_path / "all.duckdb")["articles"]


def test_a_torn_last_line_is_refused_with_how_to_finish_the_run(tmp_path):
    """A run killed mid-write (or still writing) leaves a torn last line: merging it would
    publish a database short of the rest of the archive without a word."""
    _write(JsonLinesWriter, tmp_path / "records.jsonl")
    whole = (tmp_path / "records.jsonl").read_bytes()
    (tmp_path / "torn.jsonl").write_bytes(whole[: len(whole) - 40])
    with pytest.raises(UsageError, match=r"torn\.jsonl, line 4: not a whole newsmine record .* --resume, then merge"):
        merge(str(tmp_path / "torn.jsonl"), str(tmp_path / "all.duckdb"))
    assert sorted(path.name for path in tmp_path.iterdir()) == ["records.jsonl", "torn.jsonl"]


def test_an_article_feed_is_not_merged_as_records(tmp_path):
    """Near miss: a .jsonl of articles (what extract reads) is not records; merge says how to
    analyse it instead of writing empty tables."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a1", "text": "The harbour board met on Monday."}\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r"feed\.jsonl does not hold newsmine records .*newsmine extract .*feed\.jsonl"):
        merge(str(feed), str(tmp_path / "all.duckdb"))
    assert not (tmp_path / "all.duckdb").exists()


def test_a_json_array_output_is_refused_with_the_way_to_json_lines(tmp_path):
    _write(JsonArrayWriter, tmp_path / "records.json")
    with pytest.raises(UsageError, match=r"is a JSON array of records \(--format json\).*jq -c"):
        merge(str(tmp_path / "records.json"), str(tmp_path / "all.duckdb"))


def test_a_csv_output_directory_is_refused_with_what_to_do(tmp_path):
    """It said "is not a newsmine Parquet output (no parts for articles, ...)" of newsmine's
    own CSV output, and nothing of how to get one database from it."""
    _write(CsvDirectoryWriter, tmp_path / "tables")
    with pytest.raises(UsageError, match=r"holds CSV tables \(--format csv\), which merge does not read: .*read_csv"):
        merge(str(tmp_path / "tables"), str(tmp_path / "all.duckdb"))


def test_a_folder_of_articles_is_still_not_a_newsmine_output(tmp_path):
    """Near miss: a folder with no tables of either kind keeps the message it had."""
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "story.txt").write_text("The harbour board met on Monday.\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"corpus is not a newsmine Parquet output"):
        merge(str(tmp_path / "corpus"), str(tmp_path / "all.duckdb"))
