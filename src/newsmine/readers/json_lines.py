"""JSON (``.json``: one object or an array of objects) and JSON Lines (``.jsonl``, ``.ndjson``).

Each object is an article: ``text`` (required) and optional ``id``, ``title``, ``url``,
``published``, ``authors`` (a list or one string), ``outlet``. The text and id fields can be
renamed (``--text-field``, ``--id-field``). A line that does not parse, or an object without
a string text, becomes an article with a failure, id ``<file>:<line>``, so it is reported
and the rest of the file is still read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import orjson

from newsmine.articles import Article, ReadFailure, normalise_published

__all__ = ["JsonFields", "articles_from_json", "articles_from_json_lines"]


@dataclass(frozen=True, slots=True)
class JsonFields:
    text: str = "text"
    id: str = "id"


def _authors(value: object) -> list[str]:
    if isinstance(value, str):
        return [a.strip() for a in value.replace(" and ", ",").split(",") if a.strip()]
    if isinstance(value, list):
        return [str(a).strip() for a in value if isinstance(a, (str, int)) and str(a).strip()]
    return []


def _optional_str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def article_from_object(obj: object, fallback_id: str, fields: JsonFields, *, path: str | None, source_format: str, encoding: str | None) -> Article:
    if not isinstance(obj, dict):
        return Article(id=fallback_id, source_path=path, source_format=source_format, encoding=encoding,
                       failure=ReadFailure("MissingText", f"expected a JSON object, got {type(obj).__name__}"))
    raw_id = obj.get(fields.id)
    article_id = str(raw_id) if isinstance(raw_id, (str, int)) and str(raw_id).strip() else fallback_id
    text = obj.get(fields.text)
    common = dict(
        id=article_id,
        title=_optional_str(obj.get("title")),
        url=_optional_str(obj.get("url")),
        authors=_authors(obj.get("authors", obj.get("author"))),
        outlet=_optional_str(obj.get("outlet")),
        source_path=path,
        source_format=source_format,
        encoding=encoding,
    )
    try:
        common["published"] = normalise_published(_optional_str(obj.get("published")))
    except (ValueError, OverflowError):
        common["published"] = None
    if not isinstance(text, str):
        problem = "has no" if text is None else f"has a non-string ({type(text).__name__})"
        return Article(**common, failure=ReadFailure(
            "MissingText", f"the object {problem} {fields.text!r} field; name the text field with --text-field"))
    return Article(**common, text=text)


def articles_from_json_lines(lines: Iterator[bytes], name: str, fields: JsonFields, *, path: str | None, encoding: str | None = "utf-8") -> Iterator[Article]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        fallback_id = f"{name}:{number}"
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            yield Article(id=fallback_id, source_path=path, source_format="jsonl", encoding=encoding,
                          failure=ReadFailure("InvalidJSON", f"line {number} is not valid JSON ({exc}); fix or remove the line"))
            continue
        yield article_from_object(obj, fallback_id, fields, path=path, source_format="jsonl", encoding=encoding)


def articles_from_json(text: str, name: str, stem: str, fields: JsonFields, *, path: str | None, encoding: str | None) -> Iterator[Article]:
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        yield Article(id=stem, source_path=path, source_format="json", encoding=encoding,
                      failure=ReadFailure("InvalidJSON", f"the file is not valid JSON ({exc}); for one object a line use .jsonl"))
        return
    if isinstance(data, list):
        for number, obj in enumerate(data, start=1):
            yield article_from_object(obj, f"{name}:{number}", fields, path=path, source_format="json", encoding=encoding)
    else:
        yield article_from_object(data, stem, fields, path=path, source_format="json", encoding=encoding)
