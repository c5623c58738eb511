"""Gzipped text and JSON inputs (feed.jsonl.gz, story.txt.gz, dump.json.gz): read as they are
decompressed, in streamed and sharded runs; damage keeps what came before it. The articles
are invented here."""

from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsmine.cli import app
from newsmine.cli.progress import count_articles
from newsmine.readers import list_inputs, read_articles
from newsmine.runners import PipelineSettings
from newsmine.runners.work import use_pipeline
from newsmine.shards import ShardSettings, expand_inputs, run_shards, shard_name

runner = CliRunner()

FEED = [
    {"id": "quay-1", "text": 'Harbour master Ines Calloway said the north quay will close on Monday. "We have no '
                             'choice," Calloway told reporters.'},
    {"text": "The Eastfield library will open on Sundays from April, councillor Marek Oduya said on Tuesday."},
    {"id": "fire-3", "title": "Blaze contained", "text": 'Fire chief Alma Tervo said crews contained the blaze by '
                                                         'noon. "Nobody was hurt," Tervo said.'},
]
STORY = ('Ferry back on Friday\n\nThe ferry to Kell Island resumes service on Friday, the operator Northline said. '
         '"The new hull passed every test," said captain Ruth Ambrose.\n')


def _feed_bytes(objects: list[dict]) -> bytes:
    return b"".join(json.dumps(obj).encode() + b"\n" for obj in objects)


def _many(count: int) -> list[dict]:
    """A feed longer than the 64 KiB the reader looks at first."""
    return [{"id": f"n{number}", "text": f"Item {number}. " + "Councillor Marek Oduya spoke about the budget. " * 20}
            for number in range(count)]


def _cut(data: bytes, share: float) -> bytes:
    """The gzip of ``data``, cut short at ``share`` of its length (a download that stopped)."""
    packed = gzip.compress(data)
    return packed[: int(len(packed) * share)]


def _complete_lines(cut: bytes) -> int:
    """The lines whole in what can still be decompressed of ``cut``."""
    return zlib.decompressobj(wbits=31).decompress(cut).count(b"\n")


@pytest.fixture(scope="module", autouse=True)
def shared_pipeline(pipeline):
    """Shards run in this process use the session's pipeline instead of loading another."""
    use_pipeline(PipelineSettings(), pipeline)


@pytest.mark.parametrize(("plain", "data"), [("feed.jsonl", _feed_bytes(FEED)), ("story.txt", STORY.encode()),
                                             ("dump.json", json.dumps(FEED).encode())])
def test_a_gzipped_input_gives_the_records_of_the_plain_file(tmp_path, plain, data):
    """`newsmine extract feed.jsonl.gz` was refused: gunzip it or pipe it through zcat. Only
    the file name differs (source.path, and the <file name>:<line> id of an object without id)."""
    (tmp_path / plain).write_bytes(data)
    (tmp_path / f"{plain}.gz").write_bytes(gzip.compress(data))
    outputs = {}
    for name in (plain, f"{plain}.gz"):
        result = runner.invoke(app, ["extract", str(tmp_path / name), "-o", str(tmp_path / f"{name}.out.jsonl"),
                                     "--workers", "1"])
        assert result.exit_code == 0, result.stderr
        outputs[name] = (tmp_path / f"{name}.out.jsonl").read_bytes()
    assert outputs[plain].count(b"\n") == (1 if plain == "story.txt" else len(FEED))
    assert outputs[f"{plain}.gz"].replace(f"{plain}.gz".encode(), plain.encode()) == outputs[plain]


