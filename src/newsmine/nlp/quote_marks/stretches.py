"""Quoted stretches: :class:`QuotedStretch` and :func:`find_quoted`, which reads a text
paragraph by paragraph.

It pairs each paragraph's marks (:mod:`.double_marks`, or :mod:`.single_marks` in an article
quoting with single ones), carries an unclosed quotation into the next paragraph when that
paragraph opens with the same kind of mark (:mod:`.unclosed_quotes` says when it is another
speaker's instead), and reads a block set off under a lead-in as one quotation
(:mod:`.block_quotes`). Split from ``quote_marks.py`` (session 50).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsmine.nlp.quote_marks.block_quotes import _introduced_block
from newsmine.nlp.quote_marks.bounds import paragraph_bounds
from newsmine.nlp.quote_marks.double_marks import _Mark, _pair_paragraph
from newsmine.nlp.quote_marks.single_marks import (
    _pair_single_paragraph,
    _pair_single_style_paragraph,
    _single_marks,
    _single_quoted_paragraph,
    _single_sentences,
)
from newsmine.nlp.quote_marks.unclosed_quotes import _credits_another, _credits_its_own


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
            # opening mark left unclosed before another speaker's quotation, or before a paragraph
            # that is a credited quotation run of its own.
            if (
                pairs
                and pairs[0][0].offset == lead
                and pairs[0][0].straight == carry_straight
                and not _credits_another(text, pairs[0][1], para_end, carry_paragraph)
                and not _credits_its_own(text, pairs[0][1], pairs[1][0] if len(pairs) > 1 else None, carry_paragraph)
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


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _stretch(start: int, end: int, pieces: list[tuple[int, int]], *, closed: bool) -> QuotedStretch:
    return QuotedStretch(start, end, pieces[0][0], pieces[-1][1], tuple(pieces), closed)
