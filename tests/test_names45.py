"""Speaker names of session 45 (names45): a document one 'shot back in' is the shooter's, a
past tense the parse coordinated with a subjectless infinitive speaks for the clause above, and
a name the parse made a preposition's object speaks for the verb right after it ('resistant to
the Sierra Club calls for …').

'Forbes shot back in an article stating that …' left 'an article' unresolved: the parse makes
'back' an adverb, not the particle of 'shoot back', and the tagger may leave a sentence-initial
'Forbes' untagged. 'Ruiz went after Lee for backing the council's refusal to cut taxes and
called for her to resign' gave 'called' to 'the council's refusal': the parse coordinated
'called' with 'cut'. Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.test_names44_parenthetical_cues import _quotes


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (  # 'back' parsed as an adverb of 'shot'
            "The mayor called the Harbor Times wrong. The Harbor Times shot back in an article stating that the "
            "port was the busiest in the state.",
            ("the port was the busiest in the state", "stating", "Harbor Times"),
        ),
        (  # the sentence-initial 'Forbes' left untagged: the body named so before
            "Forbes ranked the mayor's wealth at $2 million. The mayor called Forbes wrong. Forbes shot back in an "
            "article stating that the figure was right.",
            ("the figure was right", "stating", "Forbes"),
        ),
        (  # 'called' coordinated with the infinitive 'cut'
            "Mayor Ellen Park went after Tom Reyes for backing the council's refusal to cut taxes and called for him "
            "to resign.",
            ("him to resign", "called", "Ellen Park"),
        ),
        (  # 'calls' read as a verb whose subject the parse made the object of 'to'
            "The levy failed. Riverton proved to be resistant to the Sierra Club calls for a new levy.",
            ("a new levy", "calls", "Sierra Club"),
        ),
        (  # guard: a place before a participle read as a past tense speaks for nothing
            "Mayor Ellen Park gave a speech in Riverton focused squarely on jobs and the port.",
            ("jobs and the port", "focused", "Ellen Park"),
        ),
        (  # guard: 'asked … and warned' share the senator
            "Senator Ana Ruiz asked the board to delay the vote and warned that the plant would close.",
            ("the plant would close", "warned", "Ana Ruiz"),
        ),
    ],
)
def test_the_speaker_is_named(nlp, text, quote):
    quotes = _quotes(nlp, text)
    assert quote in quotes, quotes


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (  # 'come back' reports no words: the article stays unresolved
            "The mayor called the Harbor Times wrong. The Harbor Times came back in an article stating that the "
            "port was the busiest in the state.",
            "stating",
        ),
        (  # 'promises' tagged a present tense is a noun coordinated with 'chants'
            'Indeed, the protests have become as much a fixture of Park rallies as the chants to "fix the port" and '
            'promises to "make Riverton great again" - so routine that aides prepare for them and the mayor '
            "anticipates them.",
            "promises",
        ),
    ],
)
def test_no_speaker_is_named(nlp, text, cue):
    quotes = _quotes(nlp, text)
    assert not any(name for _, c, name in quotes if c == cue), quotes
