"""spaCy's DATE and TIME entities cut and joined to TimeML's span conventions.

Cut: leading "about", "only", "just" and a trailing "'s" (:func:`_words_trimmed`); a range or
list as its parts, "the quarter ended Sept. 30" as two (:func:`_split`); a noun phrase spaCy
tagged with the time after it ("in a statement hours later", :func:`_after_a_noun_phrase`).
Joined: a day and its part or clock time (:func:`_join_with_neighbours`,
:func:`_join_part_and_day`). Split from :mod:`.spans` (session 50).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsmine.nlp.dates.candidate import Candidate
from newsmine.nlp.dates.words import WEEKDAYS

_LEADING_CUT_RE = re.compile(
    r"^(?:(?:about|only|just|barely|roughly|approximately|sometime|as long as|as early as|as late as|"
    r"both|over|within|its|his|her|their|between|from|until|since|through|by|shortly|soon|before|after|"
    # "should have done this long ago": "this" is what was done, the time is "long ago"
    r"(?:this|that)(?=\s+long\s+ago\b))\s+)+",
    re.I,
)
# "a fourth-quarter charge", "an Aug. 10, 1988, agreement", "a 20th century democrat": the
# article belongs to the noun after the date; "a year", "a week" keep theirs.
_ARTICLE_BEFORE_ADJECTIVE_RE = re.compile(
    r"^(?:a|an)\s+(?=\d|[a-z]+-(?:quarter|year|month|week|day|hour)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.I,
)
_TRAILING_CUT_RE = re.compile(r"(?:\s*(?:'s|’s|'|,|;|:)|\s+(?:or|and|to|of|alone|later))+$", re.I)
# "dried out six weeks early", "arrived two hours late": the adverb says how far off a time
# was, the amount before it is a duration ("six weeks"), as TimeML tags it.
_EARLY_LATE_RE = re.compile(r"\b(?:second|minute|hour|day|week|month|year)s?(?P<off>\s+(?:early|late))$", re.I)
# A list of years splits at its commas ("1994, 1995 and 1997"); "March 26, 1996" does not.
_RANGE_SPLIT_RE = re.compile(r"\s+(?:to|through|and|-|until|till)\s+|(?<=\d{4})\s*,\s*(?:and\s+)?(?=\d{4}\b)|\s+and\s+", re.I)
_ENDED_SPLIT_RE = re.compile(r"\s+(?:ended|ending|ends|that ended|which ended)\s+", re.I)
_DATEISH_RE = re.compile(
    r"\b(?:\d{1,4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"today|yesterday|tomorrow|now|year|month|week|quarter|christmas|easter|boxing day|new year)",
    re.I,
)
_MONTH_DAY_RE = re.compile(r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}$", re.I)
_MONTH_START_RE = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)


_PART_WORDS_RE = re.compile(r"^(?:early\s+|late\s+|mid-?)?(?:morning|afternoon|evening|night)$", re.I)
_BARE_PLURAL_UNIT_RE = re.compile(r"^(?:minutes|hours|days|weeks|months|years|decades)$", re.I)
# A weekday right before a part of day, with "early" or "late" before it ("late Tuesday ").
_DAY_BEFORE_RE = re.compile(rf"\b(?:(?:early|late)\s+)?(?:{'|'.join(WEEKDAYS)})\s+$", re.I)
_BARE_UNITS = frozenset({"year", "quarter", "month", "week", "period"})
_PART_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "overnight"})
_CLOCK_WORDS_RE = re.compile(r"^(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d\d|noon|midnight|midday)(?:\s+(?:EST|EDT|GMT|CST|CDT|PST|PDT|ET|local time))?$", re.I)
_DAY_WORDS_RE = re.compile(
    r"^(?:(?:last|next|this|early|late)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow)$|"
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?$",
    re.I,
)


def _words_trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without the leading modifiers and trailing possessive/conjunction."""
    piece = text[start:end]
    lead = _LEADING_CUT_RE.match(piece) or _ARTICLE_BEFORE_ADJECTIVE_RE.match(piece)
    if lead and lead.end() < len(piece):
        start += lead.end()
        piece = text[start:end]
    trail = _TRAILING_CUT_RE.search(piece)
    if trail and trail.start() > 0:
        end = start + trail.start()
    off = _EARLY_LATE_RE.search(text, start, end)
    if off:
        end = off.start("off")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if text[start:end].lower().startswith("the the "):
        start += 4
    return start, end


