"""CSV input (``.csv``): a spreadsheet export, one article a row.

Researchers keep articles in spreadsheets (Excel, Google Sheets, a media database's export):
a header row, then one article a row, its text in a column such as ``body``. Such a file
was refused ("unknown file type ... convert it") and the whole run with it, and converting
a spreadsheet to JSON Lines is a programmer's job. Each row is read as a JSON Lines object
is (:func:`newsmine.readers.json_lines.article_from_object`): the columns are the fields, so
``--text-field body``, ``--id-field``, and ``--field published=date`` name them the same way.

The delimiter is the header's (a comma, or the semicolon that Excel writes where the comma is
the decimal mark, or a tab); quoted cells may hold line breaks and delimiters. An empty cell
is a missing value (no title, no date), except the text's, which stays an empty article. A
file whose header has no text column is one ``MissingText`` record (``<file>:0``) naming its
columns, not one error per row. Ids: the id column, else ``<file>:<n>``, the n-th data row.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator

from newsmine.articles import Article, ReadFailure
from newsmine.readers.json_lines import TEXT_FIELD_OPTION, JsonFields, article_from_object, fields_held

__all__ = ["articles_from_csv", "is_newsmine_csv"]

_DELIMITERS = (",", ";", "\t")
# Headers of the CSV tables newsmine writes (--format csv): read back as articles, an earlier
# run's articles.csv would have every article analysed again.
_NEWSMINE_HEADERS = ("article_id,", "entity_key,label,name,")


def _delimiter(header: str) -> str:
    """The delimiter of a header line: the one of ``,`` ``;`` tab it holds most, outside quotes."""
    outside = "".join(part for i, part in enumerate(header.split('"')) if i % 2 == 0)
    counts = {d: outside.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def articles_from_csv(text: str, name: str, fields: JsonFields, *, path: str | None,
                      encoding: str | None, date_order: str | None = None) -> Iterator[Article]:
    """One article per data row of the CSV ``text`` (decoded); see the module's docstring."""
    text = text.removeprefix("\ufeff")
    header_line = text.split("\n", 1)[0]
    csv.field_size_limit(sys.maxsize)  # an article's text is one cell; --max-chars limits it later
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(header_line))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield _failure(name, path, encoding, "ReadError", f"the CSV header cannot be read ({exc})")
        return
    if header is None:
        return  # an empty file: no article
    columns: list[str] = [column.strip() for column in header]
    if fields.text not in columns:
        held = fields_held(dict.fromkeys(c for c in columns if c))
        yield _failure(name, path, encoding, "MissingText",
                       f"the CSV has no {fields.text!r} column{held.replace('fields', 'columns')}; "
                       f"name the column holding the article text with {TEXT_FIELD_OPTION}")
        return
    number = 0
    while True:
        try:
            row = next(reader, None)
        except csv.Error as exc:
            yield _failure(name, path, encoding, "ReadError",
                           f"the CSV cannot be read after its {number:,} rows ({exc}); the rows before are kept",
                           number + 1)
            return
        if row is None:
            return
        if not any(cell.strip() for cell in row):
            continue  # a blank row of the spreadsheet: not an article
        number += 1
        obj: dict[str, str | None] = {}
        for column, cell in zip(columns, row):
            if column and column not in obj:  # the first of two columns of one name
                obj[column] = cell if column == fields.text or cell.strip() else None
        if fields.text in obj and obj[fields.text] is None:
            obj[fields.text] = ""
        article = article_from_object(obj, f"{name}:{number}", fields, path=path, source_format="csv", encoding=encoding,
                                      date_order=date_order)
        if len(row) > len(columns) and any(cell.strip() for cell in row[len(columns):]):
            article.warnings.append(f"row {number} has {len(row)} cells for {len(columns)} columns; the cells "
                                    "past the last column were left out")
        yield article


def _failure(name: str, path: str | None, encoding: str | None, kind: str, message: str, number: int = 0) -> Article:
    return Article(id=f"{name}:{number}", source_path=path, source_format="csv", encoding=encoding,
                   failure=ReadFailure(kind, message))


def is_newsmine_csv(path: str) -> bool:
    """Whether the ``.csv`` file at ``path`` is a table newsmine wrote (``--format csv``): its
    header is one of newsmine's. Such a file inside an input directory is left out."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(256).removeprefix(b"\xef\xbb\xbf")
    except OSError:
        return False  # reading it gives the error record that says why
    return head.startswith(tuple(h.encode() for h in _NEWSMINE_HEADERS))
