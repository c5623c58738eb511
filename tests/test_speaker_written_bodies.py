"""A body described by its kind ("the magazine", "the group") after the recogniser missed its
name: the subject just before, written as a name no entity holds; a place's ministry as written."""

from __future__ import annotations

from tests.conftest import speaker_of


def _retraction(subject: str) -> str:
    return (
        "Magazine retracts story\n\n"
        f"{subject} retracted a story about Sen. Joan Pike on Tuesday. The magazine said its "
        "reporter had relied on a single source.\n"
    )


def test_the_magazine_is_the_subject_just_before_written_as_a_name(pipeline):
    record = pipeline.analyze(_retraction("Harbor Monthly"))
    assert speaker_of(record, "relied on a single source").name == "Harbor Monthly"


def test_a_person_subject_just_before_is_not_the_magazine(pipeline):
    # "Dana Whitcomb" is a person, not the magazine: the recogniser tags it so, and an entity or a
    # person's tag inside the subject keeps it from standing for "the magazine".
    record = pipeline.analyze(_retraction("Dana Whitcomb"))
    assert speaker_of(record, "relied on a single source").name != "Dana Whitcomb"


def test_a_places_ministry_speaks_as_written_not_as_the_place(pipeline):
    # "China's foreign ministry said": the gold names the ministry as written, as it does
    # "the ministry" after it, never China.
    text = (
        "Beijing protests sanctions\n\n"
        "China's foreign ministry said on Monday that the new sanctions were illegal. The ministry "
        "said Beijing would respond in kind.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "the new sanctions were illegal").name == "China's foreign ministry"
    assert speaker_of(record, "Beijing would respond").name == "China's foreign ministry"
