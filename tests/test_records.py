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
