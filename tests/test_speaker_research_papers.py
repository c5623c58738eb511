"""'the 2009 paper', 'the new paper': a paper its words make a study speaks for the study's
author, as "the report" would; a bare "the paper" stays a newspaper, never the study."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_LEAD = (
    "Levy plan gains backers\n\n"
    "The Ledger reported on Sunday that the levy had new supporters in the Senate.\n\n"
    "A 2014 report by the Harbor Institute found that a small levy on trades would raise $20 billion "
    "a year. Even if trading fell by half, the levy would still raise $10 billion, "
)


@pytest.mark.parametrize(
    ("ending", "is_the_institute"),
    [("according to the 2014 paper.", True), ("the paper said.", False)],  # the second a guard
)
def test_a_dated_paper_is_the_study_named_before(pipeline, ending, is_the_institute):
    record = pipeline.analyze(f"{_LEAD}{ending}\n")
    assert (speaker_of(record, "would still raise").name == "Harbor Institute") is is_the_institute
