"""HTML entities left in plain text (newsmine.layout.html_entities; html60): the parser reads each
well-formed reference ("&quot;", "&#8220;", "&#x2019;", "&amp;", "&nbsp;") as the character it names,
at its ";", and does not read the rest; records keep the text as it came and index it (a span that
ends with a decoded mark ends after its ";", one that starts with it starts at its "&"). Near
misses are left as written. Articles invented for these tests."""

from __future__ import annotations

import html
from bisect import bisect_right

import pytest

from newsmine.layout import dropped_characters, flow_text, input_offset, parser_text, reading_copy

_STORY = (
    "Harbor board delays vote on ferry pier",
    (
        "PORT ELLIS — The harbor board on Tuesday put off a vote on rebuilding the ferry pier, the third delay "
        "since the spring."
    ),
    "“We can’t spend money we haven’t been given,” said Marta Keane, the board’s chairwoman.",
    (
        "Tomas Reyes, who runs the ferry company, said the delay would cost his crews a season. \"The pier is "
        "falling into the water,\" he said. \"Every month we wait, it gets worse.\""
    ),
)


def _story(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


_ESCAPES = {"&": "&amp;", '"': "&quot;", "“": "&#8220;", "”": "&#x201D;", "’": "&#8217;", "—": "&mdash;"}


def _escaped(text: str) -> str:
    """``text`` as a plain-text export of web copy writes it: '&' as "&amp;", straight marks as
    "&quot;", curly marks and apostrophes as numbers (decimal and hex), a dash by its name."""
    return "".join(_ESCAPES.get(char, char) for char in text)


def _escaped_offsets(text: str) -> list[int]:
    """For each offset of ``text`` (and its end), the offset of the same place in :func:`_escaped`:
    a span of ``text`` (start, end) is (map[start], map[end]) there, an entity taken whole."""
    offsets, at = [], 0
    for char in text:
        offsets.append(at)
        at += len(_ESCAPES.get(char, char))
    return [*offsets, at]


def _same_spans_as_plain(record, plain_record, plain: str) -> None:
    """Every span of ``record`` (of the escaped copy) is the plain copy's, moved to the escaped offsets."""
    moved = _escaped_offsets(plain)
    got = [(s.start, s.end) for s in _spans(record)]
    assert got == [(moved[s.start], moved[s.end]) for s in _spans(plain_record)]


def _quotes(record) -> list[tuple[str, str | None]]:
    return [(" ".join(q.text.split()), q.speaker.name if q.speaker else None) for q in record.quotes]


def _spans(record):
    for quote in record.quotes:
        yield from (s for s in (quote, *quote.parts, quote.cue, quote.speaker) if s is not None)
    for entity in record.entities:
        yield from entity.mentions
    yield from record.dates


def _check_offsets(record, text: str) -> None:
    """Every span indexes ``text`` as it came, and none starts or ends inside an entity."""
    from newsmine.layout import read_entities

    assert record.text == text
    inside = {at for start, end, _ in read_entities(text) for at in range(start + 1, end)}
    for span in _spans(record):
        assert text[span.start : span.end] == span.text
        assert span.start not in inside and span.end not in inside, span.text


def _mapped_back(text: str) -> None:
    """Each character of the reading copy is the input's, or the one an entity there names."""
    copy, dropped = reading_copy(text), dropped_characters(text)
    assert len(copy) == len(parser_text(text))
    for offset, char in enumerate(copy):
        at = offset + bisect_right(dropped, offset)
        assert text[at] == char or (text[at] == ";" and html.unescape(text[text.rindex("&", 0, at) : at + 1]) == char)


# --- what the parser reads ---


def test_an_escaped_story_reads_as_the_story():
    plain = _story(*_STORY)
    text = _escaped(plain)
    assert parser_text(text) == parser_text(plain)
    _mapped_back(text)


def test_an_escaped_story_wrapped_at_72_reads_as_the_wrapped_story():
    # the soft breaks are found on the entities as written, as the wrapping tool counted them
    import textwrap

    text = "\n\n".join(textwrap.fill(p, 72) for p in _escaped(_story(*_STORY)).split("\n\n") if p.strip()) + "\n"
    assert text.count("\n") > 8
    assert parser_text(text) == parser_text(_story(*_STORY))
    _mapped_back(text)


@pytest.mark.parametrize(
    ("reference", "character"),
    [
        ("&quot;", '"'), ("&amp;", "&"), ("&AMP;", "&"), ("&lsquo;", "‘"), ("&hellip;", "…"), ("&eacute;", "é"),
        ("&#8220;", "“"), ("&#x201c;", "“"), ("&#X2019;", "’"), ("&#39;", "'"),
        ("&#150;", "–"),  # HTML5 reads the Windows-1252 numbers as their characters
    ],
)
def test_well_formed_references_read_as_their_characters(reference, character):
    from newsmine.layout import read_entities

    text = f"The chair{reference}said no.\n"
    assert read_entities(text) == [(9, 9 + len(reference), character)]
    assert parser_text(text) == f"The chair{character}said no.\n"
    _mapped_back(text)


def test_a_no_break_space_entity_reads_as_a_space_inside_a_line_and_an_indent_opening_one():
    text = "&nbsp;&nbsp;Ferry pier delayed\n\n&nbsp;The board met on&nbsp;Tuesday.\n"
    assert parser_text(text) == "Ferry pier delayed\n\nThe board met on Tuesday.\n"
    _mapped_back(text)


# --- near misses: left as written ---


@pytest.mark.parametrize(
    "text",
    [
        "AT&T said on Monday that R&D spending rose.\n",
        "Shares of AT&T; Verizon; and Sprint fell, and R&D; fell too.\n",  # "&T;", "&D;": no HTML5 names
        "Fish & chips & more; the menu said.\n",  # a bare "&"
        "The council's &amp report; the &quot draft.\n",  # no ";" right after the name
        "See https://example.com/story?id=4&amp;page=2&quot;x for more.\n",  # inside a URL, more of it after
        "Web developers type &quot; for a mark; the page showed &#8220; instead.\n",  # a mark named, a word alone
        "The form read &#0; and &#xD800; and &shy; and &NotEqualTilde; here.\n",  # invalid, a format character, two
    ],
)
def test_near_misses_are_read_as_written(text):
    assert parser_text(text) == flow_text(text) == text and dropped_characters(text) == []
    assert reading_copy(text) == text


def test_a_reference_closing_a_quotation_right_after_a_url_is_read():
    # near miss of the URL guard: nothing of the address after it
    text = "&quot;Read it at https://example.com/plan,&quot; she said.\n"
    assert parser_text(text) == '"Read it at https://example.com/plan," she said.\n'


def test_no_reference_is_found_in_near_misses_or_text_without_an_ampersand():
    from newsmine.layout import read_entities

    assert read_entities("No ampersand here; none at all.\n") == []
    assert read_entities("AT&T; R&D; Tom & Jerry; &amp no; the code &quot; alone\n") == []


# --- records: offsets into the text as it came ---


def test_html_entities_left_in_plain_text_read_as_their_marks(pipeline):
    # layout59's xfail: on six invented stories written with entities, 31 of 94 contents were right
    plain = _story(*_STORY)
    text = _escaped(plain)
    record = pipeline.analyze(text)
    _check_offsets(record, text)
    assert [(html.unescape(q), s) for q, s in _quotes(record)] == _quotes(pipeline.analyze(plain))
    assert ("We can&#8217;t spend money we haven&#8217;t been given,", "Marta Keane") in _quotes(record)


def test_every_span_is_the_plain_copys_at_the_escaped_offsets(pipeline):
    # a span ending with a decoded character ends after its ";", one starting with it starts at its "&"
    plain = _story(*_STORY, "“Harbor in crisis” as pier sinks")
    text = _escaped(plain)
    plain_record = pipeline.analyze(plain)
    record = pipeline.analyze(text)
    _check_offsets(record, text)
    _same_spans_as_plain(record, plain_record, plain)
    # a quote that takes its marks (as the plain copy's does): starting with "&quot;", ending with "&#x201D;"
    assert any(q.text.startswith("&quot;The pier is falling") and q.text.endswith("crisis&#x201D;") for q in record.quotes)


def test_an_indented_paragraph_opening_with_an_entity_maps_its_spans_past_the_indent(pipeline):
    plain = (
        "    Harbor board delays vote\n"
        "    PORT ELLIS — The harbor board on Tuesday put off a vote on the ferry pier.\n"
        "    “We can’t spend money we haven’t been given,” said Marta Keane.\n"
        "    “The pier is falling into the water,” said Tomas Reyes, who runs the ferry company.\n"
    )
    text = _escaped(plain)
    record = pipeline.analyze(text)
    _check_offsets(record, text)
    _same_spans_as_plain(record, pipeline.analyze(plain), plain)


def test_a_span_after_no_break_space_entities_opening_a_line_starts_at_its_word(pipeline):
    # "&nbsp;&nbsp;" opening a paragraph is all an indent: a span there starts past it, not at its "&"
    plain = _story(*_STORY).replace("\n\nTomas Reyes", "\n\n  Tomas Reyes")
    text = _escaped(plain).replace("\n\n  Tomas Reyes", "\n\n&nbsp;&nbsp;Tomas Reyes")
    record = pipeline.analyze(text)
    _check_offsets(record, text)
    reyes = [s for s in _spans(record) if "Tomas Reyes" in s.text]
    assert reyes and all(s.text.startswith("Tomas") for s in reyes)


def test_a_no_break_space_entity_between_names_gives_the_whole_speaker(pipeline):
    plain = _story(*_STORY).replace("Marta Keane", "Marta\u00a0Keane")
    text = _escaped(plain).replace("\u00a0", "&nbsp;")
    record = pipeline.analyze(text)
    _check_offsets(record, text)
    assert ("We can&#8217;t spend money we haven&#8217;t been given,", "Marta Keane") in _quotes(record)
    assert any(q.speaker is not None and q.speaker.text == "Marta&nbsp;Keane" for q in record.quotes)


def test_a_crlf_file_with_entities_indexes_the_text_as_it_came(pipeline):
    plain = _story(*_STORY)
    text = _escaped(plain).replace("\n", "\r\n")
    record = pipeline.analyze(text)
    _check_offsets(record, text)
    assert [(html.unescape(q), s) for q, s in _quotes(record)] == _quotes(pipeline.analyze(plain))


def test_the_html_reader_is_unaffected(pipeline):
    # the reader decodes a page's entities itself: its text holds none, and reads as its plain copy
    from newsmine.readers.html import article_from_html

    body = "\n".join(f"<p>{_escaped(p)}</p>" for p in _STORY[1:])
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body><main><article>'
        f"<h1>{_STORY[0]}</h1>{body}</article></main></body></html>"
    )
    article = article_from_html("page", page, path="page.html", encoding="utf-8")
    assert "&quot;" not in article.text and "&#" not in article.text
    record = pipeline.analyze(html=page)
    assert parser_text(record.text) == flow_text(record.text)
    assert ("We can’t spend money we haven’t been given,", "Marta Keane") in [(q.strip("“”"), s) for q, s in _quotes(record)]


