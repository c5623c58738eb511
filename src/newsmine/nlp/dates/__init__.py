"""Date and time expressions with their TimeML values, resolved against the publication date.

Two stages, one module each:

- :mod:`.spans` — where the expressions are (spaCy's DATE/TIME entities cut and joined to
  TimeML's conventions in :mod:`.entity_spans`, those that are no dates dropped by
  :mod:`.not_dates`, plus "now", "recently", "the future" in :mod:`.reference_words` and
  what spaCy rarely tags in :mod:`.untagged_dates`; each a :mod:`.candidate`);
- :mod:`.values` — what each means (kind and value), with :mod:`.context` for the tense
  around it and the dates the article named before, and :mod:`.words` for numbers in words;
  its rules by kind of expression in :mod:`.years_months`, :mod:`.days`, :mod:`.quarters` and
  :mod:`.durations`, and dateparser for what they leave in :mod:`.dateparser_values`.

Measured on TimeBank + AQUAINT (TempEval-3) with ``benchmarks/dates.sh``; see the README.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span

from newsmine.articles import iso_date
from newsmine.nlp.attribution import doc_text
from newsmine.nlp.dates.context import DateContext, finite_verb_above, habitual, tense, verb_of_date
from newsmine.nlp.dates.durations import set_value
from newsmine.nlp.dates.nth_weekdays import NTH_WEEKDAY_RE, nth_weekday_value
from newsmine.nlp.dates.quarters import BARE_QUARTER_RE, quarter_ended_on
from newsmine.nlp.dates.spans import Candidate, find_candidates, span_for
from newsmine.nlp.dates.values import classify, normalise
from newsmine.nlp.dates.words import MONTH_RE, PART_RE, WEEKDAYS
from newsmine.nlp.doc_attrs import register_extensions
from newsmine.nlp.parser_labels import (
    CLAUSE_SUBJECT_DEPS,
    FINITE_VERB_OR_MODAL_TAGS,
    NOUN_SUBJECT_DEPS,
    PRESENT_VERB_TAGS,
)
from newsmine.records import DateKind

__all__ = ["DateFound", "classify", "find_dates", "normalise"]

_A_YEAR_RE = re.compile(r"(?:the |its |a )?(?:fiscal |financial |business )?year", re.I)
_DAY_VALUE_RE = re.compile(r"^\d{4}-\d\d-\d\d$")
_ONE_DAY_RE = re.compile(r"(?:one|some) ?day", re.I)
_WEEKDAY_WORDS = "|".join(WEEKDAYS)
_BARE_WEEKDAY_RE = re.compile(rf"(?:{_WEEKDAY_WORDS})", re.I)
_PLURAL_WEEKDAY_RE = re.compile(rf"(?:{_WEEKDAY_WORDS})(?:s|\s+(morning|afternoon|evening|night)s)", re.I)
_ORDINAL_DAY_RE = re.compile(
    r"(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth|"
    r"\d{1,3}(?:st|nd|rd|th)|last|final)(?:\s+(?:straight|consecutive|successive))?\s+day",
    re.I,
)
_LENGTH_PREPOSITIONS = frozenset({"for", "in", "within", "of", "over", "after", "than", "per", "a", "the", "just", "only", "another"})
# A tail that names a point in time: a weekday, a month, a year, or "last/next/this" + unit.
_ANCHORED_TAIL_RE = re.compile(
    r"(?:last|next|this|early|late)\s+(?:year|month|week|spring|summer|fall|autumn|winter)|"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow)\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|$)|(?:1[5-9]|20)\d\d\b",
    re.I,
)
# A day named without a word that counts from the writer's now ("on Friday", "Friday night",
# "14 May", "Aug. 7"): what a future-in-the-past counts from the day it was said.
_UNANCHORED_DAY_RE = re.compile(
    rf"(?:on\s+)?(?:(?:{_WEEKDAY_WORDS})(?:\s+{PART_RE})?|{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_RE})",
    re.I,
)
# "the quarter ending Dec. 31", "the quarter ends Sept. 30": an end that may be ahead, which the
# past reading of the end date below would put a year back ("ending Dec. 31" in October: 2024).
_NOT_YET_ENDED_RE = re.compile(r"\bend(?:ing|s)\b", re.I)
_CLOCK_ONLY_RE = re.compile(r"(?:about |around |at |after |before |by |until )?\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|noon|midnight", re.I)

# Between a clock time and the day it is on: "2 a.m. on March 14", "8 a.m. IST on Saturday" (a
# time zone's capitals between them).
_ON_RE = re.compile(r"\s+(?:[A-Z]{2,4}\s+)?on\s+")

register_extensions()


@dataclass(slots=True)
class DateFound:
    start_char: int
    end_char: int
    text: str
    value: str | None
    kind: DateKind

    def __post_init__(self) -> None:
        self.kind = DateKind(self.kind)  # rebuilt from the Doc's plain data as a string


def find_dates(doc: Doc) -> list[DateFound]:
    """The date expressions of ``doc`` in text order, each with its kind and TimeML value."""
    published = iso_date(doc._.newsmine_published)
    context = DateContext(published=published)
    found: list[DateFound] = []
    text_of_doc = doc_text(doc)
    candidates = find_candidates(doc, text_of_doc)
    for index, candidate in enumerate(candidates):
        text = text_of_doc[candidate.start : candidate.end]
        kind, value = _kind_and_value(doc, candidate, text, found, context)
        context.remember(value, candidate.read_as or text)
        ended_quarter = _quarter_ended_on_the_next(candidates, index, text_of_doc, context)
        if ended_quarter is not None:
            value, context.quarter = f"{ended_quarter[0]}-Q{ended_quarter[1]}", ended_quarter
        found.append(DateFound(candidate.start, candidate.end, text, value, kind))
    _clock_times_on_the_day_after(found, text_of_doc)
    _weekdays_sharing_a_set(doc, found, text_of_doc)
    return found


def _weekdays_sharing_a_set(doc: Doc, found: list[DateFound], text: str) -> None:
    """'on Monday and Tuesday nights', 'Saturday and Sunday afternoons': the plural after the
    second weekday makes both of them sets ("every Monday night"), not next Monday."""
    for here, after in zip(found, found[1:]):
        weekday = _BARE_WEEKDAY_RE.fullmatch(here.text)
        plural = _PLURAL_WEEKDAY_RE.fullmatch(after.text)
        if weekday is None or plural is None or after.kind != DateKind.set or not re.fullmatch(r"\s+(?:and|or|&)\s+", text[here.end_char : after.start_char]):
            continue
        if _starts_a_clause(doc, here, after):
            continue  # "The museum reopened Tuesday and Sundays are now free": two clauses, two readings
        every = f"{weekday.group(0).lower()} {plural.group(1).lower()}s" if plural.group(1) else f"{weekday.group(0).lower()}s"
        value = set_value(every)
        if value is not None:
            here.kind, here.value = DateKind.set, value


def _starts_a_clause(doc: Doc, weekday: DateFound, plural: DateFound) -> bool:
    """The plural after "and" is the subject or the fronted adverb of a clause of its own
    ("reopened Tuesday and Sundays are now free", "… and Sundays it stays shut"): a pronoun
    subject or a finite verb comes right after it, and that verb has no subject before the
    weekday ("Games on Saturday and Sundays are sold out" has "Games")."""
    first = doc.char_span(weekday.start_char, weekday.end_char, alignment_mode="expand")
    last = doc.char_span(plural.start_char, plural.end_char, alignment_mode="expand")
    if first is None or last is None or last.end >= len(doc):
        return False
    following = doc[last.end]
    if following.pos_ == "PRON" and following.dep_ in NOUN_SUBJECT_DEPS:
        return True
    if following.pos_ not in ("VERB", "AUX") or following.tag_ not in FINITE_VERB_OR_MODAL_TAGS:
        return False
    clause = following.head if following.dep_ in ("aux", "auxpass") else following
    return not any(c.dep_ in CLAUSE_SUBJECT_DEPS and c.i < first.start for c in clause.children)


def _quarter_ended_on_the_next(candidates: list[Candidate], index: int, text: str, context: DateContext) -> tuple[int, int] | None:
    """The quarter "the quarter" at ``index`` means when the next expression is the day it ended
    ("In the quarter ended July 31": the quarter that date ends, not the last one over at
    publication), which is what "the quarter" means from there on; else None. After a quarter
    named by number ("its fiscal first quarter … the quarter ended Sept. 30") that one stays,
    since a fiscal number says nothing of the calendar quarter it is."""
    candidate = candidates[index]
    if not candidate.before_ended or context.quarter is not None or index + 1 >= len(candidates):
        return None
    ended = candidates[index + 1]
    if not BARE_QUARTER_RE.fullmatch(text[candidate.start : candidate.end]) or _NOT_YET_ENDED_RE.search(text[candidate.end : ended.start]):
        return None
    return quarter_ended_on(_value(text[ended.start : ended.end], "date", "past", context))


def _clock_times_on_the_day_after(found: list[DateFound], text: str) -> None:
    """A clock time right before "on" and a day ("at about 2 a.m. on March 14, 2024", which
    spaCy tags as two expressions) is on that day, not the publication day or the day named
    before it."""
    for here, after in zip(found, found[1:]):
        if here.kind != DateKind.time or not here.value or here.value.startswith("T") or "T" not in here.value:
            continue
        if not _CLOCK_ONLY_RE.fullmatch(here.text) or not _DAY_VALUE_RE.match(after.value or ""):
            continue
        if _ON_RE.fullmatch(text[here.end_char : after.start_char]):
            here.value = after.value + here.value[here.value.index("T") :]


def _kind_and_value(doc: Doc, candidate: Candidate, text: str, found: list[DateFound], context: DateContext) -> tuple[str, str | None]:
    read_as = candidate.read_as or text
    previous = found[-1] if found else None
    if candidate.before_ended and _A_YEAR_RE.fullmatch(text):
        return "duration", "P1Y"  # "the year ended March 31": a span of time
    if candidate.time_stamp and context.published is not None:
        # A live blog's time stamp is on the publication day, whatever day the entry before
        # it named ("until at least Wednesday"), and the bare times after it are on that day too.
        context.day = context.published
    kind = classify(read_as, "DATE" if candidate.label == "REF" else candidate.label)
    if candidate.read_as and text.isdigit() and previous is not None and _DAY_VALUE_RE.match(previous.value or ""):
        return kind, f"{previous.value[:8]}{int(text):02d}"  # "April 24 and 25": the first one's month and year
    if _ONE_DAY_RE.fullmatch(read_as) and _modal_one_day(span_for(doc, candidate)):
        return "date", "FUTURE_REF"  # "Islam will one day be ...": some day ahead, not a day long
    span = span_for(doc, candidate) if kind in ("date", "time") else None
    prefer = tense(span) if span is not None else "past"
    said_on = (
        _day_said_for_would(span, found, context)
        if span is not None and prefer == "future" and _UNANCHORED_DAY_RE.fullmatch(read_as)
        else None
    )  # only a day read ahead: "would miss Saturday's game" reads as past, and counting back from the day said would put it a week early
    if said_on is not None:
        context = replace(context, published=said_on)  # "said Monday she would vote on Friday": the Friday after that Monday
    nth = NTH_WEEKDAY_RE.fullmatch(read_as)
    if nth is not None:
        # "the first Tuesday in October": that day of the month the rest names
        return "date", nth_weekday_value(nth["nth"], nth["day"], _value(nth["month"], "date", prefer, context))
    value = _value(read_as, kind, prefer, context)
    if value is None and kind == "date" and span is not None and _ORDINAL_DAY_RE.fullmatch(read_as):
        value = _the_day_it_is(span, previous, context)
    if value is None and kind in ("date", "time"):
        kind, value = _value_of_tail(read_as, kind, prefer, context)
    clock_only = kind == "time" and value and "T" in value and _CLOCK_ONLY_RE.fullmatch(read_as)
    if clock_only and span is not None and not candidate.time_stamp and habitual(span):
        value = value[value.index("T") :]  # "schools start after 8:30 a.m.": a time of any day, 'T08:30' (as without a day)
    return kind, value


def _value(text: str, kind: str, prefer: str, context: DateContext) -> str | None:
    try:
        return normalise(text, kind=kind, published=context.published, prefer=prefer, context=context)
    except (ValueError, OverflowError):
        return None  # calendar arithmetic past year 1 or 9999: no value rather than no article


def _value_of_tail(text: str, kind: str, prefer: str, context: DateContext) -> tuple[str, str | None]:
    """When spaCy's span starts with words that are not part of the date ("coup d'etat last
    year", "the day Friday"), the value of its longest tail that names a point in time."""
    words = text.split()
    for start in range(1, len(words)):
        tail = " ".join(words[start:])
        if not _ANCHORED_TAIL_RE.match(tail):
            continue
        tail_kind = classify(tail, "DATE")
        if tail_kind not in ("date", "time"):
            continue
        value = _value(tail, tail_kind, prefer, context)
        if value is not None:
            return tail_kind, value
    return kind, None


