"""Sharded runs (newsmine.shards, extract --shards): layout, atomic parts, resume, fsspec
outputs, faults, and the same tables as a single-output run. The articles are invented here."""

from __future__ import annotations

import gzip
import json
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import fsspec
import pytest
from typer.testing import CliRunner

import newsmine.shards as shards
from newsmine.cli import app
from newsmine.errors import OutputError, UsageError
from newsmine.readers import read_articles
from newsmine.runners import PipelineSettings
from newsmine.runners.work import use_pipeline
from newsmine.shards import (
    ShardSettings,
    expand_inputs,
    local_pool,
    on_dask,
    output_directory,
    progress,
    read_input_list,
    run_shards,
    shard_name,
)
from newsmine.shards.merge import merge
from newsmine.writers.parquet import ParquetDirectoryWriter
from newsmine.writers.tables import TABLES

ARTICLES = {
    "harbour.txt": 'Harbour master Ines Calloway said the north quay will close on Monday. "We have no choice," '
                   'Calloway told reporters. The Port Authority of Westlake said repairs would take three weeks.\n',
    "library.txt": 'The Eastfield library will open on Sundays from April, councillor Marek Oduya said on Tuesday. '
                   '"Families asked for it and we listened," he said.\n',
    "briefs.jsonl": json.dumps({"id": "brief-1", "text": 'Fire chief Alma Tervo said crews contained the blaze by '
                                'noon. "Nobody was hurt," Tervo said.'}) + "\n"
                    + json.dumps({"id": "brief-2", "text": "The ferry to Kell Island resumes service on Friday, "
                                  "the operator Northline said."}) + "\n",
}
BROKEN = "damaged.warc.gz"  # not an archive at all: its shard holds one error record


@pytest.fixture(scope="module", autouse=True)
def shared_pipeline(pipeline):
    """Shards run in this process use the session's pipeline instead of loading another."""
    use_pipeline(PipelineSettings(), pipeline)


@pytest.fixture
def corpus(tmp_path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in ARTICLES]


def _files(root: Path) -> list[str]:
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


def _rows(pattern: str, table: str) -> list[tuple]:
    return sorted(duckdb.sql(f"SELECT * FROM read_parquet('{pattern}')").fetchall(), key=repr)


def test_shard_names_are_readable_stable_and_unique(tmp_path, monkeypatch):
    january, february = "s3://cc/2024/01/CC-NEWS-00000.warc.gz", "s3://cc/2024/02/CC-NEWS-00000.warc.gz"
    assert shard_name(january).startswith("CC-NEWS-00000-") and shard_name(january) != shard_name(february)
    assert shard_name(january) == shard_name(january)
    assert shard_name("https://x.org/a b?c.warc").startswith("a_b_c-")  # safe on every filesystem
    monkeypatch.chdir(tmp_path)  # a relative path names the same shard as its absolute form
    assert shard_name("corpus/harbour.txt") == shard_name(str(tmp_path / "corpus" / "harbour.txt"))


def test_every_shard_writes_its_part_of_every_table_and_a_marker_last(tmp_path, corpus):
    out = tmp_path / "out"
    run = run_shards(corpus, str(out), workers=1)
    names = sorted(shard_name(path) for path in corpus)
    assert (run.shards, run.done, run.articles, run.failed, run.failed_shards) == (3, 3, 4, 0, [])
    assert _files(out) == sorted(["_newsmine-run.json", "_newsmine-shards.json"] + [f"_shards/{name}.json" for name in names]
                                 + [f"{table}/{name}.parquet" for table in TABLES for name in names])
    marker = json.loads((out / "_shards" / f"{shard_name(corpus[2])}.json").read_text())
    assert (marker["input"], marker["articles"], marker["failed"]) == (corpus[2], 2, 0)


def test_sharded_tables_equal_those_of_a_single_output_run(tmp_path, corpus, pipeline):
    run_shards(corpus, str(tmp_path / "sharded"), workers=1)
    with ParquetDirectoryWriter(tmp_path / "single") as writer:
        for record in pipeline.process(read_articles(corpus)):
            writer.write(record)
    for table in TABLES:
        single = _rows(f"{tmp_path}/single/{table}/*.parquet", table)
        assert _rows(f"{tmp_path}/sharded/{table}/*.parquet", table) == single, table
    assert len(_rows(f"{tmp_path}/sharded/quotes/*.parquet", "quotes")) >= 3  # the articles' own quotes


@pytest.mark.parametrize("format", ["jsonl", "parquet"])
def test_a_sharded_run_with_no_text_leaves_the_text_out_as_a_streamed_run_does(tmp_path, corpus, pipeline, format):
    # --no-text reached the shards' settings but not their parts: every record kept its text.
    settings = ShardSettings(pipeline=PipelineSettings(include_text=False), format=format)
    summary = shards.process_shard(corpus[0], str(tmp_path / "out"), settings, pipeline=pipeline)
    assert summary.words == len(ARTICLES["harbour.txt"].split())  # counted before the text is dropped
    name = shard_name(corpus[0])
    if format == "jsonl":
        (record,) = [json.loads(line) for line in (tmp_path / "out" / "records" / f"{name}.jsonl").read_text().splitlines()]
        assert record["text"] == "" and "We have no choice," in [quote["text"] for quote in record["quotes"]]
    else:
        assert _rows(f"{tmp_path}/out/articles/{name}.parquet", "articles")[0][-1] == ""
        assert _rows(f"{tmp_path}/out/quotes/{name}.parquet", "quotes")


class _FailsOnSecondBatch:
    """A pipeline whose second batch fails, as if the worker died part-way through a shard."""

    def __init__(self, pipeline):
        self.pipeline, self.batches = pipeline, 0

    def process(self, articles):
        self.batches += 1
        if self.batches == 2:
            raise RuntimeError("worker lost")
        return self.pipeline.process(articles)


