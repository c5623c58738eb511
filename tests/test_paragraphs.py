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


def test_the_component_marks_each_paragraph_start_and_nothing_else():
    # Without a parser: exactly the tokens after a paragraph break become sentence starts,
    # every other token is left unset (the component writes them all in one array).
    import spacy

    from newsmine.nlp.paragraphs import mark_paragraph_starts

    nlp = spacy.blank("en")
    text = "The ferry left.\n\nIt was late\nagain.\nNobody cared:\n \nthe end.\n"
    doc = mark_paragraph_starts(nlp.make_doc(text))
    starts = [token.text for token in doc if token.is_sent_start and token.i > 0]
    assert starts == ["It", "Nobody", "the"]
    assert all(token.is_sent_start is None for token in doc[1:] if token.text not in starts)


def test_the_component_refuses_a_parsed_doc(pipeline):
    import pytest

    from newsmine.nlp.paragraphs import mark_paragraph_starts

    doc = pipeline.nlp("Rain fell.\n\nThe match went on.")
    with pytest.raises(ValueError):
        mark_paragraph_starts(doc)


def test_a_clock_time_ends_the_sentence_before_a_pronoun_or_determiner(pipeline):
    # "p.m." is both an abbreviation and the sentence's full stop: the parser ran "Its
    # president, ..." on into the turnout sentence and gave the president the wrong words.
    text = "Turnout had reached 71 percent by 4 p.m. Its chairwoman, Lucia Brandao, said voting was calm."
    assert _sentences(pipeline, text) == [
        "Turnout had reached 71 percent by 4 p.m.",
        "Its chairwoman, Lucia Brandao, said voting was calm.",
    ]
    text = "The council adjourned at 9 p.m. He said the vote would be held on Friday."
    assert len(_sentences(pipeline, text)) == 2


def test_a_clock_time_followed_by_a_time_zone_keeps_the_sentence(pipeline):
    text = "Polls close at 8 p.m. Eastern time, officials said."
    assert len(_sentences(pipeline, text)) == 1


def test_the_official_after_a_clock_time_keeps_her_title_out_of_the_quote(pipeline):
    text = (
        "Election officials in Vestland said turnout had reached 71 percent by 4 p.m. Its chairwoman, "
        'Lucia Brandao, said voting had been "calm and orderly."'
    )
    record = pipeline.analyze(text)
    assert "turnout had reached 71 percent by 4 p.m." in [q.text for q in record.quotes]
    brandao = next(e for e in record.entities if e.name == "Lucia Brandao")
    assert brandao.titles == ["chairwoman"]
