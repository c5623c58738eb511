"""``--outlet NAME``: the outlet of articles whose input names none (ReadOptions.outlet).

The articles and outlets below are invented."""

from __future__ import annotations

import json

from newsmine.manifest import differences, run_settings
from newsmine.runners.work import PipelineSettings
from newsmine.readers import ReadOptions, read_articles

PAGE = """<html><head><title>Ferry fares frozen</title><meta property="og:site_name" content="Island Courier"></head>
<body><article><h1>Ferry fares frozen</h1><p>The island council froze ferry fares for another year on Monday, after
residents of the three northern villages signed a petition against the planned rise. The ferry company said it would
accept the decision but warned that the timetable might have to change in the winter months if costs keep growing.</p>
</article></body></html>"""


def test_a_folder_of_one_outlets_text_files_gets_its_name(tmp_path):
    (tmp_path / "ferry fares.txt").write_text("Ferry fares frozen\n\nThe island council froze fares.", encoding="utf-8")
    (article,) = read_articles([tmp_path], ReadOptions(outlet="Harbour Post"))
    assert article.outlet == "Harbour Post"
    (article,) = read_articles([tmp_path], ReadOptions())
    assert article.outlet is None


def test_an_outlet_the_input_names_is_kept(tmp_path):
    """The near misses: a page declaring its site, a feed line with an outlet field."""
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "f1", "text": "Fares stay.", "outlet": "Bay Radio"}) + "\n",
                                         encoding="utf-8")
    outlets = {a.id: a.outlet for a in read_articles([tmp_path], ReadOptions(outlet="Harbour Post"))}
    assert outlets == {"f1": "Bay Radio", "page": "Island Courier"}


def test_a_resumed_run_with_another_outlet_is_refused_by_the_manifest():
    held = run_settings(PipelineSettings(), ReadOptions(outlet="Harbour Post"))
    assert differences(held, run_settings(PipelineSettings(), ReadOptions(outlet="Bay Radio"))) == [
        "--outlet Harbour Post (this run: Bay Radio)"]
    assert differences(held, run_settings(PipelineSettings(), ReadOptions(outlet="Harbour Post"))) == []
