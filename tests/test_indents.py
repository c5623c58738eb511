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
        # near misses: spaces inside a line, a wrapped paragraph's soft breaks, an e-mail's "> " prefix
        "Board delays vote\n\nThe board  said it   needed time.\n",
        "> We have waited three years for the dredging,\n> and the board keeps asking for studies.\n",
        "No indent here\n\nThe board said it needed another month to study the cost of the plan.\n",
    ],
)
def test_text_whose_lines_open_with_no_white_space_is_read_as_it_is(text):
    assert parser_text(text) == flow_text(text) and dropped_characters(text) == [] and reading_copy(text) == text


def test_a_wrapped_lines_spaces_inside_a_paragraph_are_kept():
    # near miss: a space a wrap left at a line's end, and one inside a wrapped line, are no indent
    text = (
        "Harbour board delays vote on the dredging plan for the northern channel\n\n"
        "The harbour board of Varden postponed a vote on Tuesday on a plan to \n"
        "dredge the northern channel, saying it needed another month to study\n"
        "the cost of the work, which  engineers put at forty million crowns.\n"
    )
    assert len(parser_text(text)) == len(text)
