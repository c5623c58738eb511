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