def _the_day_it_is(span: Span, previous: DateFound | None, context: DateContext) -> str | None:
    """'Today is the eighth day of the strike', "It's the second day of the offensive",
    'Tuesday was the third day': the Nth day of something is the day it is said to be."""
    verb = span.root.head
    if span.root.dep_ != "attr" or verb.lemma_ != "be" or any(c.dep_ == "neg" for c in verb.children):
        return None  # "Today isn't the first day of the strike" says which day it is not
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "npadvmod")):
        if context.published is not None and (subject.lower_ == "today" or (subject.lower_ == "it" and verb.tag_ in PRESENT_VERB_TAGS)):
            return context.published.isoformat()
        if previous is not None and previous.start_char == subject.idx and _DAY_VALUE_RE.match(previous.value or ""):
            return previous.value
    return None


def _day_said_for_would(span: Span, found: list[DateFound], context: DateContext) -> date | None:
    """The day a future-in-the-past was said on, when the report names it before: "The senator
    said Monday she would vote on Friday" (the Friday after that Monday), "The general wrote on
    14 May 1926 that his troops would cross the river on 14 May" (that day of 1926).

    Only "would" in the complement of a past-tense verb that has a day of its own before the
    expression; "will" (ahead of the writer's now), a "would" with no said-on day, and words
    that count from the writer's now ("tomorrow", "next week"; not matched by the caller's
    pattern) keep the publication date."""
    head = finite_verb_above(span.root)
    auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if not auxiliaries or auxiliaries[0].lower_ != "would" or any(a.lower_ == "have" for a in auxiliaries):
        return None  # "would have voted": a past that did not happen
    reporting = head.head
    if head.dep_ != "ccomp" or reporting.tag_ != "VBD":
        return None
    for earlier in reversed(found):
        if earlier.end_char > span.start_char:
            continue
        said = span.doc.char_span(earlier.start_char, earlier.end_char, alignment_mode="expand")
        if said is None or not _DAY_VALUE_RE.match((earlier.value or "")[:10]) or verb_of_date(said) != reporting:
            continue
        day = date.fromisoformat(earlier.value[:10])
        return day if context.published is None or day < context.published else None
    return None


def _modal_one_day(span: Span | None) -> bool:
    """'one day' as an adverb of a modal verb ("will one day lead", "could someday") rather
    than a length ("for one day", "in one day")."""
    if span is None or span.start == 0 or span.doc[span.start - 1].lower_ in _LENGTH_PREPOSITIONS:
        return False
    verb = span.root.head
    return verb.pos_ in ("VERB", "AUX") and any(c.tag_ == "MD" for c in verb.children)
