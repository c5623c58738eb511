"""A participle cue after a sentence whose report is a parenthetical 'she said': the one who
adds is the parenthetical speaker, and the name in the added clause is whom the words are
about, not who spoke them. Every text here is invented for newsmine (session 42, lead)."""

from __future__ import annotations

from tests.conftest import speaker_of

_TEXT = (
    "Senate hopefuls spar over trade\n\n"
    "Republican Karen Whitfield accused her rival of selling out the valley, and Democrat Luis Ortega "
    "called her plan a gift to Wall Street.\n\n"
    "Whitfield, a two-term state treasurer, shot back in a statement hours later. The attacks, she said, "
    'were "desperate and false," adding that Ortega "voted for every tax hike that came across his desk" '
    "during his years on the city council.\n"
)


def test_the_added_words_are_the_parenthetical_speakers(pipeline):
    record = pipeline.analyze(_TEXT)
    assert speaker_of(record, "voted for every tax hike").name == "Karen Whitfield"
    assert speaker_of(record, "desperate and false").name == "Karen Whitfield"


def test_a_document_that_speaks_keeps_its_participle(pipeline):
    # a report says things: the participle is the report's, not that of those who describe it
    text = (
        "Bridge found unsafe\n\n"
        "The report, officials said, was released on Monday, saying that the Harlow bridge had "
        "been unsafe for years.\n"
    )
    said = [q for q in pipeline.analyze(text).quotes if q.cue is not None and q.cue.text == "saying"]
    assert said and said[0].speaker is not None and said[0].speaker.text == "The report"
