"""Probe56b's rule, on invented political news (tests/test_probe56b_styles.py holds the probe
itself), with near misses beside it where the rule must not fire:

- ``layout/flowing.py`` (``_glued_list_dashes``): a poll digest's link list written
  "-Amy Walter says …" / "-Kristen Soltis Anderson warns that …" (a dash glued to the item's first
  word, as HuffPollster's "Outliers" are) — the parser reads "-Amy" as one token, so the
  recogniser names "Walter" and "Soltis Anderson"; the dash is read as an en dash, which the
  parser splits off. Only a dash (or bullet) that opens a paragraph, or a line after another such
  item, before a capital: a line opening "-5" or "--", a lower-case word after the dash, and a
  wrapped line opening "-Trump" inside a paragraph are left as they are. Review56d: also the
  first item under a line ending in a colon, a pull quote's credit on the line under the
  quotation, and a dash glued to an item's opening quotation mark.

Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from newsmine.layout import flow_text


def _speaker(pipeline, text: str, snippet: str):
    quotes = [quote for quote in pipeline.analyze(text).quotes if snippet in " ".join(quote.text.split())]
    assert quotes, f"no quote holds {snippet!r}"
    return min(quotes, key=lambda quote: len(quote.text)).speaker


_DIGEST = (
    "POLL DIGEST: The Race Tightens\n\nLinks to the best of news at the intersection of polling and politics:\n\n"
    "{mark}Amy Walter says the Senate map now favors Democrats. [Cook]\n\n"
    "{mark}Kristen Soltis Anderson warns that young voters will stay home. [Medium]\n\n"
    "{mark}Harry Enten argues that debates rarely move the polls. [538]\n"
)


@pytest.mark.parametrize("mark", ["-", "\u2022"])
def test_a_dash_glued_to_a_list_items_first_name_leaves_the_name_whole(pipeline, mark):
    text = _DIGEST.format(mark=mark)
    assert _speaker(pipeline, text, "the Senate map now favors").name == "Amy Walter"
    assert _speaker(pipeline, text, "young voters will stay home").name == "Kristen Soltis Anderson"


def test_a_list_items_speaker_mention_leaves_out_its_dash(pipeline):
    text = _DIGEST.format(mark="-")
    assert _speaker(pipeline, text, "debates rarely move the polls").text == "Harry Enten"


def test_items_on_consecutive_lines_are_each_read(pipeline):
    text = _DIGEST.format(mark="-").replace("]\n\n-", "]\n-")
    assert _speaker(pipeline, text, "young voters will stay home").name == "Kristen Soltis Anderson"


def test_a_spaced_dash_reads_as_before(pipeline):
    # near miss: "- Amy Walter" was always two tokens
    assert _speaker(pipeline, _DIGEST.format(mark="- "), "the Senate map now favors").name == "Amy Walter"


def test_the_flowing_text_keeps_its_length_and_changes_only_the_items_dash():
    text = _DIGEST.format(mark="-")
    flowing = flow_text(text)
    assert len(flowing) == len(text)
    assert [i for i, (a, b) in enumerate(zip(text, flowing)) if a != b] == [
        i for i, c in enumerate(text) if c == "-" and text[i - 1] == "\n"
    ]
    assert flowing.count("\u2013") == 3


def test_the_first_item_under_a_colon_line_is_read_without_a_blank_line(pipeline):
    # review56d: the list's introduction ends in a colon on the line above; before, only the
    # items after the first were read, and the first lost its first name
    text = (
        "Links to the best polling news this week:\n"
        "-Amy Walter says the Senate map now favors Democrats.\n"
        "-Kristen Soltis Anderson warns that young voters will stay home.\n"
    )
    assert _speaker(pipeline, text, "the Senate map now favors").name == "Amy Walter"


def test_a_credit_glued_to_its_dash_under_a_pull_quote_leaves_the_dash_out(pipeline):
    # review56d: the credit's line follows the quotation's, with no blank line between
    text = (
        "The mayor spoke for an hour.\n\n"
        "\u201cWe will not back down on the harbor plan.\u201d\n"
        "-Mayor Ana Ruiz\n\nThe council meets again on Friday.\n"
    )
    speaker = _speaker(pipeline, text, "back down on the harbor plan")
    assert (speaker.text, speaker.name) == ("Mayor Ana Ruiz", "Ana Ruiz")


def test_an_item_with_its_own_report_under_a_quotation_is_no_credit(pipeline):
    # near miss: the dash under the quotation's line is read, but the item reports its own words
    text = (
        "The memo ended there.\n\n\u201cPolls are a snapshot, not a forecast.\u201d\n"
        "-Amy Walter says the Senate map now favors Democrats.\n"
    )
    assert _speaker(pipeline, text, "Polls are a snapshot") is None
    assert _speaker(pipeline, text, "the Senate map now favors").name == "Amy Walter"


def test_a_dash_glued_to_an_items_opening_quotation_mark_stays_out_of_the_quote(pipeline):
    # review56d: '-"We want …"' kept the dash (and the marks) in the quote's text
    text = (
        "Voices from the rally:\n\n"
        '-"We want our jobs back," said Dana Price, a welder.\n\n'
        '-"Nobody listens to us," said Carl Moss, a farmer.\n'
    )
    quotes = pipeline.analyze(text).quotes
    assert [quote.text for quote in quotes] == ["We want our jobs back,", "Nobody listens to us,"]
    assert [quote.speaker.name for quote in quotes] == ["Dana Price", "Carl Moss"]


@pytest.mark.parametrize(
    "text",
    [
        "Turnout fell.\n\n-5 percent was the drop in Ohio, the count showed.\n",  # a number
        "The drop in turnout was this:\n-5 percent in Ohio, the count showed.\n",  # a number under a colon
        "\u201cWe lost,\u201d\n-and another thing, he said.\n",  # a lower-case word under a quotation
        'Turnout fell.\n\n-"and then some," he said.\n',  # a quotation mark before a lower-case word
        "Turnout fell.\n\n-\u00e9lan was gone, aides said.\n",  # a lower-case letter outside ASCII
        "Turnout fell, and the crowd was loudly anti\n-Trump, organizers said on Tuesday.\n",  # a wrapped line after a word
        "Turnout fell.\n\n--Sent from my phone\n",  # a double dash
        "Turnout fell.\n\n-and another thing, he said.\n",  # a lower-case word
        "The crowd at the rally was loudly anti\n-Trump, organizers said on Tuesday.\n",  # inside a paragraph
        "A well-known pollster said the race was close.\n",  # a hyphen inside a line
    ],
)
def test_other_dashes_are_left_alone(text):
    assert flow_text(text) == text
