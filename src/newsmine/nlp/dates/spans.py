"""Where the date expressions are: spaCy's DATE and TIME entities, cut and joined to TimeML's
span conventions, plus the adverbs spaCy never tags.

- cut: leading "about", "only", "just" and a trailing "'s" are outside the expression; a
  range is two expressions ("between 1985 and 1987", "Sept. 14 to Thursday"), so is "the
  quarter ended Sept. 30" ("the quarter" + "Sept. 30") and "April 24 and 25";
- joined: a day and its part or clock time are one ("Saturday night", "noon Thursday",
  "5 p.m. EST, Nov. 6"), where spaCy often gives two entities or leaves a word out;
- dropped: ages and counts ("Jorge Hernandez, 49,", "when she was nineteen", "in his 30s",
  "in their thirties", "six-year-old"), frequency adjectives
  ("quarterly dividend", "annual meeting"), model numbers ("the 80486 chip"), a year of study
  ("a fifth-year student"), a match's minute ("the 89th minute");
- added: "now", "currently", "recently", "the future", "the weekend", "these days"
  (TimeML's PRESENT_REF, PAST_REF, FUTURE_REF), which spaCy does not label; and a season
  named alone ("before winter even starts", "over the summer"), a DATE in TimeML that
  spaCy often leaves out; holidays it leaves out ("Easter Monday", "New Year's Eve"), an
  ordinal day before its month ("on 4th Dec") and period codes ("Q4", "H1", "FY2027").

The spaCy entities are cut and joined in :mod:`.entity_spans`, the ages, counts, kinds of
thing and names dropped by :mod:`.not_dates`, the expressions spaCy leaves out found by
pattern in :mod:`.reference_words` and :mod:`.untagged_dates`; a candidate is a
:class:`~.candidate.Candidate`. This module runs them in order (split by what they hold,
session 50).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newsmine.nlp.dates.candidate import Candidate
from newsmine.nlp.dates.entity_spans import (
    _DAY_WORDS_RE,
    _MONTH_DAY_RE,
    _join_part_and_day,
    _join_with_neighbours,
    _spacy_spans,
    _split,
    _words_trimmed,
)
from newsmine.nlp.dates.not_dates import (
    _an_age_decade,
    _capitalised_part_of_day_alone,
    _is_noise,
    _may_be_a_name,
    _name_words_of,
    _part_of_day_modifying_a_noun,
    names_tagged_dates,
)
from newsmine.nlp.dates.reference_words import _references
from newsmine.nlp.dates.untagged_dates import (
    _bare_seasons,
    _clock_times,
    _fortnights,
    _nth_weekdays_of_months,
    _ordinal_days_of_months,
    _period_codes,
    _time_stamps,
    _with_slash_dates,
)
from newsmine.nlp.doc_attrs import in_excluded

__all__ = ["Candidate", "find_candidates", "names_tagged_dates"]


def find_candidates(doc: Doc, text: str | None = None) -> list[Candidate]:
    """The date expressions of ``doc`` (whose text is ``text``) in text order (see the module docstring)."""
    text = doc.text if text is None else text
    spans: list[tuple[int, int, str, bool]] = []
    for start, end, label in _join_with_neighbours(text, _spacy_spans(doc)):
        for part_start, part_end, before_ended in _split(text, start, end):
            part_start, part_end = _words_trimmed(text, part_start, part_end)
            if part_end > part_start:
                spans.append((part_start, part_end, label, before_ended))
    found: list[Candidate] = []
    previous: Candidate | None = None
    name_words: frozenset[str] | None = None  # the words of the article's people's names, read once when first needed
    for start, end, label, before_ended in spans:
        piece = text[start:end]
        read_as = None
        if previous is not None and re.fullmatch(r"\d{1,2}", piece) and _MONTH_DAY_RE.match(text[previous.start : previous.end]):
            if re.fullmatch(r"\s*(?:and|to|through|-|or)\s*", text[previous.end : start]):
                read_as = text[previous.start : previous.end].rsplit(" ", 1)[0] + " " + piece  # "April 24 and 25"
        apposition = previous is not None and re.fullmatch(r",\s*", text[previous.end : start])
        if re.fullmatch(r"the (?:day|night)", piece, re.I) and not apposition:  # not "Oct. 12, the day before the crash"
            after = re.match(r"\s+(after|before)\b(?!\s+(?:yesterday|today|tomorrow)\b)", text[end : end + 30], re.I)
            if after:
                read_as = f"{piece} {after.group(1).lower()}"  # "the day after his death": the day named before, plus one
        if read_as is None and (_is_noise(piece) or _an_age_decade(text, start, piece)):
            continue
        if read_as is None and _part_of_day_modifying_a_noun(doc, start, end):
            continue  # "night shifts", "the evening news": a kind of shift or news, no time
        if read_as is None and _capitalised_part_of_day_alone(text, start, end):
            continue  # "“Morning at Honfleur,” a harbor scene": a painting's title, no time
        if read_as is None and _may_be_a_name(piece):
            name_words = _name_words_of(doc) if name_words is None else name_words
            if piece in name_words:
                continue
        if in_excluded(doc, start, end):
            continue
        if _DAY_WORDS_RE.match(piece):
            shifted = re.search(r"\b(?:the|a)\s+(?:day|night)\s+(?:before|after)\s+$", text[max(start - 30, 0) : start], re.I)
            if shifted:
                start -= len(shifted.group(0))  # "the day before last Tuesday" is one expression
                if previous is not None and previous is found[-1] and start <= previous.start and previous.end <= end:
                    found.pop()  # spaCy's own "The day" inside it, read as the day before the one named last
        candidate = Candidate(start, end, label, read_as, before_ended)
        found.append(candidate)
        previous = candidate
    found.extend(_references(doc, text, found))
    found.extend(_bare_seasons(doc, found))
    found.extend(_time_stamps(doc, text, found))
    found.extend(_clock_times(doc, text, found))
    found.extend(_period_codes(doc, text, found))
    found.extend(_fortnights(doc, text, found))
    found = _with_slash_dates(doc, text, found)
    found = _ordinal_days_of_months(doc, text, found)
    found = _nth_weekdays_of_months(doc, text, found)
    found.sort(key=lambda c: c.start)
    return _without_inner_duplicates(_join_part_and_day(text, found))


def _without_inner_duplicates(found: list[Candidate]) -> list[Candidate]:
    """A candidate inside the one before it goes: "Tuesday" + " nights" joined by
    :func:`.entity_spans._join_with_neighbours` while spaCy also tagged "nights" alone."""
    kept: list[Candidate] = []
    for candidate in found:
        if kept and kept[-1].start <= candidate.start and candidate.end <= kept[-1].end:
            continue
        kept.append(candidate)
    return kept


def span_for(doc: Doc, candidate: Candidate) -> Span | None:
    """The doc span covering a candidate (for the tense around it)."""
    return doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
