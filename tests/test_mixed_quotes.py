"""Mixed quotes: a clause holding a quoted fragment ('X said the plan was "a disaster" for
…') is one attribution, the clause, and its fragment is not quoted a second time.

Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from newsmine.nlp.attribution import find_candidates, quote_type
from newsmine.nlp.attribution.context import DocContext, doc_text
from newsmine.nlp.attribution.orphans import orphan_quotations
from newsmine.nlp.quote_marks import find_quoted

SHORT_FRAGMENT = 'The harbour master said the new breakwater was "a costly mistake" for the fishing fleet.\n'
LONG_FRAGMENT = (
    'Port officials said the delay was "the result of years of poor planning by the old harbour board" '
    "and would cost the town millions.\n"
)


def _clause(nlp, text):
    """The document's context, its candidates and the that-clause of 'said'."""
    doc = nlp(text)
    ctx = DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))
    candidates = find_candidates(ctx)
    clause = next(c for c in candidates if c.relation == "child:ccomp" and ctx.lower[c.trigger] == "said")
    return ctx, candidates, clause


def test_a_quotation_inside_a_chosen_clause_is_not_quoted_again(nlp):
    for text in (SHORT_FRAGMENT, LONG_FRAGMENT):
        ctx, candidates, clause = _clause(nlp, text)
        assert quote_type(clause) == "mixed"
        # even a fragment of six words or more, which would otherwise be an orphan quote
        assert orphan_quotations(ctx, candidates, [clause]) == [clause]


def test_an_uncovered_long_fragment_becomes_a_quote_of_its_own(nlp):
    ctx, candidates, _ = _clause(nlp, LONG_FRAGMENT)
    kept = orphan_quotations(ctx, candidates, [])
    assert [ctx.text[c.start : c.end] for c in kept] == ["the result of years of poor planning by the old harbour board"]


def test_an_uncovered_short_fragment_inside_a_sentence_is_not_a_quote(nlp):
    ctx, candidates, _ = _clause(nlp, SHORT_FRAGMENT)
    assert orphan_quotations(ctx, candidates, []) == []  # a three-word label, no cue after it


def test_a_mixed_quote_through_the_pipeline_is_one_quote_of_the_clause(pipeline):
    quotes = pipeline.analyze("The council met on Monday.\n\n" + SHORT_FRAGMENT).quotes
    assert len(quotes) == 1, [q.text for q in quotes]
    quote = quotes[0]
    assert quote.type == "mixed"
    assert "new breakwater was" in quote.text and "a costly mistake" in quote.text
    assert quote.speaker is not None and quote.speaker.text.endswith("harbour master")


def test_raising_the_orphans_length_turns_the_orphan_clauses_off_too(nlp):
    # A large ``orphan_min_words`` turns the orphans off (chants with them): the clause a few
    # quoted words close before their attribution is one of them, whichever rule finds it.
    for text in (
        'The new ferry would cost less than the old bridge "no matter what," one harbour clerk commented.\n',
        'The ferry board met on Monday. The new timetable signals "the end of an era" for the island, said Ana Ruiz.\n',
    ):
        doc = nlp(text)
        ctx = DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))
        assert [c.relation for c in orphan_quotations(ctx, [], [])] == ["orphan_clause"], text
        assert orphan_quotations(ctx, [], [], min_words=1000) == [], text


@pytest.mark.xfail(
    strict=True,
    reason="a noun cue's object quoting a few words ('his argument in favor of \"single-payer\" care') is its owner's "
    "stance in PolNeAR; no candidate of the noun reaches the content model's threshold (session 48: 15 of train's 78 "
    "studied direct contents no quote touches have a noun cue, each of its own kind)",
)
def test_a_quoted_phrase_after_a_noun_cue_is_a_quote_of_the_nouns_owner(pipeline):
    text = "The harbour board met on Monday.\n\nCritics seized on the mayor's argument in favor of \"managed decline\" for the old fishing port.\n"
    quotes = pipeline.analyze(text).quotes
    assert [q.speaker.text for q in quotes if "managed decline" in q.text and q.speaker is not None] == ["the mayor's"]
