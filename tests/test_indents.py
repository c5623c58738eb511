"""Indents the parser does not read (newsmine.layout.indents): the spaces and tabs opening a line
after a hard break, so a blank line padded with spaces reads as a blank line and an indented
paragraph as a plain one; records keep offsets into the text as it came (session 53, wrap53).
Articles invented for these tests."""

from __future__ import annotations

from bisect import bisect_right

import pytest

from newsmine.layout import dropped_characters, flow_text, input_offset, parser_text, reading_copy

_HARBOUR_STORY = (
    "Harbour board delays vote on dredging plan",
    (
        "VARDEN, Norvia — The harbour board of Varden postponed a vote on Tuesday on a plan to dredge the "
        "northern channel, saying it needed another month to study the cost, board members said."
    ),
    (
        "“We are not going to spend forty million on a guess,” said the board's chair, Ingrid Solberg, who "
        "asked the port's engineers for a second estimate."
    ),
    (
        "The fishermen's cooperative, which has pressed for the dredging for three years, called the delay a "
        "betrayal. “Every month we wait, another boat runs aground,” said its secretary, Henrik Dahl."
    ),
)


def _plain(story: tuple[str, ...]) -> str:
    return "\n\n".join(story) + "\n"


def _padded(story: tuple[str, ...]) -> str:
    """Paragraphs apart by a line holding only spaces, as wire and archive exports write them."""
    return "\n   \n".join(story) + "\n"


def _indented(story: tuple[str, ...]) -> str:
    """Each paragraph's first line indented four spaces, one paragraph a line, no blank lines."""
    return "".join(f"    {paragraph}\n" for paragraph in story)


def _quotes(record) -> list[tuple[str, str | None]]:
    return [(" ".join(q.text.split()), q.speaker.name if q.speaker else None) for q in record.quotes]


def _check_offsets(record, text: str) -> None:
    assert record.text == text
    for quote in record.quotes:
        for span in (quote, *quote.parts, quote.cue, quote.speaker):
            if span is not None:
                assert text[span.start : span.end] == span.text
                assert not span.text[:1].isspace()


def test_a_blank_line_padded_with_spaces_reads_as_a_blank_line():
    text = _padded(_HARBOUR_STORY)
    assert parser_text(text) == flow_text(_plain(_HARBOUR_STORY))


def test_an_article_with_padded_blank_lines_gives_the_plain_copys_quotes_at_its_own_offsets(pipeline):
    text = _padded(_HARBOUR_STORY)
    record = pipeline.analyze(text)
    _check_offsets(record, text)
    assert _quotes(record) == _quotes(pipeline.analyze(_plain(_HARBOUR_STORY)))
    assert {"Ingrid Solberg", "Henrik Dahl"} <= {speaker for _, speaker in _quotes(record)}


def test_an_indented_article_gives_its_unindented_copys_quotes_at_its_own_offsets(pipeline):
    # the opening indent put a whitespace token before the headline, and the paragraph breaks were
    # "\n    " tokens: the parse moved (probe51/debate's headline gave a content)
    text = _indented(_HARBOUR_STORY)
    unindented = "".join(f"{paragraph}\n" for paragraph in _HARBOUR_STORY)
    assert parser_text(text) == flow_text(unindented)
    record = pipeline.analyze(text)
    _check_offsets(record, text)
    assert _quotes(record) == _quotes(pipeline.analyze(unindented))
    assert record.title == _HARBOUR_STORY[0]


def test_every_character_read_maps_back_to_its_place_in_the_input():
    text = "  Dredging vote put off\r\n   \r\n\tThe board said, “Not yet.”\r\n> a reader wrote\n    Solberg said no.\n  "
    copy, dropped = reading_copy(text), dropped_characters(text)
    assert len(copy) == len(parser_text(text))
    for offset, char in enumerate(copy):
        assert text[offset + bisect_right(dropped, offset)] == char
    # a span's end maps to the end of what it covers: before the "\r" and the indent that follow
    assert input_offset(copy.index("\n"), dropped) == text.index("\r")


@pytest.mark.parametrize(
    "text",
    [
        # near misses: spaces at a line's end, a wrapped paragraph's soft breaks (an e-mail's "> "
        # prefix is not read since layout59: tests/test_layout_typography.py; two spaces between
        # words are read as one since layout61: tests/test_layout_spaces.py)
        "Board delays vote  \n\nThe board said it needed time. \n",
        "No indent here\n\nThe board said it needed another month to study the cost of the plan.\n",
    ],
)
def test_text_whose_lines_open_with_no_white_space_is_read_as_it_is(text):
    assert parser_text(text) == flow_text(text) and dropped_characters(text) == [] and reading_copy(text) == text


def test_a_wrapped_lines_spaces_inside_a_paragraph_are_no_indent():
    # near miss: a space a wrap left at a line's end, and two inside a wrapped line, are no indent:
    # the soft break after the space is not read (layout61), the stray double space in
    # single-spaced copy is read as it always was
    text = (
        "Harbour board delays vote on the dredging plan for the northern channel\n\n"
        "The harbour board of Varden postponed a vote on Tuesday on a plan to \n"
        "dredge the northern channel, saying it needed another month to study\n"
        "the cost of the work, which  engineers put at forty million crowns.\n"
    )
    flowing = parser_text(text)
    assert "a plan to dredge the" in flowing and "which  engineers put" in flowing
    assert len(flowing) == len(text) - 1


def _wrapped(story: tuple[str, ...], margin: str = "", first: str = "", width: int = 72) -> str:
    import textwrap

    return "\n".join(
        textwrap.fill(paragraph, width, initial_indent=margin + first, subsequent_indent=margin) for paragraph in story
    ) + "\n"


