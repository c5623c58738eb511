"""Plural descriptions that stand for people named together: a pair nothing named nearby
stands for is the conjunction the headline names (the first of them, the gold's convention)."""

from __future__ import annotations

from tests.conftest import speaker_of

# An article body whose "Both candidates" has no pair named near it: only the headline names one.
_FAIR_STORY = (
    "DAYTON, Ohio - The county fair opened on Saturday under a gray sky. Farmers lined up "
    "for the tractor pull, and children ran between the stalls. "
    '"We come every year," said Dora Pike, a retired teacher. "Nothing changes here." '
    "The fair board expects forty thousand visitors this week. Prices for corn have fallen "
    "for a third year. Many families have sold their land. "
    "Both candidates promised on Monday that they would protect the farm subsidies.\n"
)


def test_both_candidates_far_from_any_pair_are_the_headlines_pair(pipeline):
    text = "Alvarez and Whitfield see rural votes as key in Ohio\n\n" + _FAIR_STORY
    record = pipeline.analyze(text)
    both = speaker_of(record, "protect the farm subsidies")
    assert both.name is not None and "Alvarez" in both.name, both


def test_a_pair_is_not_a_headline_conjunction_of_another_count(pipeline):
    text = "Alvarez, Whitfield and Moreno see rural votes as key in Ohio\n\n" + _FAIR_STORY
    record = pipeline.analyze(text)
    both = speaker_of(record, "protect the farm subsidies")
    assert both.name is None or "Alvarez" not in both.name, both