def _split(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """A range or list of dates as its parts; 'the quarter ended Sept. 30' as two."""
    piece = text[start:end]
    ended = _ENDED_SPLIT_RE.search(piece)
    if ended:
        return [(start, start + ended.start(), True), (start + ended.end(), end, False)]
    if not re.search(r"\b(?:to|through|and|until|till)\b|\d{4}\s*,\s*\d{4}", piece, re.I):
        return [(start, end, False)]
    if re.search(r"\b(?:a|an|one|\d+)\s+\w+\s+and\s+a\s+half\b", piece, re.I):
        return [(start, end, False)]  # "a minute and a half"
    parts = []
    position = 0
    for match in _RANGE_SPLIT_RE.finditer(piece):
        parts.append((position, match.start()))
        position = match.end()
    parts.append((position, len(piece)))
    pieces = [piece[a:b] for a, b in parts]
    if len(pieces) < 2 or not all(_DATEISH_RE.search(p) for p in pieces):
        return [(start, end, False)]
    if any(re.fullmatch(r"(?:the\s+)?\w+", p) and not _DATEISH_RE.search(p) for p in pieces):
        return [(start, end, False)]
    # "two to three weeks", "the next 12 to 18 months": one duration, not a range
    last_word = pieces[0].split()[-1] if pieces[0].split() else ""
    if re.fullmatch(r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve", last_word, re.I) and not _MONTH_DAY_RE.match(pieces[0].strip()):
        return [(start, end, False)]
    if re.fullmatch(r"(?:days|weeks|months|years)", pieces[0].strip(), re.I):
        return [(start, end, False)]  # "weeks or months"
    return [(start + a, start + b, False) for a, b in parts]


def _join_with_neighbours(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'Saturday' + 'night', 'noon' + 'Thursday', '5 p.m. EST' + 'Nov. 6' become one span."""
    joined: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if joined:
            p_start, p_end, p_label = joined[-1]
            gap = text[p_end:start]
            left, right = text[p_start:p_end], text[start:end]
            if (re.fullmatch(r"[ ,]{0,3}", gap) or (gap == " on " and _CLOCK_WORDS_RE.match(left.strip()))) and (
                (_DAY_WORDS_RE.match(left.strip()) and right.strip().lower() in _PART_OF_DAY)
                or (_CLOCK_WORDS_RE.match(left.strip()) and _DAY_WORDS_RE.match(right.strip()))
                or (left.strip().lower() in ("noon", "midnight", "midday") and _DAY_WORDS_RE.match(right.strip()))
            ):
                joined[-1] = (p_start, end, "TIME")
                continue
            if gap in (" on ", " from ") and left.lower() == "a week" and right.lower() in WEEKDAYS:
                joined[-1] = (p_start, end, "DATE")  # "a week on Friday": one day, not a length and a day
                continue
            if gap in (" or ", " and ") and _BARE_PLURAL_UNIT_RE.match(left) and _BARE_PLURAL_UNIT_RE.match(right):
                joined[-1] = (p_start, end, p_label)  # "weeks or months": one vague length of time
                continue
        joined.append((start, end, label))
    # A part of day spaCy left out of the entity: "Saturday" + " night"; or the day it left
    # out of any entity: "voted 4-3 late Tuesday" + "night" (only "night" was tagged).
    out = []
    for start, end, label in joined:
        if _DAY_WORDS_RE.match(text[start:end].strip()):
            after = re.match(r" (morning|afternoon|evening|night)s?\b", text[end : end + 12], re.I)
            if after:
                end += after.end()
                label = "TIME"
        elif text[start:end].lower() in _PART_OF_DAY:
            before = _DAY_BEFORE_RE.search(text, max(0, start - 20), start)
            if before and not (out and out[-1][1] > before.start()):
                start = before.start()
        out.append((start, end, label))
    return out


# Plural units of time an amount can be, and the nouns of quantity that may come between an
# article and such a unit ("a few hours", "a couple of days").
_PLURAL_UNITS = frozenset({"seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years", "decades"})
_QUANTITY_NOUNS = frozenset({"few", "couple", "dozen", "half", "number", "handful", "lot", "matter", "score", "series"})
_AMOUNT_WORDS = frozenset({"several", "many", "some", "few"})
# "for the corresponding period last year", "the same quarter a year earlier": the earnings
# report's year-ago period, one expression (spaCy tags only "last year").
_SAME_PERIOD_WORDS = frozenset({"same", "corresponding", "comparable", "like"})
_YEAR_BACK = frozenset({"last year", "a year ago", "a year earlier", "the previous year", "the prior year"})


def _after_a_noun_phrase(doc: Doc, start: int, end: int) -> int:
    """Where a time spaCy tagged with the noun phrase before it starts: "in a statement hours
    later" -> "hours", "at a news conference days after" -> "days" (the statement is no
    time); ``start`` when the entity opens on no article and nouns before a plural unit."""
    if doc[start].lower_ not in ("a", "an"):
        return start
    i = start + 1
    while i < end and doc[i].pos_ in ("NOUN", "PROPN") and doc[i].lower_ not in _QUANTITY_NOUNS and doc[i].lower_ not in _PLURAL_UNITS:
        i += 1
    # "in an interview several months before", "at a hearing two weeks later": an amount may
    # come between the noun and its unit
    unit = i + 1 if i < end and (doc[i].lower_ in _AMOUNT_WORDS or doc[i].like_num) else i
    return i if start + 1 < i and unit < end and doc[unit].lower_ in _PLURAL_UNITS else start


def _spacy_spans(doc: Doc) -> list[tuple[int, int, str]]:
    spans = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        start, end = ent.start, ent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        for i in range(start, end):
            # "March 14, 2025" keeps its comma; "Wednesday, ending weeks" is cut at it, and
            # so is an entity run over a paragraph break.
            if (doc[i].text == "," and not (i + 1 < end and (doc[i + 1].like_num or _MONTH_START_RE.match(doc[i + 1].text)))) or "\n" in doc[i].text:
                end = i
                break
        start = _after_a_noun_phrase(doc, start, end)
        if end - start > 2 and doc[start].like_num and doc[start + 1].lower_ in ("a", "an"):
            start += 1  # "up from seven a year ago": the seven is a count, not part of the date
        if doc[start:end].text.lower() in _YEAR_BACK and start >= 3 and doc[start - 1].lower_ in ("period", "quarter"):
            if doc[start - 2].lower_ in _SAME_PERIOD_WORDS and doc[start - 3].lower_ == "the":
                start -= 3
        if start > 0 and doc[start - 1].lower_ in ("every", "each"):
            start -= 1
        if end - start == 1 and start > 0 and doc[start].lower_ in _BARE_UNITS and doc[start - 1].lower_ in ("the", "this", "that", "last", "next"):
            start -= 1  # "this year's results": spaCy leaves the determiner out
        if end - start == 1 and doc[start].like_num and len(doc[start].text) == 4 and start > 0 and end < len(doc):
            if doc[start - 1].lower_ == "the" and doc[end].lower_ in ("period", "quarter"):
                start, end = start - 1, end + 1  # "the 1988 period": that year's quarter, as one expression
        if end > start:
            spans.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), ent.label_))
    return spans


def _join_part_and_day(text: str, found: list[Candidate]) -> list[Candidate]:
    """'mid-afternoon' + 'yesterday', 'late morning' + 'Friday': a part of day (or a clock
    time) spaCy tagged, then a day it did not, are one expression."""
    joined: list[Candidate] = []
    for candidate in found:
        if joined:
            left = joined[-1]
            if (
                re.fullmatch(r"[ ,]{1,3}", text[left.end : candidate.start])
                and (_PART_WORDS_RE.match(text[left.start : left.end]) or _CLOCK_WORDS_RE.match(text[left.start : left.end]))
                and _DAY_WORDS_RE.match(text[candidate.start : candidate.end])
            ):
                joined[-1] = Candidate(left.start, candidate.end, "TIME")
                continue
        joined.append(candidate)
    return joined
