"""Paragraph breaks end sentences before the parser runs (newsmine.nlp.paragraphs)."""

from __future__ import annotations


def _sentences(pipeline, text):
    return [s.text.strip() for s in pipeline.nlp(text).sents]


def test_a_blank_line_ends_the_sentence(pipeline):
    text = '"We will not give up the harbour."\n\n"The port is ours," declared Ines Duarte, 52, of Porto.\n\nOf the three options, voters preferred none.'
    sentences = _sentences(pipeline, text)
    assert '"The port is ours," declared Ines Duarte, 52, of Porto.' in sentences
    assert sentences[-1] == "Of the three options, voters preferred none."


def test_a_single_line_break_inside_a_sentence_does_not_cut_it(pipeline):
    # Hard-wrapped text: a line break after "told" is not a paragraph break.
    text = "The minister told\nreporters on Friday that the bridge would reopen in June."
    assert len(_sentences(pipeline, text)) == 1


def test_a_single_line_break_after_a_full_stop_starts_a_sentence(pipeline):
    text = "The bridge will reopen in June.\nresidents were told to expect delays until then."
    assert len(_sentences(pipeline, text)) == 2


def test_the_component_runs_before_the_parser(pipeline):
    names = pipeline.nlp.pipe_names
    assert names.index("newsmine_paragraphs_v1") < names.index("parser")