def test_a_shard_that_fails_part_way_leaves_no_part_and_no_marker(tmp_path, corpus, pipeline):
    settings = ShardSettings(pipeline=PipelineSettings(batch_size=1))  # briefs.jsonl: two batches
    with pytest.raises(RuntimeError):
        shards.process_shard(corpus[2], str(tmp_path / "out"), settings, pipeline=_FailsOnSecondBatch(pipeline))
    assert _files(tmp_path / "out") == []


class _LeavesOutTwoQuotesAnArticle:
    """A pipeline that counts two quotes left out (--min-confidence) an article, and tells when
    its running count is read."""

    def __init__(self, pipeline):
        self.pipeline, self.count, self.read = pipeline, 0, threading.Event()

    @property
    def quotes_left_out(self) -> int:
        self.read.set()
        return self.count

    def process(self, articles):
        for record in self.pipeline.process(articles):
            self.count += 2
            yield record


def test_a_shards_count_of_quotes_left_out_is_its_own_when_another_thread_shares_the_pipeline(tmp_path, corpus,
                                                                                              pipeline):
    """A Dask worker's threads run shards on one pipeline. The shard read the pipeline's running
    count before it waited for the pipeline: a batch of another shard run meanwhile (here, five
    quotes left out while this thread holds the pipeline) was counted as this shard's too."""
    from newsmine.runners import work

    counting = _LeavesOutTwoQuotesAnArticle(pipeline)
    done = {}
    shard = threading.Thread(target=lambda: done.update(summary=shards.process_shard(
        corpus[0], str(tmp_path / "out"), ShardSettings(), pipeline=counting)))  # harbour.txt: one article
    with work._PIPELINE_LOCK:  # another thread's batch holds the pipeline
        shard.start()
        counting.read.wait(timeout=1)
        counting.count += 5
    shard.join(60)
    assert done["summary"].quotes_left_out == 2


class _KilledOnSecondBatch(_FailsOnSecondBatch):
    """A pipeline whose process is SIGKILLed on its second batch: no handler, no cleanup runs."""

    def process(self, articles):
        if self.batches == 1:
            os.kill(os.getpid(), signal.SIGKILL)
        return super().process(articles)


@pytest.mark.slow
def test_a_worker_killed_mid_shard_leaves_no_part_and_resume_redoes_the_shard(tmp_path, corpus, pipeline):
    out = tmp_path / "out"
    settings = ShardSettings(pipeline=PipelineSettings(batch_size=1))  # briefs.jsonl: two batches
    worker = multiprocessing.get_context("fork").Process(
        target=shards.process_shard, args=(corpus[2], str(out), settings),
        kwargs={"pipeline": _KilledOnSecondBatch(pipeline)})
    worker.start()
    worker.join(60)
    assert worker.exitcode == -signal.SIGKILL
    left = _files(out)
    assert left and all("/." in name and ".tmp-" in name for name in left)  # temporaries only: no part, no marker
    run = run_shards([corpus[2]], str(out), settings, workers=1, resume=True)
    assert (run.done, run.resumed, run.articles) == (1, 0, 2)
    assert _files(out) == sorted(["_newsmine-run.json", "_newsmine-shards.json", f"_shards/{shard_name(corpus[2])}.json"]
                                 + [f"{table}/{shard_name(corpus[2])}.parquet" for table in TABLES])


