"""A media researcher on a fresh machine, following the README with folders of mixed files, a
50 MB export stopped with Ctrl-C, and a database grown with --append (newuser62): the summary's
example failure is of the most common kind, and a stopped --append run is told both ways on.
Invented texts only."""

from __future__ import annotations

import json
import sqlite3

from typer.testing import CliRunner

from newsmine.cli import app
from tests.test_cli import _stopped_run

runner = CliRunner()

_WIRE = [{"uid": f"w{n}", "body": f"The harbour board said on Monday that ferry fares would rise by {n} per cent."}
         for n in (1, 2)]


def _folder(tmp_path, items):
    """A folder as researchers have them: an empty text file (sorted first) beside a feed whose
    text field is not ``text``."""
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "brief.txt").write_bytes(b"")
    (folder / "wire.jsonl").write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    return folder


def test_the_summary_shows_the_first_failure_of_the_most_common_type(tmp_path):
    """`newsmine extract desk/` said `3 articles (3 failed: MissingText 2, EmptyArticle 1) …; first
    failure: brief: EmptyArticle: … the file is empty …`: the empty file sorted first, and the feed's
    failures, the ones an option fixes, went unexplained."""
    result = runner.invoke(app, ["extract", str(_folder(tmp_path, _WIRE)), "-o", str(tmp_path / "out.jsonl"),
                                 "--workers", "1"])
    assert result.exit_code == 1, result.output
    assert "(3 failed: MissingText 2, EmptyArticle 1)" in result.stderr
    assert ("; first of the 2 MissingText failures: wire.jsonl:1: MissingText: the object has no 'text' "
            "field (its fields: 'uid', 'body'); name the text field with --text-field") in result.stderr
    assert "first failure" not in result.stderr


def test_a_tie_between_failure_types_keeps_the_first_failure(tmp_path):
    """The near miss: one empty file and one feed item without its text field, a type each, show
    the first failure as before."""
    result = runner.invoke(app, ["extract", str(_folder(tmp_path, _WIRE[:1])), "-o", str(tmp_path / "out.jsonl"),
                                 "--workers", "1"])
    assert result.exit_code == 1, result.output
    assert "(2 failed: EmptyArticle 1, MissingText 1)" in result.stderr
    assert "; first failure: brief: EmptyArticle: " in result.stderr and "first of the" not in result.stderr


def test_a_stopped_append_into_a_database_is_told_both_ways_on(tmp_path, monkeypatch):
    """"rerun the same command to finish" after Ctrl-C of an --append run into a database: the
    same command starts again from the first article, which a user stopping a 50 MB export near
    its end did not expect; --resume in its place goes on where the run stopped."""
    story = tmp_path / "story.txt"
    story.write_text("Mayor Linda Okafor praised the vote.", encoding="utf-8")
    _stopped_run(monkeypatch, 1)
    output = tmp_path / "o.db"
    output.write_bytes(b"")
    result = runner.invoke(app, ["extract", str(story), "-o", str(output), "--workers", "1", "--append"])
    assert result.exit_code == 130
    assert result.stderr.strip().splitlines()[-1].endswith(
        "rerun the same command to finish: it extracts every article again (those the output holds are replaced, "
        "none is duplicated); or rerun it with --resume in place of --append to go on where this run stopped "
        "(articles the output held before this run then keep their earlier records)")


def test_a_stopped_append_into_a_table_directory_is_not_told_to_resume(tmp_path, monkeypatch):
    """The near miss: a CSV or Parquet directory cannot be resumed, so its line names the same
    command only."""
    story = tmp_path / "story.txt"
    story.write_text("Mayor Linda Okafor praised the vote.", encoding="utf-8")
    _stopped_run(monkeypatch, 1)
    output = tmp_path / "tables"
    output.mkdir()
    result = runner.invoke(app, ["extract", str(story), "-o", str(output), "--format", "csv", "--workers", "1",
                                 "--append"])
    assert result.exit_code == 130
    last = result.stderr.strip().splitlines()[-1]
    assert last.endswith("rerun the same command to finish: it extracts every article again (those the output "
                         "holds are replaced, none is duplicated)")
    assert "--resume" not in last


