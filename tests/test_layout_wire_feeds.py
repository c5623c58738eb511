"""Layouts of wire and feed copy (probe46b): a credit over two footer lines, a kicker over or
glued to the headline, guillemets read as quotation marks by the parser. Every text here is
invented for newsmine."""

from __future__ import annotations

import pytest

from newsmine.layout import find_credit, find_dateline, find_headline, flow_text, lines_are_paragraphs

_STORY = "Harbour reopens after storm\n\nThe port reopened on Monday after the storm passed, the harbour master said."


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_credit_whose_extra_reporters_take_a_line_of_their_own_names_the_reporter(newline):
    # "(Additional reporting by …)" under "Reporting by …; Editing by …" named no author, and
    # the reporter's line above it was read as a sentence of the story
    text = f"{_STORY}{newline}{newline}Reporting by Ines Duarte; Editing by Paul Weir{newline}(Additional reporting by Kofi Mensah in Accra)"
    credit = find_credit(text)
    assert credit is not None and credit.authors == ("Ines Duarte",)
    assert text[credit.start : credit.end].startswith("Reporting by Ines Duarte")
    assert text[credit.start : credit.end].endswith("in Accra)")


def test_an_extra_reporters_line_under_a_sentence_stays_a_credit_without_authors():
    text = f"{_STORY}\n\nReporting by the harbour's own divers showed no damage.\n(Additional reporting by Kofi Mensah)"
    credit = find_credit(text)
    assert credit is not None and credit.authors == ()
    assert text[credit.start : credit.end] == "(Additional reporting by Kofi Mensah)"


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("EXCLUSIVE-Harbour board weighs sale of north quay\n\nLISBON, May 3 (Reuters) - The board …", "Harbour board weighs sale of north quay"),
        ("UPDATE 2-Port strike ends after nine days\n\nThe strike ended.", "Port strike ends after nine days"),
        ("EXCLUSIVE\n\nPORT CHIEF ADMITS NEW QUAY IS TWO YEARS LATE\n\nThe quay is late.", "PORT CHIEF ADMITS NEW QUAY IS TWO YEARS LATE"),
        ("ANALYSIS:\nWhy the port strike ended\nThe strike ended.", "Why the port strike ended"),
    ],
)
def test_a_kicker_over_or_glued_to_the_headline_is_no_part_of_it(text, headline):
    assert find_headline(text) == headline


def test_a_headline_that_starts_with_a_kicker_word_keeps_it():
    # only the desk's label glued with a hyphen, or a line of it alone, is a kicker
    assert find_headline("Exclusive-rights deal for harbour ferries\n\nThe deal was signed.") == "Exclusive-rights deal for harbour ferries"
    assert find_headline("LIVE MUSIC RETURNS TO THE QUAY\n\nThe bands are back.") == "LIVE MUSIC RETURNS TO THE QUAY"


def test_guillemets_read_as_curly_double_marks_by_the_parser_same_length():
    text = "Critic praises staging\n\n«This is the play our century deserves,» said the visiting critic Luc Arnaud."
    flowing = flow_text(text)
    assert len(flowing) == len(text)
    assert flowing.endswith("“This is the play our century deserves,” said the visiting critic Luc Arnaud.")
    assert not lines_are_paragraphs(text, flowing)  # a change of marks is no soft break


def test_german_guillemets_opening_with_the_right_pointing_mark_are_left_alone():
    text = "Kritik\n\n»Das ist kein Theater«, sagte der Kritiker."
    assert flow_text(text) == text


