"""A `--shards` output directory found inside an input folder is newsmine's own, not articles.

A newsroom keeps its sharded output beside its archive (`extract archive/ --shards -o
archive/out/`): the resume, or a streamed run over `archive/`, read the run's markers
(`_shards/*.json`) and manifests as JSON articles, seven MissingText records for five shards,
and each resume of the sharded run made shards of its own markers (12 shards, then more).
Texts invented."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from newsmine.cli import app
from newsmine.manifest import MANIFEST_NAME
from newsmine.readers import list_inputs
from newsmine.readers.inputs import SHARDED_OUTPUT_FILES, SkippedBecause
from newsmine.shards.plan import PLAN_NAME

STORY = ("Ferry fares rise in May\n\nThe harbour board said on Monday that ferry fares would rise by a tenth in May. "
         "\"We have no other way to pay for the new engines,\" said Mara Velde, who chairs the board.\n")


def _archive(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    for name in ("ferry", "school"):
        (archive / f"{name}.txt").write_text(STORY, encoding="utf-8")
    return archive


def test_the_names_are_those_the_sharded_run_writes():
    assert set(SHARDED_OUTPUT_FILES) == {MANIFEST_NAME, PLAN_NAME}


def test_a_sharded_output_inside_the_archive_is_skipped_whole_by_the_resume_and_a_streamed_run(tmp_path):
    archive = _archive(tmp_path)
    out = archive / "out"
    first = CliRunner().invoke(app, ["extract", str(archive), "--shards", "--format", "jsonl", "-o", str(out),
                                     "--workers", "1"])
    assert first.exit_code == 0, first.stderr
    resumed = CliRunner().invoke(app, ["extract", str(archive), "--shards", "--format", "jsonl", "-o", str(out),
                                       "--workers", "1", "--resume"])
    assert resumed.exit_code == 0, resumed.stderr
    assert "MissingText" not in resumed.stderr
    assert len(list((out / "_shards").glob("*.json"))) == 2
    streamed = CliRunner().invoke(app, ["extract", str(archive), "-o", str(tmp_path / "records.jsonl"),
                                        "--workers", "1"])
    assert streamed.exit_code == 0, streamed.stderr
    assert "2 articles in" in streamed.stderr and "newsmine records 1" in streamed.stderr


def test_near_miss_a_folder_with_a_json_article_named_like_a_marker_is_read(tmp_path):
    """Only the manifest and the plan mark a sharded output: a folder of JSON articles with a
    `_shards/` of its own, or a file named `newsmine-run.json`, is read as articles."""
    folder = tmp_path / "feeds"
    (folder / "_shards").mkdir(parents=True)
    (folder / "_shards" / "a.json").write_text('{"id": "a", "text": "The harbour board met."}', encoding="utf-8")
    (folder / "newsmine-run.json").write_text('{"id": "b", "text": "The school board met."}', encoding="utf-8")
    skipped = []
    names = sorted(item.path.rsplit("/", 1)[-1] for item in list_inputs([folder], skipped))
    assert names == ["a.json", "newsmine-run.json"]
    assert not [item for item in skipped if item.reason == SkippedBecause.newsmine_records]


@pytest.mark.parametrize("marker", SHARDED_OUTPUT_FILES)
def test_a_folder_whose_file_merely_bears_a_markers_name_is_read(tmp_path, marker):
    """review48c: a folder of stories holding a JSON note of one's own named exactly
    `_newsmine-run.json` (or `_newsmine-shards.json`) was skipped whole, its stories with it, and
    the run said only "no articles found". The file must be newsmine's: its first key names it."""
    archive = _archive(tmp_path)
    (archive / marker).write_text('{"note": "crawled by hand in March", "pages": 2}\n', encoding="utf-8")
    skipped = []
    names = sorted(item.path.rsplit("/", 1)[-1] for item in list_inputs([archive], skipped))
    assert names == sorted([marker, "ferry.txt", "school.txt"])
    assert not [item for item in skipped if item.reason == SkippedBecause.newsmine_records]


def test_near_miss_the_markers_a_run_writes_still_mark_its_output(tmp_path):
    # the manifest's and the plan's own openings, as newsmine writes them, one of them alone
    from newsmine.shards.plan import plan_bytes

    archive = _archive(tmp_path)
    out = archive / "out"
    out.mkdir()
    (out / PLAN_NAME).write_bytes(plan_bytes(["ferry-1a2b"]))
    (out / "stray.txt").write_text(STORY, encoding="utf-8")
    skipped = []
    names = sorted(item.path.rsplit("/", 1)[-1] for item in list_inputs([archive], skipped))
    assert names == ["ferry.txt", "school.txt"]
    assert [item.path for item in skipped if item.reason == SkippedBecause.newsmine_records] == [str(out)]
