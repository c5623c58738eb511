"""Date and time expressions the model rarely tags, found by their pattern where no candidate
is: a live blog's time stamps, clock times, an ordinal day before its month ("on 4th Dec"), a
weekday counted in its month, period codes ("Q4", "FY2027"), fortnights, slash dates, and a
season named alone ("over the summer"). Split from :mod:`.spans` (session 50).
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.tokens import Doc

from newsmine.nlp.dates.candidate import Candidate
from newsmine.nlp.dates.nth_weekdays import NTH_WEEKDAY_RE
from newsmine.nlp.dates.slash_dates import slash_dates
from newsmine.nlp.doc_attrs import in_excluded, token_indices

# Time zones written after a clock time ("11:15 GMT", "6 p.m. ET"); the entities read them too
# (a zone after a clock time is no organisation).
TIME_ZONES = frozenset({"GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "CT", "MT", "PT"})  # fmt: skip
# A line that is nothing but a clock time, maybe with its zone: a live blog's time stamp
# ("10:22 GMT", "3:15 p.m. ET"), which spaCy reads as a number or a name; or one that opens
# the entry before a dash ("10:42 a.m. — The governor declared …").
_TIME_STAMP_LINE_RE = re.compile(
    r"^[ \t]*(?P<time>\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?(?:\s+(?:" + "|".join(sorted(TIME_ZONES)) + r"))?)"
    r"(?:[ \t]*$|[ \t]+[—–][ \t])",
    re.I | re.M,
)


def _time_stamps(doc: Doc, text: str, found: list[Candidate]) -> list[Candidate]:
    """A live blog's time stamp lines as times (spaCy tags none of them)."""
    taken = [(c.start, c.end) for c in found]
    added = []
    for match in _TIME_STAMP_LINE_RE.finditer(text):
        start, end = match.span("time")
        for candidate in found:
            if (candidate.start, candidate.end) == (start, end):
                candidate.time_stamp = True  # tagged by spaCy, still a time of the publication day
        if not any(start < b and a < end for a, b in taken) and not in_excluded(doc, start, end):
            added.append(Candidate(start, end, "TIME", time_stamp=True))
    return added


# A clock time with its part of the day, as spaCy often leaves it untagged or calls it a number:
# "at about 3.20pm" (British, a full stop between hours and minutes), "3:20 p.m.", "10am".
_CLOCK_TIME_RE = re.compile(r"(?<![\w.:])(?P<hour>\d{1,2})(?:[:.](?P<minute>[0-5]\d))?\s?(?:[ap]\.m\.|[ap]m\b)", re.I)
# What every clock time holds: a digit, the part of the day's letter, its "m" (a necessary
# condition asked first, with the pattern's flags: the look-behind is tried at every character).
_CLOCK_TIME_HINT_RE = re.compile(r"\d\s?[ap]\.?m", re.I)


def _clock_times(doc: Doc, text: str, found: list[Candidate]) -> list[Candidate]:
    """Clock times no other candidate holds ("about 3.20pm" tagged CARDINAL), read with a
    colon ("3:20pm"), which the normaliser reads as a time."""
    if _CLOCK_TIME_HINT_RE.search(text) is None:
        return []
    taken = [(c.start, c.end) for c in found]
    added = []
    for match in _CLOCK_TIME_RE.finditer(text):
        start, end = match.span()
        if int(match["hour"]) > 12 or any(start < b and a < end for a, b in taken) or in_excluded(doc, start, end):
            continue
        read_as = text[start:end].replace(".", ":", 1) if match["minute"] else None
        added.append(Candidate(start, end, "TIME", read_as))
    return added


# A day written as an ordinal before its month, British and Indian style: "on 4th Dec", "from
# 5th December"; the model tags none of it, or the month alone.
_ORDINAL_DAY_MONTH_RE = re.compile(
    r"(?<![\w.,])(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*)\b"
)


# What every match of the three patterns below holds, searched first (session 56): a search
# that needs no lookbehind or case folding tried at every character fails fast on an article
# without one (most of them), where the full pattern took 0.07-0.18 ms an article to find none.
_ORDINAL_HINT_RE = re.compile(r"\d(?:st|nd|rd|th)\s")  # "5th Dec": a digit, the ordinal's ending, a space
_NTH_WEEKDAY_HINT_RE = re.compile(r"day\s+(?:in|of)\s", re.I)  # "Tuesday in October": every weekday ends in "day"
_PERIOD_CODE_HINT_RE = re.compile(r"[QHF][1-4Y]")  # "Q4", "H1", "FY2027"


