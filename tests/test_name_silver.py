"""The silver name check over PolNeAR train (training/speakers/name_silver.py): which gold Source
spans it reads as names, and which predicted names it takes for them. The tool imports the
shared scorer's helpers (../shared/tools), so these tests skip without ../shared. Every span and
name here is invented for newsmine."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_SCORER = ROOT.parent / "shared" / "tools" / "speaker_score.py"
pytestmark = pytest.mark.skipif(not _SCORER.is_file(), reason="the shared speaker scorer (../shared) is not here")


@pytest.fixture(scope="module")
def ns():
    path = ROOT / "training" / "speakers" / "name_silver.py"
    spec = importlib.util.spec_from_file_location("name_silver", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["name_silver"] = module
    spec.loader.exec_module(module)
    return module


_ARTICLE = (
    "Harbour board sued over the north pier\n\n"
    "Mayor Lena Okafor said on Monday that the board had sold the pier. Officials at the port "
    "declined to comment, and the president of the board, Tom Brandt, was travelling. "
    "The harbour is run by Bayview Ports, said the attorney general, Dana Reyes."
)


@pytest.mark.parametrize(
    ("span", "head"),
    [
        ("Mayor Lena Okafor", "Mayor Lena Okafor"),  # the title stays: the scorer's words() drop it
        ("Okafor", "Okafor"),
        ("Republican mayoral candidate Lena Okafor", "Lena Okafor"),  # premodifiers before the name
        ("Tom Brandt of Bayview Ports", "Tom Brandt"),  # the head before 'of'
        ("Sen. Dana Reyes (D-Bayview)", "Sen. Dana Reyes"),  # a party tag goes
        ("The Bayview Gazette", "Bayview Gazette"),
        ("Attorney General Dana Reyes", "Dana Reyes"),  # 'attorney', 'general' are lower case in the article
    ],
)
def test_a_span_that_is_a_name(ns, span, head):
    named = ns.name_of(span, ns.lower_words(_ARTICLE), False, ns.mid_capitals(_ARTICLE))
    assert named is not None and named[0] == head


@pytest.mark.parametrize(
    "span",
    [
        "the board",  # no capital
        "a Bayview Ports spokesman",  # determiner-led description
        "his lawyer",
        "Okafor and Brandt",  # a conjunction: the gold takes its first member, the silver none
        "Okafor aides",  # the span ends in a common noun
        "the Bayview Republican",  # a party member described
        "Half of Bayview Democrats",  # a quantified subset is null in the gold
    ],
)
def test_a_span_that_is_no_name(ns, span):
    assert ns.name_of(span, ns.lower_words(_ARTICLE), False, ns.mid_capitals(_ARTICLE)) is None


def test_a_sentence_initial_common_noun_is_no_name(ns):
    """'Officials' starts its sentence and the article never capitalises it inside one."""
    text = _ARTICLE + " Officials said the sale was legal."
    assert ns.name_of("Officials", ns.lower_words(text), True, ns.mid_capitals(text)) is None
    assert ns.name_of("Okafor", ns.lower_words(text), True, ns.mid_capitals(text)) is not None


@pytest.mark.parametrize(
    ("name", "span_names", "right"),
    [
        ("Lena Okafor", ("Okafor", "Okafor"), True),  # the fuller name, the scorer's tail rule
        ("Lena Okafor", ("Mayor Lena Okafor", "Mayor Lena Okafor"), True),
        ("Lena M. Okafor-Reyes", ("Lena Okafor", "Lena Okafor"), False),
        ("Lena Okafor", ("Lena Maria Okafor", "Lena Maria Okafor"), True),  # same last word, in order
        ("Tom Okafor", ("Lena Okafor", "Lena Okafor"), False),  # a relative is not the speaker
        ("Lena Okafor", ("Lena", "Lena"), True),  # a first name alone, the article's fuller name
        ("Bayview Harbour Authority", ("BHA", "BHA"), True),  # an acronym
        ("Tom Brandt", ("Tom Brandt", "Tom Brandt of Bayview Ports"), True),
        ("Bayview Ports", ("Tom Brandt", "Tom Brandt of Bayview Ports"), False),  # the 'of' object is not the head
        ("Bayview Bureau of Statistics", ("Bayview Bureau", "Bayview Bureau of Statistics"), True),  # the whole name
        ("Republican Party", ("Republicans", "Republicans"), True),  # the gold's party convention
        ("Lucía Okafor Reyes", ("Ms. Okafor", "Ms. Okafor"), True),  # a double surname: the first one, titled
        ("Tomás Brandt Ruiz", ("Mr. Ruiz", "Mr. Ruiz"), True),  # the second: the scorer's tail rule
        (None, ("Okafor", "Okafor"), False),
    ],
)
def test_the_predicted_name_against_the_span(ns, name, span_names, right):
    assert ns.right(name, span_names)[0] is right