def test_resume_in_place_of_append_finishes_a_database_an_append_run_left(tmp_path):
    """What the stopped --append run's line advises works: a database made on day 1 and given part
    of day 2 by an --append run takes --resume on day 2's inputs, skipping what it holds."""
    day1, day2 = tmp_path / "day1", tmp_path / "day2"
    day1.mkdir()
    day2.mkdir()
    (day1 / "ferry.txt").write_text("The ferry fares will rise in May, the harbour board said.", encoding="utf-8")
    (day2 / "bridge.txt").write_text("The Old Mill bridge will close for repairs, the county said.", encoding="utf-8")
    output = tmp_path / "news.db"
    assert runner.invoke(app, ["extract", str(day1), "-o", str(output), "--workers", "1"]).exit_code == 0
    # the --append run stopped after bridge.txt, before school.txt
    assert runner.invoke(app, ["extract", str(day2), "-o", str(output), "--workers", "1", "--append"]).exit_code == 0
    (day2 / "school.txt").write_text("The new school opens on Monday, the headteacher said.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(day2), "-o", str(output), "--workers", "1", "--resume"])
    assert result.exit_code == 0, result.output
    assert "; 1 already in the output, skipped" in result.stderr
    with sqlite3.connect(output) as db:
        assert sorted(row[0] for row in db.execute("SELECT article_id FROM articles")) == ["bridge", "ferry", "school"]


def test_resume_from_another_directory_names_the_directory_the_output_was_started_in(tmp_path, monkeypatch):
    """`newsmine extract big.jsonl -o out.jsonl` in ~/work, stopped, then `--resume` from a new
    terminal in ~ with work/big.jsonl: refused (rightly), telling her to run it "from the directory
    of the run that wrote the output", which she had to remember; the records hold the path that
    run read, so the directory is where this run's file is, less that path."""
    work = tmp_path / "work"
    work.mkdir()
    (work / "big.jsonl").write_text("".join(json.dumps(item) + "\n" for item in _WIRE), encoding="utf-8")
    monkeypatch.chdir(work)
    _stop_after_the_first_record(monkeypatch)
    stopped = runner.invoke(app, ["extract", "big.jsonl", "--text-field", "body", "-o", "out.jsonl", "--workers", "1"])
    assert stopped.exit_code == 130, stopped.output
    monkeypatch.undo()
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["extract", "work/big.jsonl", "--text-field", "body", "-o", "work/out.jsonl",
                                 "--workers", "1", "--resume"])
    assert result.exit_code == 2
    assert result.stderr.strip().endswith(
        f"(else every article would be extracted again); that run started in {work.resolve()}, it seems: cd "
        f"{work.resolve()} and name the inputs and the output from there, as it did (it read this file as big.jsonl)")


def test_a_held_path_that_is_no_tail_of_the_file_read_names_no_directory(tmp_path, monkeypatch):
    """The near miss: the file renamed since (held as export.jsonl, read as big.jsonl beside no
    export.jsonl): no directory can be told, and the refusal ends as before."""
    from newsmine.batch import _directory_of_the_earlier_run

    assert _directory_of_the_earlier_run("export.jsonl", str(tmp_path / "big.jsonl")) is None
    assert _directory_of_the_earlier_run("/srv/news/big.jsonl", str(tmp_path / "big.jsonl")) is None
    assert _directory_of_the_earlier_run("../big.jsonl", str(tmp_path / "big.jsonl")) is None
    assert _directory_of_the_earlier_run("news/big.jsonl", str(tmp_path / "news" / "big.jsonl")) == str(tmp_path.resolve())


def _stop_after_the_first_record(monkeypatch):
    """The real extraction, stopped by Ctrl-C once it has written its first record."""
    from newsmine.cli import extract_cmd

    real = extract_cmd.extract

    def extract(inputs, output, options, *, on_record, **kwargs):
        def stop(summary):
            on_record(summary)
            raise KeyboardInterrupt

        return real(inputs, output, options, on_record=stop, **kwargs)

    monkeypatch.setattr(extract_cmd, "extract", extract)


def test_resume_into_a_database_grown_with_append_alone_does_not_blame_an_older_newsmine(tmp_path):
    """review62b: a database made by --append runs has no run manifest (--append writes none), so
    the --resume the stopped --append run advises warned that the output was "written by an older
    newsmine". The warning now names --append as the other way to have none."""
    day = tmp_path / "day"
    day.mkdir()
    (day / "ferry.txt").write_text("The ferry fares will rise in May, the harbour board said.", encoding="utf-8")
    output = tmp_path / "news.db"
    assert runner.invoke(app, ["extract", str(day), "-o", str(output), "--workers", "1", "--append"]).exit_code == 0
    (day / "school.txt").write_text("The new school opens on Monday, the headteacher said.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(day), "-o", str(output), "--workers", "1", "--resume"])
    assert result.exit_code == 0, result.output
    assert "it has no run manifest (written by an older newsmine, or grown with --append)" in result.stderr
