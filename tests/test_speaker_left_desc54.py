"""Faults desc54's blind description sample showed and left, on invented text (session 54). Every
text here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


@pytest.mark.xfail(
    strict=True,
    reason="the tokenizer splits 'non-profit' and the parse hangs 'that argues' on 'profit', an attribute "
    "of the sentence's 'is': the relative pronoun finds no antecedent (6 PolNeAR train sources hold the word)",
)
def test_a_non_profit_in_apposition_that_argues_is_the_body(pipeline):
    text = (
        "Dana Ruiz is running for the state senate. Ruiz is Co-founder and Director of The Safe Streets "
        "Alliance, a non-profit that argues that traffic deaths have doubled.\n"
    )
    assert speaker_of(pipeline.analyze(text), "traffic deaths").name == "Safe Streets Alliance"


@pytest.mark.xfail(
    strict=True,
    reason="'Nothing the president said \"…,\" the Ohio senator said': the relative clause's 'said' is "
    "read as the quotation's cue and its subject as the speaker (the quote layer's, not the resolver's)",
)
def test_a_quotation_after_nothing_the_president_said_is_the_senators(pipeline):
    text = (
        "President Ellen Marsh gave her budget address on Tuesday night.\n\n"
        "Sen. Tom Avery, R-Ohio, appearing on a Sunday show right after the speech, said Marsh failed to "
        'explain the plan. Nothing the president said "will calm the markets," the Ohio senator said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "calm the markets").name == "Tom Avery"
