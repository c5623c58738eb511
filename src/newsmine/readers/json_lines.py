"""JSON (``.json``: one object or an array of objects) and JSON Lines (``.jsonl``, ``.ndjson``).

Each object is an article: ``text`` (required) and optional ``id``, ``title``, ``url``,
``published``, ``authors`` (a list or one string), ``outlet``. The text and id fields can be
renamed (``--text-field``, ``--id-field``). A line that does not parse, or an object without
a string text, becomes an article with a failure, id ``<file>:<line>``, so it is reported
and the rest of the file is still read. Ids are only ever written into records, never used
to name a file.

JSON Lines files are streamed a line at a time. Their encoding comes from the first bytes
(UTF-8 with or without a byte-order mark, UTF-16 and UTF-32 with one); a binary file is one
``DecodeError`` record (id ``<file>:0``) rather than a record per "line" of junk. A line that
is not UTF-8 in a UTF-8 file is decoded on its own (the record notes the encoding used).
A line longer than any article within ``--max-chars`` could need is skipped unread and
becomes an ``InputTooLarge`` record. Blank lines (JSON whitespace only) are not articles and are skipped.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import shlex
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

import orjson

from newsmine.articles import Article, ReadFailure, parse_published
from newsmine.errors import DecodeError
from newsmine.readers.decoding import check_text, decode_bytes
from newsmine.readers.formats import split_suffix

__all__ = [
    "METADATA_FIELDS",
    "JsonFields",
    "articles_from_json",
    "articles_from_json_array_stream",
    "articles_from_json_lines",
    "author_names",
    "line_byte_limit",
    "read_lines",
]

_SNIFF_BYTES = 1 << 16
_SKIP_PIECE = 1 << 20
# A "published" value longer than this is not a date; dateparser is slow on long junk.
_MAX_DATE_CHARS = 100
_JSON_WHITESPACE = b" \t\r\n"  # what JSON itself counts as whitespace
_JSON_TYPES = {list: "array", str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"}


@dataclass(frozen=True, slots=True)
class JsonFields:
    """Which field of an object holds what (``--text-field``, ``--id-field``, ``--field``). A
    name with dots reaches into nested objects (``source.name``) when no field has the whole name."""

    text: str = "text"
    id: str = "id"
    title: str = "title"
    url: str = "url"
    published: str = "published"
    authors: str = "authors"  # at its default, "author" is read too when there is no "authors"
    outlet: str = "outlet"


# What --field renames: the metadata fields of the record.
METADATA_FIELDS = ("title", "url", "published", "authors", "outlet")


def _get(obj: dict, name: str, warnings: list[str] | None = None) -> object:
    """``obj[name]``, else the nested value a dotted name leads to (``source.name``), else None.
    A dotted name that runs into a value that is not an object (``"source": "CNN"``) is said in
    ``warnings`` when given: the feed has the field, only not in the shape asked for."""
    if name in obj or "." not in name:
        return obj.get(name)
    value: object = obj
    walked: list[str] = []
    for part in name.split("."):
        if not isinstance(value, dict):
            if value is not None and warnings is not None:
                warnings.append(f"{name!r}: {'.'.join(walked)!r} is a JSON {_json_type(value)}, not an object; "
                                "set to null")
            return None
        walked.append(part)
        value = value.get(part)
    return value


def _json_type(value: object) -> str:
    return _JSON_TYPES.get(type(value), "object" if isinstance(value, dict) else type(value).__name__)


def author_names(value: object, key: str, warnings: list[str]) -> list[str]:
    """Names from a string ("Ana Ruiz and Tom Reed"), or a list of names or of objects with a
    ``name`` (JSON Feed's and JSON-LD's ``{"name": ...}``); what is dropped adds to ``warnings``."""
    if value is None:
        return []
    if isinstance(value, str):
        return [a.strip() for a in value.replace(" and ", ",").split(",") if a.strip()]
    if not isinstance(value, list):
        value = [value]  # one author given as an object
    names, dropped = [], []
    for item in value:
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            item = item["name"]
        if isinstance(item, (str, int)) and not isinstance(item, bool):
            if str(item).strip():
                names.append(str(item).strip())
        elif item is not None:
            dropped.append(_json_type(item))
    if len(dropped) == 1:
        warnings.append(f"{key!r} holds a JSON {dropped[0]}, not a name (a string, or an object with a \"name\"); left out")
    elif dropped:
        warnings.append(f"{key!r} holds {len(dropped)} values that are not names (JSON {', '.join(sorted(set(dropped)))}); "
                        "left out")
    return names


def _optional_str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _metadata_str(obj: dict, key: str, warnings: list[str]) -> str | None:
    """A string field of the object; a value of another JSON type is not guessed into one (a
    title that is a list, a URL that is a number) but said in ``warnings``: dropped silently,
    it looked as if the feed had none."""
    value = _get(obj, key, warnings)
    if value is not None and not isinstance(value, str):
        warnings.append(f"{key!r} is a JSON {_json_type(value)}, not a string; set to null")
    return _optional_str(value)


def _article_id(raw_id: object, fallback_id: str) -> str:
    # bool is an int in Python, but "True" is no article id.
    if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) and str(raw_id).strip():
        return str(raw_id)
    return fallback_id


def _published(value: object, warnings: list[str], key: str = "published", date_order: str | None = None) -> str | None:
    """The object's publication date (numeric ones read in ``date_order``, see
    :func:`~newsmine.articles.parse_published`); a value that is given but unusable adds to ``warnings``."""
    if value is not None and not isinstance(value, str):
        # 20250314 or a Unix time: which one, and in which zone, is not for newsmine to guess.
        warnings.append(f"{key!r} is a JSON {_json_type(value)}, not a date string (e.g. 2025-03-14); set to null")
        return None
    text = _optional_str(value)
    if text is None:
        return None
    if len(text) > _MAX_DATE_CHARS:
        warnings.append(f"{key!r} is {len(text):,} characters long, not a date; set to null")
        return None
    try:
        published, problem = parse_published(text, date_order, key)
    except Exception:  # dateparser fails in many ways on junk; an unknown date is not an error
        published, problem = None, f"{key!r} {text!r} is not a date newsmine can read; set to null"
    if problem:
        warnings.append(problem)
    return published


# How a reader names its text field, on the command line and in Python: the same message reaches
# both (read_articles, Pipeline.process), and "--text-field" alone left a Python caller to find
# the option's counterpart (newuser54).
TEXT_FIELD_OPTION = "--text-field (JsonFields(text=...) in Python)"


def _paragraphs(value: object) -> bool:
    """A text field given as a list of strings: some exports keep an article's paragraphs apart.
    They are not joined here (with what between them? a caption or a pull quote may be among
    them): the message says how to join them. Named as any other non-string before, the list was
    answered "name the text field with --text-field", the field the user had named."""
    return isinstance(value, list) and bool(value) and all(isinstance(item, str) for item in value)


# .body, .article.text: written as they are. ASCII only: jq 1.6 refuses `.título` (a syntax error).
_JQ_PATH = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*", re.ASCII)


def _join_them(field: str, path: str | None, source_format: str, *, nested: bool) -> str:
    """How to join a list of paragraphs into one text: jq's command for a JSON Lines file whose
    field jq can name as it is (``.body``, ``.article.text``); jq reads no gzip. ``nested``: a
    dotted name led through objects (:func:`_get`), not to a key holding the dot, which
    ``.article.text`` would not name."""
    if (source_format != "jsonl" or path is None or path.lower().endswith(".gz") or not _JQ_PATH.fullmatch(field)
            or ("." in field and not nested)):
        return "join its strings into one, a blank line between paragraphs"
    stem, _ = split_suffix(os.path.basename(path))
    joined = os.path.join(os.path.dirname(path), f"{stem}-joined.jsonl")
    return (f"join them, a blank line between paragraphs: jq -c '.{field} |= join(\"\\n\\n\")' "
            f"{shlex.quote(path)} > {shlex.quote(joined)}")


def name_the_text_field(asked: str) -> str:
    """What to do about an object without the text field: name it, when the default was looked
    for; when the user named one, this item may well have no text at all (a feed's photo gallery),
    and "name the text field with --text-field" told them to do what they had done."""
    if asked == JsonFields().text:
        return f"name the text field with {TEXT_FIELD_OPTION}"
    return (f"an item without text (a photo gallery, a video) has nothing to analyse; if its text is under "
            f"another field than {asked!r}, name that with {TEXT_FIELD_OPTION}")


def fields_held(obj: dict, most: int = 8) -> str:
    """' (its fields: uid, body, headline)': which --text-field to give, without opening the feed."""
    if not obj:
        return " (the object is empty)"
    names = [repr(name if len(name) <= 40 else name[:39] + "…") for name in list(obj)[:most]]
    more = f", and {len(obj) - most:,} more" if len(obj) > most else ""
    return f" (its fields: {', '.join(names)}{more})"


_JQ_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _wrapped_articles(obj: dict, path: str | None, fields: JsonFields, authors_key: str) -> str:
    """A hint for an API response that wraps its articles (``{"status": "ok", "articles": [...]}``):
    the array to give, one object a line."""
    name = _array_of_articles(obj, fields.text, authors_key)
    if name is None:
        return ""
    source = shlex.quote(path) if path and path != "-" else "FILE"
    # Never the input's own name: `jq ... feed.jsonl > feed.jsonl` would empty the feed first.
    target = shlex.quote(split_suffix(os.path.basename(path))[0] + "-articles.jsonl") if path and path != "-" else "articles.jsonl"
    # jq's .name takes ASCII identifiers only (.artículos is a syntax error), and jq reads no gzip.
    program = shlex.quote(f".{name}[]" if _JQ_IDENTIFIER.fullmatch(name) else f".[{json.dumps(name, ensure_ascii=False)}][]")
    command = (f"gzip -dc {source} | jq -c {program}" if source.lower().endswith(".gz")
               else f"jq -c {program} {source}")
    count = len(obj[name])
    held = f"the object in its {name!r} field is the article" if count == 1 else (
        f"the {count:,} objects of its {name!r} field are the articles")
    give = "write it on a line of its own" if count == 1 else "give them one a line"  # "the article ..., give them"
    return f"; or, if {held}, {give}: {command} > {target}"


def _array_of_articles(obj: dict, text_field: str, authors_key: str) -> str | None:
    """The field of ``obj`` that may hold its articles: an array of objects, the first of which
    holds the text field, else one of objects that are not named things. An article of a news
    API has arrays of objects of its own (``"authors": [{"name": …, "type": "author"}]``,
    ``"categories": [{"uri": …, "label": …}]``): an article without its text was told its
    authors might be the articles (newuser61)."""
    arrays = [key for key, value in obj.items()
              if key != authors_key and isinstance(value, list) and value and isinstance(value[0], dict)]
    holding = next((key for key in arrays if text_field in obj[key][0]), None)
    if holding is not None:
        return holding
    return next((key for key in arrays if not _NAMED_THING_KEYS.intersection(obj[key][0])), None)


# An object holding one of these is a person, a place, a category or a tag, not an article.
_NAMED_THING_KEYS = frozenset({"name", "label"})


def article_from_object(obj: object, fallback_id: str, fields: JsonFields, *, path: str | None, source_format: str,
                        encoding: str | None, date_order: str | None = None) -> Article:
    if not isinstance(obj, dict):
        return Article(id=fallback_id, source_path=path, source_format=source_format, encoding=encoding,
                       failure=ReadFailure("MissingText", f"expected a JSON object with a {fields.text!r} field, got a "
                                           f"JSON {_json_type(obj)}"))
    text = _get(obj, fields.text)
    warnings: list[str] = []
    authors_key = "author" if fields.authors == "authors" and "authors" not in obj else fields.authors
    common = dict(
        id=_article_id(_get(obj, fields.id), fallback_id),
        title=_metadata_str(obj, fields.title, warnings),
        url=_metadata_str(obj, fields.url, warnings),
        authors=author_names(_get(obj, authors_key, warnings), authors_key, warnings),
        outlet=_metadata_str(obj, fields.outlet, warnings),
        published=_published(_get(obj, fields.published, warnings), warnings, fields.published, date_order),
        source_path=path,
        source_format=source_format,
        encoding=encoding,
        warnings=warnings,
    )
    if not isinstance(text, str):
        if text is None and fields.text in obj:  # a news API's article whose text it withholds
            return Article(**common, failure=ReadFailure(
                "MissingText", f"the object's {fields.text!r} field is null: the feed gave no text for this article"
                f"{fields_held(obj)}; if another field holds its text, name it with {TEXT_FIELD_OPTION}"))
        if _paragraphs(text):
            return Article(**common, failure=ReadFailure(
                "MissingText", f"the object's {fields.text!r} field is a list of {len(text):,} "
                f"{'string' if len(text) == 1 else 'strings'} (its paragraphs?), not one text; "
                f"{_join_them(fields.text, path, source_format, nested=fields.text not in obj)}"))
        problem = "has no" if text is None else f"has a non-string ({_json_type(text)})"
        return Article(**common, failure=ReadFailure(
            "MissingText", f"the object {problem} {fields.text!r} field{fields_held(obj)}; {name_the_text_field(fields.text)}"
            + _wrapped_articles(obj, path, fields, authors_key)))
    if source_format != "csv" and not text.strip():  # a news API's article whose text it left empty ("body": "")
        return Article(**common, failure=ReadFailure(
            "EmptyArticle", f"the object's {fields.text!r} field is empty or only white space: the feed gave no text "
            "for this article"))
    try:
        check_text(text, encoding or "utf-8")
    except DecodeError as exc:
        return Article(**common, failure=ReadFailure(exc.type_name, f"the {fields.text!r} field: {exc}"))
    if (cut := _CUT_SHORT.search(text[-_CUT_MARK_CHARS:])) is not None:
        warnings.append(f"{fields.text!r} ends with {cut.group(1)!r}: the feed cut the article short, and the "
                        f"{cut.group(2)} characters after the cut are not in this record, nor the quotes they hold; "
                        "read the article at its url")
    return Article(**common, text=text)


# News APIs (NewsAPI and those made after it) give only the first ~200 characters of an article's
# text and end them with how many were cut: "... rewriting history". … [+2140 chars]". Read as the
# article, such a text made a record with status ok and no word that it held a tenth of it: a
# fact-checker read "X is not quoted saying Y" off it.
_CUT_SHORT = re.compile(r"(\[\+\s?(\d[\d,.]*)\s?(?:chars|characters)\])\s*$")
_CUT_MARK_CHARS = 40


def _too_long(number: int, fallback_id: str, path: str | None, encoding: str | None, max_line_bytes: int) -> Article:
    return Article(id=fallback_id, source_path=path, source_format="jsonl", encoding=encoding, failure=ReadFailure(
        "InputTooLarge", f"line {number} is over {max_line_bytes:,} bytes, more than any article within --max-chars "
        "can take; it was skipped unread (raise --max-chars to read it)"))


def articles_from_json_lines(lines: Iterable[bytes | None], name: str, fields: JsonFields, *, path: str | None,
                             encoding: str | None = "utf-8", max_line_bytes: int | None = None,
                             date_order: str | None = None) -> Iterator[Article]:
    """One article per non-blank line. ``lines`` are UTF-8 bytes, or None for a line that was
    too long to read (over ``max_line_bytes``)."""
    for number, line in enumerate(lines, start=1):
        fallback_id = f"{name}:{number}"
        if line is None:
            yield _too_long(number, fallback_id, path, encoding, max_line_bytes or 0)
            continue
        if not line.strip(_JSON_WHITESPACE):
            continue  # blank: not an article
        line_encoding = encoding
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            problem = _invalid_line(number, exc, line)
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                # Not UTF-8: a line pasted from another encoding. Decode it on its own.
                try:
                    text, line_encoding = decode_bytes(line)
                    obj = orjson.loads(text)
                except DecodeError as decode_error:
                    yield Article(id=fallback_id, source_path=path, source_format="jsonl", encoding=encoding,
                                  failure=ReadFailure("DecodeError", f"line {number}: {decode_error}"))
                    continue
                except orjson.JSONDecodeError as json_error:
                    problem = _invalid_line(number, json_error, text.encode("utf-8"))
                else:
                    problem = None
            if problem is not None:
                yield Article(id=fallback_id, source_path=path, source_format="jsonl", encoding=line_encoding,
                              failure=ReadFailure("InvalidJSON", problem))
                continue
        article = article_from_object(obj, fallback_id, fields, path=path, source_format="jsonl",
                                      encoding=line_encoding, date_order=date_order)
        if article.id != fallback_id:
            _name_the_line(article, number)
        yield article


def _name_the_line(article: Article, number: int) -> None:
    """Say which line an article of its own id came from, in its failure and its warnings.

    An object without an id is named ``feed.jsonl:N`` already; one with its own (a news API's
    ``uri``) was not, so a missing text or a date read as null named no line, and the user of a
    50,000-line export had to search for the id to see the line (newuser61)."""
    if article.failure is not None and not article.failure.message.startswith("line "):
        article.failure.message = f"line {number}: {article.failure.message}"
    article.warnings[:] = [f"line {number}: {warning}" for warning in article.warnings]


def _invalid_line(number: int, exc: orjson.JSONDecodeError, line: bytes) -> str:
    """The message of a line that does not parse. A line cut short inside a string, or
    holding a raw line break there (a writer that did not escape it as \\n, so the rest of
    the article went to the next lines), read "unexpected control character in string",
    which named no cause a user could act on: an error at the line's very end says so."""
    # orjson says where as "line 1 column 44 (char 43)": of the one line parsed, which read as a
    # contradiction beside "line 5" (newuser61); the column is what locates the fault.
    where = f"{exc.msg} at column {exc.colno:,}" if exc.lineno == 1 else str(exc)
    problem = f"line {number} is not valid JSON ({where})"
    if exc.pos >= len(line.decode("utf-8", "replace").rstrip("\r\n")):
        problem += (": the line ends before its JSON does (cut short, or a raw line break inside a string, "
                    "which JSON Lines writes as \\n; the lines after it may then be the rest of this article)")
    return f"{problem}; fix or remove the line"


def read_lines(handle: BinaryIO, encoding: str, max_line_bytes: int) -> Iterator[bytes | None]:
    """The lines of a JSON Lines stream in ``encoding`` (see
    :func:`~newsmine.readers.decoding.stream_encoding`), as UTF-8 bytes; None for a line over
    ``max_line_bytes``, which is skipped without being held in memory."""
    if encoding in ("utf-8", "utf-8-sig"):
        if encoding == "utf-8-sig":
            handle.read(3)
        read = handle.readline
    else:
        text_handle = io.TextIOWrapper(handle, encoding=encoding, errors="strict", newline="\n")
        # Every character of a too-long line is at least one byte, so counting characters is safe.
        read = text_handle.readline
    while True:
        line = read(max_line_bytes + 1)
        if not line:
            return
        if isinstance(line, str):
            line = line.encode("utf-8")
        if len(line) > max_line_bytes and not line.endswith(b"\n"):
            while True:  # skip the rest of the line, a bounded piece at a time
                rest = read(_SKIP_PIECE)
                if not rest or rest.endswith("\n" if isinstance(rest, str) else b"\n"):
                    break
            yield None
        else:
            yield line


def line_byte_limit(max_chars: int) -> int:
    """Longest JSON line worth reading for articles of at most ``max_chars`` characters.

    A character takes at most 12 bytes in JSON (a ``\\uXXXX\\uXXXX`` surrogate pair), and
    the other fields get a megabyte.
    """
    return 12 * max_chars + (1 << 20)


def articles_from_json(text: str, name: str, stem: str, fields: JsonFields, *, path: str | None, encoding: str | None,
                       date_order: str | None = None) -> Iterator[Article]:
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        yield Article(id=stem, source_path=path, source_format="json", encoding=encoding,
                      failure=ReadFailure("InvalidJSON", f"the file is not valid JSON ({exc}); for one object a line use .jsonl"))
        return
    if isinstance(data, list):
        for number, obj in enumerate(data, start=1):
            yield article_from_object(obj, f"{name}:{number}", fields, path=path, source_format="json", encoding=encoding,
                                      date_order=date_order)
    else:
        yield article_from_object(data, stem, fields, path=path, source_format="json", encoding=encoding,
                                  date_order=date_order)


def articles_from_json_array_stream(stream: BinaryIO, name: str, fields: JsonFields, *, path: str | None,
                                    skip_bom: bool = False, date_order: str | None = None) -> Iterator[Article]:
    """The articles of a UTF-8 JSON array, parsed an element at a time (``ijson``): memory holds
    one element, not the array. Ids ``<file>:<n>``. An array that breaks off keeps the elements
    before the break and ends with one ``InvalidJSON`` record saying where."""
    import ijson

    if skip_bom:
        stream.read(len(codecs.BOM_UTF8))
    count = 0
    try:
        for obj in ijson.items(stream, "item", use_float=True):
            count += 1
            yield article_from_object(obj, f"{name}:{count}", fields, path=path, source_format="json", encoding="utf-8",
                                      date_order=date_order)
    except ijson.JSONError as exc:
        problem = " ".join(str(exc).split())[:200]
        where = f"after its {count:,} element{'s' if count != 1 else ''}" if count else "at its start"
        yield Article(id=f"{name}:{count + 1}", source_path=path, source_format="json", encoding="utf-8",
                      failure=ReadFailure("InvalidJSON", f"the JSON array breaks off {where} ({problem}); the elements "
                                          "before were read. Fix the file (UTF-8 JSON), or write one object a line (.jsonl)"))
