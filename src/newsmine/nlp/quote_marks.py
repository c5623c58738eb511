"""Find quoted stretches of text by pairing quotation marks.

Works on the raw text (no parse needed) and copes with what news text really holds:

- straight (``"``), curly (``“ ”``, ``„``, ``« »``) and doubled single (``''``, the
  convention of some newspaper archives) double marks, mixed in one article; the typewriter
  pair of two grave accents and two apostrophes (````…''``, text archives and converted TeX)
  opens with the accents (see :func:`_typewriter_opens`);
- a quote running over several paragraphs: by convention each paragraph opens with a
  mark and only the last one closes, so an unclosed quote continues when the next
  paragraph opens with a mark;
- unbalanced marks: an unclosed quote ends at the end of its paragraph, so one stray mark
  never swallows the rest of the article; nor does a mark left unclosed by a typo swallow the
  next paragraph's quotation when another named speaker is credited right after it (see
  :func:`_credits_another`);
- a paragraph set off under a lead-in that ends with a verb of speech or writing and a colon
  ("Shah wrote:", "In a speech last July, he said:") is a quotation though no mark opens it:
  a post, a letter or a speech quoted as a block (see :func:`_introduced_block`);
- a quotation nested in another with the same curly marks ('“… he calls “hell” …”');
- a curly mark typed the wrong way round, read by where it stands: an opening mark after
  a word and before a space closes ('“It’s unusual,“ said …'), a closing mark after a
  space and before a letter opens; an invisible format character (U+202A opening pasted
  social-media comments, a zero-width space) stands where a space would;
- single marks (``‘ ’`` or straight ``'``) are only used inside a double-quoted stretch
  (nested quotes) and otherwise ignored: they double as apostrophes — except in an article
  written in the British style, with single marks around its quotes ("‘We cannot afford it,’
  said Moore.", "'We cannot afford it,' said Moore.") and double ones few or none (those nested
  in a single quotation not counted): there an opening mark opens and a closing one that is
  no apostrophe closes, and a double-quoted stretch outside them is a quote too (see
  :func:`_single_marks`, :func:`_pair_single_paragraph`);
  and, past the headline, in a paragraph with no double mark whose single-quoted quotation
  closes after a comma before its cue ("‘…,’ she said. ‘…’" pasted into American copy, see
  :func:`_single_quoted_paragraph`).

A straight mark (``"`` or ``''``) opens when it follows a space, the paragraph start or an
opening bracket/dash/colon and precedes a non-space; otherwise it closes, unless nothing is
open in its paragraph and it is glued to a letter after it (a dropped space:
'about"joint operations …"', see :func:`_glued_straight_opens`).

Linear in the length of the text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from newsmine.nlp import lexicons

__all__ = ["QuotedStretch", "find_quoted", "paragraph_bounds", "pull_quotes"]

_OPENING = "“„«"
_CLOSING = "”»"
_STRAIGHT = '"'
_DOUBLED_SINGLE = "''"
_NEWLINE_RE = re.compile(r"\r?\n")
# Characters after which a quotation mark opens, and the punctuation closing a clause.
_OPENS_AFTER = "([{—–-:"
_ENDS_CLAUSE = ",.;:!?)]—–"
# Two grave accents open a quotation that two apostrophes close in typewriter copy (``We will
# not rush this,'' said Gaines); one accent, or three (a code fence), are no mark.
_TYPEWRITER_OPENING = "``"
_MARK_RE = re.compile("[" + _OPENING + _CLOSING + _STRAIGHT + "]|" + _DOUBLED_SINGLE + "|(?<!`)``(?!`)")


@dataclass(slots=True, frozen=True)
class QuotedStretch:
    """A quotation: marks included in ``[start, end)``, content in ``[inner_start, inner_end)``.

    ``pieces`` are the per-paragraph (inner) pieces of a quote running over paragraphs; one
    piece otherwise. ``closed`` is False when the closing mark was missing.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    pieces: tuple[tuple[int, int], ...]
    closed: bool


@dataclass(slots=True, frozen=True)
class _Mark:
    offset: int
    length: int
    opens: bool
    straight: bool

    @property
    def end(self) -> int:
        return self.offset + self.length


