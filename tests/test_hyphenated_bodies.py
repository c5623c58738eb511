"""A body's name the recogniser cut at a hyphen inside one written word ("The CGT-Cheminots union
said" tagged "CGT"; probe49's wire brief): the organisation runs on over the capitalised word after
the hyphen (entities/hyphenated_bodies.py), unless the two halves name two bodies or places. Every
text here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


def _organisations(record) -> set[str]:
    return {e.name for e in record.entities if e.label == "ORG"}


def test_a_union_named_with_a_hyphen_keeps_its_whole_name(pipeline):
    record = pipeline.analyze(
        "Rail strike\n\nFrench rail workers will strike next week.\n\n"
        "The CGT-Cheminots union said it expected most services to be cancelled on Tuesday.\n"
    )
    assert "CGT-Cheminots" in _organisations(record)
    assert speaker_of(record, "services to be cancelled").name == "CGT-Cheminots"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: an outlet before the hyphen (a joint poll, the first member speaks) and
        # two companies named together keep the names the recogniser gave them
        ("Poll shows tie\n\nA new NBC-Marist poll shows the race tied, NBC said.\n", "NBC"),
        ("Jets on order\n\nThe Boeing-Airbus race heated up, Boeing said on Monday.\n", "Boeing"),
        # a headline's compound adjective in Title Case
        ("GOP-Led House Passes Tax Bill\n\nThe House passed the bill on Friday, the GOP said.\n", "GOP"),
    ],
)
def test_two_bodies_joined_by_a_hyphen_stay_two(pipeline, text, name):
    assert name in _organisations(pipeline.analyze(text))
