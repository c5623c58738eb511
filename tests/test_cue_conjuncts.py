"""A kept content ends before a verb conjoined to it that has the cue word's form and not its
own ('proposed closing the north pier and signaled support for a levy'); a verb in the
content's own form stays ('said she would stay and fight'). Every text here is invented for
newsmine."""

from __future__ import annotations

from newsmine.nlp.attribution.cue_conjuncts import end_before_cue_conjunct
from tests.conftest import candidate_to_sentence_end, doc_context


def _content(ctx, cand) -> str:
    return ctx.text[cand.parts[-1][0] : cand.parts[-1][1]]


def test_a_conjunct_in_the_cue_words_tense_is_left_out(nlp):
    ctx = doc_context(nlp, "The harbour master proposed closing the north pier and signaled support for a new levy.\n")
    cand = candidate_to_sentence_end(ctx, "proposed", "closing", "child:xcomp", "master")
    assert _content(ctx, end_before_cue_conjunct(ctx, cand)) == "closing the north pier"


def test_a_conjunct_in_the_contents_own_form_stays(nlp):
    ctx = doc_context(nlp, "The mayor said she would stay and fight for the ferry.\n")
    cand = candidate_to_sentence_end(ctx, "said", "she", "child:ccomp", "mayor")
    assert end_before_cue_conjunct(ctx, cand) is cand


def test_a_conjunct_with_its_own_subject_stays(nlp):
    ctx = doc_context(nlp, "The council proposed closing the north pier and the mayor agreed.\n")
    cand = candidate_to_sentence_end(ctx, "proposed", "closing", "child:xcomp", "council")
    assert end_before_cue_conjunct(ctx, cand) is cand


def test_the_pipeline_ends_the_content_before_the_cue_words_conjunct(nlp):
    from newsmine.nlp.quotes import find_quotes

    text = "The harbour master proposed closing the north pier and signaled support for a new levy.\n"
    quotes = find_quotes(nlp(text))
    assert [text[q.start : q.end] for q in quotes] == ["closing the north pier"]


def test_a_finite_reported_clause_keeps_its_conjunct(nlp):
    ctx = doc_context(nlp, "The mayor says he was the first to put out a ferry plan and has the most experience.\n")
    cand = candidate_to_sentence_end(ctx, "says", "he was", "child:ccomp", "mayor")
    assert end_before_cue_conjunct(ctx, cand) is cand


def test_a_past_verb_sharing_a_perfect_cues_has_is_left_out(nlp):
    from newsmine.nlp.quotes import find_quotes

    text = "Councillor Okafor has promised to keep the clinic open and thanked the nurses Tuesday.\n"
    quotes = find_quotes(nlp(text))
    assert [text[q.start : q.end] for q in quotes] == ["to keep the clinic open"]


def test_a_perfect_conjoined_to_the_perfect_cue_itself_is_left_out(nlp):
    from newsmine.nlp.quotes import find_quotes

    text = "The council has proposed closing the ferry office and has gone so far as to sell two of its boats.\n"
    quotes = find_quotes(nlp(text))
    assert [text[q.start : q.end] for q in quotes] == ["closing the ferry office"]


def test_a_perfect_cues_reported_clause_keeps_its_conjunct(nlp):
    ctx = doc_context(nlp, "The harbour master has warned that the pier was damaged and repaired.\n")
    cand = candidate_to_sentence_end(ctx, "warned", "the pier", "child:ccomp", "master")
    assert end_before_cue_conjunct(ctx, cand) is cand
