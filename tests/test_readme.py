"""The README stays true: its worked example is what the CLI produces."""

from __future__ import annotations

import json
import re

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
