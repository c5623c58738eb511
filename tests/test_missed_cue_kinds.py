"""``training/missed.py --cue-kinds``: a gold cue's kind (a lexicon verb, another verb, a
lexicon noun, another noun, a name) and the construction around it (session 60, nouncue60).
Near misses: the same nouns and verbs where they report nothing get the construction their
parse gives, never a reporting one ('the admission price', 'the argument broke out',
'the comments section'). Every text here is invented for newsmine."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsmine.evaluate.gold import GoldAttribution


@pytest.fixture(scope="module")
def missed():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training"))
    import missed

    return missed


def _shape(missed, nlp, text: str, cue: str) -> tuple[str, str]:
    start = text.index(cue)
    attribution = GoldAttribution(content=((0, 1),), cue=((start, start + len(cue)),))
    return missed.cue_construction(nlp(text), attribution)


def test_noun_cues_by_construction(missed, nlp):
    text = "By her own admission, the mayor said the harbour plan was a mistake."
    assert _shape(missed, nlp, text, "said") == ("cue verb", "cue verb")
    text = "The senator repeated his assertion that the tolls would hurt every family in Dunmore."
    assert _shape(missed, nlp, text, "assertion") == ("cue noun", "NOUN that")
    text = "The governor gave her criticism of the budget to the council on Monday."
    assert _shape(missed, nlp, text, "criticism") == ("cue noun", "NOUN of")
    text = "In a statement, the union called the offer an insult to its members."
    assert _shape(missed, nlp, text, "statement") == ("cue noun", "in a NOUN")


def test_other_verbs_by_construction(missed, nlp):
    text = "The councillor described the new ferry as \"a floating bus shelter.\""
    assert _shape(missed, nlp, text, "described") == ("cue verb", "cue verb")  # the lexicon's: no construction
    text = "The councillor branded the new ferry as \"a floating bus shelter.\""
    assert _shape(missed, nlp, text, "branded") == ("other verb", "VERB as")
    text = "Okafor is sure that the bridge will open by the spring."
    assert _shape(missed, nlp, text, "is sure") == ("other verb", "be ADJ")


def test_names_and_no_cue(missed, nlp):
    text = '"We will win this," said Okafor.'
    assert _shape(missed, nlp, text, "Okafor") == ("name", "name")
    assert missed.cue_construction(nlp(text), GoldAttribution(content=((0, 1),))) == ("none", "none")


def test_near_misses_get_no_reporting_construction(missed, nlp):
    # the same nouns reporting nothing: the construction their parse gives, not 'NOUN that'
    for text, noun in (
        ("The admission price at the county fair rose to twelve dollars.", "admission"),
        ("The argument broke out in the car park after the match.", "argument"),
        ("Readers filled the comments section with recipes for plum jam.", "comments"),
    ):
        kind, shape = _shape(missed, nlp, text, noun)
        assert kind in ("cue noun", "other noun")
        assert shape not in ("NOUN that", "NOUN clause", "in a NOUN", "NOUN:")
