"""The tables' rows as dicts, for records made in Python (``newsmine.writers.tables.table_rows``).

A newsroom pipeline calling newsmine from Python held nested records, while the command line's
``--format csv`` gave it the flat ``quotes.csv`` it wanted; the flattening lived in the writers
alone (``record_rows``, bare tuples). ``table_rows`` gives the same rows by column name."""

from __future__ import annotations

import csv

from newsmine.writers import open_writer
from newsmine.writers.tables import TABLES, table_rows
from tests.corpus import EXPECTED_ROWS, sample_records


def _csv_rows(directory, table: str) -> list[dict[str, str]]:
    with open(directory / f"{table}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_table_rows_are_the_csv_tables_rows_by_column_name(tmp_path):
    records = sample_records()
    writer = open_writer(str(tmp_path / "csv"), format="csv", mode="new")
    for record in records:
        writer.write(record)
    writer.close()
    rows = table_rows(records)
    assert {table: len(table_rows) for table, table_rows in rows.items()} == EXPECTED_ROWS
    for table, columns in TABLES.items():
        written = _csv_rows(tmp_path / "csv", table)
        assert [list(row) for row in rows[table]] == [[column.name for column in columns]] * len(written)
        as_csv = [{name: "" if value is None else str(value) for name, value in row.items()} for row in rows[table]]
        assert as_csv == written, table


def test_a_quote_row_says_who_said_which_words_with_what_confidence():
    rows = table_rows(sample_records())
    quote = rows["quotes"][0]
    record = sample_records()[0]
    first = record.quotes[0]
    assert (quote["article_id"], quote["quote_id"]) == (record.id, first.id)
    assert quote["speaker_name"] == (first.speaker.name if first.speaker else None)
    assert quote["confidence"] == first.confidence


def test_no_records_give_every_table_empty():
    # the near miss: nothing to flatten is still every table, so a DataFrame of any of them works
    assert table_rows([]) == {table: [] for table in TABLES}


def test_a_quotes_words_read_a_soft_line_break_as_a_space():
    import newsmine

    text = ("Ferry crews stay out\n\n"
            "The ferry operator said on Monday that the new timetable was needed to keep fares down and\n"
            "that it remained ready to talk to the crews about their shifts before the summer season began.\n"
            "Union officials said the crews would meet again on Thursday to decide whether to extend the\n"
            "walkout into a second week, as commuters crowded the remaining buses into the city centre.\n")
    words = [quote["words"] for quote in table_rows([newsmine.analyze(text)])["quotes"]]
    assert words and all("\n" not in quote_words for quote_words in words)


def _quote(text: str, parts: list[str] | None = None):
    """A quote record whose text (and parts) are the given strings, at made-up offsets."""
    from newsmine.records import Quote

    spans, start = [], 0
    for part in parts or [text]:
        spans.append({"start": start, "end": start + len(part), "text": part})
        start += len(part) + 10
    return Quote.model_validate({"id": "Q1", "type": "direct", "start": 0, "end": len(text), "text": text,
                                 "parts": spans, "confidence": 0.9})


def test_a_quotes_words_read_a_paragraph_break_and_a_windows_line_break_as_one_space():
    from newsmine.writers.tables import _quote_words

    quote = _quote("We will not sign \r\n this deal.\n\n  Nobody asked the towns.",
                   ["We will not sign \r\n this deal.", "Nobody asked\nthe towns."])
    assert _quote_words(quote) == "We will not sign this deal. … Nobody asked the towns."


def test_a_quotes_words_without_a_line_break_are_its_text_as_written():
    # the near miss: a quote on one line keeps its spacing (two spaces, a tab) exactly as written
    from newsmine.writers.tables import _quote_words

    text = "The bridge  will\treopen in May."
    assert _quote_words(_quote(text)) == text
