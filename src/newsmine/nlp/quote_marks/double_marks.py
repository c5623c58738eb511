"""A paragraph's double quotation marks: which open, which close, and how they pair.

Straight, curly, low and guillemet marks, the doubled single mark and the typewriter pair; a
curly mark typed the wrong way round, read by where it stands; a straight mark glued to the
word after it; a quotation nested in another with the same marks (see the package docstring).
The mark type (:class:`_Mark`) and the test where a straight mark opens
(:func:`_opens_straight`) are the single marks' too (:mod:`.single_marks`).
Split from ``quote_marks.py`` (session 50).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_OPENING = "“„«"
_CLOSING = "”»"
_STRAIGHT = '"'
_DOUBLED_SINGLE = "''"


# Characters after which a quotation mark opens, and the punctuation closing a clause.
_OPENS_AFTER = "([{—–-:"
_ENDS_CLAUSE = ",.;:!?)]—–"
# Two grave accents open a quotation that two apostrophes close in typewriter copy (``We will
# not rush this,'' said Gaines); one accent, or three (a code fence), are no mark.
_TYPEWRITER_OPENING = "``"
_MARK_RE = re.compile("[" + _OPENING + _CLOSING + _STRAIGHT + "]|" + _DOUBLED_SINGLE + "|(?<!`)``(?!`)")


@dataclass(slots=True, frozen=True)
class _Mark:
    offset: int
    length: int
    opens: bool
    straight: bool

    @property
    def end(self) -> int:
        return self.offset + self.length


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
