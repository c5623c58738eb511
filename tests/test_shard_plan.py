"""The shard plan (newsmine.shards.plan): `report` and `merge` refuse a sharded output whose
run did not complete every shard it was given (exit 2) unless given --allow-incomplete, and then
warn; they say nothing about a complete one. The articles are invented here."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import newsmine.shards as shards
from newsmine.cli import app
from newsmine.runners import PipelineSettings
from newsmine.runners.work import use_pipeline
from newsmine.shards import run_shards
from newsmine.shards.plan import PLAN_NAME, incomplete_warning, shard_counts

STORIES = {
    "quay.txt": 'Harbour master Ines Calloway said the north quay will close on Monday. "We have no choice," '
                "Calloway told reporters.\n",
    "library.txt": "The Eastfield library will open on Sundays from April, councillor Marek Oduya said on Tuesday.\n",
    "ferry.txt": "The ferry to Kell Island resumes service on Friday, the operator Northline said.\n",
}


@pytest.fixture(scope="module", autouse=True)
def shared_pipeline(pipeline):
    use_pipeline(PipelineSettings(), pipeline)


@pytest.fixture
def stories(tmp_path) -> list[str]:
    folder = tmp_path / "crawl"
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in STORIES]


def _stop_before(bad_path: str):
    """shards.process_shard, but the run never completes ``bad_path`` (as a killed run does not)."""
    real = shards.process_shard

    def stopping(path, *args, **kwargs):
        if path == bad_path:
            raise OSError("No space left on device")
        return real(path, *args, **kwargs)

    return stopping


def _report_and_merge(tmp_path, out, *flags: str) -> tuple[str, str]:
    runner = CliRunner()
    report = runner.invoke(app, ["report", str(out), *flags])
    merged = runner.invoke(app, ["merge", str(out), "--output", str(tmp_path / "all.duckdb"), "--overwrite", *flags])
    assert report.exit_code == 0 and merged.exit_code == 0, (report.stderr, merged.stderr)
    return report.stderr, merged.stderr


def test_report_and_merge_refuse_a_run_that_completed_part_of_its_shards(tmp_path, stories, monkeypatch):
    """Session 47: a warning on stderr is what a scheduled job never reads; the merged database
    it published held 2 shards of 3 with exit 0. Refused (exit 2), nothing written."""
    out = tmp_path / "out"
    monkeypatch.setattr(shards, "process_shard", _stop_before(stories[1]))
    run_shards(stories, str(out), workers=1)
    runner = CliRunner()
    report = runner.invoke(app, ["report", str(out), "--html", str(tmp_path / "page.html")])
    merged = runner.invoke(app, ["merge", str(out), "--output", str(tmp_path / "all.duckdb")])
    for result in (report, merged):
        assert result.exit_code == 2, result.stderr
        assert f"newsmine: error: {out} is incomplete: 2 of the 3 shards its run was given are complete" in result.stderr
        assert "--resume" in result.stderr and "--allow-incomplete" in result.stderr
    assert report.stdout == ""
    assert not (tmp_path / "all.duckdb").exists() and not (tmp_path / "page.html").exists()


def test_report_and_merge_warn_about_a_run_that_completed_part_of_its_shards(tmp_path, stories, monkeypatch):
    """A run killed after 2 of 10 shards read as a complete corpus: report and merge counted
    its articles with exit 0 and no word of the shards never written. With --allow-incomplete
    they read it and warn."""
    out = tmp_path / "out"
    monkeypatch.setattr(shards, "process_shard", _stop_before(stories[1]))
    run_shards(stories, str(out), workers=1)
    assert shard_counts(str(out)) == (2, 3)
    for stderr in _report_and_merge(tmp_path, out, "--allow-incomplete"):
        assert f"newsmine: warning: {out} is incomplete: 2 of the 3 shards its run was given are complete" in stderr
        assert "--resume" in stderr
    monkeypatch.undo()
    run_shards(stories, str(out), workers=1, resume=True)  # finished: nothing more to say
    assert shard_counts(str(out)) == (3, 3)
    assert all("incomplete" not in stderr for stderr in _report_and_merge(tmp_path, out))


def test_a_complete_run_and_a_directory_without_a_plan_get_no_warning(tmp_path, stories):
    out = tmp_path / "out"
    run_shards(stories, str(out), workers=1)
    assert (out / PLAN_NAME).is_file()
    assert all("incomplete" not in stderr for stderr in _report_and_merge(tmp_path, out))
    # A resume given fewer inputs than the first run: its plan is its own, and it is complete.
    run_shards(stories[:2], str(out), workers=1, resume=True)
    assert incomplete_warning(str(out)) is None
    (out / PLAN_NAME).unlink()  # written before plans existed: nothing to compare with
    assert shard_counts(str(out)) is None and incomplete_warning(str(out)) is None


def test_a_run_stopped_before_its_first_part_can_be_run_again_without_flags(tmp_path, stories, monkeypatch):
    """The plan is newsmine's own file: a directory holding only it and the manifest is no
    folder of someone else's files."""
    out = tmp_path / "out"
    monkeypatch.setattr(shards, "process_shard", _stop_before(stories[0]))
    run_shards(stories[:1], str(out), workers=1)
    monkeypatch.undo()
    assert run_shards(stories[:1], str(out), workers=1).done == 1


def _planned_directory(tmp_path, planned: list[str], complete: list[str]):
    """A sharded output directory as a run leaves it: its plan, and the markers of the shards done."""
    from newsmine.shards.plan import plan_bytes
    from newsmine.shards.task import MARKERS

    out = tmp_path / "out"
    (out / MARKERS).mkdir(parents=True)
    (out / PLAN_NAME).write_bytes(plan_bytes(planned))
    for name in complete:
        (out / MARKERS / f"{name}.json").write_text("{}", encoding="utf-8")
    return out


