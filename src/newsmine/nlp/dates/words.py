"""The words dates are written in: month, weekday, season and part-of-day names, and
numbers written in words.

"nineteen ninety-six" -> 1996, "the year two thousand" -> 2000, "March eighth" -> March 8,
"twenty four hours" -> 24 hours. Rewriting them to digits first lets one set of rules (and
dateparser) read both forms.
"""

from __future__ import annotations

import re

__all__ = [
    "CLOCK_RE", "DAY_PARTS", "MONTHS", "MONTH_RE", "NUMBER_WORDS", "PART_RE", "SEASON_CODES", "SEASON_RE",
    "TWO_DIGIT_WORDS_RE", "VALUE_FILLER_RE", "WEEKDAYS", "YEAR_RE", "digits_for_words", "number",
]

# A year as news writes one (not "$1990", "1,990" or "1990%").
YEAR_RE = re.compile(r"(?<![\d$.,])(1[5-9]\d\d|20\d\d)(?![\d%])")
CLOCK_RE = re.compile(
    r"\b\d{1,2}(:\d\d)?\s*(a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d\d\b|\bnoon\b|\bmidnight\b|\bmidday\b"
    r"|\d+ (?:o'clock|in the (?:morning|afternoon|evening))",
    re.I,
)
SEASON_RE = re.compile(r"\b(spring|summer|fall|autumn|winter)\b", re.I)
SEASON_CODES = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_RE = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\.?"
)
# TimeML's codes for the parts of a day.
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI", "tonight": "NI"}
PART_RE = r"(morning|afternoon|evening|night)"
# Leading words that do not change the value: "early March" is March, "the end of 1990" 1990.
VALUE_FILLER_RE = re.compile(
    r"^(?:on|in|at|by|since|until|from|the|this past|early|earlier|mid|late|later|mid-|around|about|sometime|some time|"
    r"nearly|almost|more than|less than|over|roughly|a|an|"
    r"the (?:end|beginning|start|middle|close|turn|rest|remainder|first half|second half|last half|balance) of|"
    r"(?:the )?(?:end|beginning|start|middle) of|as early as|as late as|as of|until|both|all|only|just|through|"
    r"the same|most of|much of|part of|a good part of|the early part of|the latter part of)\s+",
    re.I,
)

NUMBER_WORDS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "couple": 2, "a couple of": 2, "half": 0.5, "dozen": 12,
}
_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30,
}
# 1-99 in words: "ninety-six", "ninety six", "seven", "seventeen".
_TWO_DIGITS = rf"(?:(?:{_TENS})(?:[- ](?:{_UNITS_WORDS}))?|{_TEENS}|{_UNITS_WORDS})"
TWO_DIGIT_WORDS_RE = re.compile(rf"{_TWO_DIGITS}$", re.I)  # the whole text one such number
# "nineteen ninety-six", "nineteen oh five"; the century word first, then the rest.
_SPELLED_YEAR_RE = re.compile(rf"\b(nineteen|eighteen|twenty)[- ]((?:{_TENS})(?:[- ](?:{_UNITS_WORDS}))?|{_TEENS}|hundred)\b", re.I)
# "the year two thousand", not "two thousand years"
_THOUSAND_RE = re.compile(rf"\btwo thousand(?:(?: and)? ({_TWO_DIGITS}))?\b(?! (?:years|days|people|miles))", re.I)
_MONTH_ORDINAL_RE = re.compile(
    r"\b(jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
    r"\s+(?:the\s+)?((?:twenty|thirty)[- ])?(" + "|".join(_ORDINALS) + r")\b",
    re.I,
)
_COMPOUND_RE = re.compile(rf"\b({_TENS})[- ]({_UNITS_WORDS})\b", re.I)


def number(word: str | None) -> float | None:
    """'12' -> 12.0; 'twelve' -> 12.0; 'twenty-four' -> 24.0; 'a hundred' -> 100.0; else None."""
    if word is None:
        return None
    word = word.lower().strip()
    if re.fullmatch(r"\d+(\.\d+)?", word):
        return float(word)
    if re.fullmatch(r"\d+ 1/2", word):
        return float(word.split()[0]) + 0.5
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    parts = [p for p in re.split(r"[- ]+", word) if p]
    if parts and parts[0] in ("a", "an") and len(parts) > 1:
        parts = parts[1:]  # "a hundred", "a dozen"
    if all(p in NUMBER_WORDS for p in parts) and parts:
        if len(parts) == 2 and parts[1] in ("hundred", "dozen"):
            return float(NUMBER_WORDS[parts[0]] * NUMBER_WORDS[parts[1]])
        if len(parts) == 2 and NUMBER_WORDS[parts[0]] >= 20 and NUMBER_WORDS[parts[1]] < 10:
            return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
        if len(parts) == 1:
            return float(NUMBER_WORDS[parts[0]])
    return None


def _two_digits(words: str) -> int:
    value = number(words)
    return int(value) if value is not None else 0


def digits_for_words(text: str) -> str:
    """Spelled years, 'two thousand' and day ordinals after a month rewritten as digits."""
    if not re.search(r"[a-z]", text, re.I):
        return text

    def year(match: re.Match) -> str:
        century = {"eighteen": 18, "nineteen": 19, "twenty": 20}[match.group(1).lower()]
        rest = match.group(2).lower()
        return str(century * 100 + (0 if rest == "hundred" else _two_digits(rest)))

    def thousand(match: re.Match) -> str:
        return str(2000 + (_two_digits(match.group(1)) if match.group(1) else 0))

    def month_ordinal(match: re.Match) -> str:
        tens = 20 if (match.group(2) or "").lower().startswith("twenty") else 30 if match.group(2) else 0
        return f"{match.group(1)} {tens + _ORDINALS[match.group(3).lower()]}"

    text = _SPELLED_YEAR_RE.sub(year, text)
    text = _THOUSAND_RE.sub(thousand, text)
    text = _MONTH_ORDINAL_RE.sub(month_ordinal, text)
    return _COMPOUND_RE.sub(lambda m: str(_two_digits(m.group(0))), text)
