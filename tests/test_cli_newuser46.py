"""What a newsroom data engineer met in session 46, running newsmine nightly over a web
archive into a dashboard (/work/notes/newuser46-findings.md): each test is one finding, on
invented news text."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsmine.cli import app

runner = CliRunner()

QUARRY = ("Quarry expansion put on hold\n\nThe county board paused a plan to widen the Redfield quarry on Monday. "
          '"We need the noise study first," said board chair Nora Vance.\n')
MARKET = ("Night market returns\n\nThe riverside night market opens again on Friday after a winter break. "
          '"Traders have waited months for this," said organiser Pavel Dunn.\n')

BRIDGE_URL = "https://lowfield-post.example/2026/01/bridge"
BRIDGE_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Footbridge closes for repairs</title>
<meta property="og:site_name" content="Lowfield Post"></head><body><article><h1>Footbridge closes for repairs</h1>
<p>The wooden footbridge over the Lowfield canal will close for six weeks from Monday while engineers replace its deck.</p>
<p>"The old planks have reached the end of their life," said Marta Quell, the council's head of highways.</p>
<p>Walkers and cyclists will be sent over the road bridge a little further north, where a temporary crossing is marked.</p>
</article></body></html>"""


def _extract(*args: str) -> object:
    return runner.invoke(app, ["extract", *args, "--workers", "1"])


# --- 1: a repeated article id within one run was kept without a word -------------------------


def _write_warc_with_one_page_twice(path) -> None:
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for _ in range(2):  # the crawler fetched the page twice
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(BRIDGE_URL, "response", payload=io.BytesIO(BRIDGE_PAGE.encode()),
                                                          http_headers=http))


def test_a_page_a_warc_holds_twice_is_a_warning_not_a_silent_second_row(tmp_path):
    """Both records went into the output with one article_id and the run said "2 articles":
    the tables' keys repeated and a dashboard counted the page twice."""
    warc = tmp_path / "crawl.warc.gz"
    _write_warc_with_one_page_twice(warc)
    result = _extract(str(warc), "-o", str(tmp_path / "news.jsonl"))
    assert result.exit_code == 0, result.stderr
    assert "1 record of this run repeated an article id" in result.stderr
    assert repr(BRIDGE_URL) in result.stderr and "not unique" in result.stderr


@pytest.mark.parametrize("output", ["news.duckdb", "news_parquet"])
def test_files_with_one_stem_in_two_folders_are_named_in_the_warning(tmp_path, output):
    for folder, text in (("east", QUARRY), ("west", MARKET)):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "local.txt").write_text(text, encoding="utf-8")
    formats = ["--format", "parquet"] if output.endswith("parquet") else []
    result = _extract(str(tmp_path / "in"), "-o", str(tmp_path / output), *formats)
    assert result.exit_code == 0, result.stderr
    assert "repeated an article id an earlier record of it has ('local')" in result.stderr


def test_sqlite_says_it_once_and_names_a_warc_page_among_the_causes(tmp_path, caplog):
    """SQLite keeps one article per id and its writer already warned (a logged line), but its
    hint spoke of file stems alone: a WARC's ids are URLs."""
    warc = tmp_path / "crawl.warc.gz"
    _write_warc_with_one_page_twice(warc)
    result = _extract(str(warc), "-o", str(tmp_path / "news.db"))
    assert result.exit_code == 0, result.stderr
    assert "repeated an article id" not in result.stderr
    assert "a page a WARC holds twice" in caplog.text


def test_distinct_ids_give_no_warning(tmp_path):
    (tmp_path / "quarry.txt").write_text(QUARRY, encoding="utf-8")
    (tmp_path / "market.txt").write_text(MARKET, encoding="utf-8")
    result = _extract(str(tmp_path / "quarry.txt"), str(tmp_path / "market.txt"), "-o", str(tmp_path / "news.jsonl"))
    assert result.exit_code == 0 and "article id" not in result.stderr


# --- 4: a dashboard holding the DuckDB file open stopped the nightly --append, misexplained ---