def test_a_guillemet_quote_has_its_speaker_not_the_closing_mark(pipeline):
    # the parser took the closing » for the noun before "said": the speaker was "»"
    text = (
        "Critic praises car-park Hamlet\n\n"
        "The production opened on Friday on the roof of a car park.\n\n"
        "«This is the Hamlet our century deserves,» said the visiting French critic Luc Arnaud. "
        "«I have not seen an audience so awake in years.»\n"
    )
    record = pipeline.analyze(text)
    quote = next(q for q in record.quotes if "Hamlet our century" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Luc Arnaud", quote.speaker


def test_a_kicker_glued_headline_still_ends_its_line_for_the_parser(pipeline):
    text = (
        "EXCLUSIVE-Ferry operator to cut winter sailings\n"
        "Island councillor Ruth Blane said the cuts would leave villages cut off for days.\n"
    )
    record = pipeline.analyze(text)
    assert record.title == "Ferry operator to cut winter sailings"
    quote = next(q for q in record.quotes if "leave villages cut off" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Ruth Blane", quote.speaker


_LETTER = (
    "Your Monday briefing from the Millbrook Post\n\n"
    "Bus fares in Millbrook will rise by a fifth in April, the county's transport\n"
    "board said on Friday, the second rise in two years.\n\n"
    "One reader, Irene Vos, wrote in to say what many of you told us:\n\n"
    "> I take the number 9 to work every day of the week. A fifth more\n"
    "> is a day's pay a month for me, and the bus is late half the time.\n\n"
    "The board meets again on 3 March.\n"
)


def test_an_emails_quoted_lines_are_a_quotation_whose_markers_go_with_the_wrap():
    flowing = flow_text(_LETTER)
    assert len(flowing) == len(_LETTER)
    start = _LETTER.index("> I take")
    assert flowing[start] == "“"  # the block opens a quotation
    # the wrapped line's "> " is spaced with its line break: the sentence runs on
    assert "A fifth more   is a day's pay" in flowing


def test_a_forwarded_message_quoted_throughout_is_the_story_not_a_quotation():
    text = (
        "> Fares rise by a fifth in April, the board said on Friday.\n"
        ">\n"
        "> The board meets again on 3 March, its chairman said.\n"
    )
    flowing = flow_text(text)
    assert "“" not in flowing and ">" not in flowing
    assert len(flowing) == len(text)


def test_a_reader_quoted_in_an_emails_quoted_lines_is_their_speaker(pipeline):
    record = pipeline.analyze(_LETTER)
    quote = next(q for q in record.quotes if "number 9 to work" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Irene Vos", quote.speaker
    assert "late half the time" in quote.text


def test_a_lone_carriage_return_is_a_line_break():
    # classic Mac OS line endings: no line feed anywhere, so no wrapped line was joined
    flowing = flow_text(_LETTER.replace("\n", "\r"))
    assert flowing == flow_text(_LETTER)
    assert "transport board said" in flowing
    assert lines_are_paragraphs(_LETTER.replace("\n", "\r"), flowing)


def test_a_split_quote_keeps_its_speaker_across_lone_carriage_returns(pipeline):
    text = (
        "Square to close to cars\n\n"
        '"The square belongs to people, not to parking," said Mayor Lucia Benedetti after the council\n'
        'voted on Thursday. "Shops on the square will be busier, not quieter."\n\n'
        "The ban starts in March.\n"
    ).replace("\n", "\r")
    record = pipeline.analyze(text)
    quote = next(q for q in record.quotes if "busier, not quieter" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Lucia Benedetti", quote.speaker


@pytest.mark.parametrize(
    "line", ["Last updated 16:45 GMT, 21 January 2026", "Last updated: 21 January 2026", "Last modified 21 January 2026"]
)
def test_a_live_pages_last_updated_line_dates_it(line):
    assert find_dateline(f"Storm live: floods in the north\n\n{line}\n\n16:40 GMT\nThe river has peaked.") == "2026-01-21"


def test_a_sentence_opening_last_updated_is_no_dateline():
    assert find_dateline("Rules changed\n\nLast updated in 2019, the rules allow it.\n\nBody.") is None


def test_quoted_lines_no_colon_introduces_are_no_quotation():
    # a newsletter marking its links with "> ": the markers go, nothing is quoted
    text = (
        "Your Monday briefing\n\n"
        "Bus fares will rise by a fifth in April, the board said on Friday.\n\n"
        "> Council approves the harbour budget\n"
        "> Ferry strike called off after talks\n\n"
        "The board meets again on 3 March. Its chairman said the rise was the last for years.\n"
    )
    flowing = flow_text(text)
    assert "“" not in flowing and ">" not in flowing


def test_two_quoted_paragraphs_under_a_colon_open_with_marks_each():
    text = (
        "Your Monday briefing\n\n"
        "Bus fares will rise by a fifth in April, the board said on Friday.\n\n"
        "Irene Vos wrote to us:\n\n"
        "> I take the number 9 to work every day.\n"
        ">\n"
        "> The bus is late half the time.\n\n"
        "The board meets again on 3 March. Its chairman said the rise was the last for years.\n"
    )
    flowing = flow_text(text)
    assert flowing[text.index("> I take")] == "“" and flowing[text.index("> The bus")] == "“"
    assert flowing[text.index(">\n")] == " "  # the quoted blank line between them


_WRAPPED_WIRE = (
    "Harbour operator weighs the sale of its two northern container terminals\n"
    "By Jane Okafor\n"
    "LONDON, May 3 (Reuters) - Baltline Ports, the operator of six container\n"
    "terminals on the North Sea coast, is weighing a sale of its two northern\n"
    "terminals, three people familiar with the matter said on Tuesday.\n"
    "The company has hired advisers to sound out buyers, the people said,\n"
    "declining to be named because the talks are private and may still fail.\n"
)


def test_a_byline_and_a_wire_dateline_start_their_own_lines_in_wrapped_copy():
    # the headline filled its line, so the byline ran into the title; the byline into the dateline
    flowing = flow_text(_WRAPPED_WIRE)
    assert flowing.startswith("Harbour operator weighs the sale of its two northern container terminals\nBy Jane Okafor\nLONDON")
    assert "six container terminals on the North Sea" in flowing  # the wrap is still read
    assert find_headline(flowing) == "Harbour operator weighs the sale of its two northern container terminals"


def test_a_wrapped_line_opening_by_a_month_still_goes_on():
    text = (
        "The port authority said the two terminals had lost money in each of the\n"
        "last three years, and that the board would decide on a sale by the summer.\n"
        "The union said it had not been told of any sale and would fight one. The\n"
        "workers had been promised new cranes in 2024 and were still waiting for them.\n"
        "By March, the company said, it will have spoken to every buyer it has found,\n"
        "and it would then put the offers to its shareholders at a special meeting.\n"
    )
    flowing = flow_text(text)
    assert "waiting for them. By March" in flowing
