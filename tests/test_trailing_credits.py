"""A credit closing a sentence of two coordinated clauses ('…, but …, Reyes said.') that the
parser hung on the first clause as a conjunct, with only the second clause as its complement:
the whole sentence before the credit is offered as its content. Every text here is invented
for newsmine."""

from __future__ import annotations

import pytest

from tests.test_content_boundaries import _contents


@pytest.mark.parametrize(
    ("text", "cue_word", "content"),
    [
        (
            "The bridge will reopen in May, and the tolls will stay the same, Mayor Ann Lee told the council.\n",
            "told",
            "The bridge will reopen in May, and the tolls will stay the same",
        ),
        (
            "Lee is the party's best hope, but she cannot win without the unions, Reyes said.\n",
            "said",
            "Lee is the party's best hope, but she cannot win without the unions",
        ),
    ],
)
def test_the_sentence_before_a_closing_credit_is_offered_whole(nlp, text, cue_word, content):
    assert content in _contents(nlp, text, cue_word)


@pytest.mark.parametrize(
    ("text", "cue_word", "not_offered"),
    [
        # the credit does not close the sentence: a clause of its own follows
        (
            "The levy angered the crews, and the harbour lost two boats, Ruiz said and called for a vote.\n",
            "said",
            "The levy angered the crews, and the harbour lost two boats",
        ),
        # a relative pronoun is no credit's subject
        (
            "The levy angered the crews, and the harbour lost two boats, which said nothing.\n",
            "said",
            "The levy angered the crews, and the harbour lost two boats",
        ),
    ],
)
def test_a_credit_that_does_not_close_its_sentence_offers_nothing_new(nlp, text, cue_word, not_offered):
    assert not_offered not in _contents(nlp, text, cue_word)


def test_the_pipeline_reports_both_clauses_before_the_credit(nlp):
    from newsmine.nlp.quotes import find_quotes

    text = "The council met for three hours on Tuesday.\n\nThe bridge will reopen in May, and the tolls will stay the same, Mayor Ann Lee told the council.\n"
    found = [(text[q.start : q.end], q.speaker.text if q.speaker else None) for q in find_quotes(nlp(text))]
    assert ("The bridge will reopen in May, and the tolls will stay the same", "Mayor Ann Lee") in found


def test_a_credit_with_an_object_of_its_own_offers_nothing_new(nlp):
    text = "The family has lived here for three months, and though they speak little English, their smiles said a lot.\n"
    assert "The family has lived here for three months, and though they speak little English" not in _contents(nlp, text, "said")
