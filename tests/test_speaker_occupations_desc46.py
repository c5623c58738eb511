"""Occupations used like a pronoun for the person just named, seen in session 46 (desc46): "'…,'
Morton Blackwell, the Republican National Committeeman from Virginia, told AFP. The influential
delegate and conservative activist, who backs Cruz, warned …" left "the delegate" unresolved
("delegate" was no occupation); and an unnamed one of the same trade brought in after that person
("An activist from Iowa disagreed. '…,' the activist said") is that one, not the person just
named. Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


def test_the_delegate_is_the_person_just_quoted(pipeline):
    text = (
        "Delegate fight looms\n\n"
        "\u201cThey want to change the rules so that someone else wins,\u201d Martha Lindqvist, the "
        "state committeewoman from Ohio, told reporters.\n\n"
        "The influential delegate and longtime activist, who backs Briggs, warned of a \u201cbitter\u201d "
        "fight ahead if party leaders try to steer the nomination elsewhere.\n"
    )
    assert speaker_of(pipeline.analyze(text), "fight ahead").name == "Martha Lindqvist"


@pytest.mark.parametrize("brought_in, again", [("An activist", "the activist"), ("A delegate", "the delegate")])
def test_one_of_the_trade_brought_in_unnamed_speaks_not_the_senator_before(pipeline, brought_in, again):
    text = (
        "Activists split on rules\n\n"
        "Senator Tom Briggs said the rules would not change. \u201cWe have the votes,\u201d he said. "
        f"{brought_in} from Iowa disagreed. \u201cNobody knows what happens next,\u201d {again} said.\n"
    )
    assert speaker_of(pipeline.analyze(text), "Nobody knows").name != "Tom Briggs"


def test_an_activist_in_apposition_is_the_person_named(pipeline):
    # guard: "Briggs, an activist from Iowa," says what Briggs is; the activist is Briggs
    text = (
        "Activists split on rules\n\n"
        "Tom Briggs, an activist from Iowa, said the rules would not change. Mayor Elena Ruiz "
        "disagreed with him on Monday. Later the activist said the vote would be close.\n"
    )
    assert speaker_of(pipeline.analyze(text), "the vote would be close").name != "Elena Ruiz"