def _shard_corpus(folder: Path, shards: int, articles: int) -> int:
    folder.mkdir()
    for shard in range(shards):
        lines = [json.dumps({"id": f"s{shard}-a{number}", "text": f"Councillor Dana Okafor of ward {number} said on "
                             f"Monday that the bridge repairs in sector {shard} would end by June. \"We are on "
                             f"schedule,\" Okafor said."}) for number in range(articles)]
        (folder / f"wire-{shard}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return shards * articles


def _extract_killing_a_worker(source: Path, out: Path, runner: list[str], workers_of, running) -> tuple:
    """``extract SOURCE --shards --format jsonl -o OUT --batch-size 1`` on ``runner`` (its
    options), SIGKILLing the first of ``workers_of(pid)`` once ``running()`` says a shard is
    mid-way: the pid killed (None when the run ended first), the exit code and stderr."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent / "src"))
    process = subprocess.Popen([sys.executable, "-m", "newsmine", "extract", str(source), "--shards", "--format",
                                "jsonl", "-o", str(out), "--batch-size", "1", *runner],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    killed = None
    deadline = time.monotonic() + 240
    while killed is None and time.monotonic() < deadline and process.poll() is None:
        workers = workers_of(process.pid)
        if workers and running():
            killed = workers[0]
            os.kill(killed, signal.SIGKILL)
        time.sleep(0.05)
    _, stderr = process.communicate(timeout=600)
    return killed, process.returncode, stderr


def _records_of(out: Path) -> list[dict]:
    return [json.loads(line) for part in (out / "records").glob("*.jsonl") for line in part.read_text().splitlines()]


@pytest.mark.slow
@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs /proc")
def test_a_local_worker_killed_mid_shard_has_its_shard_rerun_and_every_article_written_once(tmp_path):
    expected = _shard_corpus(tmp_path / "in", shards=4, articles=12)
    out = tmp_path / "out"

    def mid_shard() -> bool:  # its part is still a temporary file
        temporaries = list((out / "records").glob(".*.tmp-*")) if (out / "records").is_dir() else []
        return bool(temporaries) and len(list((out / "_shards").glob("*.json")) if (out / "_shards").is_dir() else []) < 4

    killed, code, stderr = _extract_killing_a_worker(tmp_path / "in", out, ["--workers", "2"], _children, mid_shard)
    assert killed is not None, "the run ended before a worker could be killed"
    assert code == 0, stderr
    assert "newsmine: warning: a worker process died (killed, or out of memory?) and took the pool down" in stderr  # not silent
    records = _records_of(out)
    assert len(records) == expected and len({record["id"] for record in records}) == expected
    assert len(list((out / "_shards").glob("*.json"))) == 4
    assert not [name for name in _files(out) if ".tmp-" in name]


@pytest.mark.slow
@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs /proc")
def test_a_dask_worker_killed_mid_shard_leaves_every_article_once_and_no_start_file(tmp_path):
    """Session 49: on Dask every shard runs with a start file in out/_shards/ (shards/starts.py);
    a worker killed under one leaves it, Dask reruns the shard, and the sweep clears it."""
    pytest.importorskip("distributed")
    expected = _shard_corpus(tmp_path / "in", shards=4, articles=12)
    out = tmp_path / "out"

    def running() -> bool:  # a start file: a shard runs on one of the workers
        return bool(list((out / "_shards").glob(".*.started.tmp-*"))) if (out / "_shards").is_dir() else False

    killed, code, stderr = _extract_killing_a_worker(tmp_path / "in", out, ["--dask", "local:2"], _dask_workers, running)
    assert killed is not None, "the run ended before a worker could be killed"
    assert code == 0, stderr
    records = _records_of(out)
    assert len(records) == expected and len({record["id"] for record in records}) == expected
    assert not list((out / "_shards").glob(".*"))  # the killed attempt's start file went with its shard's completion


def _dask_workers(pid: int) -> list[int]:
    """The Dask worker processes under ``pid`` (spawned by the nannies; not the resource tracker)."""
    workers = []
    for child in _descendants(pid):
        try:
            with open(f"/proc/{child}/cmdline", "rb") as handle:
                command = handle.read()
        except OSError:
            continue
        if b"resource_tracker" not in command and (b"spawn_main" in command or b"forkserver" in command):
            workers.append(child)
    return workers


def _descendants(pid: int) -> list[int]:
    try:
        children = _children(pid)
    except FileNotFoundError:  # it ended meanwhile
        return []
    return children + [grandchild for child in children for grandchild in _descendants(child)]


def _children(pid: int) -> list[int]:
    children = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as handle:
            children.extend(int(child) for child in handle.read().split())
    return children


def _failing_on(bad_path: str):
    """shards.process_shard, but a full disk for ``bad_path``."""
    real = shards.process_shard

    def failing(path, *args, **kwargs):
        if path == bad_path:
            raise OSError("No space left on device")
        return real(path, *args, **kwargs)

    return failing


def test_a_failed_shard_is_reported_and_the_others_complete(tmp_path, corpus, monkeypatch):
    monkeypatch.setattr(shards, "process_shard", _failing_on(corpus[0]))
    run = run_shards(corpus, str(tmp_path / "out"), workers=1)
    assert run.done == 2 and [summary.input for summary in run.failed_shards] == [corpus[0]]
    assert "No space left" in run.failed_shards[0].shard_error
    assert not any(shard_name(corpus[0]) in name for name in _files(tmp_path / "out"))


def test_resume_skips_complete_shards_and_redoes_the_rest_once(tmp_path, corpus):
    out = tmp_path / "out"
    run_shards(corpus, str(out), workers=1)
    before = len(_rows(f"{out}/articles/*.parquet", "articles"))
    kept = out / "articles" / f"{shard_name(corpus[0])}.parquet"
    kept_mtime = kept.stat().st_mtime_ns
    # corpus[1]: killed before its parts were renamed (a temporary file, no part, no marker);
    # corpus[2]: killed between its renames and its marker.
    for part in [f"{table}/{shard_name(corpus[1])}.parquet" for table in TABLES] + [f"_shards/{shard_name(corpus[1])}.json"]:
        (out / part).unlink()
    (out / "quotes" / f".{shard_name(corpus[1])}.parquet.tmp-dead").write_bytes(b"half a part")
    (out / "_shards" / f"{shard_name(corpus[2])}.json").unlink()
    with pytest.raises(Exception, match="--resume"):
        run_shards(corpus, str(out), workers=1)  # neither resume nor overwrite: refused
    run = run_shards(corpus, str(out), workers=1, resume=True)
    assert (run.done, run.resumed, run.articles) == (2, 1, 3)
    assert kept.stat().st_mtime_ns == kept_mtime  # a complete shard is never rewritten
    assert len(_rows(f"{out}/articles/*.parquet", "articles")) == before
    assert not [name for name in _files(out) if ".tmp-" in name]


def test_resume_clears_a_killed_attempts_temporary_file_even_when_its_shard_fails_again(tmp_path, corpus, monkeypatch):
    # The run's closing sweep clears temporaries of shards that completed only: a shard that
    # fails again on resume keeps a dead attempt's file unless resuming itself removes it.
    out = tmp_path / "out"
    run_shards(corpus, str(out), workers=1)
    for part in [f"{table}/{shard_name(corpus[1])}.parquet" for table in TABLES] + [f"_shards/{shard_name(corpus[1])}.json"]:
        (out / part).unlink()
    dead = out / "quotes" / f".{shard_name(corpus[1])}.parquet.tmp-dead"
    dead.write_bytes(b"half a part")
    monkeypatch.setattr(shards, "process_shard", _failing_on(corpus[1]))
    run = run_shards(corpus, str(out), workers=1, resume=True)
    assert (run.done, run.resumed, [summary.input for summary in run.failed_shards]) == (0, 2, [corpus[1]])
    assert not dead.exists()


def test_inputs_and_outputs_at_fsspec_urls(tmp_path):
    memory = fsspec.filesystem("memory")
    for name, text in ARTICLES.items():
        memory.pipe(f"/in/{name}", text.encode())
    inputs = list(expand_inputs(["memory:///in/*"]))
    assert inputs == sorted(f"memory:///in/{name}" for name in ARTICLES)
    run = run_shards(inputs + ["memory:///in/missing.txt"], "memory://out", ShardSettings(format="jsonl"), workers=1)
    assert (run.done, run.articles, run.failed, run.errors_by_type) == (4, 5, 1, {"ReadError": 1})
    records = [json.loads(line) for path in memory.glob("/out/records/*.jsonl") for line in memory.cat(path).splitlines()]
    assert sorted(record["source"]["path"] for record in records if record["status"] == "ok") == sorted(
        f"memory:///in/{name}" for name in ARTICLES for _ in range(2 if name.endswith(".jsonl") else 1))
    assert not [path for path in memory.find("/out") if ".tmp-" in path]
    # fsspec's glob answers memory://in/* in the form memory:///in/...: newsmine keeps the
    # spelling of the pattern, and both spellings of a URL name the same shard.
    assert list(expand_inputs(["memory://in/*.txt"])) == ["memory://in/harbour.txt", "memory://in/library.txt"]
    assert shard_name("memory://in/harbour.txt") == shard_name("memory:///in/harbour.txt")
    memory.rm("/in", recursive=True)
    memory.rm("/out", recursive=True)


def test_a_corrupt_shard_gives_error_records_in_its_own_part_and_the_run_goes_on(tmp_path, corpus):
    broken = tmp_path / "corpus" / BROKEN
    broken.write_bytes(b"\x1f\x8b\x08\x00 not an archive")
    out = tmp_path / "out"
    run = run_shards([*corpus, str(broken)], str(out), workers=1)
    assert (run.done, run.articles, run.failed, run.errors_by_type, run.failed_shards) == (4, 5, 1, {"InvalidWARC": 1}, [])
    part = out / "articles" / f"{shard_name(str(broken))}.parquet"
    assert duckdb.sql(f"SELECT status, error_type FROM read_parquet('{part}')").fetchall() == [("error", "InvalidWARC")]


def test_report_and_merge_read_a_sharded_directory(tmp_path, corpus):
    from newsmine.report import build_report

    out = tmp_path / "out"
    run_shards(corpus, str(out), workers=1)
    assert build_report(out).totals.articles == 4
    counts = merge(str(out), str(tmp_path / "all.duckdb"))
    assert counts == {table: len(_rows(f"{out}/{table}/*.parquet", table)) for table in TABLES}
    with duckdb.connect(str(tmp_path / "all.duckdb"), read_only=True) as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
        db.execute("SELECT * FROM speakers").fetchall()  # the views of a --output x.duckdb are there


def test_a_one_shard_run_says_1_shard_done(tmp_path, monkeypatch):
    """'; 1 shards done' ended the summary of every one-file run."""
    from newsmine.shards import ShardRun, ShardSummary

    story = tmp_path / "story.txt"
    story.write_text(ARTICLES["harbour.txt"], encoding="utf-8")

    def run_shards(paths, output, settings, *, workers, dask, resume, overwrite, on_shard, **_progress_and_warnings):
        run = ShardRun(shards=1, done=1, articles=1)
        on_shard(run, ShardSummary(shard="story", input=paths[0], articles=1))
        return run

    monkeypatch.setattr(shards, "run_shards", run_shards)
    result = CliRunner().invoke(app, ["extract", str(story), "--shards", "-o", str(tmp_path / "out"), "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip().endswith("-> " + str(tmp_path / "out") + "; 1 shard done")


def test_each_shards_line_counts_its_failed_articles(tmp_path):
    """`[1/2] day00.jsonl: 150 articles in 1.8 s` hid the shard's error records: on a cluster's
    log a shard of nothing but errors (a wrong --text-field) looked like any other until the end."""
    folder = tmp_path / "feeds"
    folder.mkdir()
    (folder / "clean.jsonl").write_text(json.dumps({"id": "c1", "text": ARTICLES["library.txt"]}) + "\n", encoding="utf-8")
    (folder / "cut.jsonl").write_text(json.dumps({"id": "k1", "text": ARTICLES["harbour.txt"]}) + "\n"
                                      + '{"id": "k2", "text": "The mayor of Dunmore said\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(folder / "clean.jsonl"), str(folder / "cut.jsonl"), "--shards",
                                      "-o", str(tmp_path / "out"), "--workers", "1"])
    assert result.exit_code == 1, result.stderr
    lines = {line.split("] ", 1)[1].split(" in ")[0] for line in result.stderr.splitlines() if line.startswith("[")}
    assert lines == {f"{folder / 'clean.jsonl'}: 1 article",  # the near miss: nothing failed, nothing said
                     f"{folder / 'cut.jsonl'}: 2 articles (1 failed: InvalidJSON 1)"}


def test_merge_into_a_missing_folder_names_the_folder_not_a_temporary_file(tmp_path):
    """It said "cannot open nofolder/m.duckdb.tmp-<pid> as a DuckDB database ...; is another
    process writing it, or is it not a DuckDB file?"."""
    from tests.corpus import sample_records

    with ParquetDirectoryWriter(str(tmp_path / "out")) as writer:
        for record in sample_records():
            writer.write(record)
    output = tmp_path / "nofolder" / "all.duckdb"
    with pytest.raises(OutputError, match=f"^cannot write {output}: the folder {output.parent} does not exist; create it first"):
        merge(str(tmp_path / "out"), str(output))


@pytest.mark.parametrize(("name", "named"), [("all.db", "sqlite"), ("all.sqlite", "sqlite"), ("all.jsonl", "jsonl"),
                                           ("all.json", "json")])
def test_merge_refuses_an_output_named_like_another_format_and_writes_nothing(tmp_path, name, named):
    """`merge out/ -o all.db` wrote a DuckDB file that report and explore, which read .db as
    SQLite, then refused ("all.db is not a SQLite database")."""
    from tests.corpus import sample_records

    with ParquetDirectoryWriter(str(tmp_path / "out")) as writer:
        for record in sample_records():
            writer.write(record)
    output = tmp_path / name
    expected = (f"{output} is named like {named} output, "
                f"but merge writes a DuckDB database; name it with .duckdb (--output {tmp_path / 'all'}.duckdb)")
    with pytest.raises(UsageError, match=f"^{re.escape(expected)}$"):
        merge(str(tmp_path / "out"), str(output))
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out"]


def test_report_and_merge_read_a_sharded_json_lines_directory_as_the_parquet_one(tmp_path, corpus):
    """The README's `extract corpus/ --shards --format jsonl -o out/`, then `report out/` and
    `merge out/`: both refused the directory (they read Parquet parts only)."""
    from newsmine.report import build_report

    parquet, json_lines = tmp_path / "pq", tmp_path / "jl"
    run_shards(corpus, str(parquet), workers=1)
    run_shards(corpus, str(json_lines), ShardSettings(format="jsonl"), workers=1)
    assert build_report(json_lines).totals == build_report(parquet).totals
    from_json_lines = merge(str(json_lines), str(tmp_path / "jl.duckdb"))
    assert from_json_lines == merge(str(parquet), str(tmp_path / "pq.duckdb"))
    assert from_json_lines["articles"] == 4
    with duckdb.connect(str(tmp_path / "jl.duckdb"), read_only=True) as db:
        db.execute("SELECT * FROM speakers").fetchall()  # the views of a --output x.duckdb are there
    with pytest.raises(Exception, match="nor a sharded JSON Lines output"):
        merge(str(tmp_path / "corpus"), str(tmp_path / "none.duckdb"))


@pytest.mark.parametrize(("output", "format"), [("out.jsonl", None), ("out.duckdb", None), ("out.jsonl", "jsonl"),
                                               ("out.parquet", "jsonl"), ("out.csv", None)])
def test_a_sharded_output_named_like_a_file_format_is_refused(tmp_path, corpus, output, format):
    """`extract --shards -o out.jsonl` (no --format) wrote a directory of Parquet parts named out.jsonl."""
    chosen = ["--format", format] if format else []
    result = CliRunner().invoke(app, ["extract", *corpus, "--shards", *chosen, "-o", str(tmp_path / output), "--workers", "1"])
    assert result.exit_code == 2, result.stderr
    assert "but --shards writes a directory of" in result.stderr
    assert not (tmp_path / output).exists()


def test_a_sharded_run_to_standard_output_is_refused(tmp_path, corpus, monkeypatch):
    """`extract --shards -o -` made a directory named "-" in the working directory, exit 0,
    its summary ending "-> -": records on standard output, as `-o -` means everywhere else,
    never came."""
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["extract", *corpus, "--shards", "-o", "-", "--workers", "1"])
    assert result.exit_code == 2, result.stderr
    assert "which standard output (-) cannot hold" in result.stderr
    assert not (tmp_path / "-").exists()


