"""A relative-clause content ends before a second relative clause joined to it ('who officials
say is tied to …, and who claimed …'); a content that only holds the two relative clauses
keeps them. Every text here is invented for newsmine."""

from __future__ import annotations

from dataclasses import replace

from newsmine.nlp.attribution.relative_conjuncts import end_before_second_relative_clause
from tests.conftest import candidate_to_sentence_end, doc_context


def _quotes(nlp, sentence: str) -> list[str]:
    """The contents the whole pipeline keeps for ``sentence``."""
    from newsmine.nlp.quotes import find_quotes

    text = sentence + "\n"
    return [text[q.start : q.end] for q in find_quotes(nlp(text))]


def test_a_relative_clause_content_ends_before_the_second_relative_clause(nlp):
    sentence = "The ferry company hired a pilot who officials say is tied to a smuggling ring and who claimed credit for the harbour blockade."
    assert _quotes(nlp, sentence)[0] == "who officials say is tied to a smuggling ring"


def test_a_content_opening_elsewhere_keeps_both_relative_clauses(nlp):
    # the reported clause names the people; both relative clauses describe them
    ctx = doc_context(nlp, "The mayor said the council forgot those who are struggling and who have been left behind.\n")
    cand = candidate_to_sentence_end(ctx, "said", "the council", "child:ccomp", "mayor")
    assert end_before_second_relative_clause(ctx, cand) is cand


def test_a_verb_sharing_the_relative_pronoun_stays(nlp):
    # no relative pronoun of its own: one clause with two verbs, both under the cue
    text = "The company hired a pilot who officials say flew for the ring and sold its boats.\n"
    ctx = doc_context(nlp, text)
    cand = candidate_to_sentence_end(ctx, "say", "flew", "child:ccomp", "officials")
    cand = replace(cand, parts=[(text.index("who"), cand.parts[-1][1])])  # the content opens at the pronoun
    assert end_before_second_relative_clause(ctx, cand) is cand


def _relative_clause_content(nlp, text: str):
    """The context of ``text`` and the content of its cue 'say' opening at the relative
    pronoun 'who' before it and running to the sentence's end, as the pipeline keeps it."""
    ctx = doc_context(nlp, text)
    cand = candidate_to_sentence_end(ctx, "say", "is tied", "child:ccomp", "officials")
    return ctx, replace(cand, parts=[(text.index("who"), cand.parts[-1][1])])


def test_a_second_relative_clause_after_but_stays(nlp):
    # 'but who' sets the second clause against the first: only 'and who' goes on to describe
    ctx, cand = _relative_clause_content(nlp, "The ferry company hired a pilot who officials say is tied to a smuggling ring but who denies any part in it.\n")
    assert end_before_second_relative_clause(ctx, cand) is cand


def test_a_second_relative_clause_whose_verb_is_quoted_stays(nlp):
    # a verb inside a quotation is the quoted words' own, not the writer's next description
    text = 'The ferry company hired a pilot who officials say is tied to a smuggling ring and who "claimed credit" for the blockade.\n'
    ctx, cand = _relative_clause_content(nlp, text)
    assert end_before_second_relative_clause(ctx, cand) is cand
