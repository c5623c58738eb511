"""A body described by its kind ("the company") after the recogniser missed a later repeat of
the body's one-word name: the untagged repeat counts as a mention of that body for the
description, as a tagged one would."""

from __future__ import annotations

from tests.conftest import speaker_of


def _suspensions(last_paragraph: str) -> str:
    return (
        "Twitter suspends accounts\n\n"
        "Twitter said on Friday that it had suspended 125,000 accounts linked to extremism. The "
        "social media company said it had expanded its review teams.\n\n"
        'Critics said the move came late. "It is one thing to remove a video," said Dana Whitcomb, '
        "co-director of the Liberty and National Security Program at the Brennan Center. \"But it is "
        'hard to define terrorist content."\n\n'
        f"{last_paragraph}\n"
    )


def test_the_company_is_the_subject_just_before_whose_name_the_recogniser_missed(pipeline):
    # The small model leaves the second "Twitter" untagged; without it the latest body is the
    # program the critic works for.
    record = pipeline.analyze(
        _suspensions('Twitter acknowledged that the issue remained tricky. "We have always sought to '
                     'strike a balance," the company said.')
    )
    assert speaker_of(record, "strike a balance").name == "Twitter"


def test_a_name_inside_a_quotation_is_no_mention_of_the_body(pipeline):
    # Guard: a company named in the sentence before stays "the company" when the quotation after
    # it speaks of another (here the parse makes the quoted "Twitter" a common noun).
    text = _suspensions(
        'Researchers at Harbor Analytics said the figures were hard to check. "Twitter counts '
        'accounts, not people," the company said.'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "counts accounts").name == "Harbor Analytics"