def test_a_sharded_run_to_a_directory_named_like_a_dash_option_is_kept(tmp_path, corpus, monkeypatch):
    """Near miss: a directory whose name only starts with a dash is a directory."""
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["extract", *corpus, "--shards", "--output=-out", "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "-out" / "_shards").is_dir()


def test_input_lists_globs_and_refusals(tmp_path, corpus):
    listing = tmp_path / "paths.txt.gz"
    listing.write_bytes(gzip.compress(("# CC-NEWS style\n" + "\n".join(os.path.basename(p) for p in corpus) + "\n\n").encode()))
    assert read_input_list(str(listing), prefix=str(tmp_path / "corpus") + "/") == corpus
    assert list(expand_inputs([str(tmp_path / "corpus" / "*.txt")])) == sorted(corpus[:2])
    assert list(expand_inputs(["s3://bucket/a.warc.gz"])) == ["s3://bucket/a.warc.gz"]  # opened by the worker
    with pytest.raises(Exception, match="no file matches"):
        list(expand_inputs([str(tmp_path / "nothing-*.txt")]))
    with pytest.raises(Exception, match="standard input"):
        list(expand_inputs(["-"]))
    # It said "[Errno 2] No such file or directory: '/the/absolute/path'".
    with pytest.raises(Exception, match=r"^cannot read the input list nope\.txt: No such file or directory$"):
        read_input_list("nope.txt")


def test_dask_runs_the_same_shards(tmp_path, corpus):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        run = run_shards(corpus, str(tmp_path / "dask"), workers=None, dask=cluster.scheduler_address)
    assert (run.done, run.articles) == (3, 4)
    run_shards(corpus, str(tmp_path / "local"), workers=1)
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")
    for table in TABLES:
        assert _rows(f"{tmp_path}/dask/{table}/*.parquet", table) == _rows(f"{tmp_path}/local/{table}/*.parquet", table)


def test_extract_shards_from_the_command_line(tmp_path, corpus):
    (tmp_path / "corpus" / BROKEN).write_bytes(b"garbage")
    listing = tmp_path / "inputs.txt"
    listing.write_text(str(tmp_path / "corpus" / BROKEN) + "\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", *corpus, "--inputs-from", str(listing), "--shards", "--format",
                                      "parquet", "-o", str(out), "--workers", "1"])
    assert result.exit_code == 1, result.output  # one error record: partly failed
    assert "5 articles (1 failed: InvalidWARC 1)" in result.output and "4 shards done" in result.output
    result = CliRunner().invoke(app, ["extract", *corpus, "--shards", "--format", "parquet", "-o", str(out),
                                      "--workers", "1", "--resume"])
    assert result.exit_code == 0 and "3 complete before" in result.output