def test_the_refusal_names_the_shards_that_are_not_complete(tmp_path):
    """review47b: a shard whose worker dies every time (an input too big for memory) stays
    incomplete after each --resume, and the refusal said only "997 of the 1,000": its user had
    to compare the plan with the markers to find which inputs to look at."""
    from newsmine.shards.plan import incomplete_refusal

    planned = [f"feed-{n:03d}" for n in range(1000)]
    out = _planned_directory(tmp_path, planned, [name for name in planned if name not in ("feed-017", "feed-420")])
    refusal = incomplete_refusal(str(out))
    assert f"{out} is incomplete: 998 of the 1,000 shards its run was given are complete, not feed-017, feed-420 (" in refusal
    many = _planned_directory(tmp_path / "many", planned, planned[:990])
    assert "complete, not feed-990, feed-991, feed-992 and 7 more (" in incomplete_warning(str(many))


def test_a_complete_plan_names_no_shards(tmp_path):
    # near miss: every planned shard has its marker (and one marker more, of an earlier run)
    from newsmine.shards.plan import incomplete_refusal

    out = _planned_directory(tmp_path, ["feed-001", "feed-002"], ["feed-001", "feed-002", "feed-000"])
    assert incomplete_refusal(str(out)) is None and shard_counts(str(out)) == (2, 2)


def test_a_part_of_an_incomplete_run_named_alone_is_refused_as_its_directory_is(tmp_path, stories, monkeypatch):
    """review47b's note: `report out/records` was refused as no output directory while a part in
    it, named alone, was read with no completeness check (exit 0, no word of the shard missing).
    The folder's refusal now names the output; a part is refused, or read with a warning."""
    out = tmp_path / "out"
    monkeypatch.setattr(shards, "process_shard", _stop_before(stories[1]))
    run_shards(stories, str(out), shards.ShardSettings(format="jsonl"), workers=1)
    part = next((out / "records").glob("*.jsonl"))
    runner = CliRunner()
    folder = runner.invoke(app, ["report", str(out / "records")])
    assert folder.exit_code == 2 and f"is the records folder of the sharded output {out}" in folder.stderr
    refused = runner.invoke(app, ["report", str(part)])
    assert refused.exit_code == 2, refused.stderr
    assert f"{part} is one shard's part of the sharded output {out}, and {out} is incomplete" in refused.stderr
    read = runner.invoke(app, ["report", str(part), "--allow-incomplete"])
    assert read.exit_code == 0, read.stderr
    assert "newsmine: warning:" in read.stderr and "the report is of this part alone" in read.stderr


def test_a_part_of_a_complete_run_named_alone_is_read_without_a_word(tmp_path, stories):
    # Near miss: the run completed every shard; a part is one shard's records, read as any file.
    out = tmp_path / "out"
    run_shards(stories, str(out), shards.ShardSettings(format="jsonl"), workers=1)
    part = next((out / "records").glob("*.jsonl"))
    result = CliRunner().invoke(app, ["report", str(part)])
    assert result.exit_code == 0, result.stderr
    assert "incomplete" not in result.stderr and "warning" not in result.stderr


def test_a_part_named_from_inside_its_folder_or_merged_alone_is_checked_too(tmp_path, stories, monkeypatch):
    """review48c: the part's directory was found from the path as typed, so `report X.jsonl` run
    inside out/records/ (or through a link) read a part of an incomplete run unchecked, and `merge
    out/records/X.jsonl` (a part is a streamed run's file to merge) was never checked at all;
    `report .` inside records/ did not say which directory to name."""
    out = tmp_path / "out"
    monkeypatch.setattr(shards, "process_shard", _stop_before(stories[1]))
    run_shards(stories, str(out), shards.ShardSettings(format="jsonl"), workers=1)
    part = next((out / "records").glob("*.jsonl"))
    runner = CliRunner()
    merged = runner.invoke(app, ["merge", str(part), "-o", str(tmp_path / "part.duckdb")])
    assert merged.exit_code == 2 and "or add --allow-incomplete to merge this part alone" in merged.stderr
    assert not (tmp_path / "part.duckdb").exists()
    allowed = runner.invoke(app, ["merge", str(part), "-o", str(tmp_path / "part.duckdb"), "--allow-incomplete"])
    assert allowed.exit_code == 0 and "the database is of this part alone" in allowed.stderr
    monkeypatch.chdir(out / "records")
    inside = runner.invoke(app, ["report", part.name])
    assert inside.exit_code == 2 and f"{part.name} is one shard's part of the sharded output .., and" in inside.stderr
    here = runner.invoke(app, ["report", "."])
    assert here.exit_code == 2 and "is the records folder of the sharded output ..: name the directory" in here.stderr
    (tmp_path / "link.jsonl").symlink_to(part)
    linked = runner.invoke(app, ["report", str(tmp_path / "link.jsonl")])
    assert linked.exit_code == 2 and "is one shard's part of the sharded output" in linked.stderr


def test_near_miss_a_part_of_a_complete_run_merges_without_a_word(tmp_path, stories, monkeypatch):
    out = tmp_path / "out"
    run_shards(stories, str(out), shards.ShardSettings(format="jsonl"), workers=1)
    part = next((out / "records").glob("*.jsonl"))
    monkeypatch.chdir(out / "records")
    merged = CliRunner().invoke(app, ["merge", part.name, "-o", str(tmp_path / "part.duckdb")])
    assert merged.exit_code == 0, merged.stderr
    assert "newsmine: warning" not in merged.stderr and "incomplete" not in merged.stderr
