"""Progress line, article totals and the final summary of ``newsmine extract``; its batch options."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

from newsmine.batch import RunSummary
from newsmine.cli import app
from newsmine.cli.progress import ProgressLine, count_articles, format_summary
from newsmine.readers import list_inputs

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def test_count_articles_counts_text_files_and_non_blank_json_lines(tmp_path):
    assert count_articles(list_inputs([CORPUS])) == 13
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_bytes(b'{"text": "a"}\n\n\n{"text": "b"}\n   \n{"text": "c"}')
    assert count_articles(list_inputs([jsonl])) == 3


def test_count_articles_is_unknown_for_json_arrays(tmp_path):
    array = tmp_path / "a.json"
    array.write_text('[{"text": "a"}, {"text": "b"}]')
    assert count_articles(list_inputs([CORPUS / "city", array])) is None


def test_progress_line_shows_done_total_rates_eta_and_failures():
    now = [0.0]
    progress = ProgressLine(total=100, stream=io.StringIO(), enabled=True, clock=lambda: now[0])
    now[0] = 4.0
    progress(RunSummary(articles=4, words=2_000, resumed=30))  # the first record: the ETA's rate counts from it
    summary = RunSummary(articles=20, failed=2, words=10_000, resumed=30)
    line = progress.line(summary, now=10.0)
    # 20 done in 10 s: 2 articles/s, 1,000 words/s; the ETA's rate: 16 done in the 6 s since the first
    # record, 2.67 a second; 50 left (30 were already in the output) -> 18.75 s, 19.
    assert line == "50/100 articles | 2.0 articles/s | 1,000 words/s | ETA 0:00:19 | 2 failed"


def test_progress_is_silent_when_stderr_is_not_a_terminal():
    stream = io.StringIO()
    progress = ProgressLine(total=10, stream=stream)
    progress(RunSummary(articles=1))
    progress.finish()
    assert stream.getvalue() == ""


def test_a_log_gets_a_progress_line_a_minute_when_stderr_is_not_a_terminal():
    # Logs and pipes (nohup, cron) got nothing but the summary at the end: hours of silence.
    # The first line comes with the first record ten seconds in (newuser64), then one a minute.
    stream, now = io.StringIO(), [1000.0]
    progress = ProgressLine(total=100, stream=stream, clock=lambda: now[0])
    for seconds, done in ((5, 2), (30, 10), (61, 20), (95, 30), (125, 40)):
        now[0] = 1000.0 + seconds
        progress(RunSummary(articles=done, words=done * 500))
    progress.finish()
    assert stream.getvalue().splitlines() == [
        # the ETA's rate counts from the first record (5 s, 2 articles): 8 in 25 s, 90 left; 28 in 90 s, 70 left
        "newsmine: progress: 10/100 articles | 0.3 articles/s | 167 words/s | ETA 0:04:41 | 0 failed",  # 30 s
        "newsmine: progress: 30/100 articles | 0.3 articles/s | 158 words/s | ETA 0:03:45 | 0 failed",  # 95 s
    ]
    quiet = io.StringIO()
    silenced = ProgressLine(total=100, stream=quiet, enabled=False, clock=lambda: now[0] + 600)
    silenced(RunSummary(articles=1))
    assert quiet.getvalue() == ""  # enabled=False stays silent: a caller that asked for no progress


def test_summary_line_reports_failures_rates_and_resumed_articles():
    summary = RunSummary(articles=120, failed=2, words=60_000, errors_by_type=Counter({"DecodeError": 2}), resumed=30)
    assert format_summary(summary, 60, "out.jsonl") == (
        "120 articles (2 failed: DecodeError 2) in 0:01:00, 2.0 articles/s, 1,000 words/s -> out.jsonl; "
        "30 already in the output, skipped"
    )


def test_extract_refuses_an_existing_output_and_says_how_to_continue(tmp_path):
    output = tmp_path / "out.jsonl"
    assert CliRunner().invoke(app, ["extract", str(CORPUS / "city"), "-o", str(output), "--workers", "1"]).exit_code == 0
    records = output.read_bytes()
    result = CliRunner().invoke(app, ["extract", str(CORPUS / "city"), "-o", str(output)])
    assert result.exit_code == 2
    assert "pass --resume to continue it or --overwrite to replace it" in result.output
    assert output.read_bytes() == records


def test_extract_refuses_a_file_it_did_not_write_and_names_only_overwrite(tmp_path):
    output = tmp_path / "out.jsonl"
    output.write_text("my notes\n")
    result = CliRunner().invoke(app, ["extract", str(CORPUS / "city"), "-o", str(output)])
    assert result.exit_code == 2
    assert "holds no newsmine record, so --resume cannot continue it" in result.output
    assert "pass --overwrite to replace it" in result.output
    assert output.read_text() == "my notes\n"


def test_extract_refuses_workers_with_dask(tmp_path):
    result = CliRunner().invoke(app, ["extract", str(CORPUS), "-o", str(tmp_path / "o.jsonl"), "--workers", "2", "--dask", "local"])
    assert result.exit_code == 2
    assert "--workers and --dask exclude each other" in result.output
    assert not (tmp_path / "o.jsonl").exists()


def test_a_sharded_run_counts_files_of_unknown_type_a_glob_found_in_its_summary(tmp_path):
    from newsmine.readers import SkippedBecause
    from newsmine.shards import expand_inputs

    (tmp_path / "a.txt").write_text("A story.", encoding="utf-8")
    (tmp_path / "notes.xyz").write_text("not an article", encoding="utf-8")
    skipped: list = []
    assert list(expand_inputs([str(tmp_path / "*")], skipped)) == [str(tmp_path / "a.txt")]
    assert [(Path(s.path).name, s.reason) for s in skipped] == [("notes.xyz", SkippedBecause.unknown_type)]
    # Before: the glob's skipped files were bare paths, and the summary line failed on them.
    summary = format_summary(RunSummary(articles=1, skipped_files=skipped), 1.0, "out")
    assert "1 file skipped (unknown type 1: .xyz 1)" in summary
    assert summary.startswith("1 article in ")


def test_the_summary_counts_records_with_warnings_and_shows_the_first():
    """A run into a database kept no trace of what its readers set aside (an ambiguous date): the
    tables leave `warnings` out. A run without warnings says nothing of them (the near miss)."""
    from newsmine.runners.work import Outcome

    summary = RunSummary()
    for article_id, warning in [("export.csv:1", "'published' '03/04/2025' may be day/month or month/day"),
                                ("export.csv:2", None), ("export.csv:3", "'title' is a JSON number, not a string")]:
        summary.add(Outcome(line=b"{}\n", key=("export.csv", article_id), error_type=None, words=10, warning=warning))
    assert format_summary(summary, 1.0, "my corpus.db").endswith(
        "-> my corpus.db; 2 records with warnings (first: export.csv:1: 'published' '03/04/2025' may be day/month "
        "or month/day)")
    quiet = RunSummary()
    quiet.add(Outcome(line=b"{}\n", key=("a.txt", "a"), error_type=None, words=10))
    assert format_summary(quiet, 1.0, "out.jsonl").endswith("-> out.jsonl")


def test_the_summary_names_the_types_of_the_files_it_skipped():
    """A fact-checker's folder held a newsletter, a saved page and a zip of articles beside the text
    files: "3 files skipped (unknown type 3)" did not say they were articles left unread."""
    from newsmine.readers import SkippedBecause, SkippedFile

    skipped = [SkippedFile(f"desk/{name}", SkippedBecause.unknown_type)
               for name in ("week 12.zip", "Week 13.ZIP", "Brief.eml", "README")]
    skipped.append(SkippedFile("desk/.draft.txt", SkippedBecause.hidden))
    summary = format_summary(RunSummary(articles=2, skipped_files=skipped), 1.0, "out")
    assert "5 files skipped (unknown type 4: .zip 2, .eml 1, README 1; hidden 1)" in summary


def test_the_summary_names_at_most_six_types_of_skipped_files():
    from newsmine.readers import SkippedBecause, SkippedFile

    skipped = [SkippedFile(f"desk/a{i}.x{i}", SkippedBecause.unknown_type) for i in range(8)]
    summary = format_summary(RunSummary(articles=1, skipped_files=skipped), 1.0, "out")
    assert "(unknown type 8: .x0 1, .x1 1, .x2 1, .x3 1, .x4 1, .x5 1, …)" in summary


# --- session 52 (newuser52): the summary shows the first failure, whose message says what to do ---


def test_summary_line_shows_the_first_failure_with_its_whole_message():
    summary = RunSummary(articles=5, failed=2, words=300, errors_by_type=Counter({"MissingText": 2}),
                         failed_example=("feed.jsonl:1", "MissingText: the object has no 'text' field (its fields: "
                                         "'uid', 'body', 'headline'); name the text field with --text-field"))
    assert format_summary(summary, 3, "records.jsonl") == (
        "5 articles (2 failed: MissingText 2) in 0:00:03, 1.7 articles/s, 100 words/s -> records.jsonl; first failure: "
        "feed.jsonl:1: MissingText: the object has no 'text' field (its fields: 'uid', 'body', 'headline'); name the "
        "text field with --text-field")
    summary.failed_example = ("huge", "DecodeError: " + "x" * 400)
    assert format_summary(summary, 3, "records.jsonl").endswith("; first failure: huge: DecodeError: " + "x" * 286 + "…")


def test_a_run_whose_feed_names_its_text_otherwise_is_told_which_option_to_use(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"uid": "n1", "body": "The pier reopens on Friday, the mayor said."}\n', encoding="utf-8")
    story = tmp_path / "pier.txt"
    story.write_text("The pier reopens on Friday, the mayor said on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(feed), str(story), "-o", str(tmp_path / "out.jsonl"), "--workers", "1"])
    assert result.exit_code == 1
    assert "(1 failed: MissingText 1) in " in result.stderr
    assert ("; first failure: feed.jsonl:1: MissingText: the object has no 'text' field (its fields: 'uid', 'body'); "
            "name the text field with --text-field (JsonFields(text=...) in Python)") in result.stderr
    # the near miss: a run without an error record says nothing of failures
    again = CliRunner().invoke(app, ["extract", str(story), "-o", str(tmp_path / "ok.jsonl"), "--workers", "1"])
    assert again.exit_code == 0 and "failure" not in again.stderr


def test_a_sharded_run_whose_feed_names_its_text_otherwise_is_told_which_option_to_use(tmp_path):
    import json

    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"uid": "n1", "body": "The pier reopens on Friday, the mayor said."}\n', encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(feed), "--shards", "--format", "jsonl", "-o", str(out), "--workers", "1"])
    assert result.exit_code == 1
    assert ("(1 failed: MissingText 1) in " in result.stderr
            and "; first failure: feed.jsonl:1: MissingText: the object has no 'text' field" in result.stderr)
    marker = json.loads(next((out / "_shards").glob("*.json")).read_text())
    assert marker["failed_example"][0] == "feed.jsonl:1"  # the shard's summary, kept as warned_example is


def test_the_eta_counts_from_the_first_record_not_the_model_load():
    """A run whose model took 30 s to load, then an article a second: its first logged line said
    '1/48 articles | 0.0 articles/s | ... | ETA 0:31:28' for a run of minutes (newuser64's notes).
    The first line, with the first record, has no ETA (no rate yet); the next counts from it."""
    stream, now = io.StringIO(), [0.0]
    progress = ProgressLine(total=200, stream=stream, clock=lambda: now[0])
    for second in range(30, 100):
        now[0] = float(second)
        progress(RunSummary(articles=second - 29, words=(second - 29) * 400))
    assert stream.getvalue().splitlines() == [
        # 30 s, the first record: no ETA (from the run's start, 1 in 30 s: 199 left -> 1:39:30)
        "newsmine: progress: 1/200 articles | 0.0 articles/s | 13 words/s | 0 failed",
        # 90 s: 60 done in the 60 s since the first record, 1 a second: 139 left -> 0:02:19
        # (from the run's start, 61 in 90 s: 0:03:25)
        "newsmine: progress: 61/200 articles | 0.7 articles/s | 271 words/s | ETA 0:02:19 | 0 failed",
    ]


def test_near_miss_a_steady_run_from_the_start_keeps_its_eta():
    """No load before the first record: the rate from it is the run's."""
    now = [0.0]
    progress = ProgressLine(total=100, stream=io.StringIO(), enabled=True, clock=lambda: now[0])
    for second in range(1, 21):
        now[0] = float(second)
        progress(RunSummary(articles=second * 2, words=100))
    # 40 done in 20 s, 2 a second (from the first record: 38 in 19 s, the same) -> 60 left, 30 s
    assert progress.line(RunSummary(articles=40, words=100), now=20.0).split(" | ")[3] == "ETA 0:00:30"


def test_a_log_counts_its_inputs_only_half_way_to_its_first_line(tmp_path):
    """Counting reads the inputs twice: a logged run starts it 5 s in (half-way to the first line,
    newuser64), not 30 s in as when the first line came a minute in; a run of seconds never does."""
    import time

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("The pier will be rebuilt, the board said.", encoding="utf-8")
    now = [0.0]
    progress = ProgressLine(list_inputs([tmp_path]), stream=io.StringIO(), clock=lambda: now[0])
    now[0] = 4.0
    progress(RunSummary(articles=1, words=8))
    assert progress.total is None and progress._inputs is not None  # not counted yet
    now[0] = 6.0
    progress(RunSummary(articles=1, words=8))
    waited = time.monotonic()
    while progress.total is None and time.monotonic() - waited < 10:
        time.sleep(0.05)  # the count runs in a thread of its own
    assert progress.total == 2