def test_a_sharded_run_counts_pages_recorded_but_not_analysed_as_a_streamed_run_does(tmp_path, corpus):
    # The streamed summary said "1 recorded but not analysed: ThinPage 1"; the sharded one said nothing.
    (tmp_path / "corpus" / "caption.html").write_text(
        "<html><body><article><h1>Photos</h1><p>The quay at dawn, seen from the ferry.</p></article></body></html>")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", corpus[0], str(tmp_path / "corpus" / "caption.html"), "--shards",
                                      "--format", "jsonl", "-o", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "2 articles in " in result.output and "; 1 recorded but not analysed: ThinPage 1" in result.output
    marker = json.loads((out / "_shards" / f"{shard_name(str(tmp_path / 'corpus' / 'caption.html'))}.json").read_text())
    assert marker["not_analysed_by_type"] == {"ThinPage": 1} and marker["failed"] == 0


def test_a_marker_of_another_version_is_read_for_the_counts_it_shares():
    marker = b'{"shard": "a-1", "input": "a.warc", "articles": 3, "failed": 1, "words": 9, "errors_by_type": {}, ' \
             b'"seconds": 1.0, "written_by": "a later version"}'
    summary = shards.ShardSummary.from_json(marker)
    assert (summary.articles, summary.failed, summary.not_analysed_by_type) == (3, 1, {})


