"""A kept complement of a cue heading a bare relative clause takes the noun phrase the clause
describes ('the last thing … to cut'); a clause opening with a relative word, a raising verb and
names misread as a clause's subject are left alone. Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.relative_heads import with_participle_as_phrase, with_participle_head, with_relative_head
from tests.conftest import candidate_to_sentence_end, doc_context


def test_the_noun_of_a_bare_relative_clause_joins_the_complement(nlp):
    ctx = doc_context(nlp, "The ferry is the last thing the mayor wants to cut.\n")
    kept = with_relative_head(ctx, candidate_to_sentence_end(ctx, "wants", "to cut", "child:xcomp", "mayor"))
    assert [ctx.text[s:e] for s, e in kept.parts] == ["the last thing", "to cut"]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The ferry is the last thing that the mayor wants to cut.\n", "wants", "mayor"),  # a relative word opens the clause
        ("The mayor wants to cut the ferry.\n", "wants", "mayor"),  # no relative clause
        ("Okafor will campaign in the north, where he hopes to win.\n", "hopes", "he"),  # 'where …': another shape
        # a raising verb: its content takes its subject (raised_subjects)
        ("Those are some things the mayor appears to understand better than the council.\n", "appears", "mayor"),
    ],
)
def test_other_clauses_are_left_alone(nlp, text, cue, source):
    ctx = doc_context(nlp, text)
    words = text[text.index(cue) + len(cue) + 1 :].split()[:2]
    cand = candidate_to_sentence_end(ctx, cue, " ".join(words), "child:xcomp", source)
    assert with_relative_head(ctx, cand) is cand


def test_the_pipeline_adds_the_described_noun(nlp):
    from newsmine.nlp.quotes import find_quotes

    text = "It is not the kind of campaign Okafor hoped to be running.\n"
    quotes = find_quotes(nlp(text))
    assert [(text[q.start : q.end]) for q in quotes] == ["the kind of campaign Okafor hoped to be running"]


def test_a_list_of_names_after_the_noun_is_no_clause_subject(nlp):
    # The small model's misreading of 'as candidates Ana Reyes and Tom Reed both sought to win':
    # 'sought' a relative clause on 'candidates', the names its subject; they are the noun's
    # apposition, and the content stays 'to win'.
    from newsmine.nlp.attribution import DocContext, doc_text
    from newsmine.nlp.quote_marks import find_quoted
    from tests.test_attribution_sources import _parse

    doc = _parse(nlp, [("It", 1, "nsubj", "PRON", "PRP"), ("mattered", 1, "ROOT", "VERB", "VBD"), ("as", 1, "prep", "ADP", "IN"),
                       ("candidates", 2, "pobj", "NOUN", "NNS"), ("Ana", 5, "compound", "PROPN", "NNP"), ("Reyes", 10, "nsubj", "PROPN", "NNP"),
                       ("and", 5, "cc", "CCONJ", "CC"), ("Tom", 8, "compound", "PROPN", "NNP"), ("Reed", 5, "conj", "PROPN", "NNP"),
                       ("both", 5, "appos", "PRON", "DT"), ("sought", 3, "relcl", "VERB", "VBD"), ("to", 12, "aux", "PART", "TO"),
                       ("win", 10, "xcomp", "VERB", "VB", False), (".", 1, "punct", "PUNCT", ".")])
    ctx = DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))
    cand = candidate_to_sentence_end(ctx, "sought", "to win", "child:xcomp", "Reyes")
    assert with_relative_head(ctx, cand) is cand


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("It was a presidential year expected to produce record turnout among young voters.\n", ["a presidential year", "to produce record turnout among young voters"]),
        ("The vote came in a county known to be hostile to the ferry levy.\n", ["a county", "to be hostile to the ferry levy"]),
    ],
)
def test_the_pipeline_adds_the_noun_a_passive_participle_describes(nlp, text, parts):
    assert _kept_parts(nlp, text) == [parts]


def _kept_parts(nlp, text: str) -> list[list[str]]:
    """The parts of each quote the pipeline keeps in ``text``."""
    from newsmine.nlp.quotes import find_quotes

    return [[text[s:e] for s, e in q.parts] for q in find_quotes(nlp(text))]


def test_the_noun_a_participle_describes_joins_its_as_phrase(nlp):
    ctx = doc_context(nlp, "The closure was a move partly intended as a warning to the ferry company.\n")
    kept = with_participle_head(ctx, candidate_to_sentence_end(ctx, "intended", "as a warning", "child:prep:as"))
    assert [ctx.text[s:e] for s, e in kept.parts] == ["a move", "as a warning to the ferry company"]


def test_a_participle_with_another_complement_keeps_it_alone(nlp):
    # an object or a name after the participle: the gold holds the noun about as often as not
    ctx = doc_context(nlp, "Okafor runs a harbour fund known for its ties to the fishing fleet.\n")
    cand = candidate_to_sentence_end(ctx, "known", "for its ties", "child:prep:for")
    assert with_participle_head(ctx, cand) is cand


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ('The plan, described by critics as "a blank check," passed 6-3.\n', ["The plan", 'as "a blank check']),
        ('The ferry deal, dismissed by opposition leaders as "a giveaway," passed on Tuesday.\n', ["The ferry deal", 'as "a giveaway']),
    ],
)
def test_the_noun_a_participle_describes_takes_its_as_phrase(nlp, text, parts):
    # Without the stage the decision keeps the noun alone ('The plan') and the quoted words
    # go unattributed; PolNeAR's content holds the 'as' phrase (session 64).
    assert _kept_parts(nlp, text) == [parts]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # a participle with no 'as' phrase: the noun stays alone
        ("The levy, endorsed by the harbour board on Monday, passed 6-3.\n", [["The levy"]]),
        # a quoted title after a participle's 'as': no one's words, nothing kept
        ('Her first novel, released in 2015 as "Night Ferry," was later filmed.\n', []),
        ('The memoir, published in May as "Salt Roads," sold 40,000 copies.\n', []),
        # a scare quote nobody said, before a participle's 'as' phrase
        ('The "reform," passed in May as a stopgap, lapsed on Friday.\n', []),
    ],
)
def test_participles_without_a_kept_noun_and_as_phrase_are_left_alone(nlp, text, parts):
    assert _kept_parts(nlp, text) == parts


def test_a_noun_kept_alone_takes_the_participles_as_phrase(nlp):
    ctx = doc_context(nlp, 'The plan, described by critics as "a blank check," passed 6-3.\n')
    kept = with_participle_as_phrase(ctx, _kept_alone(ctx, "described", ["The plan"], "rest:acl"))
    assert [ctx.text[s:e] for s, e in kept.parts] == ["The plan", 'as "a blank check']


@pytest.mark.parametrize(
    ("text", "cue", "parts", "relation"),
    [
        ("The levy, endorsed by the harbour board on Monday, passed 6-3.\n", "endorsed", ["The levy"], "rest:acl"),  # no 'as' phrase
        # another relation: the passive verb's subject is raised_subjects.with_passive_predicate's
        ('The plan was described by critics as "a blank check."\n', "described", ["The plan"], "child:nsubjpass"),
        # an active participle's 'as' phrase says what its object is, not the noun it hangs on
        ('The ad, describing the plan as "a blank check," ran on Monday.\n', "describing", ["The ad"], "rest:acl"),
        # a content that runs over the participle: the phrase is no part after it
        ('The plan, described by critics as "a blank check," passed 6-3.\n', "described", ["The plan, described by critics"], "rest:acl"),
        # a line break inside the 'as' phrase cuts its object off the tree: 'as' alone is no part
        ('The plan, described by critics as\n"a blank check," passed 6-3.\n', "described", ["The plan"], "rest:acl"),
        ('The plan, described by critics as "a blank\ncheck," passed 6-3.\n', "described", ["The plan"], "rest:acl"),
        # a content in two parts already (the stage run again adds nothing)
        ('The plan, described by critics as "a blank check," passed 6-3.\n', "described", ["The plan", 'as "a blank check'], "rest:acl"),
    ],
)
def test_other_nouns_kept_alone_stay_alone(nlp, text, cue, parts, relation):
    ctx = doc_context(nlp, text)
    cand = _kept_alone(ctx, cue, parts, relation)
    assert with_participle_as_phrase(ctx, cand) is cand


def _kept_alone(ctx, cue: str, parts: list[str], relation: str) -> Candidate:
    """A candidate of the cue word ``cue`` whose parts are the first occurrences of ``parts``
    in the text, with no source: a content the decision kept."""
    trigger = next(t.i for t in ctx.doc if t.text == cue)
    spans = [(ctx.text.index(part), ctx.text.index(part) + len(part)) for part in parts]
    return Candidate(trigger, ctx.idx[trigger], (trigger, trigger + 1), spans, relation, -1)
