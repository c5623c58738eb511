"""Session 65 (speed65): exact shortcuts in the record's serialisation, each against the reading
it replaces (invented text only)."""

from __future__ import annotations

import warnings

import pytest

from newsmine.articles import Article
from newsmine.extract import error_record, skipped_record
from newsmine.records import ArticleRecord
from newsmine.writers.jsonl import record_line
from tests.corpus import sample_records

# --- a record's JSON line: pydantic-core's bytes, not model_dump_json()'s str encoded again ----


def _line_as_before(record: ArticleRecord) -> bytes:
    """record_line as it read before session 65."""
    return record.model_dump_json().encode("utf-8") + b"\n"


def _outcome(write, record: ArticleRecord) -> bytes | type[BaseException]:
    try:
        return write(record)
    except Exception as exc:  # noqa: BLE001 (the failure's kind is what is compared)
        return type(exc)


_TEXTS = [
    "",
    " ",
    "\t\n \r\n",
    "The mayor said: “We will rebuild the harbour.”",
    "Café owners in Zürich and São Paulo — naïve or not — agreed.",
    "Der Bürgermeister sagte: „Wir bauen.“ « Nous aussi », a-t-il ajouté.",
    "市长说：“我们将重建港口。” 東京 Tokyo",
    "قال رئيس البلدية إن الميناء سيعاد بناؤه",
    "Председатель заявил, что порт будет восстановлен.",
    "👍🏽 emoji 🇫🇷 and a ZWJ family 👨‍👩‍👧",
    "control \x00 \x1f \x7f and separators \u2028 \u2029 \u00a0 \ufeff",
    'a backslash \\ a quote " a slash / and </script>',
    "a lone surrogate \ud800 here",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_a_record_line_is_the_bytes_model_dump_json_encoded(text):
    record = ArticleRecord.model_validate(
        {
            "id": text or "empty",
            "source": {"format": "text", "path": text},
            "title": text,
            "text": text,
            "authors": [text],
        }
    )
    assert _outcome(record_line, record) == _outcome(_line_as_before, record)


def test_a_lone_surrogate_fails_to_serialise_as_it_did():
    # near miss of the shortcut: a text that is no UTF-8 must fail, not be written as bytes
    record = ArticleRecord.model_validate({"id": "a", "source": {"format": "text"}, "text": "x\ud800y"})
    with pytest.raises(Exception) as new:
        record_line(record)
    with pytest.raises(Exception) as old:
        _line_as_before(record)
    assert type(new.value) is type(old.value)


def test_full_records_serialise_as_before():
    for record in sample_records():
        line = record_line(record)
        assert line == _line_as_before(record)
        assert line.endswith(b"}\n") and line.count(b"\n") == 1


def _unanalysed_and_unvalidated_records() -> list[ArticleRecord]:
    article = Article(id="é-1", text="Zürich “quoted” \u2028 end", title="Titre", authors=["Ana Ruiz"])
    assigned = ArticleRecord.model_validate({"id": "a", "source": {"format": "text"}, "text": "abc"})
    assigned.text = 12  # set without validation: the serialiser warns and writes it as it is
    return [
        error_record(article, "ParseError", "no parse"),
        skipped_record(article, "OtherLanguage", "not English"),
        ArticleRecord.model_construct(id="constructed"),  # every field its default, none validated
        assigned,
    ]


@pytest.mark.parametrize("record", _unanalysed_and_unvalidated_records())
def test_error_skipped_and_unvalidated_records_serialise_as_before(record):
    # review65c: the records no analysis made, and fields no validation checked, with the
    # serialiser's warnings compared as well as the bytes
    with warnings.catch_warnings(record=True) as new_warnings:
        warnings.simplefilter("always")
        new = record_line(record)
    with warnings.catch_warnings(record=True) as old_warnings:
        warnings.simplefilter("always")
        old = _line_as_before(record)
    assert new == old
    assert [str(w.message) for w in new_warnings] == [str(w.message) for w in old_warnings]
