"""A named person's report keeps the cue words inside it that report no words of their own.

'Delgado said that according to its analysis, the union has won …' is Delgado's: 'according
to its analysis' is part of what he said (PolNeAR keeps the outer attribution whole), though
the content model trusts the inner cue's own content more. A verb of speech inside keeps the
scores' order, and so does an 'according to' whose own content holds the report ('Abara said
…, according to press reports' is the reports' account). Every text here is invented for
newsmine.
"""

from __future__ import annotations

import pytest

from newsmine.nlp.attribution.candidates import Candidate
from newsmine.nlp.attribution.decide import choose


@pytest.mark.parametrize("name", ["Delgado", "Councillor Ruth Abara", "Tomas Lind, the port's director,"])
def test_according_to_inside_a_named_report_stays_the_reports(pipeline, name):
    text = (
        f"Harbour vote\n\n{name} said that according to its analysis, the union has won 60 percent of the seats, "
        'but "we are still counting the ballots."\n'
    )
    quotes = [q for q in pipeline.analyze(text).quotes if "the union has won" in q.text]
    assert len(quotes) == 1
    assert quotes[0].cue.text == "said"
    assert quotes[0].speaker.text == name.split(",")[0]
    assert quotes[0].text.startswith("according to its analysis")


def test_according_to_closing_a_named_report_is_still_the_accounts(pipeline):
    text = (
        "Harbour vote\n\nCouncillor Ruth Abara said she would have closed the yard if such a spill had happened on her "
        "watch, according to press reports.\n"
    )
    quotes = [q for q in pipeline.analyze(text).quotes if "closed the yard" in q.text]
    assert len(quotes) == 1
    assert quotes[0].cue.text == "according to"
    assert quotes[0].speaker.text == "press reports"


def _candidate(trigger: int, trigger_char: int, parts: list[tuple[int, int]], score: float) -> Candidate:
    return Candidate(trigger, trigger_char, (trigger, trigger + 1), parts, "child:ccomp", -1, score=score)


# 'Okafor said she was convinced that …': 'said' (char 7) and 'convinced' (char 20) inside its content.
_OUTER = _candidate(1, 7, [(12, 80)], 0.41)
_INNER = _candidate(5, 20, [(35, 80)], 0.45)


def test_a_report_is_chosen_before_the_cue_word_inside_it_that_yields():
    assert choose([_OUTER, _INNER], 0.3, report_first=lambda cand: (lambda inner: True) if cand is _OUTER else None) == [_OUTER]


def test_without_a_report_first_the_scores_order_stands():
    assert choose([_OUTER, _INNER], 0.3) == [_INNER]
    assert choose([_OUTER, _INNER], 0.3, report_first=lambda cand: (lambda inner: False) if cand is _OUTER else None) == [_INNER]


def test_a_cue_word_whose_content_holds_the_report_is_not_inside_it():
    # 'Abara said she would have closed the yard, according to press reports': 'according'
    # (char 60) lies in the content of 'said' (char 7), but its content holds 'said' too.
    outer = _candidate(1, 7, [(12, 58)], 0.41)
    account = _candidate(12, 60, [(0, 58)], 0.45)
    assert choose([outer, account], 0.3, report_first=lambda cand: (lambda inner: True) if cand is outer else None) == [account]
