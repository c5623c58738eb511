"""``Pipeline.analyze(published=...)`` and ``newsmine.analyze``: a date that cannot be read is
set aside with a line in the record's ``warnings``, as the JSON readers do. It was dropped
without a word, so a library caller saw ``published: null`` and unresolved dates with no
reason, where the same value in a JSON Lines feed was explained (session 46, newuser46)."""

from __future__ import annotations

import pytest

TEXT = "The harbour board said on Friday that the north pier would reopen after the storm repairs."
PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>North pier to reopen</title>
<meta property="article:published_time" content="2026-01-16T09:00:00Z"></head><body><article>
<h1>North pier to reopen</h1><p>The harbour board said on Friday that the north pier in Saltby would reopen next
month after the storm repairs, and that fishing crews could return to their old berths at once.</p>
<p>"The crews have been patient for a whole winter," said Ewan Toft, who chairs the board, speaking at the quay.</p>
<p>Repairs to the sea wall will go on through the spring, the board added in a statement issued later that day.</p>
</article></body></html>"""


@pytest.mark.parametrize(("published", "says"), [
    ("yesterday", "relative to the day it is read"),
    ("2026-02-30", "not a date newsmine can read"),
    ("3000-01-01", "outside the years"),
])
def test_a_published_value_that_cannot_be_read_is_a_warning_of_the_record(pipeline, published, says):
    record = pipeline.analyze(TEXT, published=published)
    assert record.published is None
    assert len(record.warnings) == 1 and says in record.warnings[0] and repr(published) in record.warnings[0]


def test_a_readable_published_value_gives_no_warning(pipeline):
    record = pipeline.analyze(TEXT, published="2026-01-16")
    assert record.published == "2026-01-16" and record.warnings == []


def test_a_web_page_keeps_its_own_date_and_the_warning_says_so(pipeline):
    record = pipeline.analyze(html=PAGE, published="last week")
    assert record.published == "2026-01-16"
    assert "'last week'" in record.warnings[0] and "the page's own date (2026-01-16) is used" in record.warnings[0]


@pytest.mark.parametrize(("given", "kept"), [
    ("2026-02-06T08:00:00Z", "2026-02-06"),  # a timestamp column of the caller's own database
    ("Fri, 06 Feb 2026 08:00:00 GMT", "2026-02-06"),
])
def test_an_article_made_in_python_gets_its_date_as_every_record_holds_it(pipeline, given, kept):
    """``Pipeline.process([Article(..., published=...)])`` kept the value as given, so a record
    said '2026-02-06T08:00:00Z' where the schema and every reader say YYYY-MM-DD."""
    from newsmine import Article

    record = next(pipeline.process([Article(id="pier", text=TEXT, published=given)]))
    assert record.published == kept and record.warnings == []
    assert [date.value for date in record.dates] == [kept]  # "on Friday": the publication day itself