def test_input_offset_of_an_entity_maps_both_edges():
    text = "He said &quot;No.&quot; Then he left.\n"
    copy, dropped = reading_copy(text), dropped_characters(text)
    assert copy == 'He said "No." Then he left.\n'
    opening, closing = copy.index('"'), copy.rindex('"')
    assert input_offset(opening, dropped) == text.index("&quot;")  # a span starting with the mark: its "&"
    assert input_offset(closing + 1, dropped) == text.rindex(";") + 1  # one ending with it: after its ";"


# --- copy wrapped before it was escaped (review60a) ---

_WRAPPED_STORY = (
    "Harbor board delays vote on ferry pier",
    (
        "PORT ELLIS — The harbor board on Tuesday put off a vote on rebuilding the ferry pier, the third delay "
        "since the spring, and its chairman said the money “was never there.”"
    ),
    (
        "“We can’t spend money we haven’t been given,” said Marta Keane, the board’s treasurer. “Every month "
        "we wait, the pier sinks a little more into the water.”"
    ),
    (
        "Tomas Reyes, who runs Reyes & Sons Ferry Co., said the delay would cost his crews a season. “The pier is "
        "falling into the water,” he said. “Nobody in this town wants to say it, but it’s true.”"
    ),
)


@pytest.mark.parametrize("width", [58, 64, 74])
def test_copy_wrapped_before_it_was_escaped_reads_as_the_wrapped_story(width):
    # the wrapping tool counted each mark as one column: as written, the lines holding entities run
    # past the width and hide the wrap, so the breaks are found on the entities read
    import textwrap

    plain = "\n\n".join(textwrap.fill(p, width) for p in _WRAPPED_STORY) + "\n"
    text = _escaped(plain)
    assert parser_text(text) == parser_text(plain)
    assert parser_text(text).count("\n") == 7  # each paragraph one line, a blank line between
    _mapped_back(text)


def test_copy_wrapped_before_it_was_escaped_indexes_the_text_as_it_came(pipeline):
    import textwrap

    plain = "\n\n".join(textwrap.fill(p, 64) for p in _WRAPPED_STORY) + "\n"
    text = _escaped(plain)
    record = pipeline.analyze(text)
    _check_offsets(record, text)
    assert [(html.unescape(q), s) for q, s in _quotes(record)] == _quotes(pipeline.analyze(plain))
    assert any(s == "Tomas Reyes" and html.unescape(q).endswith("a season") for q, s in _quotes(record))


def test_escaped_lines_that_are_paragraphs_keep_their_breaks_read_either_way():
    # near miss: a quote round-up, one paragraph a line, its entities read or not: no wrap found
    text = (
        "&quot;We will rebuild the pier,&quot; said Marta Keane.\n"
        "&quot;Not this year,&quot; said Tomas Reyes of Reyes &amp; Sons.\n"
        "&#8220;Maybe next spring,&#8221; said Ana Ruiz, the harbor master.\n"
        "&#8220;Ask the state,&#8221; said Jos&eacute; Ortiz.\n"
    )
    assert parser_text(text).count("\n") == 4
