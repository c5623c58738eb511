"""A media researcher with a news API's JSON Lines export and a notebook (newuser61): an empty
export among others is named. Invented texts only."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from newsmine.cli import app
from newsmine.cli.progress import empty_inputs_warning
from newsmine.readers import InputFile

runner = CliRunner()


def test_an_empty_export_among_others_is_named_in_a_warning(tmp_path):
    """`newsmine extract day-1.jsonl day-2.jsonl` with day-2 empty (an export that failed) said
    "1 article … -> out.jsonl" and nothing of day-2: only a run reading no article at all named it."""
    day1 = tmp_path / "day-1.jsonl"
    day1.write_text(json.dumps({"uri": "a1", "body": "The harbour board said on Monday that ferry fares would rise."})
                    + "\n", encoding="utf-8")
    (tmp_path / "day-2.jsonl").write_bytes(b"")
    result = runner.invoke(app, ["extract", str(day1), str(tmp_path / "day-2.jsonl"), "--text-field", "body",
                                 "--id-field", "uri", "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0, result.output
    assert f"newsmine: warning: {tmp_path / 'day-2.jsonl'} is empty (0 bytes): no article was read from it" in result.output
    # near miss: a run whose inputs all held articles warns of none
    result = runner.invoke(app, ["extract", str(day1), "--text-field", "body", "--id-field", "uri",
                                 "-o", str(tmp_path / "again.jsonl")])
    assert result.exit_code == 0 and "is empty" not in result.output


def test_only_empty_files_of_formats_that_give_no_record_are_named():
    files = [InputFile("a.jsonl", "jsonl", 0), InputFile("b.csv", "csv", 0), InputFile("c.rss", "feed", 0),
             InputFile("d.warc", "warc", 0), InputFile("e.jsonl", "jsonl", 10)]
    assert empty_inputs_warning(files) == ("4 input files are empty (0 bytes), no article was read from them: "
                                           "a.jsonl, b.csv, c.rss and 1 more")
    # near misses: an empty .txt or .json is an error record already; a file with bytes, or stdin
    # (no size), is not named
    assert empty_inputs_warning([InputFile("story.txt", "text", 0), InputFile("x.json", "json", 0),
                                 InputFile("-", "jsonl", None), InputFile("e.jsonl", "jsonl", 10)]) is None
