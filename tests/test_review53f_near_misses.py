"""Near misses of xfail53's ten fixes, written by review53f as a sceptical reviewer: texts where
each rule must not fire (a gerund inside the promise, a claim inside quotation marks, a group
name that is a party's members in Congress, a newspaper before a title, the port of a city).
Each passed as written; they guard the rules' edges. Every text here is invented for newsmine."""

from __future__ import annotations

import pytest


def _quote_text(pipeline, text, cue):
    found = [q for q in pipeline.analyze(text).quotes if q.cue is not None and q.cue.text == cue]
    assert found, f"no quote with cue {cue!r}"
    return found[0].text


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # cue_conjuncts: the gerund conjoined inside the content's own progressive stays
        (
            "Ruiz spent the week promising that she would be cutting taxes and making the rich pay.\n",
            "promising",
            "she would be cutting taxes and making the rich pay",
        ),
        (
            "Ruiz toured the plant, insisting that the plan was about protecting jobs and making sure the plant stays open.\n",
            "insisting",
            "the plan was about protecting jobs and making sure the plant stays open",
        ),
        # trailing_phrases: a report noun inside the quotation marks is the speaker's
        (
            'Lopez said the mayor "made a claim the campaign denies, a claim we have never seen proved."\n',
            "said",
            'the mayor "made a claim the campaign denies, a claim we have never seen proved."',
        ),
    ],
    ids=["gerund-inside-a-progressive", "gerund-after-a-gerund-inside", "claim-inside-quotation-marks"],
)
def test_a_content_rule_of_xfail53_leaves_these_contents_whole(pipeline, text, cue, content):
    assert _quote_text(pipeline, text, cue) == content


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # cause_names: a party's members somewhere, or 'for' a time, open no group name
        ("Democrats in Congress said they would block the bill.\n", "Democrats", "NORP"),
        ("Americans for the first time said they trusted the post office more than the banks.\n", "Americans", "NORP"),
        ("Democrats for years said they would fix the tax code.\n", "Democrats", "NORP"),
        # labels: a newspaper before a title stays the newspaper
        ("A Chicago Tribune editor said the paper stood by its reporting.\n", "Chicago Tribune", "ORG"),
        # place_labels: 'the Port of <City>' and 'Port Authority' make no town 'Port'
        ("The Port Authority of New York said the tunnel would reopen.\n", "Port Authority of New York", "ORG"),
    ],
    ids=["democrats-in-congress", "americans-for-the-first-time", "democrats-for-years", "tribune-editor", "port-authority"],
)
def test_an_entity_rule_of_xfail53_leaves_these_names_alone(pipeline, text, name, label):
    labels = {e.name: e.label for e in pipeline.analyze(text).entities}
    assert labels.get(name) == label, labels
