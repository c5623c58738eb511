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


def test_a_quotation_after_nothing_the_president_said_is_the_senators(pipeline):
    # seen54: the relative clause's 'said' is no cue of the quotation (attribution/relative_clause_cues.py)
    text = (
        "President Ellen Marsh gave her budget address on Tuesday night.\n\n"
        "Sen. Tom Avery, R-Ohio, appearing on a Sunday show right after the speech, said Marsh failed to "
        'explain the plan. Nothing the president said "will calm the markets," the Ohio senator said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "calm the markets").name == "Tom Avery"


# --- seen54: a quoted predicate after a contact relative clause, and its near misses ---------------


def test_a_quoted_predicate_after_everything_the_mayor_said_is_the_speakers_after_it(pipeline):
    # guard (passes before the rule too): the whole sentence stays Quintero's, no quote the mayor's
    text = 'Everything the mayor said "was a lie from start to finish," Rosa Quintero said on Monday.\n'
    assert speaker_of(pipeline.analyze(text), "a lie from start").name == "Rosa Quintero"
    assert all(quote.speaker.text != "the mayor" for quote in pipeline.analyze(text).quotes if quote.speaker)


def test_a_quotation_with_its_own_subject_after_a_relative_cue_stays_the_cues(pipeline):
    # near miss: the quotation has a subject of its own, 'we': it is what the mayor told them
    text = 'The voters the mayor told "we will win this fight" cheered on Friday night.\n'
    assert speaker_of(pipeline.analyze(text), "we will win this fight").text == "the mayor"


def test_a_quotation_after_a_relative_clause_on_an_object_stays_the_cues(pipeline):
    # near miss: the noun the clause hangs on is an object, not the subject of a verb after the
    # quotation: the quoted words are what the framers wrote
    text = (
        "The bill chips away at the only clause the framers wrote \u201cshall never be abridged.\u201d\n"
    )
    assert speaker_of(pipeline.analyze(text), "shall never be abridged").text == "the framers"


def test_a_quotation_after_to_which_stays_the_cues(pipeline):
    # near miss: 'to which' opens the relative clause: the quoted answer is the respondents'
    text = (
        "Voters were asked if the levy would pass, to which 40 percent said \u201cvery likely\u201d and 12 "
        "percent said \u201cnot at all.\u201d\n"
    )
    answers = [quote for quote in pipeline.analyze(text).quotes if quote.text == "very likely"]
    assert answers and answers[0].speaker is not None and answers[0].speaker.text == "40 percent"
