"""The content model's gap is counted to the nearest word of the source's apposition chain
(:func:`newsmine.nlp.attribution.features.content._apposition_chain`, extract66): 'The governor
is confident …, his chief of staff, Sam Ito, told the Ledger.' The source is the name apposed to
the description; counted to the name alone, the content before the credit sat six or more tokens
from its source, a gap the model gives to contents that are not the credit's, and the quote was
lost (or another cue word's kept). Invented sentences; each fixed case was wrong on main
(54d939d2), each near miss is the same there."""

from __future__ import annotations

import pytest

from tests.conftest import only_quote


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # main: 'the bill will pass before the summer recess', cue 'is', speaker 'The governor'
        ("The governor is confident the bill will pass before the summer recess, his chief of staff, Sam Ito, "
         "told the Ledger.", "The governor is confident the bill will pass before the summer recess", "Sam Ito"),
        # (sources65's 'The club signed a new striker, Leo Marsh, the team's manager, Ana Ruiz, told
        # reporters.' is the same mend: tests/test_chained_names.py)
        # near misses, unchanged: the description is the source (no apposition chain), or the name is
        ("The club signed a new striker, Leo Marsh, the team's manager, told reporters.",
         "The club signed a new striker", "Leo Marsh"),
        ("The bridge will reopen in May, the city's engineer told the council.", "The bridge will reopen in May",
         "the city's engineer"),
        ("The bridge will reopen in May, Jo Lane, the city's engineer, told the council.",
         "The bridge will reopen in May", "Jo Lane"),
        ("The senator remains opposed to the tax plan, her spokesman, Tom Wade, told the Ledger.",
         "The senator remains opposed to the tax plan", "Tom Wade"),
    ],
)
def test_content_before_a_name_apposed_to_its_description_is_the_credits(pipeline, text, content, speaker):
    quote = only_quote(pipeline, text)
    assert (quote.text, quote.speaker and quote.speaker.text) == (content, speaker)


def test_apposition_chain_without_a_cue_gives_no_quote(pipeline):
    """Near miss: a chain of appositions with no reporting verb stays no quote."""
    assert pipeline.analyze("The club met its new striker, Leo Marsh, the team's manager, on Monday.").quotes == []
