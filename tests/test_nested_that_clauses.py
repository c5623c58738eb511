"""A that-clause the parser hung away from its verb keeps the reports inside it.

'Okafor made it clear that her members wanted to see a firmer offer' is Okafor's: the
that-clause is what 'made it clear' reports, and 'wanted' is part of it (PolNeAR keeps the
outer attribution whole). Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from newsmine.nlp.attribution.candidates import Candidate
from newsmine.nlp.attribution.decide import choose


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "Ferry talks\n\nWhile the union was glad to hear the board pledged support for some of the routes it has fought for, "
            "Okafor made it clear that her members wanted to see a firmer offer.\n",
            "made it clear",
            "Okafor",
            "her members wanted to see a firmer offer",
        ),
        (
            "Ferry talks\n\nThe mayor praised the dockers as “tireless,” telling reporters during a visit to Portsea on Monday "
            "that she thinks the new pier is “a great thing.”\n",
            "telling",
            "The mayor",
            "she thinks the new pier is",
        ),
    ],
)
def test_a_report_inside_a_misattached_that_clause_stays_the_outer_cues(pipeline, text, cue, speaker, content):
    quotes = [q for q in pipeline.analyze(text).quotes if content in q.text]
    assert len(quotes) == 1
    assert quotes[0].cue.text == cue
    assert quotes[0].speaker.text == speaker


def _candidate(trigger: int, trigger_char: int, parts: list[tuple[int, int]], relation: str, score: float) -> Candidate:
    return Candidate(trigger, trigger_char, (trigger, trigger + 1), parts, relation, -1, score=score)


def test_the_outer_that_clause_is_chosen_before_the_better_scored_cue_inside_it():
    # 'X made it clear that his boss wanted to see something firmer': 'wanted' (char 30)
    # scores higher, and its content is most of the that-clause.
    outer = _candidate(2, 10, [(20, 60)], "child:ccomp:that", 0.41)
    inner = _candidate(6, 30, [(37, 60)], "child:xcomp", 0.45)
    assert choose([outer, inner], 0.3) == [outer]


def test_a_that_clause_on_its_verb_keeps_the_scores_order():
    # The parser's own complement clause: the content model's choice stands.
    outer = _candidate(2, 10, [(20, 60)], "child:ccomp", 0.41)
    inner = _candidate(6, 30, [(37, 60)], "child:xcomp", 0.45)
    assert choose([outer, inner], 0.3) == [inner]


def test_a_better_scored_cue_outside_the_that_clause_keeps_the_scores_order():
    # Only the cues inside the clause yield to it: a cue before it (char 5) whose content
    # covers the clause is another reading of the same words, and the better score stands.
    outer = _candidate(2, 10, [(20, 60)], "child:ccomp:that", 0.41)
    other = _candidate(1, 5, [(15, 60)], "child:ccomp", 0.45)
    assert choose([outer, other], 0.3) == [other]
