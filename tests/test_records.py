"""The record models and their committed JSON Schema."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from newsmine.cli.schema_cmd import schema_text
from newsmine.records import SCHEMA_VERSION, ArticleRecord, Source, Span
from tests.conftest import REPO

SCHEMA_FILE = REPO / "schemas" / "article-record.schema.json"


def test_committed_schema_matches_the_models():
    committed = SCHEMA_FILE.read_text(encoding="utf-8")
    assert committed == schema_text(), (
        "the record models changed: regenerate with `newsmine schema > schemas/article-record.schema.json` "
        "and bump SCHEMA_VERSION if a field changed meaning"
    )


def test_schema_version_is_pinned_in_the_schema():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION


def test_unknown_fields_are_rejected():
    with pytest.raises(ValidationError):
        ArticleRecord(id="a", source=Source(format="text"), headline="typo for title")


def test_error_status_requires_error_info_and_vice_versa():
    with pytest.raises(ValidationError):
        ArticleRecord(id="a", status="error", source=Source(format="text"))
    with pytest.raises(ValidationError):
        ArticleRecord(id="a", status="ok", error={"type": "X", "message": "y"}, source=Source(format="text"))


def test_span_end_before_start_is_rejected():
    with pytest.raises(ValidationError):
        Span(start=5, end=3, text="")


def test_version_1_records_from_earlier_runs_still_validate_and_new_ones_are_version_2():
    from newsmine.records import SCHEMA_VERSION, ArticleRecord

    older = {
        "schema_version": "1", "id": "old", "status": "ok", "source": {"format": "text"}, "text": "He said so.",
        "entities": [{"id": "E1", "label": "PERSON", "name": "Ann Lee", "mentions": [{"start": 0, "end": 2, "text": "He"}]}],
    }
    record = ArticleRecord.model_validate(older)
    assert record.schema_version == "1" and record.entities[0].references == [] and record.entities[0].key is None
    assert SCHEMA_VERSION == "2" and ArticleRecord(id="new", source={"format": "text"}).schema_version == "2"


def test_spans_lists_every_stretch_a_record_points_at():
    text = 'Maria Reyes said "it works," she told Reuters on Monday.'
    record = ArticleRecord.model_validate(
        {
            "id": "a",
            "source": {"format": "text"},
            "text": text,
            "entities": [
                {
                    "id": "E1",
                    "label": "PERSON",
                    "name": "Maria Reyes",
                    "mentions": [{"start": 0, "end": 11, "text": "Maria Reyes"}],
                    "references": [{"start": 29, "end": 32, "text": "she", "kind": "pronoun"}],
                }
            ],
            "dates": [{"start": 46, "end": 55, "text": "on Monday", "kind": "date", "value": None}],
            "quotes": [
                {
                    "id": "Q1",
                    "type": "direct",
                    "start": 18,
                    "end": 26,
                    "text": "it works",
                    "parts": [{"start": 18, "end": 26, "text": "it works"}],
                    "cue": {"start": 12, "end": 16, "text": "said", "lemma": "say"},
                    "speaker": {"start": 0, "end": 11, "text": "Maria Reyes", "kind": "person"},
                    "addressee": {"start": 38, "end": 45, "text": "Reuters"},
                }
            ],
        }
    )
    assert [span.text for span in record.spans()] == [
        "Maria Reyes", "she", "on Monday", "it works", "it works", "said", "Maria Reyes", "Reuters",
    ]  # fmt: skip
    assert all(text[span.start : span.end] == span.text for span in record.spans())


def test_every_key_a_record_carries_is_required_by_the_schema():
    """Every record newsmine writes holds every key (null or [] when empty), and the schema
    describes what it writes; it required only "id" and "source" (and few nested keys), so a
    table built from it made "status" or "entities" optional (newuser46)."""
    schema = json.loads(schema_text())
    objects = {"ArticleRecord": schema, **{name: d for name, d in schema["$defs"].items() if "properties" in d}}
    for name, definition in objects.items():
        assert set(definition.get("required", [])) == set(definition["properties"]), name
    written = json.loads(ArticleRecord(id="a", source=Source(format="text")).model_dump_json())
    assert list(written) == schema["required"]
    assert list(written["source"]) == schema["$defs"]["Source"]["required"]


def test_a_record_validated_whole_refuses_a_nested_part_that_breaks_the_schema_and_names_it():
    # The record stage validates the whole record once from plain fields (extract.record_from_doc,
    # session 58 speed58b): a part at fault is still refused, with its path in the error.
    record = {
        "id": "harbour",
        "source": {"format": "text"},
        "text": "Ana Ruiz said the port would open.",
        "entities": [{"id": "E1", "label": "PERSON", "name": "Ana Ruiz", "mentions": [{"start": 8, "end": 3, "text": ""}]}],
    }
    with pytest.raises(ValidationError, match=r"entities\.0\.mentions\.0[\s\S]*span end 3 is before its start 8"):
        ArticleRecord.model_validate(record)
    record["entities"][0]["mentions"][0] = {"start": 0, "end": 8, "text": "Ana Ruiz"}
    record["quotes"] = [{"id": "Q1", "type": "indirect", "start": 14, "end": 33, "text": "the port would open",
                         "cue": {"start": 9, "end": 13, "text": "said", "lemma": "say", "tense": "past"}}]
    with pytest.raises(ValidationError, match=r"quotes\.0\.cue\.tense[\s\S]*Extra inputs are not permitted"):
        ArticleRecord.model_validate(record)
    del record["quotes"][0]["cue"]["tense"]
    record["quotes"][0]["speaker"] = {"start": 0, "end": 8, "text": "Ana Ruiz", "kind": "senator"}
    with pytest.raises(ValidationError, match=r"quotes\.0\.speaker\.kind"):
        ArticleRecord.model_validate(record)
    record["quotes"][0]["speaker"]["kind"] = "person"
    assert ArticleRecord.model_validate(record).quotes[0].speaker.kind.value == "person"
