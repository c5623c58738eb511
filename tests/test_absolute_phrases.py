"""A content is the clause before its cue, not the writer's absolute phrase after it
(:mod:`newsmine.nlp.attribution.absolute_phrases`, extract65). Invented sentences; each fixed
case kept the absolute phrase as the content before the rule."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The fire began in the kitchen, the chief said, the blaze spreading to the roof.", "The fire began in the kitchen"),
        ("The fire began in the kitchen, the chief said, the blaze spreading to the roof before crews arrived.",
         "The fire began in the kitchen"),
        ("The storm knocked out power to 4,000 homes, the utility said, its crews working through the night.",
         "The storm knocked out power to 4,000 homes"),
        ("The team played well, the coach said, his voice cracking.", "The team played well"),
    ],
)
def test_content_is_the_statement_not_the_absolute_phrase(pipeline, text, content):
    quotes = pipeline.analyze(text).quotes
    assert [q.text for q in quotes] == [content]
    assert quotes[0].speaker is not None and quotes[0].cue.text == "said"


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # the quotation is the content already
        ('"The fire was contained by noon," the chief said, the blaze spreading to the roof before crews arrived.',
         ["The fire was contained by noon,"]),
        # a participle with no subject is the speaker's act and a cue of its own
        ("The plant will close in June, the company said, citing falling demand.",
         ["The plant will close in June", "falling demand"]),
        ("The plant will close in June, the company said, adding that 300 jobs would be lost.",
         ["The plant will close in June", "300 jobs would be lost"]),
    ],
)
def test_quotation_or_participle_of_the_speaker_is_unchanged(pipeline, text, contents):
    assert [q.text for q in pipeline.analyze(text).quotes] == contents
