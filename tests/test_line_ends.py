"""Windows line ends (newsmine.layout.line_ends): the parser reads a "\\r\\n" as one "\\n", records
keep offsets into the text as it came (session 51, crlf51). Articles invented for these tests."""

from __future__ import annotations

import textwrap

import pytest

from newsmine.layout import dropped_returns, flow_text, input_offset, parser_text, unix_line_ends

_FERRY_STORY = (
    "Island ferry timetable cut for the winter",
    (
        "The operator of the Rossholm ferry said on Monday that it would run two crossings a day instead of "
        "five from November, blaming the cost of fuel and a shortage of deckhands."
    ),
    (
        "“People here have jobs on the mainland and children at school there, and two boats a day simply "
        "does not get them home,” said the secretary of the Rossholm community trust, Eilidh Sandstrom, who "
        "collected four hundred signatures against the cut."
    ),
    (
        "A spokesman for the operator, Tavish Ormsby, said the company would review the timetable in March. "
        "“We would rather run a thin service than no service at all,” he said."
    ),
)
_SCHOOL_STORY = (
    "Village school to lose its last teacher",
    (
        "Parents in Drumcarrow were told last week that the village primary school would close at the end "
        "of the summer term after its only full-time teacher retired and no replacement applied."
    ),
    (
        "“We have twelve children and a building in good repair, and nobody in the education department "
        "has come to see either,” said the chair of the parents' council, Fenella Quarrie, whose two sons "
        "attend the school."
    ),
    (
        "The council's director of education, Alasdair Penhaligon, said a bus would take the pupils to "
        "Kilbride from September, a journey of forty minutes each way."
    ),
)


def _wrapped(paragraphs, width: int) -> str:
    return "\n\n".join(textwrap.fill(paragraph, width) for paragraph in paragraphs)


