"""Quotations in single marks: an article quoting British style, and the single-quoted
paragraphs and sentences of American copy.

Single marks double as apostrophes, so they quote only where the article's style says so
(:func:`_single_marks`, :func:`_pair_single_paragraph`), in a paragraph with no double mark
whose quotation closes after a comma before its cue (:func:`_single_quoted_paragraph`), or
as whole sentences after a double-quoted one (:func:`_single_sentences`).
Split from ``quote_marks.py`` (session 50).
"""

from __future__ import annotations

import re

from newsmine.nlp.quote_marks.bounds import paragraph_bounds
from newsmine.nlp.quote_marks.double_marks import _ENDS_CLAUSE, _MARK_RE, _Mark, _opens_straight, _pair_paragraph

_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
_ASCII_SINGLE = "'"
# A quotation in straight single marks: one opening after a space, a bracket, a dash or the
# paragraph start, before a letter, and one closing right after clause punctuation ("'I don't
# know,' he said"); the apostrophes of "don't" and "players'" never close after punctuation.
# Bounded, so that a paragraph of apostrophes ("'em", "'n'") costs a fixed scan per mark, not
# one to the line's end (quadratic: 73 s for 750,000 characters unbounded).
#
# Each pattern that opens with "a line's start or a lookbehind, then the mark" looks ahead for
# the mark first: the same matches, but the engine leaves a position that holds no mark at
# once, where it tried the line start and the lookbehind at every character of the article
# (a quarter to two fifths of the time on PolNeAR train texts; session 53).
_ASCII_SINGLE_QUOTATION_RE = re.compile(r"(?=')(?:^|(?<=[\s(\[—–-]))'(?=[A-Za-z])[^\n]{0,600}?[,.!?]'(?!\w)", re.M)
# A single quotation (straight or curly) with a double quotation nested in it, closing right
# after the double one's closing mark ("'People said to me, "Watch me,"' Ms Hart said"); an
# apostrophe before it ("don’t") is no closing mark. Bounded as above.
_NESTING_SINGLE_QUOTATION_RE = re.compile(
    r"(?=['‘])(?:^|(?<=[\s(\[—–-]))['‘](?=[A-Za-z])(?:[^'‘’\n]|['’](?=[a-z])){0,600}?[\"“][^\"“”\n]{1,600}?[,.!?][\"”]['’](?!\w)",
    re.M,
)
# A curly single mark that opens a quotation: not one before a digit (‘90s).
_CURLY_SINGLE_OPENING_RE = re.compile(r"‘(?!\d)")
# Double quotations, set aside before single ones are counted: single marks nested inside
# them ('"We call it ‘the tunnel,’ " she said') are American copy's, not British style's.
_DOUBLE_QUOTATION_RE = re.compile(r"“[^”\n]{0,2000}”|\"[^\"\n]{0,2000}\"")


def _single_marks(text: str) -> tuple[tuple[str, str], ...] | None:
    """The opening and closing single marks of an article that quotes with them (British
    style), one pair per kind it uses (‘ ’, ' ' or both), or None.

    With curly marks: no double mark anywhere, and a ‘ past the first paragraph. (American
    headlines quote with single marks over a body with none — "Cooper upset ‘American Sniper’
    fans" — and stay as they were.) Past the first paragraph, single quotations also make the
    style when they are at least two and at least twice the double-quoted ones (a stray
    "on paper" among British quotes; American copy nests a few single ones inside many double
    ones). Single quotations inside double ones, and a ‘ before a digit (‘90s), are not counted.
    Straight single marks ("'We cannot afford it,' said Moore") count only by the quotations
    they close after clause punctuation, as apostrophes look the same. Copy pasted together
    from several sources mixes the two kinds ("‘It is over,’ she said." beside "'It is not,'
    he said."): both are counted, and both quote, or the straight ones were left unquoted and
    the curly ones alone too few to make the style.
    """
    bounds = paragraph_bounds(text)
    if len(bounds) < 2:
        return None
    body = text[bounds[1][0] :]
    # Double marks inside a single quotation ("'People said to me, "You cannot," and I said,
    # "Watch me,"' Ms Hart said") are British style's own nesting: not counted against it.
    nesting = "'" in body or _SINGLE_OPEN in body
    doubles = len(_MARK_RE.findall(_NESTING_SINGLE_QUOTATION_RE.sub(" ", body) if nesting else body)) // 2
    outside = _DOUBLE_QUOTATION_RE.sub(" ", body)
    straight = len(_ASCII_SINGLE_QUOTATION_RE.findall(outside))
    if _SINGLE_OPEN in body:
        kinds = ((_SINGLE_OPEN, _SINGLE_CLOSE), (_ASCII_SINGLE, _ASCII_SINGLE)) if straight else ((_SINGLE_OPEN, _SINGLE_CLOSE),)
        if _MARK_RE.search(text) is None:
            return kinds
        singles = len(_CURLY_SINGLE_OPENING_RE.findall(outside)) + straight
    else:
        singles = straight
        kinds = ((_ASCII_SINGLE, _ASCII_SINGLE),)
    return kinds if singles >= 2 and singles >= 2 * doubles else None