@pytest.mark.parametrize("flags", [{}, {"resume": True}, {"overwrite": True}])
def test_a_sharded_run_into_a_folder_of_someone_elses_files_is_refused(tmp_path, flags):
    """`--shards -o ~/Documents` wrote its tables' folders among the user's files, flag or not."""
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "budget.xlsx").write_bytes(b"PK\x03\x04")
    story = tmp_path / "story.txt"
    story.write_text(ARTICLES["harbour.txt"], encoding="utf-8")
    with pytest.raises(OutputError, match="holds files newsmine did not write and no sharded run"):
        run_shards([str(story)], str(folder), workers=1, **flags)
    assert [path.name for path in folder.iterdir()] == ["budget.xlsx"]
    stopped = tmp_path / "stopped"  # a run stopped before its first part leaves its tables' folders empty
    for table in ("articles", "_shards", "records"):
        (stopped / table).mkdir(parents=True)
    assert output_directory._prepare_output(str(stopped), resume=True, overwrite=False) == set()


def test_the_wait_for_a_dask_shard_wakes_on_dasks_own_timeout_to_show_progress():
    """On Python 3.10 Dask's timeout (asyncio.TimeoutError) is no builtin TimeoutError: the wait
    for the next shard caught the builtin one, so the first tick's timeout ended the run."""
    from types import SimpleNamespace

    class AsyncioTimeoutError(Exception):
        """Python 3.10's asyncio.TimeoutError, which distributed.TimeoutError is."""

    class Distributed:
        TimeoutError = AsyncioTimeoutError

        def __init__(self):
            self.waits = 0

        def wait(self, futures, *, timeout, return_when):
            self.waits += 1
            if self.waits < 3:
                raise AsyncioTimeoutError
            return SimpleNamespace(done=set(futures))

    ticks = []
    assert on_dask._first_done(Distributed(), {"shard"}, lambda: ticks.append(1)) == {"shard"}
    assert len(ticks) == 2



# --- session 47: a local pool's progress, and the summary's repeated ids and warnings ---------


@pytest.mark.slow
def test_a_local_pool_reports_the_shards_it_is_running_before_they_end(tmp_path):
    """A local pool's shards reported only when they ended: with `--workers N` a run of a few
    1 GB WARC shards printed nothing for an hour. Each worker now puts its shard's counts on a
    queue the pool gave it, read while the run waits for the next shard to end."""
    expected = _shard_corpus(tmp_path / "in", shards=2, articles=40)
    heard: list[dict[str, int]] = []

    def on_progress(run, running):
        if running:
            heard.append({name: summary.articles for name, summary in running.items()})

    paths = sorted(str(path) for path in (tmp_path / "in").iterdir())
    run = run_shards(paths, str(tmp_path / "out"), ShardSettings(format="jsonl"), workers=2, on_progress=on_progress)
    assert run.articles == expected and run.done == 2
    assert heard, "no running shard was reported before it ended"
    assert all(0 < count <= 40 for counts in heard for count in counts.values())


def test_progress_reports_on_the_pools_queue_update_the_running_counts():
    import queue

    reports: queue.Queue = queue.Queue()
    for articles in (1, 7):
        reports.put({"shard": "wire-0", "input": "wire-0.jsonl", "articles": articles, "failed": 0, "words": 10 * articles})
    reports.put({"shard": "wire-1", "input": "wire-1.jsonl", "articles": 3, "failed": 1, "words": 20})
    in_flight = progress.ShardsInWork()
    progress._drain(reports, in_flight)
    running = in_flight.snapshot()
    assert {name: (s.articles, s.failed) for name, s in running.items()} == {"wire-0": (7, 0), "wire-1": (3, 1)}
    in_flight.finish("wire-0")
    reports.put({"shard": "wire-0", "input": "wire-0.jsonl", "articles": 9, "failed": 0, "words": 90})  # after its end
    progress._drain(reports, in_flight)
    assert set(in_flight.snapshot()) == {"wire-1"}


