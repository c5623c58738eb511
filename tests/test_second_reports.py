"""A kept content ends before a second report joined to it with its own subject and
reporting verb ('…, and a third said the opposite'); a clause that reports nothing, or a
second 'that' complement of the cue, stays. Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from newsmine.nlp.attribution.second_reports import end_before_second_report
from tests.conftest import candidate_to_sentence_end, doc_context


def _quotes(nlp, sentence: str) -> list[str]:
    """The contents the whole pipeline keeps for ``sentence``."""
    from newsmine.nlp.quotes import find_quotes

    text = sentence + "\n"
    return [text[q.start : q.end] for q in find_quotes(nlp(text))]


@pytest.mark.parametrize(
    ("sentence", "first_content"),
    [
        ("Forty percent of the voters said the ferry plan was unfair, and a third said the opposite.", "the ferry plan was unfair"),
        # hung on the cue word itself by the parse, yet run on over by the kept span
        ("The harbour staff believe the levy is dead, and most do not expect it to return this year.", "the levy is dead"),
        ("Okafor said the pier would reopen in May and the mayor warned that the budget was short.", "the pier would reopen in May"),
    ],
)
def test_the_content_ends_before_a_second_report(nlp, sentence, first_content):
    assert _quotes(nlp, sentence)[0] == first_content


def _unchanged(nlp, sentence: str) -> bool:
    """Whether the stage leaves the 'said' content of ``sentence`` (running from 'the' after
    the cue to the sentence's end) as it is."""
    ctx = doc_context(nlp, sentence + "\n")
    cand = candidate_to_sentence_end(ctx, "said", "the", "child:ccomp", "mayor")
    return end_before_second_report(ctx, cand) is cand


def test_a_clause_reporting_nothing_stays(nlp):
    # both clauses are what the mayor said
    assert _unchanged(nlp, "The mayor said the deficit grew last year, and unemployment rose in the port towns.")


def test_a_second_that_clause_of_the_cue_stays(nlp):
    # the cue's second complement, itself holding a report
    assert _unchanged(nlp, "The mayor said that the pier would reopen, and that her aides believe the ferry will run.")
