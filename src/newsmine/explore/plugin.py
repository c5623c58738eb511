"""newsmine's Datasette plugin: quotes shown in their paragraph.

Two hooks: ``prepare_connection`` registers the SQL function ``newsmine_in_context(text,
start_char, end_char, parts, speaker_start_char, speaker_end_char)`` (``parts``: a JSON array
of ``[start_char, end_char]`` pairs, or null), which returns a quote's paragraph as JSON
(``{"paragraph": ..., "quote": [[start, end], ...], "speaker": [start, end] | null}``, offsets
into the paragraph), so the JSON API hands out plain data; and
``render_cell`` draws that JSON in an HTML table as the paragraph with the quote marked and
the speaker in bold. :func:`newsmine.explore.open_datasette` registers it.
"""

from __future__ import annotations

import json

from datasette import hookimpl
from markupsafe import Markup, escape

from newsmine.explore.context import quote_in_context
from newsmine.explore.metadata import IN_CONTEXT_COLUMN, IN_CONTEXT_FUNCTION

_QUOTE_STYLE = "background: #fde68a; padding: 0 1px"
_SPEAKER_STYLE = "font-weight: bold; text-decoration: underline"


def in_context_json(text: str | None, start: int | None, end: int | None, parts: str | None,
                    speaker_start: int | None, speaker_end: int | None) -> str | None:
    if text is None or start is None or end is None:
        return None
    pieces = [(a, b) for a, b in json.loads(parts)] if parts else None
    return json.dumps(quote_in_context(text, start, end, pieces, speaker_start, speaker_end).as_dict(), ensure_ascii=False)


def in_context_html(value: dict) -> str:
    """The paragraph, HTML-escaped, with the quote in ``<mark>`` and the speaker in ``<strong>``
    (both may overlap: a speaker named inside a mixed quote)."""
    paragraph = value["paragraph"]
    quote = [tuple(part) for part in value["quote"]]
    speaker = tuple(value["speaker"]) if value.get("speaker") else None
    cuts = sorted({0, len(paragraph), *(offset for part in quote for offset in part), *(speaker or ())})
    out = []
    for start, end in zip(cuts, cuts[1:]):
        piece = str(escape(paragraph[start:end]))
        if speaker and speaker[0] <= start and end <= speaker[1]:
            piece = f'<strong class="newsmine-speaker" style="{_SPEAKER_STYLE}">{piece}</strong>'
        if any(a <= start and end <= b for a, b in quote):
            piece = f'<mark class="newsmine-quote" style="{_QUOTE_STYLE}">{piece}</mark>'
        out.append(piece)
    return "".join(out)


@hookimpl
def prepare_connection(conn):
    conn.create_function(IN_CONTEXT_FUNCTION, 6, in_context_json, deterministic=True)


@hookimpl
def render_cell(value, column):
    if column != IN_CONTEXT_COLUMN or not isinstance(value, str):
        return None
    try:
        data = json.loads(value)
        return Markup(f'<div class="newsmine-in-context">{in_context_html(data)}</div>')
    except (ValueError, TypeError, KeyError, IndexError):
        return None  # not ours: let Datasette show the value as it is