def test_a_sharded_runs_summary_says_repeated_ids_and_records_with_warnings(tmp_path):
    """A streamed run warned of records repeating an article id and counted the records with
    warnings; the `--shards` summary said neither."""
    folder = tmp_path / "in"
    folder.mkdir()
    story = "Councillor Dana Okafor said on Monday that the bridge repairs would end by June."
    lines = [{"id": "bridge", "text": story}, {"id": "bridge", "text": story},  # a feed holding one story twice
             {"id": "ferry", "text": "The ferry will run on Sundays, the operator said.", "published": "03/04/2025"}]
    (folder / "wire.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(folder), "--shards", "--format", "jsonl", "-o", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    assert "1 record repeated an article id an earlier record of the same shard has ('bridge')" in result.stderr
    assert "; 1 record with warnings (first: ferry: " in result.stderr
    marker = json.loads(next((out / "_shards").glob("*.json")).read_text())
    assert (marker["repeated_ids"], marker["repeated_id_examples"], marker["warned"]) == (1, ["bridge"], 1)


def test_a_sharded_runs_repeated_ids_are_said_to_be_counted_within_each_shard(tmp_path):
    """An id in one feed twice and again in another was warned of as "1 record of this run
    repeated an article id": each worker sees its own shard, so the id in two shards was in no
    count while the words promised the whole run's (newuser51)."""
    folder = tmp_path / "in"
    folder.mkdir()
    story = {"id": "bridge", "text": "Councillor Dana Okafor said on Monday that the bridge repairs would end by June."}
    (folder / "monday.jsonl").write_text(json.dumps(story) + "\n" + json.dumps(story) + "\n", encoding="utf-8")
    (folder / "tuesday.jsonl").write_text(json.dumps(story) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(folder), "--shards", "--format", "jsonl", "-o", str(tmp_path / "out"),
                                      "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    assert "of this run" not in result.stderr
    assert ("1 record repeated an article id an earlier record of the same shard has ('bridge'); both are kept, so "
            "article_id is not unique in the output, and ids are compared within each shard only") in result.stderr


def test_a_streamed_runs_repeated_ids_are_the_whole_runs(tmp_path):
    # the near miss: a streamed run sees every record, so its count is the run's
    folder = tmp_path / "in"
    folder.mkdir()
    story = {"id": "bridge", "text": "Councillor Dana Okafor said on Monday that the bridge repairs would end by June."}
    (folder / "monday.jsonl").write_text(json.dumps(story) + "\n", encoding="utf-8")
    (folder / "tuesday.jsonl").write_text(json.dumps(story) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(tmp_path / "o.jsonl"), "--workers", "1"])
    assert "1 record of this run repeated an article id an earlier record of it has ('bridge')" in result.stderr
    assert "same shard" not in result.stderr


def test_a_shard_without_repeats_or_warnings_says_neither(tmp_path):
    # near miss: two stories, two ids, no date to read two ways
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [{"id": "bridge", "text": "Councillor Dana Okafor said the bridge repairs would end by June."},
             {"id": "ferry", "text": "The ferry will run on Sundays, the operator said.", "published": "2025-04-03"}]
    (folder / "wire.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(folder), "--shards", "--format", "jsonl", "-o", str(tmp_path / "out"),
                                      "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    assert "repeated an article id" not in result.stderr and "with warnings" not in result.stderr


class _PoolThatBreaksOnce:
    """A stand-in for a local pool: the first pool's tasks die with it (a worker SIGKILLed by
    the OOM killer), later pools run them at once."""

    def __init__(self, broken: bool) -> None:
        self._broken = broken

    def submit(self, run, task, start, input_path, output_dir, settings):
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        future: Future = Future()
        if self._broken:
            future.set_exception(BrokenProcessPool("a worker died"))
        else:
            future.set_result(shards.ShardSummary(shard=shard_name(input_path), input=input_path, articles=4))
        return future


def test_a_shard_whose_worker_died_is_out_of_the_progress_counts_until_it_runs_again(monkeypatch):
    """A worker killed mid-shard sent the shard to the back of the queue, but its running counts
    stayed in the progress line (articles its part will never hold) until its new attempt's
    first report, after every shard queued before it: the line ran ahead, then fell back."""
    import contextlib
    import queue

    import newsmine.runners.local as local

    wire = "/feeds/wire-0.jsonl"
    pools_made: list[int] = []
    seen_at_new_pool: list[dict] = []
    in_flight = progress.ShardsInWork()

    @contextlib.contextmanager
    def fake_pool(pipeline_settings, workers, progress_queue=None):
        if pools_made:
            seen_at_new_pool.append({name: s.articles for name, s in in_flight.snapshot().items()})
        pools_made.append(1)
        yield _PoolThatBreaksOnce(broken=len(pools_made) == 1)

    def reports_of_the_dying_attempt():
        reports: queue.Queue = queue.Queue()
        if not pools_made:  # the first pool's worker had reported 30 articles before it died
            reports.put({"shard": shard_name(wire), "input": wire, "articles": 30, "failed": 0, "words": 300})
        return reports

    monkeypatch.setattr(local, "worker_pool", fake_pool)
    monkeypatch.setattr(local, "progress_queue", reports_of_the_dying_attempt)
    summaries = list(local_pool._in_processes([wire], "/tmp/unused", ShardSettings(format="jsonl"), 2,
                                          in_flight=in_flight, tick=lambda: None))
    assert [summary.articles for summary in summaries] == [4]
    assert seen_at_new_pool == [{}]


def test_a_shard_still_running_keeps_its_progress_counts(monkeypatch):
    # Near miss: a report of a shard whose attempt is alive stays in the running counts.
    import queue

    in_flight = progress.ShardsInWork()
    reports: queue.Queue = queue.Queue()
    reports.put({"shard": "wire-1", "input": "/feeds/wire-1.jsonl", "articles": 12, "failed": 0, "words": 120})
    progress._drain(reports, in_flight)
    in_flight.forget("wire-2")  # another shard's attempt died
    assert {name: s.articles for name, s in in_flight.snapshot().items()} == {"wire-1": 12}


class _PoolThatBreaksWithTwoRunning:
    """A stand-in for a local pool of two workers: the first pool starts the first two shards
    it is given (their workers create the start files) and holds the rest queued, though all
    four say running() as a real pool's do, then breaks (a worker SIGKILLed); later pools run
    every shard at once."""

    def __init__(self, broken: bool) -> None:
        self._broken = broken
        self._futures: list = []

    def submit(self, run, task, start, input_path, output_dir, settings):
        import threading
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        future: Future = Future()
        if not self._broken:
            future.set_result(shards.ShardSummary(shard=shard_name(input_path), input=input_path, articles=4))
            return future
        future.set_running_or_notify_cancel()
        if len(self._futures) < 2:
            Path(start).touch()  # what run_marking_start does as a worker takes the shard
        self._futures.append(future)
        if len(self._futures) == 4:
            def die() -> None:
                for each in self._futures:
                    each.set_exception(BrokenProcessPool("a worker died"))

            threading.Timer(0.2, die).start()
        return future


def _on_pools_breaking_once(monkeypatch, pool_class, paths: list[str]) -> tuple[list, list[str]]:
    """The summaries and warnings of ``paths`` run on two-worker stand-in pools of
    ``pool_class``, the first of which breaks."""
    import contextlib

    import newsmine.runners.local as local

    pools_made: list[int] = []

    @contextlib.contextmanager
    def fake_pool(pipeline_settings, workers, progress_queue=None):
        pools_made.append(1)
        yield pool_class(broken=len(pools_made) == 1)

    monkeypatch.setattr(local, "worker_pool", fake_pool)
    warnings: list[str] = []
    summaries = list(local_pool._in_processes(paths, "/tmp/unused", ShardSettings(format="jsonl"), 2,
                                          on_warning=warnings.append))
    return summaries, warnings


def test_a_broken_pools_warning_names_the_shards_it_ran_not_those_only_queued(monkeypatch):
    """review47b's note: the warning said 'while shard X ran' of every shard the broken pool
    held, the queued ones too, and counted an attempt against each (three breaks by one shard
    too big for memory could fail a shard that never started)."""
    paths = [f"/feeds/wire-{number}.jsonl" for number in range(4)]
    summaries, warnings = _on_pools_breaking_once(monkeypatch, _PoolThatBreaksWithTwoRunning, paths)
    assert sorted(summary.input for summary in summaries if summary.shard_error is None) == paths
    assert warnings == [  # one line for the one death (session 49: a line per shard read as a death each)
        "a worker process died (killed, or out of memory?) and took the pool down while shards /feeds/wire-0.jsonl "
        "(attempt 1 of 3) and /feeds/wire-1.jsonl (attempt 1 of 3) ran (the dead worker ran one of them, which is not "
        "known); they run again on a new pool, apart from each other, as do the shards queued in it, not started "
        "(/feeds/wire-2.jsonl, /feeds/wire-3.jsonl)"]


def test_a_broken_pool_that_was_running_one_shard_says_so_as_before():
    # Near miss: one shard running, the line the README quotes.
    assert local_pool._died_warning([("/feeds/wire-0.jsonl", 2)], []) == (
        "a worker process died (killed, or out of memory?) and took the pool down while shard /feeds/wire-0.jsonl ran "
        "(attempt 2 of 3); it runs again on a new pool")


def test_a_broken_pool_whose_running_shard_is_unknown_counts_each_as_before(monkeypatch):
    # Near miss: when no shard is known to have started (one began and died between two looks),
    # each counts and is named, so that every break counts one at least and the reruns end.
    paths = ["/feeds/wire-0.jsonl", "/feeds/wire-1.jsonl"]
    summaries, warnings = _on_pools_breaking_once(monkeypatch, _PoolThatBreaksOnce, paths)
    assert [summary.shard_error for summary in summaries] == [None, None]
    assert len(warnings) == 1 and "while shards /feeds/wire-0.jsonl (attempt 1 of 3) and /feeds/wire-1.jsonl " \
        "(attempt 1 of 3) ran" in warnings[0]


def test_a_sharded_run_over_a_folder_of_one_article_files_is_warned(tmp_path):
    """`extract archive/ --shards` over a folder of .txt and .html pages ran a shard, and wrote
    a part per table, for every file, without a word (the README advises a streamed run)."""
    from newsmine.shards.inputs import MANY_ONE_ARTICLE_SHARDS, one_article_shards_warning

    pages = [f"archive/{n:05d}.{'txt' if n % 2 else 'html'}" for n in range(MANY_ONE_ARTICLE_SHARDS)]
    warning = one_article_shards_warning([*pages, "archive/feed.jsonl", "crawl/00000.warc.gz"])
    assert warning.startswith(f"{MANY_ONE_ARTICLE_SHARDS} of the {MANY_ONE_ARTICLE_SHARDS + 2} shards are "
                              "one-article files")
    assert "without --shards" in warning


@pytest.mark.parametrize("paths", [
    [f"archive/{n:05d}.txt" for n in range(99)],                                       # fewer than a hundred
    [f"crawl/{n:05d}.warc.gz" for n in range(150)] + [f"a/{n}.txt" for n in range(120)],  # most are WARC files
    [f"dump/{n:05d}.jsonl.gz" for n in range(500)],                                    # many-article shards
])
def test_near_miss_shards_that_are_not_mostly_one_article_files_are_not_warned(paths):
    from newsmine.shards.inputs import one_article_shards_warning

    assert one_article_shards_warning(paths) is None


def test_the_one_article_shards_warning_is_printed_by_extract(tmp_path, monkeypatch):
    import newsmine.shards.inputs as shard_inputs

    monkeypatch.setattr(shard_inputs, "MANY_ONE_ARTICLE_SHARDS", 2)
    folder = tmp_path / "archive"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text("Ferry fares rise.\n\nThe harbour board said fares would rise in May.\n",
                                            encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(folder), "--shards", "-o", str(tmp_path / "out"), "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    assert "newsmine: warning: 2 of the 2 shards are one-article files" in result.stderr


def test_append_to_a_sharded_directory_says_that_resume_adds_new_inputs(tmp_path, corpus):
    """`--shards --append` was ignored: the first night's run wrote the directory, the second was
    told "holds a sharded run; pass --resume to continue it or --overwrite to replace it", and
    --overwrite removes every earlier night's parts."""
    out = tmp_path / "archive"
    first = CliRunner().invoke(app, ["extract", corpus[0], "--shards", "-o", str(out), "--workers", "1"])
    assert first.exit_code == 0, first.stderr
    before = _files(out)
    result = CliRunner().invoke(app, ["extract", corpus[1], "--shards", "-o", str(out), "--append", "--workers", "1"])
    assert result.exit_code == 2, result.stderr
    assert "--append does not add to a --shards directory: --resume does" in result.stderr
    assert "--overwrite would remove every part it holds" in result.stderr
    assert _files(out) == before
    # near miss: what the message advises adds the new input's shard and keeps the first
    added = CliRunner().invoke(app, ["extract", corpus[1], "--shards", "-o", str(out), "--resume", "--workers", "1"])
    assert added.exit_code == 0, added.stderr
    assert len(list((out / "_shards").glob("*.json"))) == 2


def test_the_shards_help_says_local_workers_report_progress_too():
    """`extract --help` said progress counted the running shards "on Dask and with --workers 1",
    two sessions after local pools began to report theirs (session 47): a user with a local
    archive read that the progress line would stall on hour-long shards, which it does not."""
    text = " ".join(CliRunner().invoke(app, ["extract", "--help"]).stdout.split())
    assert ("Progress counts the articles done inside the shards still running, on local workers and on Dask, and "
            "names the long article a shard parses while no record comes.") in text
    assert "on Dask and with --workers 1" not in text
