"""A kept content ends before the writer's apposition at its right edge ('backing Okafor,
the former harbour master'), not before a place, a name, an example, a list or quoted words.
Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from newsmine.nlp.attribution import DocContext
from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.trailing_phrases import end_before_apposition
from tests.conftest import candidate_to_sentence_end, doc_context


def _content_after(ctx: DocContext, cue_word: str, first_words: str) -> Candidate:
    return candidate_to_sentence_end(ctx, cue_word, first_words, "child:dobj")


@pytest.mark.parametrize(
    ("text", "cue_word", "first_words", "kept"),
    [
        ("The union is backing Okafor, the former harbour master.\n", "backing", "Okafor", "Okafor"),
        (
            "Several councillors praised the ferry levy, a modest charge that pays for the night crossings.\n",
            "praised",
            "the ferry",
            "the ferry levy",
        ),
        ("Delgado criticized the toll plan of Hollis, his rival in the council race.\n", "criticized", "the toll", "the toll plan of Hollis"),
    ],
)
def test_the_writers_apposition_at_the_end_is_left_out(nlp, text, cue_word, first_words, kept):
    ctx = doc_context(nlp, text)
    cut = end_before_apposition(ctx, _content_after(ctx, cue_word, first_words))
    assert ctx.text[cut.start : cut.end] == kept


@pytest.mark.parametrize(
    ("text", "cue_word", "first_words"),
    [
        # a place
        ("Delgado criticized the new terminal in Dayton, Ohio.\n", "criticized", "the new"),
        # the name of what was described
        ("The union is backing the former harbour master, Ada Okafor.\n", "backing", "the former"),
        # an example
        ("Delgado said the closures hurt some families, particularly those without a car.\n", "said", "the closures"),
        # a list the parse takes for an apposition
        ("Delgado has criticized Mayor Ruiz, the port authority and the harbour board.\n", "criticized", "Mayor Ruiz"),
        # quoted words
        ('Delgado called the levy "a tax on the poor, a tax on the old."\n', "called", "the levy"),
    ],
)
def test_a_content_ending_otherwise_is_not_cut(nlp, text, cue_word, first_words):
    ctx = doc_context(nlp, text)
    cand = _content_after(ctx, cue_word, first_words)
    assert end_before_apposition(ctx, cand) is cand
