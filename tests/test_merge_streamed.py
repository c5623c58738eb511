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


def test_a_gzip_cut_short_is_refused_saying_so(tmp_path):
    """review48c: a .jsonl.gz whose copy (or `gzip`) stopped part-way was "unexpected EOFError:
    Compressed file ended before the end-of-stream marker was reached; please report this"
    (exit 3), and the temporary database was left for the user to guess about."""
    _write(JsonLinesWriter, tmp_path / "records.jsonl")
    whole = gzip.compress((tmp_path / "records.jsonl").read_bytes() * 20)
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) * 2 // 3])
    with pytest.raises(UsageError, match=r"cut\.jsonl\.gz is a gzip file cut short or damaged .* gzip the records again"):
        merge(str(tmp_path / "cut.jsonl.gz"), str(tmp_path / "all.duckdb"))
    assert not any(path.name.startswith("all.duckdb") for path in tmp_path.iterdir())


def test_a_bad_line_with_records_after_it_is_not_called_a_stopped_run(tmp_path):
    """review48c: a line of another file joined in (or an edit) on line 2 of 4 was told "the run
    writing it was stopped ...; finish it with --resume", which appends after the end and leaves
    line 2 as it is. Only the last line of a streamed run is torn by a stop."""
    _write(JsonLinesWriter, tmp_path / "records.jsonl")
    lines = (tmp_path / "records.jsonl").read_bytes().splitlines(keepends=True)
    (tmp_path / "joined.jsonl").write_bytes(lines[0] + b'{"title": "Pier opens", "text": "The pier opened."}\n'
                                            + b"".join(lines[1:]))
    with pytest.raises(UsageError) as refused:
        merge(str(tmp_path / "joined.jsonl"), str(tmp_path / "all.duckdb"))
    assert "joined.jsonl, line 2: not a newsmine record, with records after it" in str(refused.value)
    assert "--resume" not in str(refused.value)


def test_windows_line_ends_and_a_blank_last_line_merge_as_the_file_itself(tmp_path):
    # near miss of the two above: CRLF and a trailing blank line are no bad line
    _write(JsonLinesWriter, tmp_path / "records.jsonl")
    crlf = (tmp_path / "records.jsonl").read_bytes().replace(b"\n", b"\r\n") + b"\r\n"
    (tmp_path / "crlf.jsonl").write_bytes(crlf)
    assert merge(str(tmp_path / "crlf.jsonl"), str(tmp_path / "crlf.duckdb")) == \
        merge(str(tmp_path / "records.jsonl"), str(tmp_path / "all.duckdb"))


def test_a_sigterm_that_duckdb_turns_into_an_error_is_reported_as_a_stop(tmp_path, monkeypatch):
    """review48c: SIGTERM while DuckDB copied the records (a scheduler ending the job) came out of
    DuckDB as "RuntimeError: Query interrupted", reported as "unexpected RuntimeError ...; please
    report this" (exit 3), not "terminated; the merge did not finish" (143). The merge here stands
    in for DuckDB's: it swallows the stop and raises its own error."""
    import os
    import signal
    import time

    import newsmine.shards.merge as merge_module
    from newsmine.cli.stops import terminate_like_interrupt

    def interrupted_query(*args, **kwargs):
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)
        except KeyboardInterrupt:
            raise RuntimeError("Query interrupted") from None

    monkeypatch.setattr(merge_module, "merge", interrupted_query)
    _write(JsonLinesWriter, tmp_path / "records.jsonl")
    with terminate_like_interrupt():  # as newsmine.cli.main sets it up before the command runs
        result = CliRunner().invoke(app, ["merge", str(tmp_path / "records.jsonl"), "-o", str(tmp_path / "all.duckdb")])
    assert result.exit_code == 143, result.stderr
    assert "terminated; the merge did not finish" in result.stderr and "unexpected" not in result.stderr


def test_a_killed_merges_temporary_database_is_named_by_the_next(tmp_path):
    """review48c: a merge killed with SIGKILL (the OOM killer, a scheduler's hard limit) leaves its
    temporary database (all.duckdb.tmp-PID and its .wal, as big as the merge got) beside the
    output, and the next merge said nothing of it. Named, not removed (another host's merge on a
    shared disk may be writing it)."""
    _write(JsonLinesWriter, tmp_path / "records.jsonl")
    left = tmp_path / "all.duckdb.tmp-999999"
    left.write_bytes(b"\0" * 2_000_000)
    (tmp_path / "all.duckdb.tmp-999999.wal").write_bytes(b"\0" * 500_000)
    result = CliRunner().invoke(app, ["merge", str(tmp_path / "records.jsonl"), "-o", str(tmp_path / "all.duckdb")])
    assert result.exit_code == 0, result.stderr
    assert (f"newsmine: warning: {left} is the temporary database of a merge into {tmp_path / 'all.duckdb'} that did "
            "not finish (killed?), 2.5 MB with its .wal; remove it unless a merge is still writing") in result.stderr
    assert left.exists()


