"""CSV input: a spreadsheet export read one article a row (newsmine.readers.csv_table).

The articles and people below are invented."""

from __future__ import annotations

import pytest

from newsmine.errors import UnsupportedFormat
from newsmine.readers import ReadOptions, SkippedFile, list_inputs, read_articles
from newsmine.readers.json_lines import JsonFields

BODY_ONE = 'The ferry to Marlow Island will run twice a day from June. "We listened to the islanders," said Ines Carvalho.'
BODY_TWO = "The market hall reopens after repairs.\r\n\r\nStallholders welcomed the news; rents stay the same."


def _cell(text: str) -> str:
    """``text`` as a quoted CSV cell (its quotation marks doubled), as spreadsheets write it."""
    return '"' + text.replace('"', '""') + '"'


def _read(path, **fields):
    return list(read_articles([path], ReadOptions(fields=JsonFields(**fields))))


def test_a_spreadsheet_export_is_read_one_article_a_row_with_its_columns_named(tmp_path):
    """Excel's export where the comma is the decimal mark: semicolons, a byte-order mark, CRLF, a
    quoted cell holding line breaks and a semicolon, a blank row; the columns named as JSON fields are."""
    rows = ["headline;body;day;paper;writer", f'Ferry timetable doubles;{_cell(BODY_ONE)};2025-06-02;Island Courier;Rui Lopes',
            ";;;;", f'Market hall reopens;{_cell(BODY_TWO)};;Harbour Post;']
    (tmp_path / "my export.csv").write_bytes(("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-8"))
    one, two = _read(tmp_path / "my export.csv", text="body", title="headline", published="day", outlet="paper",
                     authors="writer")
    assert (one.id, one.title, one.published, one.outlet, one.authors) == (
        "my export.csv:1", "Ferry timetable doubles", "2025-06-02", "Island Courier", ["Rui Lopes"])
    assert one.text == BODY_ONE and one.source_format == "csv" and one.failure is None
    assert (two.id, two.text, two.published, two.authors) == ("my export.csv:2", BODY_TWO, None, [])


def test_a_windows_1252_export_with_commas_is_decoded(tmp_path):
    text = "Mayor Zoé Lambert opened the new café – the town’s first in ten years."
    (tmp_path / "export.csv").write_bytes(f'id,text\r\nzl-1,"{text}"\r\n'.encode("cp1252"))
    (article,) = _read(tmp_path / "export.csv")
    assert (article.id, article.text, article.encoding) == ("zl-1", text, "cp1252")


def test_an_export_without_the_text_column_is_one_error_naming_its_columns(tmp_path):
    (tmp_path / "export.csv").write_text(f'title,body\nFerry,{_cell(BODY_ONE)}\nMarket,{_cell(BODY_TWO)}\n', encoding="utf-8")
    (article,) = _read(tmp_path / "export.csv")
    assert article.id == "export.csv:0" and article.failure.type == "MissingText"
    assert "its columns: 'title', 'body'" in article.failure.message and "--text-field" in article.failure.message


def test_an_empty_text_cell_is_an_empty_article_not_a_missing_column(tmp_path):
    (tmp_path / "export.csv").write_text('title,text\nNo body yet,\n', encoding="utf-8")
    (article,) = _read(tmp_path / "export.csv")
    assert (article.text, article.title, article.failure) == ("", "No body yet", None)


def test_newsmines_own_csv_tables_in_an_input_folder_are_left_out_but_a_users_export_is_read(tmp_path):
    """An earlier `--format csv` run's tables (articles.csv holds a text column) would be
    analysed again; the near miss, a user's export whose first column is not newsmine's, is read."""
    out = tmp_path / "records_csv"
    out.mkdir()
    (out / "articles.csv").write_text("article_id,status,error_type,text\r\nferry,ok,,Some text.\r\n", encoding="utf-8")
    (out / "corpus_entities.csv").write_text("entity_key,label,name,articles,mentions,quotes\r\n", encoding="utf-8")
    (tmp_path / "export.csv").write_text(f'article,text\nferry,{_cell(BODY_ONE)}\n', encoding="utf-8")
    skipped: list[SkippedFile] = []
    files = list(list_inputs([tmp_path], skipped=skipped))
    assert [f.path for f in files] == [str(tmp_path / "export.csv")]
    assert sorted(s.reason for s in skipped) == ["newsmine records", "newsmine records"]


def test_a_spreadsheet_named_as_input_is_refused_with_how_to_save_it_as_csv(tmp_path):
    """'unknown file type ... (rename the file or convert it)' for an .xlsx: convert to what?"""
    (tmp_path / "articles.xlsx").write_bytes(b"PK\x03\x04")
    with pytest.raises(UnsupportedFormat, match=r"it is a spreadsheet: save it as CSV .*name the \.csv file\)"):
        list(list_inputs([tmp_path / "articles.xlsx"]))
    (tmp_path / "notes.xyz").write_text("x", encoding="utf-8")  # the near miss: no advice to give
    with pytest.raises(UnsupportedFormat, match=r"\(rename the file or convert it\)"):
        list(list_inputs([tmp_path / "notes.xyz"]))


def test_a_zip_file_named_as_input_is_refused_with_how_to_unpack_it(tmp_path):
    """"rename the file or convert it" for a zip of articles: renaming cannot help, unzipping does."""
    (tmp_path / "week 12.ZIP").write_bytes(b"PK\x03\x04")
    with pytest.raises(UnsupportedFormat, match=r"it is a zip archive: unzip it .*name the folder it makes\)"):
        list(list_inputs([tmp_path / "week 12.ZIP"]))
    (tmp_path / "Brief.msg").write_bytes(b"\xd0\xcf\x11\xe0")  # Outlook's own format: saved as text, or as .eml
    with pytest.raises(UnsupportedFormat, match=r"it is an Outlook message: save it as text .*\.eml, which newsmine reads\)"):
        list(list_inputs([tmp_path / "Brief.msg"]))
    (tmp_path / "zipcodes.txt.bak").write_text("x", encoding="utf-8")  # the near miss: not an archive
    with pytest.raises(UnsupportedFormat, match=r"\(rename the file or convert it\)"):
        list(list_inputs([tmp_path / "zipcodes.txt.bak"]))