def test_a_gzipped_feed_cut_short_keeps_every_line_before_the_damage_and_says_so(tmp_path):
    path = tmp_path / "wire.jsonl.gz"
    cut = _cut(_feed_bytes(_many(300)), 0.6)
    path.write_bytes(cut)
    whole = _complete_lines(cut)
    assert 65536 // 1000 < whole < 300  # the damage lies past the first 64 KiB, and lines were lost
    articles = list(read_articles([path]))
    assert [a.id for a in articles[:-1]] == [f"n{number}" for number in range(whole)]
    assert all(a.failure is None for a in articles[:-1])
    last = articles[-1]
    assert last.id == "wire.jsonl.gz:0" and last.failure.type == "DecodeError"
    assert last.failure.message.startswith("the gzip file is cut short (a download or copy that stopped?) (EOFError: ")
    assert last.failure.message.endswith(f"; the {whole} articles before the damage are kept. Check it with gzip -t, "
                                         "or download it again")
    # progress counts the same articles before the damage
    assert count_articles(list_inputs([path])) == whole


def test_a_small_gzipped_feed_damaged_within_its_first_bytes_keeps_the_lines_before(tmp_path):
    """The first 64 KiB are read at once to tell the encoding: damage inside them lost every line."""
    path = tmp_path / "brief.jsonl.gz"
    data = _feed_bytes(FEED)
    path.write_bytes(gzip.compress(data)[:-12])  # the end of the deflate stream and the trailer are gone
    whole = _complete_lines(path.read_bytes())
    assert 1 <= whole < len(FEED)
    articles = list(read_articles([path]))
    assert [a.failure is None for a in articles] == [True] * whole + [False]
    assert articles[-1].failure.type == "DecodeError" and "cut short" in articles[-1].failure.message


def test_a_gzipped_json_array_cut_short_keeps_the_elements_before(tmp_path):
    path = tmp_path / "dump.json.gz"
    objects = _many(300)
    path.write_bytes(_cut(json.dumps(objects).encode(), 0.6))
    articles = list(read_articles([path]))
    kept = [a for a in articles if a.failure is None]
    decompressed = zlib.decompressobj(wbits=31).decompress(path.read_bytes())
    complete = sum(1 for obj in objects if json.dumps(obj).encode() + b"," in decompressed)
    assert len(kept) == complete > 100
    assert articles[-1].failure.type == "DecodeError" and articles[-1].id == "dump.json.gz:0"


def test_a_single_json_article_cut_short_has_the_same_id_gzipped_or_not(tmp_path):
    story = json.dumps({"title": "Ferry back on Friday", "text": STORY * 40}).encode()
    (tmp_path / "ferry.json").write_bytes(story[: len(story) // 2])
    (tmp_path / "ferry-packed.json.gz").write_bytes(_cut(story, 0.5))
    plain, packed = read_articles([tmp_path / "ferry.json", tmp_path / "ferry-packed.json.gz"])
    assert (plain.id, plain.failure.type) == ("ferry", "InvalidJSON")
    assert (packed.id, packed.failure.type) == ("ferry-packed", "DecodeError")


def test_a_file_named_gz_that_is_not_gzipped_and_a_damaged_one_are_error_records(tmp_path):
    plain = tmp_path / "feed.jsonl.gz"
    plain.write_bytes(_feed_bytes(FEED))
    [article] = read_articles([plain])
    assert article.failure.type == "DecodeError"
    assert article.failure.message.startswith("the file is named .gz but is not gzipped (BadGzipFile: Not a gzipped "
                                              "file")
    assert article.failure.message.endswith("rename it without .gz (feed.jsonl), or gzip it")
    damaged = tmp_path / "story.txt.gz"
    packed = bytearray(gzip.compress(STORY.encode()))
    packed[-8] ^= 0xFF  # the checksum no longer matches the text
    damaged.write_bytes(bytes(packed))
    [article] = read_articles([damaged])
    assert (article.id, article.failure.type) == ("story", "DecodeError")
    assert article.failure.message.startswith("the gzip file is damaged (BadGzipFile: CRC check failed")
    assert article.text == ""  # a text whose bytes cannot be trusted is not analysed


def test_a_gzip_bomb_stops_at_the_text_limit(tmp_path):
    """The size limits count decompressed bytes: a small .txt.gz holding 50 MB is refused unread."""
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 50_000_000))
    assert path.stat().st_size < 100_000
    [article] = read_articles([path], max_chars=1000)
    assert article.failure.type == "InputTooLarge"