def test_near_miss_a_merge_beside_no_leftover_says_nothing_of_one(tmp_path):
    _write(JsonLinesWriter, tmp_path / "records.jsonl")
    (tmp_path / "all.duckdb.bak").write_bytes(b"\0")  # a file of one's own beside it
    result = CliRunner().invoke(app, ["merge", str(tmp_path / "records.jsonl"), "-o", str(tmp_path / "all.duckdb")])
    assert result.exit_code == 0 and "warning" not in result.stderr.replace("article_warnings", "")


def test_a_merge_into_a_database_another_run_is_writing_is_refused_naming_it(tmp_path):
    """review50b: merge took no lock. Two merges into one database both found it missing, and the
    second replaced the first's without asking for --overwrite; the first, done, called the
    second's temporary database a killed merge's, to remove."""
    from newsmine.writers.run_lock import output_lock

    _write(JsonLinesWriter, tmp_path / "records.jsonl")
    output = tmp_path / "all.duckdb"
    with output_lock(str(output)):  # another run (a merge, an extract -o all.duckdb) holds it
        result = CliRunner().invoke(app, ["merge", str(tmp_path / "records.jsonl"), "-o", str(output)])
    assert result.exit_code == 2, result.stderr
    assert f"newsmine: error: another newsmine run is writing {output} (pid " in result.stderr
    assert not output.exists() and not list(tmp_path.glob("all.duckdb.tmp-*"))


def test_near_miss_a_merge_after_the_other_run_ended_writes_its_database(tmp_path):
    from newsmine.writers.run_lock import lock_path, output_lock

    _write(JsonLinesWriter, tmp_path / "records.jsonl")
    output = tmp_path / "all.duckdb"
    with output_lock(str(output)):
        pass
    counts = merge(str(tmp_path / "records.jsonl"), str(output))
    assert counts["articles"] == EXPECTED_ROWS["articles"] and output.exists()
    assert not (tmp_path / lock_path(str(output))).exists()  # the lock file went with the merge


@pytest.mark.parametrize("manifest", [True, False])
@pytest.mark.parametrize(("name", "told"), [
    ("records.duckdb", r"records\.duckdb is a DuckDB database .*already holds newsmine's tables and views.*newsmine report"),
    ("records.db", r"records\.db is a SQLite database .*newsmine report and newsmine explore read"),
])
def test_a_database_output_is_refused_as_the_database_it_is(tmp_path, name, told, manifest):
    """newuser59: `newsmine merge records.duckdb -o all.duckdb` (extract's own DuckDB output, its
    run manifest beside it) was read as JSON Lines and told "line 1: not a newsmine record, with
    records after it (was the file edited, or another file joined to it?)"; without the manifest,
    "does not hold newsmine records … to analyse articles, newsmine extract records.duckdb"."""
    from newsmine.writers.duckdb import DuckDbWriter
    from newsmine.writers.sqlite import SqliteWriter

    _write(DuckDbWriter if name.endswith(".duckdb") else SqliteWriter, tmp_path / name)
    if manifest:
        (tmp_path / f".{name}.newsmine-run.json").write_text("{}", encoding="utf-8")
    with pytest.raises(UsageError, match=told) as refused:
        merge(str(tmp_path / name), str(tmp_path / "all.duckdb"))
    assert "not a newsmine record" not in str(refused.value) and "newsmine extract records" not in str(refused.value)
    assert not (tmp_path / "all.duckdb").exists()


def test_a_database_named_to_merge_on_the_command_line_is_one_line_exit_2(tmp_path):
    from newsmine.writers.duckdb import DuckDbWriter

    _write(DuckDbWriter, tmp_path / "records.duckdb")
    result = CliRunner().invoke(app, ["merge", str(tmp_path / "records.duckdb"), "--output", str(tmp_path / "all.duckdb")])
    assert result.exit_code == 2
    assert "is a DuckDB database" in result.stderr
