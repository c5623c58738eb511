"""Session 60, transcript60: transcripts of three more shapes than probe60's White House briefing,
each quote's speaker written by hand before newsmine first ran on them — a Senate hearing marked
'SEN. CALDER:' and 'MR. PRATT:' with an answer over two paragraphs (`hearing`), a press gaggle
whose 'Q' turns are called on with "Go ahead." (no name: an anonymous reporter) or open with the
reporter's name and outlet ("Sarah Lind, Reuters.", her follow-up hers too, `gaggle`), a president's news conference labelled 'THE PRESIDENT:' (his
opening statement over two paragraphs, reporters never named: anonymous, `conference`), and an
interview in 'Q:'/'A:' turns whose interviewee the introduction names (`interview`). Then near
misses a 'Q' turn must not be read into: a 'Q' in prose, 'A:' list items, a headline's 'Trump: …',
'THE PRESIDENT said' in a sentence. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_not_the_speaker, assert_speaker

ARTICLES = REPO / "tests" / "fixtures" / "transcript60"

# (article, snippet of the quote, speaker, class of the speaker's mention)
EXPECTED = [
    ("hearing", "Why did it take until January", "Ruth Calder", "name"),
    ("hearing", "I share your frustration", "Owen Pratt", "name"),
    ("hearing", "In hindsight, they should have pushed", "Owen Pratt", "name"),
    ("hearing", "Who made the decision", "Ruth Calder", "name"),
    ("hearing", "No single person made it", "Owen Pratt", "name"),
    ("hearing", "That is not an answer", "Ruth Calder", "name"),
    ("gaggle", "Hi, everybody", "Glen Halvorsen", "name"),
    ("gaggle", "Will he meet with the governor", "anonymous", "none"),
    ("gaggle", "They spoke by phone", "Glen Halvorsen", "name"),
    ("gaggle", "does the president still expect a vote", "Sarah Lind", "name"),
    ("gaggle", "He thinks the votes are there", "Glen Halvorsen", "name"),
    ("gaggle", "And if they don't", "Sarah Lind", "none"),
    ("gaggle", "keep making the case", "Glen Halvorsen", "name"),
    ("conference", "Congress passed a budget last night", "Barack Obama", "name"),
    ("conference", "It is not the budget I would have written", "Barack Obama", "name"),
    ("conference", "are you worried about the debt ceiling", "anonymous", "none"),
    ("conference", "That is my job", "Barack Obama", "name"),
    ("conference", "Will you negotiate over it", "anonymous", "none"),
    ("conference", "paying bills we already owe", "Barack Obama", "name"),
    ("interview", "About 300", "Teresa Okafor", "none"),
    ("interview", "We need the money", "Teresa Okafor", "none"),
]
FAULTS: dict = {}


@pytest.fixture(scope="module")
def transcript60_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(("article", "snippet", "speaker", "mention_class"), probe_params(EXPECTED, FAULTS))
def test_transcript60_quote_speaker(transcript60_records, article, snippet, speaker, mention_class):
    assert_speaker(transcript60_records, article, snippet, speaker, mention_class)


def test_an_interviews_question_is_not_the_interviewees(transcript60_records):
    assert_not_the_speaker(transcript60_records, "interview", "How many families", "Teresa Okafor")
