"""The one-word checks of ``not_speech`` read a candidate's own words, not the rest of the article.

``_single_word`` (behind ``is_bare_relative`` and ``is_the_speaker_itself``) once collected the
content's words by scanning from its start to the end of the document, for every candidate:
quadratic in the article's length, some 10 ms an article of newsmine's own 45 (session 35,
docs/history/speed.md). These tests count the token offsets it reads.
"""

from __future__ import annotations

from newsmine.nlp.attribution import DocContext, doc_text
from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.not_speech import is_bare_relative, is_the_speaker_itself
from newsmine.nlp.quote_marks import find_quoted

_OPENING = "The ferry operator that the council hired said the timetable would change in spring. "
_FILLER = "Passengers on the early crossing waited for the harbour office to open its doors again. "


class _CountedReads(list):
    """A list that counts its item reads."""

    reads = 0

    def __getitem__(self, index):
        type(self).reads += 1
        return super().__getitem__(index)


def _context(nlp, text: str) -> DocContext:
    doc = nlp(text)
    return DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))


def _candidate(ctx: DocContext, start: int, end: int) -> Candidate:
    return Candidate(trigger=0, trigger_char=0, cue=(0, 1), parts=[(start, end)], relation="child:dobj", source=-1)


def test_a_one_word_content_reads_its_own_tokens_however_long_the_article(nlp):
    ctx = _context(nlp, _OPENING + _FILLER * 60)
    that = _OPENING.index("that")
    ctx.idx = _CountedReads(ctx.idx)
    _CountedReads.reads = 0
    assert is_bare_relative(ctx, _candidate(ctx, that, that + len("that")))
    assert _CountedReads.reads < 20  # the scan to the article's end read over 900


def test_the_one_word_checks_still_tell_one_word_from_two(nlp):
    ctx = _context(nlp, _OPENING + "He kept repeating himself to the board. " + _FILLER * 3)
    that = _OPENING.index("that")
    assert is_bare_relative(ctx, _candidate(ctx, that, that + len("that")))
    assert not is_bare_relative(ctx, _candidate(ctx, that, that + len("that the")))  # two words
    himself = ctx.text.index("himself")
    assert is_the_speaker_itself(ctx, _candidate(ctx, himself, himself + len("himself")))
    assert not is_the_speaker_itself(ctx, _candidate(ctx, himself, himself + len("himself to")))
