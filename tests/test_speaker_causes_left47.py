"""Causes of speaker errors seen in session 47 (spk47, the blind sample train-all47) and left
unfixed, each a strict xfail on invented text that says why. Every text here is invented for
newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


def test_a_statement_attributed_to_someone_in_a_clause_after_it_is_theirs(pipeline):
    # session 47's strict xfail, passing since desc49 read "attributed to" (named_authors._named_author)
    text = (
        "Council race turns sour\n\n"
        "The campaign sent reporters a short reply late on Monday. \"The mayor's record speaks for "
        "itself,\" read the statement, which was attributed to campaign spokesman Owen Farley.\n"
    )
    assert speaker_of(pipeline.analyze(text), "record speaks for itself").name == "Owen Farley"


@pytest.mark.xfail(
    strict=True,
    reason="a part of a person's speech ('More than half of Ruiz's address') is not the possessor's: "
    "the mention's head is the quantity, and the possessor of the noun after 'of' is not read",
)
def test_a_part_of_a_persons_address_speaks_for_the_person(pipeline):
    text = (
        "Mayor takes aim at rival\n\n"
        "Mayor Elena Ruiz spoke to union members in Harlow on Tuesday. More than half of Ruiz's "
        "address was devoted to criticizing her rival's record on housing.\n"
    )
    assert speaker_of(pipeline.analyze(text), "criticizing her rival").name == "Elena Ruiz"
