"""The object of 'at' after the cue 'look' is what someone examined or turned to see, not
anything said or thought (:mod:`newsmine.nlp.attribution.not_speech`, ``looks_at``): 'I have
looked at every other option', 'looked over at the clerks' made ``thought`` quotes with the
cue 'looked' (PolNeAR train, session 59: 5 such kept contents, none gold). 'look at them as
rivals' (a view), 'looking for', 'look forward to', 'looks like' and a verb of saying after
'looked at the crowd' stay. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.not_speech import looks_at
from tests.conftest import doc_context

LOOKS = """Ferry plan stalls

The Tarn River advocacy group looked at the number of ferry crossings per capita in other river towns.

Councillor Ben Ashe finally sat down. Now it was out of his hands. I looked over at the clerks, who were staring, openmouthed, at Ashe.

Transit economists looked at data from towns running two ferries, in which some councils had chosen the cheaper boats.
"""

NEAR_MISSES = """Ferry plan stalls

Councillor Ben Ashe looked at the crowd and said the ferry would run by June. The mayor is looking for a buyer for the old pier, and she looks forward to the summer season.
"""


def _look_quotes(pipeline, text: str) -> list[str]:
    return [q.text for q in pipeline.analyze(text).quotes if q.cue is not None and q.cue.lemma == "look"]


def test_a_look_at_something_is_no_quote(pipeline):
    assert _look_quotes(pipeline, LOOKS) == []


def test_a_verb_of_saying_after_a_look_keeps_its_quote(pipeline):
    quotes = pipeline.analyze(NEAR_MISSES).quotes
    assert any("the ferry would run by June" in q.text and q.cue is not None and q.cue.lemma == "say" for q in quotes), [(q.text, q.cue) for q in quotes]
    # 'looking for' (what one seeks, which the gold keeps) stays
    assert "a buyer for the old pier" in _look_quotes(pipeline, NEAR_MISSES)


@pytest.mark.parametrize(
    ("sentence", "cue", "content", "look"),
    [
        ("The council looked at the number of crossings.", "looked", "the number of crossings", True),
        ("I looked over at the clerks in the gallery.", "looked", "the clerks in the gallery", True),
        ("She avoided looking at me during the hearing.", "looking", "me", True),
        ("The mayor had looked closely at the ferry accounts.", "looked", "the ferry accounts", True),
        # near misses: a view ('as'), other prepositions, an appearance, another verb
        ("They look at us as rivals on the river.", "look", "us as rivals on the river", False),
        ("They look at us as rivals.", "look", "us", False),
        ("The mayor is looking for a buyer.", "looking", "a buyer", False),
        ("The mayor looks forward to the season.", "looks", "the season", False),
        ("The pier looks like a ruin.", "looks", "a ruin", False),
        ("The mayor glanced at the accounts.", "glanced", "the accounts", False),
    ],
    ids=["looked-at", "looked-over-at", "looking-at", "looked-closely-at", "view-as", "view-as-after", "look-for", "look-forward-to", "looks-like", "glanced"],
)
def test_only_the_object_of_a_look_at(nlp, sentence, cue, content, look):
    # the cue as the parse's candidates give it: the verb, and its particle ('looks forward')
    ctx = doc_context(nlp, sentence)
    trigger = ctx.token_at_char(sentence.index(cue))
    cue_end = trigger + 2 if ctx.lower[trigger + 1] == "forward" else trigger + 1
    start = sentence.index(content)
    cand = Candidate(trigger, ctx.idx[trigger], (trigger, cue_end), [(start, start + len(content))], "child:pobj:at", -1)
    assert looks_at(ctx, cand) is look
