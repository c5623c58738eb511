"""Quality gate on real web pages: the shared webpages benchmark (dev split, 48 pages with
hand-checked title, authors, date and text snippets), scored by its own scorer.

The pages are third-party content and live beside the repository (``../shared``), never
in it: the test skips where they are absent. Only the reader runs (title, authors, date
and text are all set before any NLP), which keeps the gate to about 20 seconds; the full
command is in ``benchmarks/webpages.sh``. Floors are the figures reached, rounded down.
"""

from __future__ import annotations

import importlib.util
import json

import pytest

from newsmine.readers import read_articles
from tests.conftest import REPO

WEBPAGES = REPO.parent / "shared" / "benchmarks" / "webpages" / "dev"
SCORER = REPO.parent / "shared" / "tools" / "metadata_score.py"

FLOORS = {
    ("title", "accuracy"): 0.91,
    ("authors", "exact"): 0.95,
    ("date", "accuracy"): 0.97,
    ("text", "with_recall"): 0.95,
    ("text", "without_absent"): 0.97,
}

pytestmark = [
    pytest.mark.skipif(not (WEBPAGES / "gold.jsonl").exists() or not SCORER.exists(),
                       reason="the shared webpages benchmark (../shared) is not here"),
    pytest.mark.slow,  # extracts every page of the benchmark
]


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("metadata_score", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    records = tmp_path_factory.mktemp("webpages") / "records.jsonl"
    with records.open("w", encoding="utf-8") as out:
        for article in read_articles([WEBPAGES / "pages"]):
            out.write(json.dumps({
                "id": article.id, "status": "error" if article.failure else "ok", "title": article.title,
                "authors": article.authors, "published": article.published, "text": article.text,
            }) + "\n")
    return scorer.score(scorer.load_gold(WEBPAGES), records)


@pytest.mark.parametrize(("field", "figure"), list(FLOORS))
def test_web_page_metadata_and_text_stay_above_their_floors(scores, field, figure):
    assert scores[field][figure] >= FLOORS[field, figure], json.dumps(scores["examples"] or scores[field], indent=1)


def test_every_page_is_read_without_error(scores):
    assert scores["counts"]["error_records"] == 0 and scores["counts"]["missing_records"] == 0