def test_a_wrapped_article_under_a_one_space_margin_gives_the_plain_copys_quotes(pipeline):
    # archive exports put a space before every line: the breaks were read as paragraph starts and
    # both quotations were cut at a line's end, their speakers lost (review53b)
    text = _wrapped(_HARBOUR_STORY, margin=" ")
    assert "\n " in text and text.count("\n") > len(_HARBOUR_STORY)
    record = pipeline.analyze(text)
    _check_offsets(record, text)
    assert _quotes(record) == _quotes(pipeline.analyze(_plain(_HARBOUR_STORY)))


def test_the_margin_after_a_soft_break_is_not_read():
    # the break flows into one space; the margin after it is no more read than an indent
    text = _wrapped(_HARBOUR_STORY, margin="  ")
    assert "  " not in parser_text(text).strip()


_LAYOUTS = {
    "padded": _padded,
    "indented": _indented,
    "margin": lambda story: _wrapped(story, margin=" "),
    "margin, CRLF": lambda story: _wrapped(story, margin="    ").replace("\n", "\r\n"),
    "first line indented, wrapped, CRLF": lambda story: _wrapped(story, first="    ").replace("\n", "\r\n"),
    "tabs": lambda story: "".join(f"\t{paragraph}\n\t\n" for paragraph in story),
    "no-break spaces": lambda story: "".join(f"\u00a0\u00a0{paragraph}\n\n" for paragraph in story),
    "e-mail quoting and indents": lambda story: (
        f"{story[0]}\n\n    {story[1]}\n\n> " + story[2].replace(", ", ",\n> ", 1) + f"\n\n  {story[3]}\n"
    ),
    "quotes opening indented lines": lambda story: (
        "Strike ends at the port\n\n    “The strike is over,” said the union's leader, Kari Nes.\n"
        "    “We have a deal,” she added.\n  \n"
    ),
}


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_every_span_slices_the_text_as_it_came_whatever_its_layout(pipeline, layout):
    text = _LAYOUTS[layout](_HARBOUR_STORY)
    record = pipeline.analyze(text)
    assert record.quotes
    _check_offsets(record, text)
    for entity in record.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize("space", ["\u00a0\u00a0", "\u2003", "\u3000"])
def test_unicode_spaces_opening_a_paragraph_are_not_read_and_no_span_starts_with_them(pipeline, space):
    # review53b: paragraphs opening with two no-break spaces gave a speaker "\xa0\xa0Harbour board delays"
    text = "".join(f"{space}{paragraph}\n\n" for paragraph in _HARBOUR_STORY)
    assert parser_text(text) == flow_text(_plain(_HARBOUR_STORY) + "\n")
    record = pipeline.analyze(text)
    _check_offsets(record, text)
    assert _quotes(record) == _quotes(pipeline.analyze(_plain(_HARBOUR_STORY)))


def test_a_no_break_space_inside_a_line_is_read():
    # near miss: "March\xa014" and a no-break space after a sentence are no indent (the space after
    # that one is a second space between two words: not read since layout61)
    text = "Vote on\xa0March\xa014\n\nThe board met.\xa0 It voted on\xa0Tuesday.\n"
    assert parser_text(text) == "Vote on March 14\n\nThe board met. It voted on Tuesday.\n"
    assert dropped_characters(text) == [text.index("\xa0 It")]  # the no-break space, the run's first
    text = "Vote on\xa0March\xa014\n\nThe board met.\xa0It voted on\xa0Tuesday.\n"
    assert parser_text(text) == flow_text(text) and dropped_characters(text) == []


@pytest.mark.xfail(
    strict=True,
    reason="review53b, left (before wrap53 too): an indented block quotation of two wrapped lines in text "
    "whose paragraphs are one line each is not read as wrapped (fewer than two breaks that could be soft, "
    "and the width is the long lines'): the content stops at the block's first line end",
)
def test_an_indented_block_quotation_of_a_named_speaker_is_quoted_whole(pipeline):
    text = (
        "Minister defends cuts\n\nThe finance minister, Rune Halvorsen, said in a statement:\n\n"
        "    “We inherited a deficit that no honest government could ignore. These cuts are painful, but they are the price of\n"
        "    keeping the schools and hospitals open for the next ten years.”\n\n"
        "Opposition leaders called the statement cynical.\n"
    )
    record = pipeline.analyze(text)
    assert any(q.text.rstrip("”").endswith("ten years.") and q.speaker for q in record.quotes)


@pytest.mark.xfail(
    strict=True,
    reason="review53b, left (before wrap53 too): an e-mail's quoted paragraph wrapped over '> ' lines, in an "
    "article of one paragraph a line, is not read as wrapped (the width is the long lines'): its quotation "
    "is cut at a line end ('… dredge the wrong'), and the speaker's name broken over two lines is 'Ingrid'",
)
def test_an_email_quoted_wrapped_paragraph_in_unwrapped_copy_keeps_its_quotation_whole(pipeline):
    text = (
        f"{_HARBOUR_STORY[0]}\n\n    {_HARBOUR_STORY[1]}\n\n"
        "> “We are not going to spend forty million on a guess,” said the board's chair, Ingrid\n"
        "> Solberg. “We would sooner wait a month than dredge the wrong\n"
        "> channel,” she told the meeting.\n\n"
        f"  {_HARBOUR_STORY[3]}\n"
    )
    record = pipeline.analyze(text)
    assert ("We would sooner wait a month than dredge the wrong channel,", "Ingrid Solberg") in _quotes(record)
