"""``training/direct_errors.py --mixed``: a gold direct content is a pure quotation, a mixed
quote (a quoted phrase inside reported words) or a quotation the marks pairing does not find;
a mixed one is sorted by its gold cue's kind and where the quotation sits (session 59, mixed59).
Every text here is invented for newsmine."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsmine.evaluate.gold import GoldAttribution
from newsmine.nlp import lexicons
from newsmine.nlp.quote_marks import find_quoted


@pytest.fixture(scope="module")
def direct_errors():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training"))
    import direct_errors

    return direct_errors


_TEXT = (
    'Mayor Ines Okafor said the bridge plan was "a disaster in waiting" for the harbour. '
    '"We will not sign it," she said, "not this year." '
    "The council called the vote \u201cpremature.\u201d "
    'Her aide later stood by the mayor\'s warning that the tolls would "hurt every family."'
)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _kind(direct_errors, *parts: str) -> str:
    marks = [(s.start, s.end) for s in find_quoted(_TEXT)]
    return direct_errors.quotation_kind(_TEXT, tuple(_span(_TEXT, p) for p in parts), marks)


def test_a_clause_holding_a_quoted_phrase_is_mixed(direct_errors):
    assert _kind(direct_errors, 'the bridge plan was "a disaster in waiting" for the harbour') == "mixed"
    assert _kind(direct_errors, "the vote \u201cpremature.\u201d") == "mixed"


def test_quotations_and_their_marks_alone_are_pure(direct_errors):
    # near misses: a split quotation in two parts, and one quotation with its final period
    assert _kind(direct_errors, '"We will not sign it,"', '"not this year."') == "pure"
    assert _kind(direct_errors, "\u201cpremature.\u201d") == "pure"


def test_words_with_no_quotation_are_unpaired(direct_errors):
    assert _kind(direct_errors, "Mayor Ines Okafor") == "unpaired"


def test_the_shape_of_a_mixed_content(direct_errors, nlp):
    doc = nlp(_TEXT)
    cues = lexicons.load("cues")

    def shape(content: str, cue: str, after: str = "") -> tuple[str, str]:
        start = _TEXT.index(after) if after else 0
        cue_start = _TEXT.index(cue, start)
        attribution = GoldAttribution(content=(_span(_TEXT, content),), cue=((cue_start, cue_start + len(cue)),))
        return direct_errors.mixed_shape(doc, attribution, cues)

    assert shape('the bridge plan was "a disaster in waiting" for the harbour', "said") == ("cue verb", "quotation inside")
    assert shape("the vote \u201cpremature.\u201d", "called") == ("cue verb", "ends with the quotation")
    assert shape('the tolls would "hurt every family."', "warning") == ("noun", "ends with the quotation")
