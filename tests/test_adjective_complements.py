"""A kept content of 'be' opening with its adjective starts at the adjective's complement
('are wary of the levy' -> 'the levy'), not for an infinitive or another verb. Every text here
is invented for newsmine."""

from __future__ import annotations

import pytest

from newsmine.nlp.attribution.adjective_complements import start_at_adjective_complement
from tests.conftest import candidate_to_sentence_end, doc_context


@pytest.mark.parametrize(
    ("text", "cue_word", "first_words", "kept"),
    [
        ("The ferry captains are wary of the new harbour levy.\n", "are", "wary of", "the new harbour levy"),
        ("The harbour master is confident that the pier will reopen.\n", "is", "confident that", "the pier will reopen"),
    ],
)
def test_the_adjective_goes_with_the_cue(nlp, text, cue_word, first_words, kept):
    ctx = doc_context(nlp, text)
    cand = start_at_adjective_complement(ctx, candidate_to_sentence_end(ctx, cue_word, first_words, "child:acomp"))
    assert ctx.text[cand.start : cand.end] == kept


@pytest.mark.parametrize(
    ("text", "cue_word", "first_words"),
    [
        # an infinitive: the gold keeps the adjective ('likely to …') as often as not
        ("The harbour master is likely to close the pier.\n", "is", "likely to"),
        # a verb other than 'be': the gold keeps the adjective or the subject
        ("The captains remain committed to the night ferry.\n", "remain", "committed to"),
    ],
)
def test_an_infinitive_or_another_verb_keeps_its_adjective(nlp, text, cue_word, first_words):
    ctx = doc_context(nlp, text)
    cand = candidate_to_sentence_end(ctx, cue_word, first_words, "child:acomp")
    assert start_at_adjective_complement(ctx, cand) is cand


def test_the_pipeline_starts_a_content_at_the_adjectives_complement(nlp):
    from newsmine.nlp.quotes import find_quotes

    text = "The union's leaders have been critical of the mayor's plan to close the pier.\n"
    # Without the call in decide(), the content opens with 'critical of'.
    assert [text[q.start : q.end] for q in find_quotes(nlp(text))] == ["the mayor's plan to close the pier"]
