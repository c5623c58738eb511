"""``newsmine eval`` on the brat tool's own layout: each ``<id>.ann`` beside its ``<id>.txt``."""

from __future__ import annotations

import shutil

from typer.testing import CliRunner

from newsmine.cli import app
from newsmine.evaluate import read_gold_dir
from tests.conftest import REPO

FIXTURE = REPO / "tests" / "fixtures" / "brat"


def _brat_folder(tmp_path):
    """The invented fixture as brat keeps it: texts and annotations side by side, with brat's
    configuration files beside them."""
    folder = tmp_path / "my annotations"
    folder.mkdir()
    for path in [*(FIXTURE / "text").glob("*.txt"), *(FIXTURE / "attributions").glob("*.ann")]:
        shutil.copy(path, folder / path.name)
    (folder / "annotation.conf").write_text("[entities]\nSource\nCue\nContent\n", encoding="utf-8")
    return folder


def test_a_brat_folder_reads_as_the_polnear_layout_does(tmp_path):
    assert list(read_gold_dir(_brat_folder(tmp_path))) == list(read_gold_dir(FIXTURE))


def test_a_brat_folder_with_a_text_lacking_its_annotation_names_it(tmp_path):
    folder = _brat_folder(tmp_path)
    (folder / "a3.txt").write_text("Not annotated yet.", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(folder)])
    assert result.exit_code == 2
    assert "a3.ann is missing: every <id>.txt of a brat folder needs its <id>.ann beside it" in result.stderr


def test_a_folder_of_texts_without_any_annotation_is_still_no_gold_directory(tmp_path):
    """The near miss: a folder of articles not annotated at all is refused, saying both layouts."""
    (tmp_path / "story.txt").write_text("The ferry runs again.", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code == 2
    assert "is not a gold directory" in result.stderr and "brat folder" in result.stderr
