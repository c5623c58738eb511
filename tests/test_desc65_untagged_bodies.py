"""A description in apposition to a body's name the recogniser does not tag ("Right to Rise USA,
the super PAC supporting …,") speaks for that name (`speakers/untagged_bodies.py`, desc65), not
for the latest tagged super PAC nor for no one. Invented text."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


def _speaker(pipeline, body: str, snippet: str):
    """The speaker of the quote holding ``snippet`` in a short article made of ``body``."""
    return speaker_of(pipeline.analyze("Outside money floods Ohio race\n\n" + body + "\n"), snippet)


def test_the_super_pac_after_an_untagged_name_is_that_name_not_the_tagged_one_before(pipeline):
    body = (
        "Granite Future PAC, a super PAC supporting Governor Ruth Ames, spent $900,000 on radio ads. "
        "Stand Tall Ohio, the super PAC supporting Mayor Dan Ortiz, spent $1.2 million on digital ads."
    )
    # before: "Granite Future PAC", the super PAC the recogniser tagged before it
    assert _speaker(pipeline, body, "Mayor Dan Ortiz").name == "Stand Tall Ohio"
    assert _speaker(pipeline, body, "Governor Ruth Ames").name == "Granite Future PAC"


def test_a_super_pac_after_an_untagged_name_opening_its_sentence_is_that_name(pipeline):
    # the parse tears "Keep Ohio Blue" apart ("Keep" a verb) and makes "a super PAC" the subject
    body = "Keep Ohio Blue, a super PAC backing Governor Ruth Ames, spent $3 million on ads last month."
    speaker = _speaker(pipeline, body, "Governor Ruth Ames")
    assert (speaker.name, speaker.kind) == ("Keep Ohio Blue", "organisation")  # before: anonymous "a super PAC"


def test_a_group_after_a_name_tagged_in_pieces_is_the_whole_name(pipeline):
    # the recogniser tags "Rise" an organisation and "Ohio" a place, never the name whole
    body = "Last week, Rise to Lead Ohio, the group backing Mayor Dan Ortiz, spent $40,000."
    assert _speaker(pipeline, body, "Mayor Dan Ortiz").name == "Rise to Lead Ohio"  # before: "Rise"


def test_an_opening_adverb_before_the_comma_is_no_body(pipeline):
    # near miss: "However," is the sentence's first word, capitalised as such, not a name
    body = "Ruth Ames lost the primary by 400 votes. However, the group backing her said the count was rigged."
    assert _speaker(pipeline, body, "the count was rigged").name != "However"


def test_a_place_before_the_comma_is_no_body(pipeline):
    # near miss: "In New Hampshire," is a place; "a different group" is not New Hampshire
    body = "In New Hampshire, a different group backing Ruth Ames said the polls were wrong."
    assert _speaker(pipeline, body, "the polls were wrong").name not in ("New Hampshire", "In New Hampshire")


def test_a_work_in_apposition_to_an_untagged_title_is_no_body(pipeline):
    # near miss: "a book" is a work, not a body (train had "The Age of Oversupply, a book calling
    # for …" go to the title as an organisation before the rule asked for a body's noun)
    body = "Economists are split. Too Much Money, a book calling for massive public spending, sold 40,000 copies."
    assert _speaker(pipeline, body, "massive public spending").name not in ("Too Much Money", "Much Money")


def test_a_person_named_before_a_body_noun_is_not_the_body(pipeline):
    # near miss: "Marisol Quenby" is tagged a person; "the firm" is not she
    body = "The race tightened. Marisol Quenby, the firm backing Ruth Ames, spent $40,000."
    assert _speaker(pipeline, body, "Ruth Ames").name != "Marisol Quenby"


def test_a_later_super_pac_is_the_body_the_apposition_named(pipeline):
    # a strict xfail until names66 (body_appositions.body_described_before)
    body = (
        "Stand Tall Ohio, the super PAC supporting Mayor Dan Ortiz, said it would spend $2 million. "
        "The super PAC said the ads would run in Columbus."
    )
    assert _speaker(pipeline, body, "the ads would run in Columbus").name == "Stand Tall Ohio"


# review65b: near misses the rule fired on, each read by hand and each failing on bdfdf832 or
# with its guard switched off: the words before the comma are an opening phrase, a person or
# what the quote is about, not the body the description names. (the body, a snippet of the
# quote, the names it must not be given to)
_NO_BODY_BEFORE_THE_COMMA = [
    # the torn-name reading, the description the verb's subject with no comma before the verb
    pytest.param(
        "Based in Columbus, the group said it would spend $2 million on radio ads.",
        "radio ads", ("Based in Columbus",), id="participle-phrase",
    ),
    # the parse sets "the group" in apposition to "Columbus": the opening participle refuses it
    pytest.param(
        "Based in Columbus, the group, which backs Ruth Ames, said the count was rigged.",
        "the count was rigged", ("Based in Columbus",), id="participle-phrase-own-clause",
    ),
    # "Unlike" is no stop word; the group is contrasted with Priorities Ohio, not the same body
    pytest.param(
        "Unlike Priorities Ohio, the group, which backs Ruth Ames, said the count was rigged.",
        "the count was rigged", ("Unlike Priorities Ohio", "Priorities Ohio"), id="opening-preposition",
    ),
    # "the group said", its verb right after it: the group speaks about Keep Ohio Blue
    pytest.param(
        "Keep Ohio Blue, the group said, broke state law by coordinating with the campaign.",
        "broke state law", ("Keep Ohio Blue",), id="subject-of-a-parenthetical-said",
    ),
    # the parse tags "Overall" NNP (the sentence's-first-word guard lets it by), the verb's advmod
    pytest.param(
        "Overall, the group, which backs Ruth Ames, said the count was rigged.",
        "the count was rigged", ("Overall",), id="lone-opening-adverb",
    ),
    # the all-places guard: the parse sets "the group" in apposition to "Columbus"
    pytest.param(
        "Columbus, the group backing Ruth Ames, which spent $2 million, said the count was rigged.",
        "the count was rigged", ("Columbus",), id="a-place",
    ),
    # the first-name guard (untested before review65b): nothing tagged in "Jordan Quill", a
    # listed first name and no body's word after it: a person
    pytest.param(
        "Jordan Quill, the group backing Mayor Dan Ortiz, spent $40,000 on radio ads.",
        "Mayor Dan Ortiz", ("Jordan Quill",), id="a-listed-first-name",
    ),
    # two bodies, one of them described: which, the rule does not guess
    pytest.param(
        "Keep Ohio Blue and Stand Tall Ohio, the super PAC backing Mayor Dan Ortiz, spent $40,000 on radio ads.",
        "Mayor Dan Ortiz", ("Keep Ohio Blue and Stand Tall Ohio",), id="two-names-joined-by-and",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("body", "snippet", "not_the_speaker"), _NO_BODY_BEFORE_THE_COMMA)
def test_words_before_the_comma_that_name_no_body(pipeline, body, snippet, not_the_speaker):
    assert _speaker(pipeline, body, snippet).name not in not_the_speaker


def test_a_listed_first_name_before_a_bodys_word_opens_a_body(pipeline):
    # near miss of the first-name guard: "Fund" makes "Hope Ridge Fund" a body's name, untagged
    body = "Hope Ridge Fund, the group backing Mayor Dan Ortiz, spent $40,000 on radio ads."
    assert _speaker(pipeline, body, "Mayor Dan Ortiz").name == "Hope Ridge Fund"
