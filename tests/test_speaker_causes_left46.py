"""Causes of unresolved speakers seen in session 46's pooled study samples (gold source found,
name null) and left for a later round: each a strict xfail on an invented article, so that the
test turns red, and is moved beside its module's tests, when a rule fixes it. The parses they
rely on were observed with en_core_web_sm 3.8.0."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_LEAD = "Pier vote nears\n\nThe council votes on the pier on Friday. "


@pytest.mark.xfail(
    strict=True,
    reason=(
        "a body's name before a document noun no lexicon holds ('advisory opinion') is not taken "
        "as the document's author (a dated agency's advisory opinion on train)"
    ),
)
def test_a_body_named_before_an_advisory_opinion_speaks_for_it(pipeline):
    text = (
        _LEAD + "The Harbor Commission sets the rules for ferries. A 2009 Harbor Commission "
        "advisory opinion added that fares must be posted."
    )
    assert speaker_of(pipeline.analyze(text), "fares must be posted").name == "Harbor Commission"


@pytest.mark.xfail(
    strict=True,
    reason=(
        "a definite description by a trade noun no list holds ('the Danish hacker') is not taken "
        "for the person just named (a demonym and trade noun on train)"
    ),
)
def test_a_trade_noun_no_list_holds_stands_for_the_person_just_named(pipeline):
    text = (
        _LEAD + "Tomas Okafor was sentenced on Monday. The Danish hacker who first revealed the "
        "ferry records said he had acted alone."
    )
    assert speaker_of(pipeline.analyze(text), "acted alone").name == "Tomas Okafor"
