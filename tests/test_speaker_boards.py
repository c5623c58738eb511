"""A company's or a bank's board speaks for the organisation it belongs to: "the bank's board"
is the bank the article named, and a bare "the board" the organisation whose board the article
wrote before (as its spokespeople would, with the body as the gold's name). Every text here is
invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_BOARDS_BEFORE = {
    "possessive": "Maria Lopez was one of the most trusted members of Orvane Systems' board.",
    "of": "Maria Lopez sat on the board of Orvane Systems for a decade.",
}


@pytest.mark.parametrize("written", list(_BOARDS_BEFORE), ids=list(_BOARDS_BEFORE))
def test_the_board_is_the_company_whose_board_was_written_before(pipeline, written):
    text = (
        "Chip maker replaces its chief\n\n"
        f"{_BOARDS_BEFORE[written]} Orvane had been losing ground to rivals such as Dell and IBM.\n\n"
        'The board said the merger "was the right call for the company."\n'
    )
    assert speaker_of(pipeline.analyze(text), "right call").name == "Orvane Systems"


def test_the_banks_board_is_the_bank_named_before_and_so_is_the_board_later(pipeline):
    text = (
        "Bank picks a new head\n\n"
        "President Obama nominated Ana Ruiz to lead the Harbor Development Bank on Thursday, despite "
        "complaints about the lender. The bank's board said it would consider \"other candidates as well.\"\n\n"
        'Ms. Ruiz, a former university president, met finance ministers. The board said Ms. Ruiz "has our '
        'full support."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "other candidates").name == "Harbor Development Bank"
    assert speaker_of(record, "full support").name == "Harbor Development Bank"


def test_a_board_no_named_body_owns_is_not_the_company_named_nearby(pipeline):
    # the school board belongs to no organisation the article names: not Orvane
    text = (
        "Budget vote splits Dover\n\n"
        "Orvane Systems, the town's largest employer, cut 300 jobs this spring. The Dover school board "
        'met on Monday. The board said the budget "was the best it could do."\n'
    )
    assert speaker_of(pipeline.analyze(text), "best it could do").name != "Orvane Systems"
