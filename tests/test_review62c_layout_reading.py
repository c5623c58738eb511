"""Session 62 (review62c): layout62's one reading of an article's layout and its quick tests,
each against the reading it replaced, on odd inputs (invented text only): Windows line ends, a
lone carriage return, tabs, Unicode spaces, invisible characters, HTML entities, guillemets,
empty text and text of white space only."""

from __future__ import annotations

import pickle
import re
from bisect import bisect_right

import pytest

from newsmine.layout import DROPPED_RETURNS, READING_COPY, dropped_returns, flow_text, read_entities, unix_line_ends
from newsmine.layout.flowing import (
    _HYPHEN_AT_A_LINE_END_RE,
    _INVISIBLE_RE,
    _LINE_OPENING_AND_REST_RE,
    INVISIBLE_CHARACTERS,
    _glued_list_dashes,
    _inner_unicode_spaces,
    _rest_as_spaces,
    kept_reading_copy,
    read_layout,
    unread_spans,
)
from newsmine.layout.html_entities import with_entities_read
from newsmine.layout.indents import INDENT_CHARACTERS, may_be_indented, without_spans

_STORY = (
    "Ferry service to resume after storm repairs\n\n"
    "PORT ELLEN — The island's ferry will sail again on Monday, the operator said, after two weeks\n"
    "of repairs to the pier that the storm of early March left unsafe for mid-\n"
    "afternoon crossings.\n\n"
    '"We know how hard this has been for families on the island," said Catriona Bell, the\n'
    "operator's manager.\n"
)
_ODD_TEXTS = {
    "empty": "",
    "white space only": " \t\n\r\n  \u00a0\n",
    "a lone carriage return": _STORY.replace("\n", "\r"),
    "windows": _STORY.replace("\n", "\r\n"),
    "mixed line ends": _STORY.replace("\n\n", "\r\n\r\n", 1).replace("said", "said\r", 1),
    "tabs": "\t" + _STORY.replace("\n\n", "\n\n\t"),
    "unicode spaces": _STORY.replace("island's ferry", "island's\u2003ferry").replace("\n\n", "\n\n\u3000", 1),
    "no-break spaces": _STORY.replace("said Catriona", "said\u00a0Catriona").replace('\n"We', '\n\u00a0"We'),
    "invisible characters": _STORY.replace("ferry", "fer\u00adry")
    .replace("Bell", "\u200bBell")
    .replace("Ferry", "\ufeffFerry"),
    "entities": _STORY.replace('"We', "&quot;We").replace("island's", "island&#8217;s"),
    "guillemets": "  «Never again», says ferry operator\n\n"
    + _STORY.replace('"We', "«We").replace('island,"', "island»,"),
    "a glued list": _STORY + "\nWhat changes:\n-Crossings every two hours\n\u2022Fares unchanged\n",
    "a bullet list": _STORY + "\nWhat changes:\n\u2022Crossings every two hours\n\u2022Fares unchanged\n",
    "a glued item first": "-Crossings every two hours from Monday\n",
    "a hyphen and a space at a line end": _STORY.replace("mid-\n", "mid- \n"),
    "two spaces": _STORY.replace("after two", "after  two"),
    "non-latin": "Паром снова пойдёт\n\nОстров ждал «две недели», сказал капитан.\n",
}


def _old_reading(text: str) -> tuple[str, str, list[int]]:
    """parser_text, reading_copy and dropped_characters as they read before layout62: each its
    own flowing and unread spans (reading_copy and dropped_characters without the flowing)."""
    unix = unix_line_ends(text)
    flowing = flow_text(unix)
    unread_flowed = unread_spans(unix, flowing)
    parser = without_spans(flowing, unread_flowed) if unread_flowed else flowing
    unread = unread_spans(unix)
    copy = without_spans(with_entities_read(unix, read_entities(unix)), unread) if unread else unix
    returns = dropped_returns(text)
    if not unread:
        return parser, copy, returns
    positions = [at + n for n, at in enumerate(returns)]
    positions += [u + bisect_right(returns, u) for start, end in unread for u in range(start, end)]
    return parser, copy, [at - n for n, at in enumerate(sorted(positions))]


@pytest.mark.parametrize("text", _ODD_TEXTS.values(), ids=list(_ODD_TEXTS))
def test_one_reading_of_the_layout_is_the_three_readings_it_replaced(text):
    assert tuple(read_layout(text)) == _old_reading(text)