def test_a_reader_holding_the_duckdb_file_is_named_as_the_reason_append_cannot_run(tmp_path):
    """DuckDB writes a file only when no other process holds it, even read-only; the message
    asked "is another process writing it, or is it not a DuckDB file?" of a dashboard's
    read-only connection."""
    (tmp_path / "quarry.txt").write_text(QUARRY, encoding="utf-8")
    (tmp_path / "market.txt").write_text(MARKET, encoding="utf-8")
    database = tmp_path / "news.duckdb"
    assert _extract(str(tmp_path / "quarry.txt"), "-o", str(database)).exit_code == 0
    reader = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys; db = duckdb.connect(sys.argv[1], read_only=True); print('open', "
         "flush=True); sys.stdin.read()", str(database)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "open"
        result = _extract(str(tmp_path / "market.txt"), "-o", str(database), "--append")
    finally:
        reader.communicate("", timeout=30)
    assert result.exit_code == 2
    assert f"another process (PID {reader.pid}) has it open" in result.stderr
    assert "even read-only" in result.stderr and "is another process writing it" not in result.stderr


def test_a_parquet_directory_stays_readable_while_a_run_appends_to_it(tmp_path):
    """The part an --append run writes was named part-NNNNN.parquet from its start and had no
    footer until the run closed it, so a dashboard's '<dir>/<table>/*.parquet' query failed for
    the whole run ("too small to be a Parquet file")."""
    import duckdb

    from newsmine.records import ArticleRecord, Source
    from newsmine.writers.parquet import ParquetDirectoryWriter

    output = tmp_path / "news_parquet"
    with ParquetDirectoryWriter(output) as writer:
        writer.write(ArticleRecord(id="quarry", source=Source(format="text"), text=QUARRY))
    appending = ParquetDirectoryWriter(output, mode="append")
    try:
        appending.write(ArticleRecord(id="market", source=Source(format="text"), text=MARKET))
        appending.flush()  # a batch written, the part still open
        rows = duckdb.connect().execute(f"SELECT count(*) FROM '{output}/articles/*.parquet'").fetchone()[0]
    finally:
        appending.close()
    assert rows == 1  # the earlier part alone while the run is on
    assert duckdb.connect().execute(f"SELECT count(*) FROM '{output}/articles/*.parquet'").fetchone()[0] == 2


# --- 9: the report's corpus line left skipped records unsaid --------------------------------


def test_the_report_counts_the_records_read_but_not_analysed(tmp_path):
    """"articles 3 (1 ok, 0 failed)" for a thin page and a German page beside one article:
    two of three articles unaccounted for until the Data quality section."""
    from newsmine.records import ArticleRecord, Source

    ok = ArticleRecord(id="quarry", source=Source(format="text"), text=QUARRY)
    thin = ArticleRecord(id="gallery", status="skipped", error={"type": "ThinPage", "message": "a caption"},
                         source=Source(format="html"), text="Sunset over the quay.")
    german = ArticleRecord(id="hafen", status="skipped", error={"type": "OtherLanguage", "message": "de"},
                           source=Source(format="html"), text="Der Hafen bleibt geschlossen.", language="de")
    records = tmp_path / "news.jsonl"
    records.write_text("".join(r.model_dump_json() + "\n" for r in (ok, thin, german)), encoding="utf-8")
    result = runner.invoke(app, ["report", str(records), "--html", str(tmp_path / "report.html")])
    assert result.exit_code == 0, result.output
    assert "articles   3 (1 ok, 2 not analysed, 0 failed)" in result.stdout
    assert "articles (2 not analysed, 0 failed)" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_hidden_parts_a_killed_run_left_are_no_records_and_go_at_the_next_run(tmp_path):
    """A killed run leaves its parts hidden and unclosed: the directory holds no record, so the
    next run replaces it without a flag, and --append removes them before adding its own."""
    import duckdb

    from newsmine.records import ArticleRecord, Source
    from newsmine.writers.parquet import ParquetDirectoryWriter, holds_torn_parts_only

    (tmp_path / "quarry.txt").write_text(QUARRY, encoding="utf-8")
    output = tmp_path / "news_parquet"
    killed = ParquetDirectoryWriter(output)
    killed.write(ArticleRecord(id="market", source=Source(format="text"), text=MARKET))
    killed.flush()  # never closed: as a kill -9 leaves it
    assert holds_torn_parts_only(str(output)) and not list(output.glob("*/part-*.parquet"))
    result = _extract(str(tmp_path / "quarry.txt"), "--format", "parquet", "-o", str(output))
    assert result.exit_code == 0, result.stderr
    killed = ParquetDirectoryWriter(output, mode="append")
    killed.flush()
    result = _extract(str(tmp_path / "quarry.txt"), "--format", "parquet", "-o", str(output), "--append")
    assert result.exit_code == 0, result.stderr
    assert not list(output.glob("*/.part-*.tmp"))
    assert duckdb.connect().execute(f"SELECT article_id FROM '{output}/articles/*.parquet'").fetchall() == [("quarry",)]


# --- 10: --inputs-from only with --shards -----------------------------------------------------


def test_a_streamed_run_reads_its_inputs_from_a_list(tmp_path):
    """A nightly run over a day's files wants a list, not a command line of that length:
    "--inputs-from needs --shards"."""
    (tmp_path / "quarry.txt").write_text(QUARRY, encoding="utf-8")
    (tmp_path / "market.txt").write_text(MARKET, encoding="utf-8")
    listed = tmp_path / "today.txt"
    listed.write_text(f"# the day's files\n{tmp_path / 'quarry.txt'}\n\n{tmp_path / 'market.txt'}\n", encoding="utf-8")
    output = tmp_path / "news.jsonl"
    result = _extract("--inputs-from", str(listed), "-o", str(output))
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in output.read_text(encoding="utf-8").splitlines()] == ["quarry", "market"]
    listed.write_text("# nothing today\n", encoding="utf-8")
    result = _extract("--inputs-from", str(listed), "-o", str(tmp_path / "none.jsonl"))
    assert result.exit_code == 4 and f"{listed} names no input" in result.stderr