def _pair_single_paragraph(
    text: str, start: int, end: int, marks: tuple[str, str] = (_SINGLE_OPEN, _SINGLE_CLOSE)
) -> list[tuple[_Mark, _Mark | None]]:
    """Paired single marks of a paragraph of a single-style article (``marks``: its opening
    and closing single marks, ‘ ’ or both ').

    An opening mark opens where a straight mark would (:func:`_opens_straight`: after a space, the
    paragraph start or an opening bracket/dash/colon, before a non-space), but a straight one
    not before a digit ('90s). A closing mark between two letters or digits (it’s) or before one (’90s) is an
    apostrophe; any other closes, but a plural possessive looks the same ("the councillors’
    pay"), so of the closing marks before the next opening one the last after clause
    punctuation is taken ('‘We know the councillors’ views,’ he said'), else the first
    ('called it ‘a disgrace’ and the Smiths’ reply …'); none: the quote runs on.
    """
    open_char, close_char = marks
    openings, closings = [], []
    for i in range(start, end):
        ch = text[i]
        if ch == open_char and _opens_straight(text, i, 1, start):
            if open_char != close_char or (i + 1 < end and not text[i + 1].isdigit()):
                openings.append(i)
        elif ch == close_char and i > start and not text[i - 1].isspace():
            if not (i + 1 < end and text[i + 1].isalnum()):
                closings.append(i)
    pairs: list[tuple[_Mark, _Mark | None]] = []
    after = start
    for k, opening in enumerate(openings):
        if opening < after:
            continue  # inside the previous quotation (a nested single quotation, or a typo)
        limit = openings[k + 1] if k + 1 < len(openings) else end
        candidates = [c for c in closings if opening < c < limit]
        if not candidates:
            # Unclosed: a quote running on to the next paragraph only if it is the last here.
            if k + 1 == len(openings):
                pairs.append((_Mark(opening, 1, True, False), None))
            continue
        punctuated = [c for c in candidates if text[c - 1] in _ENDS_CLAUSE]
        closing = punctuated[-1] if punctuated else candidates[0]
        pairs.append((_Mark(opening, 1, True, False), _Mark(closing, 1, False, False)))
        after = closing + 1
    return pairs


def _pair_single_style_paragraph(
    text: str, start: int, end: int, kinds: tuple[tuple[str, str], ...]
) -> list[tuple[_Mark, _Mark | None]]:
    """A single-style paragraph's quotations: its single-mark ones (of each kind of mark the
    article uses) and the double-mark ones outside them (a double-quoted phrase inside a
    single quotation is the speaker's own)."""
    singles = [pair for marks in kinds for pair in _pair_single_paragraph(text, start, end, marks)]
    doubles = _pair_paragraph(text, start, end) if _MARK_RE.search(text, start, end) else []
    if not doubles and len(kinds) == 1:
        return singles
    kept: list[tuple[_Mark, _Mark | None]] = []
    reach = start
    for opening, closing in sorted(singles + doubles, key=lambda pair: pair[0].offset):
        if opening.offset >= reach:
            kept.append((opening, closing))
            reach = closing.end if closing is not None else end
    return kept


# A single mark opening a quotation (after a space, the paragraph start, an opening bracket or
# a dash, before a letter), and one closing a quotation before its cue ("…,’ she said").
_SINGLE_OPENING_RE = re.compile(r"(?=[‘'])(?:^|(?<=[\s(\[—–-]))[‘'](?=[A-Za-z])", re.M)  # the mark first (see above)
_SINGLE_CLOSED_BEFORE_CUE_RE = re.compile(r"[,?!][’'] ")


def _single_quoted_paragraph(text: str, start: int, end: int) -> tuple[str, str] | None:
    """"‘Samuel was the first …,’ she said. ‘We will …’" in an article quoted with double marks:
    a paragraph with no double mark whose single mark opens a quotation closed after a comma
    before its cue is quoted with single marks (a family's statement or copy from a British
    source pasted in). Its opening and closing marks, else None (American copy nests single
    marks inside double ones; an apostrophe, 'the '90s', "rock 'n' roll", closes nothing
    before a cue)."""
    if _MARK_RE.search(text, start, end):
        return None
    opening = _SINGLE_OPENING_RE.search(text, start, end)
    if opening is None:
        return None
    marks = (_SINGLE_OPEN, _SINGLE_CLOSE) if opening.group() == _SINGLE_OPEN else (_ASCII_SINGLE, _ASCII_SINGLE)
    closing = _SINGLE_CLOSED_BEFORE_CUE_RE.search(text, opening.end(), end)
    return marks if closing is not None and text[closing.start() + 1] == marks[1] else None


# A whole sentence in single marks (straight or curly) after a full stop: "…," Linn said. 'The
# show will go on.' — opening before a capital, closing after the sentence's end mark before a
# space or the paragraph's end. An apostrophe ("don't", "the '90s") opens or closes no sentence.
# After the closing mark a new sentence starts, or the paragraph ends: a title ending in '!' or
# '?' that the sentence runs on past ("'Oklahoma!' opened the second half") is no quotation.
_SINGLE_SENTENCE_RE = re.compile(r"(?<=[.?!] )([‘'])[A-Z][^\n\"“”]*?[.?!]([’'])(?=\s*$|\s*\n|\s+[A-Z\"“‘'(])")


def _single_sentences(text: str, start: int, end: int, pairs: list[tuple[_Mark, _Mark | None]]) -> list[tuple[_Mark, _Mark | None]]:
    """The double-mark ``pairs`` of a paragraph with the whole sentences in single marks
    outside them ("…," Linn said. 'The show will go on, and the door is open.'): copy mixing
    its marks, where a sentence after a double-quoted one is quoted too. Single marks nested
    inside a double quotation, or after one left open, stay its own."""
    if not pairs or pairs[-1][1] is None:
        return pairs
    found = []
    for match in _SINGLE_SENTENCE_RE.finditer(text, start, end):
        opening, closing = match.start(1), match.start(2)
        if text[opening] == "'" and text[closing] != "'" or text[opening] == "‘" and text[closing] != "’":
            continue
        if any(o.offset < closing and opening < c.offset for o, c in pairs if c is not None):
            continue
        found.append((_Mark(opening, 1, True, False), _Mark(closing, 1, False, False)))
    return sorted(pairs + found, key=lambda pair: pair[0].offset) if found else pairs
