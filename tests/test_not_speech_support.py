"""'the support of X' names who gives the support, not anything said
(:mod:`newsmine.nlp.attribution.not_speech`, ``names_the_backers``): 'has the support of
teachers and nurses' was a quote of 'support' whose content was the supporters (PolNeAR train,
session 57: 8 such kept contents, none gold). 'in support of the plan' (what is supported),
'support for …' and a quotation stay. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest


def _support_quotes(pipeline, text: str) -> list[str]:
    return [q.text for q in pipeline.analyze(text).quotes if q.cue is not None and q.cue.lemma == "support"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ruth Calder has the support of teachers and nurses in the district.",
        "The mayor, who has the full support of the harbor unions, will sign the order on Friday.",
        "Dana Whitlock won the support of two former governors and the state's largest union.",
    ],
    ids=["has-the-support-of", "full-support-of-in-a-clause", "won-the-support-of"],
)
def test_the_supporters_after_of_are_no_content(pipeline, text):
    assert _support_quotes(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Senator Ruth Calder spoke in support of the plan to widen the highway.", "the plan to widen the highway"),
        ("Residents in support of the ferry plan packed the hall on Monday.", "the ferry plan"),
        ('Mayor Ann Lee has the support of "the people who built this harbor."', "the people who built this harbor"),
        # review57c: an owner gives the support, so 'of' names what is supported
        ("The governor's support of the ferry levy surprised the council.", "the ferry levy"),
        ("Their support of the strike fund was never in doubt.", "the strike fund"),
    ],
    ids=["spoke-in-support-of", "residents-in-support-of", "quoted", "owner-s-support-of", "their-support-of"],
)
def test_what_is_supported_or_a_quotation_stays(pipeline, text, content):
    # near misses: 'in support of' names what is supported; quoted words are someone's
    quotes = _support_quotes(pipeline, text)
    assert any(content in q for q in quotes), quotes
