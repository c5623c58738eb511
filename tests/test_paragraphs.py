"""Paragraph breaks end sentences before the parser runs (newsmine.nlp.paragraphs)."""

from __future__ import annotations

import pytest


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


def test_the_line_break_after_a_plain_text_headline_ends_its_sentence(pipeline):
    """A feed's headline has no full stop and one line break after it: read as one sentence
    with the first paragraph, the headline's last word joined the speaker ('budget Mayor Ana
    Ruiz'). A first line too long for a headline is left to the full-stop rule."""
    text = (
        "Council approves harbour budget\nMayor Ana Ruiz said on Tuesday that the harbour would reopen in May.\n"
        'The vote was 7-2. "We listened to the fishermen," Ruiz said.'
    )
    record = pipeline.analyze(text)
    reopen = next(q for q in record.quotes if "reopen in May" in q.text)
    assert reopen.speaker.text == "Mayor Ana Ruiz"


def test_the_component_reads_the_layout_the_pipeline_gives():
    # Without a parser: every line a paragraph (a web page's text), or the headline's line end.
    import spacy

    from newsmine.nlp.paragraphs import HEADLINE_END, LINE_PARAGRAPHS, mark_paragraph_starts

    nlp = spacy.blank("en")
    text = "Harbour reopens\nThe ferry left\nearly today.\nNobody cared"
    plain = mark_paragraph_starts(nlp.make_doc(text))
    assert [t.text for t in plain if t.is_sent_start and t.i > 0] == ["Nobody"]
    headline = nlp.make_doc(text)
    headline.user_data[HEADLINE_END] = text.index("\n")
    headline = mark_paragraph_starts(headline)
    assert [t.text for t in headline if t.is_sent_start and t.i > 0] == ["The", "Nobody"]
    page = nlp.make_doc(text)
    page.user_data[LINE_PARAGRAPHS] = True
    page = mark_paragraph_starts(page)
    assert [t.text for t in page if t.is_sent_start and t.i > 0] == ["The", "Nobody"]  # "early" goes on the line before (_goes_on)


def test_a_web_page_line_without_a_full_stop_is_its_own_paragraph(pipeline):
    """trafilatura writes a page's paragraphs, headings and captions one a line: a heading or
    caption without a full stop ran into the next paragraph's sentence, whose speaker took its
    words ('the decision Mayor Ana Ruiz')."""
    body = " ".join(["The harbour has been closed since the storm, and fishermen have lost a season of work."] * 3)
    html = (
        "<html><head><title>Harbour to reopen</title></head><body><article>"
        "<h1>Harbour to reopen</h1>"
        f"<p>{body}</p>"
        "<h2>Fishermen cheer the decision</h2>"
        "<p>Mayor Ana Ruiz said on Tuesday that the harbour would reopen in May.</p>"
        f"<p>{body}</p>"
        "</article></body></html>"
    )
    record = pipeline.analyze(html=html)
    reopen = next(q for q in record.quotes if "reopen in May" in q.text)
    assert reopen.speaker.text == "Mayor Ana Ruiz"


def test_a_line_that_goes_on_is_no_paragraph_even_where_the_layout_ends_lines():
    # Without a parser: a <br> or a <pre>'s wrap inside a sentence ('Ruiz<br>said', 'told
    # the<br>House'), and a plain text whose first line starts a hard-wrapped paragraph.
    import spacy

    from newsmine.nlp.paragraphs import HEADLINE_END, LINE_PARAGRAPHS, mark_paragraph_starts

    nlp = spacy.blank("en")
    text = "Treasurer Ana Ruiz told the\nHouse panel, with aides,\nthat Mayor Tom Reyes\nsaid no\nHarbour news"
    page = nlp.make_doc(text)
    page.user_data[LINE_PARAGRAPHS] = True
    page = mark_paragraph_starts(page)
    assert [t.text for t in page if t.is_sent_start and t.i > 0] == ["Harbour"]
    plain = nlp.make_doc(text)
    plain.user_data[HEADLINE_END] = text.index("\n")
    plain = mark_paragraph_starts(plain)
    assert [t.text for t in plain if t.is_sent_start and t.i > 0] == []


# A feed of one paragraph a line (lines too wide to be wrapped), its subhead without a full stop.
_FEED = (
    "Ferry crews vote to strike over rotas\n"
    "Crews on the island ferries will strike for two days next month after talks on new rotas broke down on Friday, the seafarers' union said.\n"
    "The ferry company said it was disappointed and that the new rotas had been agreed with crews on its other routes last year.\n"
    "Islanders fear empty shelves\n"
    "Shopkeepers warned that deliveries of fresh food would stop for the length of the strike and that shelves would be empty by the weekend.\n"
    '"We have three days of milk and bread in the shop, and after that we have nothing to sell," said Ewan Laird, who runs the store by the pier.\n'
)
# A hard-wrapped newsletter: its soft breaks are spaces, so every line break left is hard.
_WRAPPED_PARAGRAPH = (
    "The town council finally published its draft budget this week, and there is a lot in it for\n"
    "anyone who rents a flat, commutes to the city or borrows books from the library on Mill\n"
    "Street, which has been closed for repairs since the floods in the spring of last year.\n"
)
_WRAPPED = (
    f"{_WRAPPED_PARAGRAPH}\n{_WRAPPED_PARAGRAPH}\n"
    "Islanders face weeks of disruption\n"
    "Ferry operators warned on Thursday that a single adult fare would rise to seven pounds in\n"
    "April, blaming the price of fuel, which they said had doubled in the past two years.\n"
)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [(_FEED, "deliveries of fresh food", "Shopkeepers"), (_WRAPPED, "single adult fare", "Ferry operators")],
)
def test_a_subhead_in_a_feed_or_in_wrapped_text_is_its_own_paragraph(pipeline, text, content, speaker):
    """A wire feed writes each paragraph on a line of its own, a newsletter wraps its lines, and
    both set a subhead without a full stop on the line above a paragraph: it ran into that
    paragraph's sentence, whose speaker took its last word ('disruption\\nCommuter groups';
    probe41c). Where the layout leaves no line break inside a sentence, every line is a
    paragraph."""
    record = pipeline.analyze(text)
    assert next(q for q in record.quotes if content in q.text).speaker.text == speaker


def test_a_line_linking_to_another_story_gives_no_quote_or_name(pipeline):
    """'Related: Council warns of budget gap' between paragraphs is another story's headline:
    read as the article's own sentence it made the council a speaker (probe41c)."""
    text = (
        "Town votes to close the old baths\n\n"
        "The town council voted on Tuesday to close the swimming baths on Quarry Lane in the autumn.\n\n"
        "Related: Harbour board warns of deficit\n\n"
        '"We could not find the money for a new roof," said council leader Joan Pike.\n\n'
        "READ MORE: Why Lisbon's lidos are closing\n\n"
        "Swimmers will be offered cheaper entry at the leisure centre in Westgate."
    )
    record = pipeline.analyze(text)
    assert not any("deficit" in q.text for q in record.quotes)
    assert not any(name in e.name for e in record.entities for name in ("Harbour board", "Lisbon"))
    assert any(q.speaker and q.speaker.text == "council leader Joan Pike" for q in record.quotes)
