"""A content inside a relative clause ends before the main clause's predicate
(:mod:`newsmine.nlp.attribution.relative_predicates`, extract65). Invented sentences; the fixed
case ran on over ', do not apply to small farms' before the rule."""

from __future__ import annotations

import pytest

from tests.conftest import only_quote


def test_content_ends_with_the_relative_clause(pipeline):
    quote = only_quote(pipeline, "The rules, which officials said will take effect in March, do not apply to small farms.")
    assert [p.text for p in quote.parts] == ["which", "will take effect in March"]
    assert quote.speaker is not None and quote.speaker.text == "officials"


def test_content_ends_with_the_relative_clause_inside_an_outer_report(pipeline):
    """review65d: the parse makes the described noun a second subject of the outer report's verb
    ('rules' and 'report' of the last 'said'); extract65 left this content running on."""
    text = "The rules, which officials said will take effect in March, do not apply to small farms, the report said."
    quotes = [q for q in pipeline.analyze(text).quotes if q.speaker is not None and q.speaker.text == "officials"]
    assert [[p.text for p in q.parts] for q in quotes] == [["which", "will take effect in March"]]


@pytest.mark.xfail(strict=True, reason="the outer report has no quote: the parse makes 'rules' the subject of 'the report said', so the statement is no content of it")
def test_outer_report_around_a_relative_clause_is_a_quote(pipeline):
    text = "The rules, which officials said will take effect in March, do not apply to small farms, the report said."
    assert any(q.speaker is not None and q.speaker.text == "the report" for q in pipeline.analyze(text).quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a conjunct with no comma is the relative clause's own
        ("The rules, which officials said will take effect in March and cover all farms, are strict.",
         "which officials said will take effect in March and cover all farms"),
        # the described noun is a verb's subject: a comma-set conjunct is the relative clause's own
        ("The mayor, who aides said will run again, raise money and campaign hard, spoke on Monday.",
         "who aides said will run again, raise money and campaign hard"),
        # the main clause's verb parsed apart: nothing to cut
        ("The trial, which Watts said could last three weeks, begins Monday.", "which Watts said could last three weeks"),
        ("The new coach, who the owners said was hired to win now, has never won a title.",
         "who the owners said was hired to win now"),
        # review65d: the described noun is a verb's object: the relative clause runs to the end,
        # its comma-set list is its own (extract65 cut it after 'would cut taxes')
        ("Voters rejected the bill, which lawmakers said would cut taxes, raise wages and create jobs.",
         "which lawmakers said would cut taxes, raise wages and create jobs"),
    ],
)
def test_relative_clause_content_with_its_own_conjunct_is_unchanged(pipeline, text, content):
    quotes = [q for q in pipeline.analyze(text).quotes if q.cue.text == "said"]
    assert [q.text for q in quotes] == [content]