@pytest.mark.parametrize("text", _ODD_TEXTS.values(), ids=list(_ODD_TEXTS))
def test_the_quick_tests_answer_as_the_tests_they_replaced(text):
    unix = unix_line_ends(text)
    # may_be_indented: plain substring tests, and a pattern of the Unicode spaces outside ASCII
    old_indented = (
        (unix != "" and unix[0] in INDENT_CHARACTERS)
        or "\n " in unix
        or "\n\t" in unix
        or (not unix.isascii() and re.search(f"\n[{INDENT_CHARACTERS[2:]}]", unix) is not None)
    )
    assert may_be_indented(unix) == old_indented
    # a hyphen at a line's end: four substring tests
    assert (_HYPHEN_AT_A_LINE_END_RE.search(unix) is not None) == any(e in unix for e in ("-\n", "-\r", "- \n", "- \r"))
    # an invisible character: the pattern that then finds them
    assert any(c in unix for c in INVISIBLE_CHARACTERS) == (_INVISIBLE_RE.search(unix) is not None)


@pytest.mark.parametrize("text", _ODD_TEXTS.values(), ids=list(_ODD_TEXTS))
def test_unicode_spaces_are_read_as_the_full_substitution_reads_them(text):
    unix = unix_line_ends(text)
    # Unicode spaces inside a line: what the full substitution made of the text
    assert _inner_unicode_spaces(unix) == _LINE_OPENING_AND_REST_RE.sub(_rest_as_spaces, unix)


@pytest.mark.parametrize(
    "text, read",
    [
        (
            "-Crossings every two hours from Monday\n",
            "\u2013Crossings every two hours from Monday\n",
        ),  # the text's start
        ("\u2022Crossings every two hours\n\nFares too.\n", "\u2013Crossings every two hours\n\nFares too.\n"),
        (
            "What changes:\n\u2022Crossings every two hours\n",
            "What changes:\n\u2013Crossings every two hours\n",
        ),  # a bullet
        ("What changes:\r-Crossings every two hours\n", "What changes:\r-Crossings every two hours\n"),  # near miss
    ],
)
def test_the_quick_test_does_not_hide_a_glued_item(text, read):
    # layout62's quick test ("\n" and a dash or a bullet, or the text opening with one) must let
    # through every item the full pattern reads, at the text's start and after a bullet too; a
    # lone "\r" is no line start for the pattern ("^" after "\n" only), as before
    assert _glued_list_dashes(text) == read


def test_a_unicode_space_inside_a_line_is_still_read_as_a_space():
    assert _inner_unicode_spaces("the island's\u2003ferry\n") == "the island's ferry\n"
    assert (
        _inner_unicode_spaces("caf\u00e9 \u201cclosed\u201d\n") == "caf\u00e9 \u201cclosed\u201d\n"
    )  # near miss: no such space


def test_the_kept_reading_copy_is_the_pipelines_or_made_again():
    text = "\tFerry resumes\r\n\r\n\t«We are back», said the captain.\r\n"
    reading = read_layout(text)
    assert reading.dropped and reading.reading_copy != text
    kept = {DROPPED_RETURNS: reading.dropped, READING_COPY: reading.reading_copy}
    assert kept_reading_copy(kept, text) == reading.reading_copy
    # a Doc annotated without the copy (older code, or elsewhere): made again, not the input
    assert kept_reading_copy({DROPPED_RETURNS: reading.dropped}, text) == reading.reading_copy
    # near miss: nothing dropped, the input itself
    assert kept_reading_copy({}, "Ferry resumes\n\nThe captain said so.\n") == "Ferry resumes\n\nThe captain said so.\n"


def test_the_reading_copy_crosses_a_process_with_the_doc(nlp):
    # --workers sends articles and records across processes, not Docs; a Doc pickled or saved in a
    # DocBin with its user_data keeps the copy all the same (plain data)
    from spacy.tokens import Doc

    from newsmine.articles import Article
    from newsmine.pipeline import Pipeline

    text = "Ferry resumes\r\n\r\n  «We are back», said Captain Ewan Ross on Monday.\r\n"
    reading = read_layout(text)
    doc = nlp.make_doc(reading.parser_text)
    Pipeline(nlp)._annotate(doc, Article(id="a", text=text), reading)
    restored = Doc(nlp.vocab).from_bytes(pickle.loads(pickle.dumps(doc)).to_bytes())
    assert restored.user_data[READING_COPY] == reading.reading_copy
    assert kept_reading_copy(restored.user_data, text) == reading.reading_copy