def _as_unix(record_text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets into a CRLF text moved to its \\n copy (what a tool reading with universal newlines sees)."""
    return start - record_text.count("\r\n", 0, start), end - record_text.count("\r\n", 0, end)


def _spans(record):
    """(kind, start, end, text) of every span in the record."""
    found = []
    for entity in record.entities:
        found += [("mention", m.start, m.end, m.text) for m in entity.mentions]
        found += [("reference", r.start, r.end, r.text) for r in entity.references]
    found += [("date", d.start, d.end, d.text) for d in record.dates]
    for quote in record.quotes:
        found.append(("quote", quote.start, quote.end, quote.text))
        found += [("part", p.start, p.end, p.text) for p in quote.parts]
        for name, span in (("cue", quote.cue), ("speaker", quote.speaker), ("addressee", quote.addressee)):
            if span is not None:
                found.append((name, span.start, span.end, span.text))
    return found


def test_offsets_move_back_over_each_dropped_carriage_return():
    text = "ab\r\ncd\r\n\r\nef"
    unix = unix_line_ends(text)
    dropped = dropped_returns(text)
    assert unix == "ab\ncd\n\nef" and dropped == [2, 5, 6]
    # a span ending before a line break stops before its "\r"; one starting at the break starts at it
    for start, end in [(0, 2), (3, 5), (1, 4), (2, 3), (7, 9), (5, 7)]:
        moved = input_offset(start, dropped), input_offset(end, dropped)
        assert text[moved[0] : moved[1]].replace("\r\n", "\n") == unix[start:end]
    assert (input_offset(0, dropped), input_offset(2, dropped)) == (0, 2)
    assert (input_offset(3, dropped), input_offset(5, dropped)) == (4, 6)
    assert input_offset(len(unix), dropped) == len(text)


def test_a_soft_windows_line_break_is_one_space_for_the_parser():
    windows = _wrapped(_FERRY_STORY, 60).replace("\n", "\r\n")
    parsed = parser_text(windows)
    assert parsed == flow_text(_wrapped(_FERRY_STORY, 60))  # the \n copy's, character for character
    assert "  " not in parsed and "\r" not in parsed


@pytest.mark.parametrize(
    ("story", "width", "speakers"),
    [(_FERRY_STORY, 54, {"Eilidh Sandstrom", "Tavish Ormsby"}), (_SCHOOL_STORY, 74, {"Fenella Quarrie", "Alasdair Penhaligon"})],
)
def test_a_wrapped_windows_article_gives_the_records_of_its_unix_copy_at_offsets_into_its_own_text(
    pipeline, story, width, speakers
):
    # quotes, speakers' names and dates cut by soft "\r\n" breaks. Failed before session 51: the
    # parser read a whitespace token at every wrapped line (the ferry operator's "blaming …" lost
    # its cue and content; the school quote "a bus would take …" stopped at "September")
    unix = _wrapped(story, width)
    windows = unix.replace("\n", "\r\n")
    assert _soft_break_count(unix) > 5
    unix_record, windows_record = pipeline.analyze(unix), pipeline.analyze(windows)
    assert windows_record.text == windows  # the text as it came, its "\r\n" kept
    spans = _spans(windows_record)
    for kind, start, end, covered in spans:
        assert windows[start:end] == covered, kind
    moved = [(kind, *_as_unix(windows, start, end), covered.replace("\r\n", "\n")) for kind, start, end, covered in spans]
    assert moved == _spans(unix_record)
    assert speakers <= {q.speaker.name for q in windows_record.quotes if q.speaker}


def _soft_break_count(text: str) -> int:
    return sum(1 for a, b in zip(text, flow_text(text)) if a == "\n" and b == " ")


def test_an_unwrapped_windows_article_keeps_its_paragraph_breaks(pipeline):
    # near miss: one paragraph a line with "\r\n" (no wrapping): each break stays a paragraph's end,
    # so the secretary's quote does not run on into the spokesman's paragraph
    windows = "\r\n".join(_FERRY_STORY)
    parsed = parser_text(windows)
    assert parsed == "\n".join(_FERRY_STORY)
    record = pipeline.analyze(windows)
    assert record.text == windows
    for kind, start, end, covered in _spans(record):
        assert windows[start:end] == covered, kind
        assert "\r\n" not in covered or kind in ("quote", "part"), kind
    secretary = [q for q in record.quotes if q.speaker and q.speaker.name == "Eilidh Sandstrom"]
    assert secretary and all("spokesman" not in q.text and "\r\n" not in q.text for q in secretary)


def test_text_without_windows_line_ends_is_parsed_as_it_is():
    # near misses: "\n" text, and a lone "\r" (classic Mac files), which flows as a "\n" in place
    unix = _wrapped(_FERRY_STORY, 60)
    assert parser_text(unix) == flow_text(unix) and dropped_returns(unix) == []
    mac = unix.replace("\n", "\r")
    assert len(parser_text(mac)) == len(mac) and dropped_returns(mac) == []
    assert parser_text(mac) == flow_text(unix)


def test_a_long_windows_article_parsed_in_pieces_keeps_its_offsets(pipeline, monkeypatch):
    unix = _wrapped(_FERRY_STORY, 60)
    windows = unix.replace("\n", "\r\n")
    whole = _spans(pipeline.analyze(windows))
    monkeypatch.setattr(pipeline, "chunk_chars", 300)
    pieces = _spans(pipeline.analyze(windows))
    for kind, start, end, covered in pieces:
        assert windows[start:end] == covered, kind
    assert {span for span in pieces if span[0] == "quote"} == {span for span in whole if span[0] == "quote"}


@pytest.mark.parametrize("separator", ["\r\n", "\n"])
def test_a_title_with_guillemets_is_as_written_in_windows_text(pipeline, separator):
    # the title is cut from the text at the parser's offsets: in a CRLF file those are the \n copy's
    text = separator.join(["EXCLUSIVE", "«Not one more winter», says archivist", "", *_FERRY_STORY[1:]])
    assert pipeline.analyze(text).title == "«Not one more winter», says archivist"


@pytest.mark.parametrize("layout", ["windows", "indented", "unix"])
def test_the_pipeline_reads_an_articles_layout_once(pipeline, monkeypatch, layout):
    # layout62: parser_text, dropped_characters and reading_copy (the record's and the title's)
    # each flowed the text and found its unread characters again, up to four times an article;
    # the pipeline now reads it once (read_layout) and the record keeps what was read
    import newsmine.layout.flowing as flowing

    unix = _wrapped(_FERRY_STORY, 60)
    text = {"windows": unix.replace("\n", "\r\n"), "indented": unix.replace("\n\n", "\n\n    "), "unix": unix}[layout]
    reads = []
    original = flowing.unread_spans
    monkeypatch.setattr(flowing, "unread_spans", lambda *args: reads.append(1) or original(*args))
    record = pipeline.analyze(text)
    assert len(reads) == 1
    assert record.text == text and record.quotes
    for kind, start, end, covered in _spans(record):
        assert text[start:end] == covered, kind
