"""The words TimeML tags a reference to the present, past or future ("now", "currently",
"recently", "the future", "the weekend") and the holidays spaCy leaves out, outside its
entities (:func:`_references`); not where the word is part of a name ("USA Today", "the Good
Friday Agreement"). Split from :mod:`.spans` (session 50).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsmine.nlp.dates.candidate import Candidate
from newsmine.nlp.dates.days import HOLIDAYS
from newsmine.nlp.dates.words import MONTH_RE, WEEKDAYS
from newsmine.nlp.doc_attrs import in_excluded

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
