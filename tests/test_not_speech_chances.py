"""A linking verb's adjective of likelihood, ability or eligibility with its infinitive
reports nobody (:mod:`newsmine.nlp.attribution.not_speech`, ``judges_a_chance``): 'has been
able to count on …', 'are eligible to vote …', 'are likely to stress that …' were kept as
contents of 'be' (PolNeAR train, session 56: 15 such kept contents, none gold). A verb of
saying after the adjective keeps its own content; stances ('eager to', 'reluctant to') and
'unlikely to be impressed by' stay. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from newsmine.nlp.attribution import DocContext, doc_text
from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.not_speech import judges_a_chance
from newsmine.nlp.quote_marks import find_quoted

CHANCES = """Primary day

Hillary Clinton is likely to cement her lead on Tuesday, when five states vote.

Sanders has been able to count on young voters in most of the early states. Residents over 16 are eligible to vote in the ferry referendum.

Aides to Clinton are eager to turn to the general election, and they are likely to stress that the party is united.
"""

NEAR_MISSES = """Ferry vote looms

The Tarn council is likely to approve the pier sale on Tuesday, and the mayor was unable to attend the last meeting. Residents over 16 are eligible to vote in the ferry referendum. One vote was enough to block the plan last year.

Councillor Mia Holt is eager to sell the pier, but her colleagues are reluctant to back her. Voters are unlikely to be impressed by the mayor's explanation. Holt is likely to say that the sale will pay for flood defences.
"""


def _be_quotes(pipeline, text: str) -> list[str]:
    return [q.text for q in pipeline.analyze(text).quotes if q.cue is not None and q.cue.lemma == "be"]


def test_a_chance_or_an_ability_is_no_content_of_be(pipeline):
    quotes = pipeline.analyze(CHANCES).quotes
    assert _be_quotes(pipeline, CHANCES) == [], _be_quotes(pipeline, CHANCES)
    # the verb of saying after the adjective keeps its content
    assert "the party is united" in [q.text for q in quotes]


def test_unlikely_stays_a_content_of_be(pipeline):
    assert "unlikely to be impressed by the mayor's explanation" in _be_quotes(pipeline, NEAR_MISSES)


def _context(nlp, text: str) -> DocContext:
    doc = nlp(text)
    return DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))


@pytest.mark.parametrize(
    ("sentence", "cue", "content", "chance"),
    [
        ("The mayor is likely to approve the sale.", "is", "likely to approve the sale", True),
        ("The mayor was unable to attend the meeting.", "was", "unable to attend the meeting", True),
        ("The mayor is eager to approve the sale.", "is", "eager to approve the sale", False),
        ("The mayor was reluctant to attend the meeting.", "was", "reluctant to attend the meeting", False),
        ("The mayor is unlikely to approve the sale.", "is", "unlikely to approve the sale", False),
        ("The mayor said a deal is likely.", "is", "likely", False),
        # review56b: a passive infinitive, headed by its participle in the parse
        ("The new rules are likely to be set by the state courts.", "are", "likely to be set by the state courts", True),
        ("The old pier was able to be saved.", "was", "able to be saved", True),
        # near misses: a stance with a passive infinitive, a participle with no infinitive
        ("The mayor is eager to be heard on the sale.", "is", "eager to be heard on the sale", False),
        ("The mayor was likely pleased by the vote.", "was", "likely pleased by the vote", False),
    ],
    ids=["likely", "unable", "eager", "reluctant", "unlikely", "no-infinitive", "likely-passive", "able-passive", "eager-passive", "no-to"],
)
def test_only_a_chance_or_an_ability_with_its_infinitive(nlp, sentence, cue, content, chance):
    ctx = _context(nlp, sentence)
    trigger = ctx.token_at_char(sentence.index(" " + cue + " ") + 1)
    start = sentence.index(content)
    cand = Candidate(trigger=trigger, trigger_char=ctx.idx[trigger], cue=(trigger, trigger + 1), parts=[(start, start + len(content))], relation="child:acomp", source=-1)
    assert judges_a_chance(ctx, cand) is chance