def test_resume_continues_a_gzipped_feed(tmp_path):
    feed = tmp_path / "feed.jsonl.gz"
    feed.write_bytes(gzip.compress(_feed_bytes(FEED)))
    whole, resumed = tmp_path / "whole.jsonl", tmp_path / "resumed.jsonl"
    assert runner.invoke(app, ["extract", str(feed), "-o", str(whole), "--workers", "1"]).exit_code == 0
    first = whole.read_bytes().split(b"\n")[0] + b"\n"
    resumed.write_bytes(first)  # a run stopped after its first record
    result = runner.invoke(app, ["extract", str(feed), "-o", str(resumed), "--resume", "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    assert resumed.read_bytes() == whole.read_bytes()
    assert [json.loads(line)["id"] for line in whole.read_text().splitlines()] == ["quay-1", "feed.jsonl.gz:2", "fire-3"]


def test_sharded_runs_read_gzipped_feeds_and_a_damaged_one_fills_its_own_part(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "feed.jsonl.gz").write_bytes(gzip.compress(_feed_bytes(FEED)))
    cut = _cut(_feed_bytes(_many(200)), 0.5)
    (corpus / "cut.jsonl.gz").write_bytes(cut)
    (corpus / "story.txt.gz").write_bytes(gzip.compress(STORY.encode()))
    inputs = list(expand_inputs([str(corpus)]))  # the directory is walked as a streamed run walks it
    assert len(inputs) == 3
    run = run_shards(inputs, str(tmp_path / "out"), ShardSettings(format="jsonl"), workers=1)
    assert (run.done, run.failed_shards) == (3, [])
    parts = {path.name: [json.loads(line) for line in path.read_text().splitlines()]
             for path in (tmp_path / "out" / "records").iterdir()}
    feed = parts[shard_name(str(corpus / "feed.jsonl.gz")) + ".jsonl"]
    assert [r["id"] for r in feed] == ["quay-1", "feed.jsonl.gz:2", "fire-3"]
    assert all(r["status"] == "ok" for r in feed)
    damaged = parts[shard_name(str(corpus / "cut.jsonl.gz")) + ".jsonl"]
    assert [r["status"] for r in damaged] == ["ok"] * _complete_lines(cut) + ["error"]
    assert damaged[-1]["error"]["type"] == "DecodeError"
    assert [r["id"] for r in parts[shard_name(str(corpus / "story.txt.gz")) + ".jsonl"]] == ["story"]
    # the shard keeps the name it had before gzipped feeds were read
    assert shard_name(str(corpus / "feed.jsonl.gz")).startswith("feed.jsonl.gz-")


def test_sharded_runs_read_gzipped_feeds_at_fsspec_urls(tmp_path):
    import fsspec

    fs = fsspec.filesystem("memory")
    fs.pipe("/gzin/feed.jsonl.gz", gzip.compress(_feed_bytes(FEED)))
    try:
        run = run_shards(["memory:///gzin/feed.jsonl.gz"], str(tmp_path / "out"), ShardSettings(format="jsonl"),
                         workers=1)
        assert run.done == 1
        [part] = (tmp_path / "out" / "records").iterdir()
        records = [json.loads(line) for line in part.read_text().splitlines()]
        assert [r["id"] for r in records] == ["quay-1", "feed.jsonl.gz:2", "fire-3"]
        assert {r["source"]["path"] for r in records} == {"memory:///gzin/feed.jsonl.gz"}
    finally:
        fs.rm("/gzin", recursive=True)


def test_inputs_from_lists_gzipped_feeds(tmp_path):
    feed = tmp_path / "feed.jsonl.gz"
    feed.write_bytes(gzip.compress(_feed_bytes(FEED)))
    listing = tmp_path / "inputs.txt"
    listing.write_text(f"{feed}\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", "--inputs-from", str(listing), "--shards", "--format", "jsonl",
                                 "-o", str(tmp_path / "out"), "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    [part] = Path(tmp_path / "out" / "records").iterdir()
    assert len(part.read_text().splitlines()) == len(FEED)


def test_a_gzipped_feed_named_without_gz_is_told_to_take_the_suffix(tmp_path):
    """It said "decompress it first (gunzip)" alone, though newsmine reads it named .jsonl.gz."""
    path = tmp_path / "feed.jsonl"
    path.write_bytes(gzip.compress(_feed_bytes(FEED)))
    [article] = read_articles([path])
    assert article.failure.type == "DecodeError"
    assert article.failure.message == ("the file is gzip-compressed, not text; name it with .gz at the end "
                                       "(feed.jsonl.gz), which newsmine reads as it decompresses it, or decompress "
                                       "it first (gunzip; on standard input, zcat feed.jsonl.gz | newsmine extract -)")


def test_a_gzipped_feed_on_standard_input_is_told_to_decompress_it_into_the_pipe(tmp_path):
    """Piped without --stdin-format it was refused as "WARC input on standard input", and with
    one it was told to "name it with .gz", which standard input cannot be."""
    packed = gzip.compress(_feed_bytes(FEED))
    sniffed = runner.invoke(app, ["extract", "-", "-o", str(tmp_path / "a.jsonl")], input=packed)
    assert sniffed.exit_code == 2
    assert "WARC" not in sniffed.stderr
    assert "gzip-compressed standard input is not read" in sniffed.stderr
    assert "zcat feed.jsonl.gz | newsmine extract - --stdin-format jsonl" in sniffed.stderr
    assert not (tmp_path / "a.jsonl").exists()
    told = runner.invoke(app, ["extract", "-", "--stdin-format", "jsonl", "-o", str(tmp_path / "b.jsonl"), "--workers",
                               "1"], input=packed)
    assert told.exit_code == 1
    [record] = [json.loads(line) for line in (tmp_path / "b.jsonl").read_text().splitlines()]
    assert record["error"]["type"] == "DecodeError"
    assert record["error"]["message"].endswith("on standard input, zcat feed.jsonl.gz | newsmine extract -)")


def test_gzip_files_joined_end_to_end_are_read_whole(tmp_path):
    """`cat monday.jsonl.gz tuesday.jsonl.gz > week.jsonl.gz`: gzip reads every member."""
    path = tmp_path / "week.jsonl.gz"
    path.write_bytes(gzip.compress(_feed_bytes(FEED[:2])) + gzip.compress(_feed_bytes(FEED[2:])))
    assert [a.id for a in read_articles([path])] == ["quay-1", "week.jsonl.gz:2", "fire-3"]
    assert count_articles(list_inputs([path])) == len(FEED)


def test_a_streamed_run_goes_on_past_a_damaged_gzip_file_and_exits_1(tmp_path):
    cut = tmp_path / "a-cut.jsonl.gz"
    cut.write_bytes(gzip.compress(_feed_bytes(FEED))[:-12])
    story = tmp_path / "b-story.txt.gz"
    story.write_bytes(gzip.compress(STORY.encode()))
    output = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(cut), str(story), "-o", str(output), "--workers", "1"])
    assert result.exit_code == 1, result.stderr
    records = [json.loads(line) for line in output.read_text().splitlines()]
    whole = _complete_lines(cut.read_bytes())
    assert [(r["id"], r["status"]) for r in records] == (
        [(obj.get("id", f"a-cut.jsonl.gz:{n}"), "ok") for n, obj in enumerate(FEED[:whole], start=1)]
        + [("a-cut.jsonl.gz:0", "error"), ("b-story", "ok")])
    assert "(1 failed: DecodeError 1)" in result.stderr
