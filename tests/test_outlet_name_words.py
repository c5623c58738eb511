"""``antecedents/body_words.outlet_name``: a newspaper's ending of the one list
(``entities/body_labels.NEWSPAPER_NAME_ENDINGS``) as a name's last word makes the name a
paper's, so "the paper" finds "the Cedar Valley Sentinel" (review52d; the outlet words lacked
"sentinel", "dispatch", "bulletin" and "courant"); near misses where a company's name holds the
word inside. Every text here is invented for newsmine (session 52, review52d).
"""

from __future__ import annotations

import pytest

from newsmine.nlp.antecedents.body_words import outlet_name
from tests.conftest import speaker_of

_FARES = (
    "Ferry fares\n\nThe {paper} first reported the fare rise on Sunday. "
    "The paper said riders would pay $2 more.\n"
)


@pytest.mark.parametrize("paper", ["Cedar Valley Sentinel", "Harbor County Dispatch"])
def test_the_paper_is_a_paper_named_by_a_newspapers_ending(pipeline, paper):
    assert speaker_of(pipeline.analyze(_FARES.format(paper=paper)), "riders would pay").name == paper


def test_a_company_whose_name_holds_a_newspapers_ending_inside_is_still_the_company(pipeline):
    # near miss: 'Bulletin' inside a name that ends in 'Inc.'
    text = "Ferry fares\n\nMillbrook Bulletin Inc. raised prices on Sunday. The company said riders would pay $2 more.\n"
    assert speaker_of(pipeline.analyze(text), "riders would pay").name == "Millbrook Bulletin Inc."


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("Hartford Courant", True),
        ("Orange Valley Sentinel", True),
        ("Sentinel Security Group", False),
        ("Emergency Dispatch Center", False),
        ("Tribune Publishing", True),  # an outlet word anywhere, as before
    ],
)
def test_outlet_name_reads_a_newspapers_ending_as_the_last_word(name, outlet):
    assert outlet_name(name) is outlet
