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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import ENT_TYPE, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from newsmine.nlp.dates.days import HOLIDAYS
from newsmine.nlp.dates.nth_weekdays import NTH_WEEKDAY_RE
from newsmine.nlp.dates.slash_dates import slash_dates
from newsmine.nlp.dates.words import MONTH_RE, TWO_DIGIT_WORDS_RE, WEEKDAYS
from newsmine.nlp.doc_attrs import in_excluded, token_indices

__all__ = ["Candidate", "find_candidates", "names_tagged_dates"]


@dataclass(slots=True)
class Candidate:
    start: int  # character offsets into the doc's text
    end: int
    label: str  # DATE | TIME (spaCy's) or REF (added here)
    read_as: str | None = None  # the text to normalise when it is not the span's own ("25" -> "April 25")
    before_ended: bool = False  # "the year" of "the year ended March 31": a span of time
    time_stamp: bool = False  # a live blog's time stamp line: a time of the publication day


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
_AGE_RE = re.compile(r"^\d{1,3}$|^(?:early|mid|late)?-?\d0s$")
# A decade after a possessive is a person's age, not years of the calendar: "in their
# thirties", "a man in his early 60s", "her twenties" ("the thirties" stays the 1930s).
_DECADE_RE = re.compile(
    r"^(?:(?:early|mid|late)[\s-]*)?(?:\d0['’]?s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$", re.I
)
_POSSESSIVE_BEFORE_RE = re.compile(r"\b(?:his|her|their|my|our|your)\s+$", re.I)
_NOT_A_DATE_RE = re.compile(
    r"\d+[- ]years?[- ]old|\byears? old\b|[a-z]+-year-old\b|\bage of\b|\baged\b|^(?:quarterly|annual|annually|seasonally|olympic|"
    r"semiannual|biannual|yearly)$|^\d{5,}$|^0\d{3}$"
    # a year of study or service as an adjective: "a fifth-year chemistry student", "second-year teachers"
    r"|(?:^|\s)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|\d+(?:st|nd|rd|th))-year$"
    # a match's minute, no time of day: "scored in the 89th minute"
    r"|^(?:the\s+)?\d+(?:st|nd|rd|th)\s+minute$",
    re.I,
)
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
# Searched over the whole article: the lookahead on the alternatives' first letters fails at
# once where no alternative can start, where the bare alternation tried each of its branches
# at every position (0.35 against 0.96 ms an article, the same matches on 400 train articles).
_REFERENCE_WORDS_RE = re.compile(
    r"(?=[rncmtodeybg])\b(?:(?:right\s+)?now|currently|(?:more\s+|most\s+)?recently|these days|nowadays|the (?:near |distant )?future|"
    r"the near term|the short term|(?:over |during )?the weekend|thanksgiving day|election day|christmas day|"
    # holidays the model often tags no date ("on Easter Monday, 6 April", "on New Year's Eve")
    r"christmas eve|boxing day|new year's (?:eve|day)|easter (?:sunday|monday)|good friday|"
    r"every (?:day|week|month|year)|each (?:day|week|month|year)|daily|today|tonight|yesterday|tomorrow|"
    # "in the past" alone, not "the past three years" (spaCy's)
    r"the past(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|few|several|many|"
    r"year|week|month|day|decade|century|quarter|summer|winter|spring|fall|hour|night|weekend|generation|half))|"
    # "current" as TimeML reads it ("current market conditions"), not the finance terms;
    # "the then current price" is a past one
    r"(?:then[- ])?current(?!\s+(?:account|accounts|assets|liabilities|affairs|events|dollars|prices|yield|ratio)\b))\b"
    r"(?![-'’]\w)",  # not "now-defunct", "today's"
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


def _is_noise(text: str) -> bool:
    """Ages, counts, frequency adjectives and model numbers spaCy labels DATE."""
    # a bare number is an age ("Hernandez, 49,"), a count or "in his 30s"; spelled out too:
    # "when she was nineteen", "Forty-eight remain to be allocated", "Clinton named six"
    return bool(_NOT_A_DATE_RE.search(text) or _AGE_RE.match(text) or TWO_DIGIT_WORDS_RE.match(text))


def _an_age_decade(text: str, start: int, piece: str) -> bool:
    """A decade written after a possessive ("in their thirties", "in his early 60s"): the
    person's age, which spaCy labels DATE and the values would read as the 1930s."""
    return bool(_DECADE_RE.match(piece) and _POSSESSIVE_BEFORE_RE.search(text[max(0, start - 8) : start]))


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


def _after_a_noun_phrase(doc: Doc, start: int, end: int) -> int:
    """Where a time spaCy tagged with the noun phrase before it starts: "in a statement hours
    later" -> "hours", "at a news conference days after" -> "days" (the statement is no
    time); ``start`` when the entity opens on no article and nouns before a plural unit."""
    if doc[start].lower_ not in ("a", "an"):
        return start
    i = start + 1
    while i < end and doc[i].pos_ in ("NOUN", "PROPN") and doc[i].lower_ not in _QUANTITY_NOUNS and doc[i].lower_ not in _PLURAL_UNITS:
        i += 1
    return i if start + 1 < i < end and doc[i].lower_ in _PLURAL_UNITS else start


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
    return _join_part_and_day(text, found)


# Parts of the day that name a kind of thing before a noun ("night shifts", "the evening news",
# "day care"); not "overnight", which says when ("overnight losses in New York", a TimeBank time).
_KINDS_OF_DAY = (_PART_OF_DAY - {"overnight"}) | {"day"}


def _part_of_day_modifying_a_noun(doc: Doc, start: int, end: int) -> bool:
    """The span is one word of :data:`_KINDS_OF_DAY`, after an article or not, that modifies
    the noun right after it ("work night shifts", "watched the evening news", "a day care
    centre"): it names a kind of thing, not a time."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if t.lower_ not in ("the", "a", "an")]
    if len(words) != 1 or words[0].lower_ not in _KINDS_OF_DAY:
        return False
    word = words[0]
    return word.dep_ in ("compound", "amod", "nmod") and word.head.pos_ == "NOUN" and word.head.i == word.i + 1


def _may_be_a_name(piece: str) -> bool:
    """A lone capitalised word spaCy tagged DATE that could be a word of a person's name, the
    second "Ruiz" of a headline "Ruiz edges out Ruiz in clerk race": not a month's, a
    weekday's or a holiday's name, which is a date though a person or a title is named by it
    too ("June Carter said the festival returns in June", "'Halloween Kills' took $50 million
    … Halloween is the studio's biggest weekend")."""
    if not (piece.istitle() and piece.isalpha()) or re.fullmatch(MONTH_RE, piece, re.I):
        return False
    return piece.lower() not in WEEKDAYS and piece.lower() not in HOLIDAYS


# Labels the small model gives a person's full name ("forward Ezi Magbegor" a work of art) whose
# surname it then tags a date alone ("Magbegor told reporters").
_NAME_LABELS = frozenset({"PERSON", "WORK_OF_ART", "FAC", "PRODUCT"})
_DATE_ID = get_string_id("DATE")


def _name_words_of(doc: Doc) -> frozenset[str]:
    """The words of the names of the people of ``doc`` (and of the names the model mislabels
    so, :data:`_NAME_LABELS`): read once per article, not once per date (a long article has
    hundreds of each)."""
    return frozenset(t.text for ent in doc.ents if ent.label_ in _NAME_LABELS for t in ent)


def names_tagged_dates(doc: Doc) -> list[Span]:
    """The lone capitalised words the model tagged a date that are words of a name of the
    article ("Ezi Magbegor … Magbegor told reporters"): a surname, which the dates leave out
    and the quotes may take for a speaker."""
    # Such a date is a word tagged a date that may be a name: without one (most articles) the
    # entities are not read, doc.ents building every one's span anew.
    dated = (doc.to_array(ENT_TYPE) == _DATE_ID).nonzero()[0].tolist() if len(doc) else []
    if not any(_may_be_a_name(doc[i].text) for i in dated):
        return []
    lone = [ent for ent in doc.ents if ent.label_ == "DATE" and len(ent) == 1 and _may_be_a_name(ent.text)]
    if not lone:
        return []
    words = _name_words_of(doc)
    return [ent for ent in lone if ent.text in words]


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


def _clock_times(doc: Doc, text: str, found: list[Candidate]) -> list[Candidate]:
    """Clock times no other candidate holds ("about 3.20pm" tagged CARDINAL), read with a
    colon ("3:20pm"), which the normaliser reads as a time."""
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


def _ordinal_days_of_months(doc: Doc, text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` with each ordinal day and its month ("5th Dec") as one date, in place of a
    candidate for its month alone; left as it is where a candidate overlaps it otherwise."""
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


# A capitalised word right after a holiday's name that makes it part of a longer name ("the
# Good Friday Agreement"), not a month or weekday that dates it ("Easter Monday April 6").
_NAME_GOES_ON_RE = re.compile(rf"[ \t]+(?!(?i:{MONTH_RE}|{'|'.join(WEEKDAYS)})\b)[A-Z][a-z]")


def _references(doc: Doc, text: str, found: list[Candidate]) -> list[Candidate]:
    """'now', 'currently', 'recently', 'the future', 'the weekend' outside spaCy's entities."""
    taken = [(c.start, c.end) for c in found]
    added = []
    for match in _REFERENCE_WORDS_RE.finditer(text):
        start, end = match.span()
        if any(start < b and a < end for a, b in taken) or in_excluded(doc, start, end) or _in_a_name(doc, text, start, end):
            continue
        low = match.group(0).lower()
        if low in HOLIDAYS and _NAME_GOES_ON_RE.match(text, end):
            continue  # "the Good Friday Agreement", "the Boxing Day Test": a name, no day
        if low.startswith(("over ", "during ")):
            start = match.start() + low.index("the")
        added.append(Candidate(start, end, "REF"))
    return added


def _in_a_name(doc: Doc, text: str, start: int, end: int) -> bool:
    """'USA Today', 'the Daily News', 'Lopez Tonight', 'the Liberty Now PAC', 'the journal
    Neurology Today': a reference word written with a capital inside a sentence and read as
    part of a name (a proper noun, or in an entity that is no date) names an outlet or a show,
    not a time. A sentence's first word has its capital anyway ('Today in America, ...'), and
    a holiday's name is a date ('on Thanksgiving Day', 'on Easter Monday')."""
    if not text[start].isupper() or text[start:end].lower().endswith(" day") or text[start:end].lower() in HOLIDAYS:
        return False
    before = text[max(start - 12, 0) : start].rstrip(" \t\xa0\"'“”‘’")
    if not before or before[-1] in ".!?:\n":
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ == "PROPN" or t.ent_type_ not in ("", "DATE", "TIME") for t in span)


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


def span_for(doc: Doc, candidate: Candidate) -> Span | None:
    """The doc span covering a candidate (for the tense around it)."""
    return doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