def _ordinal_days_of_months(doc: Doc, text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` with each ordinal day and its month ("5th Dec") as one date, in place of a
    candidate for its month alone; left as it is where a candidate overlaps it otherwise."""
    if _ORDINAL_HINT_RE.search(text) is None:
        return found  # no match could be
    for match in _ORDINAL_DAY_MONTH_RE.finditer(text):
        start, end = match.span()
        inside = [c for c in found if start <= c.start and c.end <= end]
        if any(start < c.end and c.start < end for c in found if c not in inside) or in_excluded(doc, start, end):
            continue
        found = [c for c in found if c not in inside] + [Candidate(start, end, "DATE")]
    return found


def _nth_weekdays_of_months(doc: Doc, text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` with a weekday counted within its month ("the first Tuesday in October") as
    one date, in place of the candidates inside it; left as it is where a candidate runs past it."""
    if _NTH_WEEKDAY_HINT_RE.search(text) is None:
        return found  # no match could be
    for match in NTH_WEEKDAY_RE.finditer(text):
        start, end = match.span()
        inside = [c for c in found if start <= c.start and c.end <= end]
        if not inside or any(start < c.end and c.start < end for c in found if c not in inside) or in_excluded(doc, start, end):
            continue
        found = [c for c in found if c not in inside] + [Candidate(start, end, "DATE")]
    return found


# A company's period written short, which the model rarely tags: "recover in Q4", "sales in
# H1", "Q1 2027", "FY2027" (not "H1N1", "Q4-class", a model "Q7", "the H1 visa").
_PERIOD_CODE_RE = re.compile(r"(?<![\w-])(?:Q[1-4]|H[12]|FY(?:20)?\d\d)(?:\s+(?:19|20)\d\d)?(?![\w-])(?!\s+visas?\b)")


def _period_codes(doc: Doc, text: str, found: list[Candidate]) -> list[Candidate]:
    """Quarters, halves and financial years written as codes, where no candidate is."""
    if _PERIOD_CODE_HINT_RE.search(text) is None:
        return []  # no match could be
    taken = [(c.start, c.end) for c in found]
    added = []
    for match in _PERIOD_CODE_RE.finditer(text):
        start, end = match.span()
        if not any(start < b and a < end for a, b in taken) and not in_excluded(doc, start, end):
            added.append(Candidate(start, end, "DATE"))
    return added


# "a fortnight", "the next fortnight", "two fortnights": two weeks, a word the recogniser never tags.
_FORTNIGHT_RE = re.compile(
    r"\b(?:(?:the\s+)?(?:next|past|last|coming|previous|following|first|second)\s+|(?P<count>a|one|two|three|four)\s+)?"
    r"fortnights?(?:\s+(?:ago|earlier|later))?\b",
    re.I,
)
_WEEKS_IN_FORTNIGHTS = {"a": "two", "one": "two", "two": "four", "three": "six", "four": "eight"}


def _fortnights(doc: Doc, text: str, found: list[Candidate]) -> list[Candidate]:
    """Spans of fortnights where no candidate is, read as the weeks they are ("a fortnight ago"
    as "two weeks ago", "the next fortnight" as "the next two weeks")."""
    if "fortnight" not in text:
        return []  # only a match holding the word in lower case is kept: no regex walk without one
    taken = [(c.start, c.end) for c in found]
    added = []
    for match in _FORTNIGHT_RE.finditer(text):
        start, end = match.span()
        if any(start < b and a < end for a, b in taken) or in_excluded(doc, start, end):
            continue
        written = match.group(0)
        if "fortnight" not in written:
            continue  # "The Fortnight Club": a name's word, not the weeks
        count = (match.group("count") or "").lower()
        weeks = _WEEKS_IN_FORTNIGHTS.get(count, "two")
        head = written[len(match.group("count")) :].lstrip() if count else written
        read_as = re.sub(r"(?i)fortnights?", f"{weeks} weeks", head, count=1)
        added.append(Candidate(start, end, "DATE", read_as))
    return added


def _with_slash_dates(doc: Doc, text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` with each slash date ("09/12/2026") read in the article's order of day and
    month (:func:`.slash_dates.slash_dates`): a candidate of its own where none was, and the
    model's candidate of exactly it read so."""
    if "/" not in text:
        return found
    for start, end, in_words in slash_dates(text):
        same = [c for c in found if c.start == start and c.end == end]
        if same:
            same[0].read_as = same[0].read_as or in_words
        elif not any(start < c.end and c.start < end for c in found) and not in_excluded(doc, start, end):
            found.append(Candidate(start, end, "DATE", in_words))
    return found


# Seasons a noun alone names; "fall" is left out (a drop, "the fall of the regime").
_SEASON_NOUNS = frozenset({"winter", "summer", "spring", "autumn"})


def _bare_seasons(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """A season named alone, outside spaCy's entities: "before winter even starts", "over the
    summer" (with its "the", as TimeML spans it). A noun in lower case that modifies no other
    noun ("winter coats", "spring training" are no dates; "the Arab Spring" is a name) and
    starts no "of" phrase ("the spring of 1968" is spaCy's, or no date at all)."""
    taken = [(c.start, c.end) for c in found]
    added = []
    # Only the season words' tokens, found in the Doc's word array: a loop over the whole Doc
    # built a Token for every word of the article to find the few (or none) written so.
    for i in token_indices(doc, ORTH, _SEASON_NOUNS):
        token = doc[i]
        if token.pos_ != "NOUN" or token.dep_ in ("compound", "amod", "nmod"):
            continue
        if token.i + 1 < len(doc) and (doc[token.i + 1].lower_ == "of" or doc[token.i + 1].pos_ in ("NOUN", "PROPN")):
            continue
        first = doc[token.i - 1] if token.i > 0 and doc[token.i - 1].lower_ == "the" else token
        start, end = first.idx, token.idx + len(token.text)
        if any(start < b and a < end for a, b in taken) or in_excluded(doc, start, end):
            continue
        added.append(Candidate(start, end, "DATE"))
    return added