# The last text's paragraph bounds: the quote finder reads an article's twice and the
# attribution context once more. One entry, replaced whole (threads may share it).
_last_bounds: tuple[str, tuple[tuple[int, int], ...]] = ("", ())


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Non-blank lines of ``text`` as (start, end): news feeds end a paragraph with one
    newline or with a blank line."""
    global _last_bounds
    last_text, last = _last_bounds
    if text == last_text:
        return list(last)
    bounds = _read_paragraph_bounds(text)
    _last_bounds = (text, tuple(bounds))
    return bounds


def _read_paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds = []
    pos = 0
    for match in _NEWLINE_RE.finditer(text):
        bounds.append((pos, match.start()))
        pos = match.end()
    bounds.append((pos, len(text)))
    return [(s, e) for s, e in bounds if not text[s:e].isspace() and s < e]


def _opens_straight(text: str, i: int, length: int, para_start: int) -> bool:
    before = text[i - 1] if i > para_start else " "
    after = text[i + length] if i + length < len(text) else " "
    if _blank(before) or before in _OPENS_AFTER or i == para_start:
        return not after.isspace()
    return False


def _curly_typo_closes(text: str, i: int, start: int, end: int) -> bool:
    """An opening curly mark typed where a closing one belongs: right after a word or
    punctuation and before a space, punctuation or the paragraph end ('“It’s unusual,“ said
    …', 'called them “rapists“ while …')."""
    if text[i] != "“" or i == start or _blank(text[i - 1]) or text[i - 1] in _OPENS_AFTER:
        return False
    return i + 1 >= end or text[i + 1].isspace() or text[i + 1] in _ENDS_CLAUSE


def _curly_typo_opens(text: str, i: int, start: int, end: int) -> bool:
    """A closing curly mark typed where an opening one belongs: opening a paragraph before a
    non-space ('”Fear. …”'), or after a space and before a letter ('aides ”get close …').
    (A closing mark is never followed straight by a letter.)"""
    if i + 1 >= end:
        return False
    if i == start:
        return not text[i + 1].isspace()
    return (_blank(text[i - 1]) or text[i - 1] in _OPENS_AFTER) and text[i + 1].isalnum()


def _blank(ch: str) -> bool:
    """Whether ``ch`` stands where a mark is read as after a space: a space, or an invisible
    format character (category Cf: the U+202A embedding that pasted social-media comments open
    with, '\u202a”Isis declares …”'; a zero-width space; a byte-order mark)."""
    return ch.isspace() or unicodedata.category(ch) == "Cf"


def _glued_straight_opens(text: str, mark: _Mark, end: int) -> bool:
    """A straight mark read as closing (no space before it) opens after all when no quotation
    is open in its paragraph and it is glued to the word after it, a letter or the punctuation
    ending a sentence or clause before it: a space dropped before the opening mark ('waxed
    poetic about"joint operations …"', 'the authorities."We were deceived."'). A closing mark
    stands before a space or punctuation, so with nothing open to close, a mark followed by a
    letter can only open one. Not after other characters ('datetime="May 3"' in markup)."""
    if not mark.straight or mark.end >= end or not text[mark.end].isalpha():
        return False
    before = text[mark.offset - 1]
    return before.isalpha() or before in ",.;!?"


def _marks_in(text: str, start: int, end: int) -> list[_Mark]:
    """The double quotation marks of a paragraph, in order."""
    marks = []
    for match in _MARK_RE.finditer(text, start, end):
        i = match.start()
        ch = text[i]
        if ch in _OPENING:
            marks.append(_Mark(i, 1, not _curly_typo_closes(text, i, start, end), False))
        elif ch in _CLOSING:
            marks.append(_Mark(i, 1, _curly_typo_opens(text, i, start, end), False))
        elif match.group() == _TYPEWRITER_OPENING:
            if _typewriter_opens(text, i, start, end):
                marks.append(_Mark(i, 2, True, True))
        else:
            length = match.end() - i
            marks.append(_Mark(i, length, _opens_straight(text, i, length, start), True))
    return marks


def _typewriter_opens(text: str, i: int, start: int, end: int) -> bool:
    """Two grave accents open a quotation where a straight mark would open (after a space, the
    paragraph start or an opening bracket, dash or colon, before a non-space) and two
    apostrophes follow in the paragraph to close it: typewriter copy (````We are not going to
    rush this,'' said …``). Elsewhere (a word's accents, Markdown's inline code) they are no
    mark, never a closing one."""
    return _opens_straight(text, i, 2, start) and text.find(_DOUBLED_SINGLE, i + 2, end) >= 0


def _pair_paragraph(text: str, start: int, end: int) -> list[tuple[_Mark, _Mark | None]]:
    """Paired marks of a paragraph; the closing mark is None when unclosed at paragraph end.

    An opening curly mark inside an open quotation nests ('“… what he calls “hell” than …”')
    when enough closing curly marks follow in the paragraph to close both; otherwise it is a
    typo and the first opening is kept. Straight copy nests the same way with straight marks
    ('"She said, "I love this job." What do you say?"'): a straight mark placed to open inside
    an open straight quotation nests when enough straight marks placed to close follow; with
    fewer it closes the quotation, as before (a missing closing mark).
    """
    marks = _marks_in(text, start, end)
    closings_after = [0] * (len(marks) + 1)
    straight_closings_after = [0] * (len(marks) + 1)
    straights_after = [0] * (len(marks) + 1)
    for k in range(len(marks) - 1, -1, -1):
        closings_after[k] = closings_after[k + 1] + (not marks[k].opens and not marks[k].straight)
        straight_closings_after[k] = straight_closings_after[k + 1] + (not marks[k].opens and marks[k].straight)
        straights_after[k] = straights_after[k + 1] + marks[k].straight
    pairs: list[tuple[_Mark, _Mark | None]] = []
    open_mark: _Mark | None = None
    depth = 0  # nested curly quotations inside the open one
    for k, mark in enumerate(marks):
        if open_mark is None:
            if mark.opens or (straights_after[k + 1] and _glued_straight_opens(text, mark, end)):
                open_mark = mark
            # A closing mark with nothing open is a stray (or an inch sign): ignored.
        elif mark.opens and not mark.straight:
            if not open_mark.straight and closings_after[k + 1] >= depth + 2:
                depth += 1
        elif depth and not mark.straight:
            depth -= 1
        elif open_mark.straight and mark.opens and straight_closings_after[k + 1] >= depth + 2:
            depth += 1
        elif depth and open_mark.straight and not mark.opens:
            depth -= 1
        elif not mark.opens or mark.straight:
            pairs.append((open_mark, mark))
            open_mark, depth = None, 0
    if open_mark is not None:
        pairs.append((open_mark, None))
    return pairs


_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
_ASCII_SINGLE = "'"
# A quotation in straight single marks: one opening after a space, a bracket, a dash or the
# paragraph start, before a letter, and one closing right after clause punctuation ("'I don't
# know,' he said"); the apostrophes of "don't" and "players'" never close after punctuation.
# Bounded, so that a paragraph of apostrophes ("'em", "'n'") costs a fixed scan per mark, not
# one to the line's end (quadratic: 73 s for 750,000 characters unbounded).
_ASCII_SINGLE_QUOTATION_RE = re.compile(r"(?:^|(?<=[\s(\[—–-]))'(?=[A-Za-z])[^\n]{0,600}?[,.!?]'(?!\w)", re.M)
# A single quotation (straight or curly) with a double quotation nested in it, closing right
# after the double one's closing mark ("'People said to me, "Watch me,"' Ms Hart said"); an
# apostrophe before it ("don’t") is no closing mark. Bounded as above.
_NESTING_SINGLE_QUOTATION_RE = re.compile(
    r"(?:^|(?<=[\s(\[—–-]))['‘](?=[A-Za-z])(?:[^'‘’\n]|['’](?=[a-z])){0,600}?[\"“][^\"“”\n]{1,600}?[,.!?][\"”]['’](?!\w)",
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
_SINGLE_OPENING_RE = re.compile(r"(?:^|(?<=[\s(\[—–-]))[‘'](?=[A-Za-z])", re.M)
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


def find_quoted(text: str) -> list[QuotedStretch]:
    """All quoted stretches in ``text``, in order, never overlapping."""
    kinds = _single_marks(text)
    if kinds is None:
        pair_paragraph = _pair_paragraph
    else:
        def pair_paragraph(text: str, start: int, end: int) -> list[tuple[_Mark, _Mark | None]]:
            return _pair_single_style_paragraph(text, start, end, kinds)
    stretches: list[QuotedStretch] = []
    carry: list[tuple[int, int]] | None = None  # pieces of a quote continuing into the next paragraph
    carry_start = 0
    carry_straight = False
    carry_paragraph = (0, 0)  # the paragraph the carried quote opened in
    block: list[tuple[int, int]] | None = None  # the lines of a block quoted under a lead-in (no marks)
    block_lines = False  # whether the block's lines run on to a blank line
    previous: tuple[int, int] | None = None  # the paragraph before this one
    for para_start, para_end in paragraph_bounds(text):
        before, previous = previous, (para_start, para_end)
        pairs = pair_paragraph(text, para_start, para_end)
        if kinds is None and not pairs and para_start > 0:
            # not a headline: "Ryan calls Trump line 'racist,' but backs him" quotes one word
            marks = _single_quoted_paragraph(text, para_start, para_end)
            pairs = _pair_single_paragraph(text, para_start, para_end, marks) if marks else pairs
        elif kinds is None:
            pairs = _single_sentences(text, para_start, para_end, pairs)
        lead = para_start
        while lead < para_end and text[lead].isspace():
            lead += 1
        opens_with_mark = bool(pairs) and pairs[0][0].offset == lead
        if block is not None:
            # A block's lines run on to the next blank line (a block quotation in copy whose
            # paragraphs are set apart by blank lines), not into a line opening with a mark, a
            # dash or a bullet (an embed's credit, "— Priya Shah (@MayorPriyaShah) June 7, 2026").
            if block_lines and before is not None and text.count("\n", before[1], para_start) == 1 and text[lead].isalnum():
                block.append((lead, _rstrip(text, lead, para_end)))
                continue
            stretches.append(_stretch(block[0][0], block[-1][1], block, closed=True))
            block = None
        if carry is None and before is not None and not opens_with_mark and _introduced_block(text, before, lead, para_end):
            # The block holds its own quoted words ('… But what we should ask is “who …?”').
            block = [(lead, _rstrip(text, lead, para_end))]
            block_lines = text.count("\n", before[1], para_start) >= 2
            continue
        if carry is not None:
            # Continued only by a paragraph opening with the same kind of mark: a stray straight
            # mark before a curly-quoted paragraph is a typo, not a quote running on; so is an
            # opening mark left unclosed before another speaker's quotation.
            if (
                pairs
                and pairs[0][0].offset == lead
                and pairs[0][0].straight == carry_straight
                and not _credits_another(text, pairs[0][1], para_end, carry_paragraph)
            ):
                opening, closing = pairs.pop(0)
                if closing is None:
                    carry.append((opening.end, _rstrip(text, opening.end, para_end)))
                    continue
                carry.append((opening.end, closing.offset))
                stretches.append(_stretch(carry_start, closing.end, carry, closed=True))
                carry = None
            else:
                # The quote never closed and the next paragraph does not continue it.
                stretches.append(_stretch(carry_start, carry[-1][1], carry, closed=False))
                carry = None
        for index, (opening, closing) in enumerate(pairs):
            if closing is not None:
                if closing.offset > opening.end:
                    stretches.append(_stretch(opening.offset, closing.end, [(opening.end, closing.offset)], closed=True))
            elif index == len(pairs) - 1:
                carry = [(opening.end, _rstrip(text, opening.end, para_end))]
                carry_start = opening.offset
                carry_straight = opening.straight
                carry_paragraph = (para_start, para_end)
    if carry is not None:
        stretches.append(_stretch(carry_start, carry[-1][1], carry, closed=False))
    if block is not None:
        stretches.append(_stretch(block[0][0], block[-1][1], block, closed=True))
    return [s for s in stretches if s.inner_end > s.inner_start]


# A reporting verb right after a quotation's closing mark with a name after it ('," said Sandra
# Kerr'), or a name with the verb after it ('," Kerr said'): the name's last word is group 1 or 2.
_NAME_WORDS = r"(?:[A-Z][\w’'.-]*\s+){0,3}([A-Z][\w’'-]*)"
_CREDIT = rf"(?:(?:said|says|added|adds|told)\s+{_NAME_WORDS}|{_NAME_WORDS}\s+(?:said|says|added|adds|told)\b)"
_CREDIT_AFTER_RE = re.compile(r"[ \t]*" + _CREDIT)
_CREDIT_RE = re.compile(_CREDIT)
_PRONOUNS = frozenset({"He", "She", "They", "It", "We", "I", "You"})


def _credits_another(text: str, closing: _Mark | None, end: int, opened_in: tuple[int, int]) -> bool:
    """Whether the quotation that opens a paragraph after an unclosed one, closed by ``closing``,
    is credited right after its closing mark to a name the unclosed quote's paragraph
    ``opened_in`` never writes ('"… Tonight it could not. ¶ "It is a sad night," said Sandra
    Kerr, …'): the first mark was left open by a typo, and the paragraph is another speaker's,
    not the quote running on. Only when that first paragraph credits a speaker of its own by
    name (a name before or after said/says/added/told): a quote running on with no credit until
    its last paragraph is one quotation credited at its end. A quote that does run on and closes
    before a cue names its own speaker in its first paragraph ('"…," Sexton said. "… ¶ "…,"
    Sexton said.') or a pronoun."""
    if closing is None:
        return False
    credit = _CREDIT_AFTER_RE.match(text, closing.end, end)
    if credit is None:
        return False
    name = credit.group(1) or credit.group(2)
    first = text[opened_in[0] : opened_in[1]]
    if re.search(rf"\b{re.escape(name)}\b", first) is not None:
        return False
    # Only when the unclosed quote's paragraph credits a speaker of its own by name: a quote that
    # runs on with no credit before its last paragraph ('"We lost. ¶ "We will be back," said
    # Kerr.') is one quotation credited at its end, as wire copy often writes it.
    return any(
        (match.group(1) or match.group(2)) not in _PRONOUNS for match in _CREDIT_RE.finditer(first)
    )


# A lead-in paragraph that ends with a verb of speech or writing (and at most a short "on X" or
# "in a statement" after it) and a colon: "Shah wrote:", "In a speech last July, he said:".
# Lists ("areas … include:"), captions ("Watch the ad below:") and headings ("CORRECTION:")
# end with other words.
# 'Added' and 'posted' only right after a pronoun or a name ('he added:', 'Shah posted:'): after
# a thing they are no speech ('The new budget adds:', 'The mayor said the plan adds:' before
# its list), and 'posts' is a noun too ('The agency has 40 open posts:').
_BLOCK_LEAD_IN_RE = re.compile(
    r"(?:\b(?:wrote|writes|tweeted|tweets|said|says|stated|states|declared|declares)"
    r"|(?:\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)|\b[A-Z][\w’'.-]*,?)\s+(?:added|adds|posted|posts))\b"
    r"(?:\s+(?:on|in)\s+[^.:!?\n\"“”]{1,40})?\s*:\s*$"
)
# At most this long: a lead-in, not a paragraph of its own that happens to end in a colon.
_BLOCK_LEAD_IN_CHARS = 300


def _introduced_block(text: str, lead_in: tuple[int, int], start: int, end: int) -> bool:
    """Whether the paragraph [``start``, ``end``) (opening with no quotation mark) is a block quoted
    under the ``lead_in`` paragraph before it: the lead-in ends with a verb of speech or writing
    and a colon, and the block opens with a capital letter ('Shah wrote: ¶ We offered 4 per
    cent. …'). A post, a letter or a speech excerpt set off as its own paragraph, as web
    archives and plain-text copy quote them; PolNeAR annotates the block as the content of the
    lead-in's cue, words quoted inside it included, and over the block's lines up to the next
    blank line where blank lines set the article's paragraphs apart (a block quotation of three
    lines). A block opening otherwise (a bullet, a number, a handle, markup, a quotation mark)
    is left."""
    if start >= end or not text[start].isupper() or text[start].isdigit():
        return False
    lead_start, lead_end = lead_in
    if lead_end - lead_start > _BLOCK_LEAD_IN_CHARS:
        return False
    if _BLOCK_LEAD_IN_RE.search(text, lead_start, lead_end) is None:
        return False
    return not _explainer_subhead(text[lead_start:lead_end])


# An explainer's subhead: a wh-clause on a thing, "What the law says:", "Here's what the new
# rules state:". The paragraphs under it are the writer's summary; "What he said:", "What Ruiz
# wrote:" and "What the senator said:" head the person's words.
_WHAT_LEAD_IN_RE = re.compile(
    r"^\s*(?:Here(?:'s|’s|\s+is)\s+)?[Ww]hat\s+(?:the|this|that|these|its|their|our|a|an)\s+"
    r"(?:[a-z][\w’'-]*\s+){0,3}?([a-z][\w-]*)\s+(?:says|said|say|states|stated|state)\s*:\s*$"
)


def _explainer_subhead(lead_in: str) -> bool:
    """Whether ``lead_in`` is an explainer's subhead on a thing ('What the law says:', 'What the
    new rules state:'), not on a person: the subject's head noun is no title, role or source
    noun (lexicons titles, person_nouns, anonymous; a plural by its singular too)."""
    match = _WHAT_LEAD_IN_RE.match(lead_in)
    if match is None:
        return False
    noun = match.group(1)
    people = _person_words()
    return noun not in people and not (noun.endswith("s") and noun[:-1] in people)


@cache
def _person_words() -> frozenset[str]:
    return lexicons.load("titles") | lexicons.load("person_nouns") | lexicons.load("anonymous")


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _stretch(start: int, end: int, pieces: list[tuple[int, int]], *, closed: bool) -> QuotedStretch:
    return QuotedStretch(start, end, pieces[0][0], pieces[-1][1], tuple(pieces), closed)


# A pull-quote has at least this many words (a short paragraph-long quotation repeated, "No.",
# "Thank you very much.", is an answer or a chant, not a display line).
_PULL_QUOTE_WORDS = 6
# At most this many paragraph-long quotations are looked up, each in all the quoted text: a
# transcript quoting paragraph after paragraph would cost their square, and sets no display lines.
_PULL_QUOTE_LOOKUPS = 40


def pull_quotes(text: str, stretches: list[QuotedStretch], paragraphs: list[tuple[int, int]]) -> dict[int, int]:
    """The pull-quotes among ``stretches`` (found in ``text``, whose paragraphs are
    ``paragraphs``), each mapped to the stretch whose words it repeats.

    Magazine and web layouts set a display line between paragraphs that repeats a quotation
    of the article ('“No auction house will touch it” ¶ … ¶ “No auction house will touch it,”
    she said.'): a closed quotation that is the whole of its paragraph, of six words or more,
    whose words stand inside another quotation. It is that quotation's speaker's, never the
    report before it nor the quote it follows. Words set in marks of their own inside the other
    quotation are a speaker quoting someone ('"She said, ‘I will never close the ferry.’ Then she
    closed it," Reyes said'): the paragraph-long quotation is then no display line of Reyes's.
    (PolNeAR's pull-quotes are unclosed, with a
    credit line under them, '"The reality is, …¶S.C. Rep. Jim Clyburn': left as they were.)
    One scan of the quoted text per paragraph-long quotation, for the first
    ``_PULL_QUOTE_LOOKUPS`` of them."""
    starts = [start for start, _ in paragraphs]
    found: dict[int, int] = {}
    joined = None
    lookups = 0
    for k, stretch in enumerate(stretches):
        if not stretch.closed or len(stretch.pieces) > 1:
            continue
        start, end = paragraphs[bisect_right(starts, stretch.start) - 1]
        while start < stretch.start and text[start].isspace():
            start += 1
        # (the tail read only for the one quotation opening its paragraph: linear)
        if start != stretch.start or text[stretch.end : end].strip(" .,!?"):
            continue
        words = text[stretch.inner_start : stretch.inner_end].strip(" .,!?")
        if len(words.split()) < _PULL_QUOTE_WORDS:
            continue
        lookups += 1
        if lookups > _PULL_QUOTE_LOOKUPS:
            break
        if joined is None:
            joined = "\0".join(text[s.inner_start : s.inner_end] for s in stretches)
        if joined.count(words) >= 2:
            repeated = [j for j, s in enumerate(stretches) if j != k and words in text[s.inner_start : s.inner_end]]
            own = [j for j in repeated if _holds_unquoted(text[stretches[j].inner_start : stretches[j].inner_end], words)]
            if own:
                found[k] = own[0]
    return found


# Marks before words quoted inside a quotation.
_INNER_OPENINGS = _OPENING + _STRAIGHT + _SINGLE_OPEN + _ASCII_SINGLE


def _holds_unquoted(inner: str, words: str) -> bool:
    """Whether a quotation's text ``inner`` holds ``words`` once at least without a mark of their
    own before them."""
    at = inner.find(words)
    while at >= 0:
        if at == 0 or inner[at - 1] not in _INNER_OPENINGS:
            return True
        at = inner.find(words, at + 1)
    return False
