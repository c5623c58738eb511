"""The source stage: the noun phrases a cue word may take as its source, and the choice
among them — the grammar's, or a source model's when the model file has one — on plain
cases (a source model must not undo them). Articles are invented."""

from __future__ import annotations

from newsmine.nlp.attribution import AttributionModel, DocContext, doc_text, subject_of
from newsmine.nlp.attribution.sources import choose_source, source_options
from newsmine.nlp.quote_marks import find_quoted


def _context(nlp, text: str) -> DocContext:
    doc = nlp(text)
    return DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))


def _cue(ctx: DocContext, word: str) -> int:
    return next(t.i for t in ctx.doc if t.text == word)


def _chosen(nlp, text: str, cue_word: str) -> str | None:
    ctx = _context(nlp, text)
    source = choose_source(ctx, _cue(ctx, cue_word), AttributionModel.default().source)
    return ctx.doc[source].text if source >= 0 else None


def test_source_options_are_noun_phrase_heads_outside_the_quotation(nlp):
    ctx = _context(nlp, '"The ferry will run all winter," harbour master Jana Novak told reporters on Tuesday.\n')
    said = _cue(ctx, "told")
    options = [ctx.doc[j].text for j in source_options(ctx, said, subject_of(ctx, said))]
    assert "Novak" in options and "reporters" in options
    assert "ferry" not in options and "winter" not in options  # inside the quotation marks
    assert "harbour" not in options and "Jana" not in options  # parts of the name, not heads


def test_the_grammar_pick_is_always_an_option(nlp):
    ctx = _context(nlp, "According to the dockers' union, fares will not rise before the spring.\n")
    according = _cue(ctx, "According")
    rule = subject_of(ctx, according)
    assert rule >= 0 and rule in source_options(ctx, according, rule)


def test_plain_subjects_are_chosen(nlp):
    assert _chosen(nlp, '"We have waited ten years," Mayor Tomas Berg told reporters on Monday.\n', "told") == "Berg"
    assert _chosen(nlp, "The ministry said on Friday that the bridge would reopen in May.\n", "said") == "ministry"
    assert _chosen(nlp, "According to the dockers' union, fares will not rise before the spring.\n", "According") == "union"


def test_an_impression_keeps_no_source(nlp):
    assert _chosen(nlp, "The new timetable seems to favour commuters from the north.\n", "seems") is None


def test_a_source_model_chooses_among_the_options_and_none(nlp):
    from newsmine.nlp.attribution import LinearScorer

    ctx = _context(nlp, '"We have waited ten years," Mayor Tomas Berg told reporters on Monday.\n')
    told = _cue(ctx, "told")
    prefers_none = LinearScorer({"s:none": 5.0}, 0.5)
    trusts_the_grammar = LinearScorer({"s:rule=True": 5.0, "s:none": -5.0}, 0.5)
    prefers_objects = LinearScorer({"s:rel=child:dobj": 5.0, "s:none": -5.0}, 0.5)
    assert choose_source(ctx, told, prefers_none) == -1
    assert choose_source(ctx, told, trusts_the_grammar) == subject_of(ctx, told)
    assert ctx.doc[choose_source(ctx, told, prefers_objects)].text == "reporters"
