"""A numeric date whose day and month could swap ("03/04/2025") is not guessed.

The articles are invented."""

from __future__ import annotations

import json

import pytest

from newsmine.articles import parse_published
from newsmine.readers import ReadOptions, read_articles


@pytest.mark.parametrize("value", ["03/04/2025", "3/4/25", "03.04.2025", "11-02-2024", "03/04/2025 09:30"])
def test_a_date_that_reads_both_ways_is_set_aside_with_a_warning(value):
    published, problem = parse_published(value)
    assert published is None
    assert "day/month or month/day" in problem and "YYYY-MM-DD" in problem


@pytest.mark.parametrize(("value", "day"), [("14/05/2025", "2025-05-14"), ("05/14/2025", "2025-05-14"),
                                            ("04/04/2025", "2025-04-04"), ("2025-03-04", "2025-03-04"),
                                            ("4 March 2025", "2025-03-04")])
def test_near_misses_that_read_one_way_only_keep_their_date(value, day):
    assert parse_published(value) == (day, None)


def test_a_feeds_two_conventions_no_longer_move_one_article_by_a_month(tmp_path):
    """A European export: '14/05/2025' was read day first and '03/04/2025' month first, unseen."""
    lines = [{"id": "ferry", "text": "The ferry runs again.", "published": "03/04/2025"},
             {"id": "market", "text": "The market reopens.", "published": "14/05/2025"}]
    (tmp_path / "feed.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    ferry, market = read_articles([tmp_path / "feed.jsonl"], ReadOptions())
    assert ferry.published is None and any("'03/04/2025' may be day/month" in w for w in ferry.warnings)
    assert market.published == "2025-05-14" and market.warnings == []
