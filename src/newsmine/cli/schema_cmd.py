"""``newsmine schema``: print the JSON Schema of the article record."""

from __future__ import annotations

import json

import typer

from newsmine.records import record_json_schema

__all__ = ["schema_cli", "schema_text"]


def schema_text() -> str:
    """The schema as committed under ``schemas/`` (2-space indent, trailing newline)."""
    return json.dumps(record_json_schema(), indent=2, ensure_ascii=False) + "\n"


def schema_cli() -> None:
    """Print the JSON Schema every output record validates against (schema_version 2)."""
    typer.echo(schema_text(), nl=False)
