"""The command line as a user runs it (typer's CliRunner, and one real subprocess)."""

from __future__ import annotations

import json
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


def test_python_dash_m_runs_the_same_cli():
    completed = subprocess.run([sys.executable, "-m", "newsmine", "--help"], capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0
    assert "extract" in completed.stdout and "schema" in completed.stdout
