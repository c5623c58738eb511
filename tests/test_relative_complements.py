"""A reported clause whose subject is a relative word before its cue ('the levy, which officials
said will take effect in May'): the content is the relative word and the clause after the cue.
Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.test_content_boundaries import _contents


@pytest.mark.parametrize(
    ("text", "cue_word", "content"),
    [
        ("The ferry levy, which port officials said will take effect in May, angered the crews.\n", "said", "which … will take effect in May"),
        ("Crews missed a deadline that several harbour clerks said went unnoticed for weeks.\n", "said", "that … went unnoticed for weeks"),
        ("Novak signed two leases, which she estimates will not expire before 2040.\n", "estimates", "which … will not expire before 2040"),
    ],
)
def test_a_clause_with_a_relative_subject_before_its_cue_is_offered_around_the_cue(nlp, text, cue_word, content):
    assert content in _contents(nlp, text, cue_word)


def test_the_pipeline_reports_the_clause_with_its_relative_word_and_speaker(nlp):
    from newsmine.nlp.quotes import find_quotes

    text = "The ferry levy, which port officials said will take effect in May, angered the crews.\n"
    found = [([text[s:e] for s, e in q.parts], q.speaker.text if q.speaker else None) for q in find_quotes(nlp(text))]
    assert (["which", "will take effect in May"], "port officials") in found
