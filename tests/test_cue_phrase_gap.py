"""The content feature 'gap' of a that-clause after its verb of saying: the verb's own phrases of
time, place or occasion ('said on Wednesday that …', 'said at a rally in Dayton on Saturday that …')
are not counted, so such a clause weighs as 'said that …' does (timephrase56: on PolNeAR train the
clauses after such phrases were found less often). Invented text."""

from __future__ import annotations

from newsmine.nlp.attribution import DocContext, doc_text
from newsmine.nlp.attribution.candidates import find_candidates
from newsmine.nlp.attribution.features.content import feature_values
from newsmine.nlp.quote_marks import find_quoted


def _gap(nlp, text: str, cue: str, content_start: str) -> str:
    """The 'gap' value of the candidate of cue word ``cue`` whose content starts with ``content_start``."""
    doc = nlp(text)
    ctx = DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))
    for cand in find_candidates(ctx):
        if cand.trigger >= 0 and doc[cand.trigger].text == cue and text[cand.start :].startswith(content_start):
            return dict((v[0], v[1]) for v in feature_values(ctx, cand) if len(v) == 2)["gap"]
    raise AssertionError(f"no candidate of {cue!r} starting {content_start!r}")


def test_a_time_or_place_phrase_before_the_that_clause_is_no_gap(nlp):
    plain = _gap(nlp, "Mayor Dan Osei said that the vote was close.", "said", "the vote")
    for text in (
        "Mayor Dan Osei said on Wednesday that the vote was close.",
        "Mayor Dan Osei said at a rally in Dayton on Saturday that the vote was close.",
        "Mayor Dan Osei wrote in a letter to residents that the vote was close.",
    ):
        assert _gap(nlp, text, text.split()[3], "the vote") == plain, text
    # Not (yet) 'told reporters on Monday that …': the parse makes 'reporters' an object, not a dative, and
    # letting the object of 'tell' stand between changed one train quote, for the worse (timephrase56).
    told = "Mayor Dan Osei told reporters on Monday that the vote was close."
    assert _gap(nlp, told, "told", "the vote") != _gap(nlp, "Mayor Dan Osei told reporters that the vote was close.", "told", "the vote")


def test_an_object_or_an_argument_before_the_that_clause_still_counts(nlp):
    plain = _gap(nlp, "Mayor Dan Osei said that the vote was close.", "said", "the vote")
    # an object between: 'announced the driver's name … on Friday that …' is no plain report
    text = "The police announced the driver's name on the radio on Friday that the crowd had waited for."
    assert _gap(nlp, text, "announced", "the crowd") != plain
    # a cue of thought, not of saying: its phrases are counted as before
    thought = "Mayor Dan Osei believed on Wednesday and for weeks after the count that the vote was close."
    assert _gap(nlp, thought, "believed", "the vote") != plain


def _distances(nlp, text: str, cue: str) -> dict[str, float]:
    """The reranker's 'log_distance' of each candidate of cue word ``cue``, by its content's text."""
    from newsmine.nlp.attribution.reranker import RERANK_FEATURES, rerank_rows

    doc = nlp(text)
    ctx = DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))
    group = [cand for cand in find_candidates(ctx) if cand.trigger >= 0 and doc[cand.trigger].text == cue]
    for cand in group:
        cand.score = 0.5
    (rows,) = rerank_rows([group], {})
    column = RERANK_FEATURES.index("log_distance")
    return {text[cand.start : cand.end]: row[column] for cand, row in zip(group, rows)}


def test_the_rerankers_distance_leaves_out_the_cues_phrases_too(nlp):
    # review56f: with the gap alone left out, 'denied on Tuesday that …' still stood 11 characters
    # further from its clause than 'denied that …' in the reranker, and a probe clause was lost.
    plain = _distances(nlp, "The mine's owner denied that the company had dumped waste into the river.", "denied")
    for text in (
        "The mine's owner denied on Tuesday that the company had dumped waste into the river.",
        "The mine's owner denied in a statement on Tuesday that the company had dumped waste into the river.",
    ):
        assert _distances(nlp, text, "denied")["the company had dumped waste into the river"] == plain["the company had dumped waste into the river"], text


def test_the_rerankers_distance_still_counts_an_object_or_a_thought_cues_phrase(nlp):
    said = _distances(nlp, "Mayor Dan Osei told reporters that the vote was close.", "told")["the vote was close"]
    assert _distances(nlp, "Mayor Dan Osei told reporters on Monday that the vote was close.", "told")["the vote was close"] > said
    thought = _distances(nlp, "Mayor Dan Osei believed that the vote was close.", "believed")["the vote was close"]
    assert _distances(nlp, "Mayor Dan Osei believed on Wednesday that the vote was close.", "believed")["the vote was close"] > thought


def test_a_verbs_argument_holding_the_that_clause_is_no_phrase_of_time_or_place(nlp):
    # near miss (review56f): 'on' as the verb's argument, its noun holding the that-clause ('commented
    # on the report that …'): the phrase runs past the "that", so nothing is left out
    plain = _gap(nlp, "Mayor Dan Osei commented that the schools were failing.", "commented", "the schools")
    text = "Mayor Dan Osei commented on the report that the schools were failing."
    assert _gap(nlp, text, "commented", "the schools") != plain
    assert _distances(nlp, text, "commented")["the schools were failing"] > _distances(nlp, "Mayor Dan Osei commented that the schools were failing.", "commented")["the schools were failing"]


def test_a_cue_under_another_verb_keeps_its_phrases_counted(nlp):
    # near miss (review56f, from train): 'refused to say in an interview that …' reports words not said;
    # its clause is not brought nearer the cue 'say' (the whole content is the refusal's)
    plain = _gap(nlp, "The senator refused to say that the bill would pass.", "say", "the bill")
    text = "The senator refused to say in an interview on Sunday that the bill would pass."
    assert _gap(nlp, text, "say", "the bill") != plain
    assert _distances(nlp, text, "say")["the bill would pass"] > _distances(nlp, "The senator refused to say that the bill would pass.", "say")["the bill would pass"]
