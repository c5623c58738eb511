"""Copy that sets its paragraphs apart by blank lines, wrapped by a tool that balances lines (GNU
``fmt``) after two spaces at each sentence's end (session 63, layout63): a single line break
inside a paragraph is a wrap's even after a well filled line ending a sentence with room for the
next word. Invented text; fmt -w72 of each paragraph, checked by hand."""

from __future__ import annotations

from newsmine.layout import flow_text

# `fmt -w72` of two paragraphs typed with two spaces after each sentence: it broke the first after
# "meeting." (63 wide, the widest line 71) where '"We' fitted, preferring a sentence's end.
_TWO_SPACED_FMT = (
    "Ferry fares to rise on island routes\n\n"
    "The Island Ferry Company confirmed on Tuesday that return fares\n"
    "for foot passengers will rise from $14 to $17.  Councillor Ruth\n"
    "Abernathy said she would table a motion at next week's meeting.\n"
    '"We asked twice and got no answer from the company," she said.\n\n'
    "Fuel costs have doubled since the spring, according to the company.\n"
    '"We had no good choices this winter," said Gillian Parry, its\n'
    "operations manager.  She said the rise would be the first in six years.\n"
)


def test_a_balanced_line_ending_a_sentence_inside_a_blank_line_paragraph_goes_on():
    # layout62, left: the line ending "meeting." was read as its paragraph's end, which cut the
    # quotation from the sentence naming its speaker
    flowing = flow_text(_TWO_SPACED_FMT)
    assert "at next week's meeting. \"We asked twice" in flowing
    assert flowing.count("\n\n") == 2 and flowing.rstrip("\n").count("\n") == 4  # headline, two paragraphs


def test_near_miss_the_same_lines_with_paragraphs_apart_by_a_single_newline_keep_the_break():
    # one paragraph after another on the next line: a well filled line ending a sentence with room
    # for the next word is as likely a paragraph's end (wrap60), and the text says nothing else
    text = _TWO_SPACED_FMT.replace('she said.\n\n', 'she said.\n')
    assert "meeting.\n\"We asked twice" in flow_text(text)


def test_near_miss_a_headline_over_its_story_in_blank_line_copy_keeps_its_line():
    # the headline over the story's first line, a single line break between them, and blank lines
    # between the story's paragraphs: the headline stays a paragraph of its own
    text = _TWO_SPACED_FMT.replace("island routes\n\n", "island routes\n", 1)
    flowing = flow_text(text)
    assert flowing.startswith("Ferry fares to rise on island routes\nThe Island Ferry Company")


def test_near_miss_a_byline_and_a_dateline_over_a_blank_line_story_keep_their_lines():
    text = _TWO_SPACED_FMT.replace(
        "island routes\n\n", "island routes\nBy Ann Tully, Island Times\nKELLSWORTH, Scotland\n\n", 1
    )
    flowing = flow_text(text)
    assert flowing.startswith("Ferry fares to rise on island routes\nBy Ann Tully, Island Times\nKELLSWORTH, Scotland\n\n")

