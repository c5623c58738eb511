"""Speaker names of session 46 (names46): the answer after a question put to someone
('When asked why, Lee replied in an email: "…"') is the answerer's, not the question's content;
a playbook speaks for the body it is the playbook of.

The parse may make 'asked' the sentence's root and hang the answer's clause on it as its
complement ('When asked why, Sembler responded in a text message: "…"' on PolNeAR train):
the question then swallowed the answer and its speaker, and the quote had none. Every text
here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.test_names44_parenthetical_cues import _quotes


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (  # 'responded' hung on 'asked' as its complement
            'The coach stayed on for another season. When asked why, Tom Blake responded: "We are not finished '
            'here."',
            ("We are not finished here.", "responded", "Tom Blake"),
        ),
        (  # the same with the channel of the answer
            "Mayor Dana Whitfield has agreed to lead the new board. When asked why, Whitfield responded in an "
            'email: "The city needs a steady hand."',
            ("The city needs a steady hand.", "responded", "Dana Whitfield"),
        ),
    ],
)
def test_the_answer_after_a_question_is_the_answerers(nlp, text, quote):
    quotes = _quotes(nlp, text)
    assert quote in quotes, quotes
    assert not any(cue == "asked" and "responded" in content for content, cue, _ in quotes), quotes


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (  # guard: the question's own words, the subject right after the comma, stay
            "The coach stayed on for another season. When asked about the contract, Tom Blake said he would sign "
            "it.",
            ("he would sign it", "said", "Tom Blake"),
        ),
        (  # guard: an 'asked' with a subject of its own asks the question
            "Senator Ana Ruiz asked why the board had delayed the vote, and the chairman said nothing.",
            ("why the board had delayed the vote", "asked", "Ana Ruiz"),
        ),
    ],
)
def test_a_question_with_its_own_asker_or_words_stays(nlp, text, quote):
    quotes = _quotes(nlp, text)
    assert quote in quotes, quotes


def test_a_playbook_speaks_for_the_body_named_in_it(nlp):
    # 'playbook' is a document noun (lexicons/document_nouns.txt): its author is the body named before it
    text = (
        "Brightline Motors was sued by three buyers. According to the recently released Brightline Motors "
        'playbook, its salespeople were told to "never take no for an answer."'
    )
    quotes = _quotes(nlp, text)
    assert any(cue == "According to" and name == "Brightline Motors" for _, cue, name in quotes), quotes

