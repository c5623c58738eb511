"""Date and time expressions with their TimeML values, resolved against the publication date.

Two stages, one module each:

- :mod:`.spans` — where the expressions are (spaCy's DATE/TIME entities cut and joined to
  TimeML's conventions, plus "now", "recently", "the future");
- :mod:`.values` — what each means (kind and value), with :mod:`.context` for the tense
  around it and the dates the article named before, and :mod:`.words` for numbers in words.

Measured on TimeBank + AQUAINT (TempEval-3) with ``benchmarks/dates.sh``; see the README.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from newsmine.nlp.attribution import doc_text
from newsmine.nlp.dates.context import DateContext, habitual, tense
from newsmine.nlp.dates.spans import Candidate, find_candidates, span_for
from newsmine.nlp.dates.values import classify, normalise
from newsmine.nlp.doc_attrs import register_extensions

__all__ = ["DateFound", "classify", "find_dates", "normalise"]

_A_YEAR_RE = re.compile(r"(?:the |its |a )?(?:fiscal |financial |business )?year", re.I)
_DAY_VALUE_RE = re.compile(r"^\d{4}-\d\d-\d\d$")
_CLOCK_ONLY_RE = re.compile(r"(?:about |around |at |after |before |by |until )?\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|noon|midnight", re.I)

register_extensions()


@dataclass(slots=True)
class DateFound:
    start_char: int
    end_char: int
    text: str
    value: str | None
    kind: str  # date | time | duration | set


def find_dates(doc: Doc) -> list[DateFound]:
    """The date expressions of ``doc`` in text order, each with its kind and TimeML value."""
    published = _published_date(doc._.newsmine_published)
    context = DateContext(published=published)
    found: list[DateFound] = []
    text_of_doc = doc_text(doc)
    for candidate in find_candidates(doc, text_of_doc):
        text = text_of_doc[candidate.start : candidate.end]
        kind, value = _kind_and_value(doc, candidate, text, found[-1] if found else None, context)
        context.remember(value, candidate.read_as or text)
        found.append(DateFound(candidate.start, candidate.end, text, value, kind))
    return found


def _kind_and_value(doc: Doc, candidate: Candidate, text: str, previous: DateFound | None, context: DateContext) -> tuple[str, str | None]:
    read_as = candidate.read_as or text
    if candidate.before_ended and _A_YEAR_RE.fullmatch(text):
        return "duration", "P1Y"  # "the year ended March 31": a span of time
    kind = classify(read_as, "DATE" if candidate.label == "REF" else candidate.label)
    if candidate.read_as and previous is not None and _DAY_VALUE_RE.match(previous.value or ""):
        return kind, f"{previous.value[:8]}{int(text):02d}"  # "April 24 and 25": the first one's month and year
    span = span_for(doc, candidate) if kind in ("date", "time") else None
    prefer = tense(span) if span is not None else "past"
    try:
        value = normalise(read_as, kind=kind, published=context.published, prefer=prefer, context=context)
    except (ValueError, OverflowError):
        return kind, None  # calendar arithmetic past year 1 or 9999: no value rather than no article
    if kind == "time" and value and _CLOCK_ONLY_RE.fullmatch(read_as) and span is not None and habitual(span):
        value = value[10:]  # "schools start after 8:30 a.m.": a time of any day, 'T08:30'
    return kind, value


def _published_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
