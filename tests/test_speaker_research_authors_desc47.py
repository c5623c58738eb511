"""'the researchers' and 'the authors' of an article about one study speak for its author wherever
they stand (desc47): paragraphs after the study was last spoken of, or before its authors are
named. Two studies by different authors leave them an unnamed group. Invented text."""

from __future__ import annotations

from tests.conftest import speaker_of

_ONE_STUDY = (
    "Coffee linked to better sleep\n\n"
    "A new study suggests that coffee drinkers sleep longer than others.\n\n"
    "Comparing the diaries of 500 adults over three years, the researchers found that two cups a day "
    "added twenty minutes of sleep.\n\n"
    '"We did not expect this at all," said Ana Ruiz, a sleep scientist at Lund University.\n\n'
    "In addition to Ms. Ruiz, the research was conducted by Tom Bell of Yale University and Mia Kern "
    "of the University of Oslo.\n\n"
    '"The effect held in every age group," Mr. Bell said.\n\n'
    "Sleep clinics have long warned against caffeine late in the day. Many doctors still do.\n\n"
    "The authors found that the effect was strongest among older adults.\n"
)

_AUTHORS = {"Tom Bell", "Ana Ruiz", "Mia Kern"}


def test_the_authors_far_from_the_study_are_its_authors(pipeline):
    record = pipeline.analyze(_ONE_STUDY)
    assert speaker_of(record, "strongest among older adults").name in _AUTHORS


def test_the_researchers_before_the_authors_are_named_are_its_authors(pipeline):
    record = pipeline.analyze(_ONE_STUDY)
    assert speaker_of(record, "added twenty minutes").name in _AUTHORS


def test_two_studies_by_different_authors_leave_the_authors_unnamed(pipeline):
    # near miss: the article names two studies with different authors, so "the authors" far from
    # either could be either team's
    text = _ONE_STUDY.replace(
        "Sleep clinics have long warned",
        "A second study, led by Omar Haddad of Cairo University, found no such effect in teenagers.\n\n"
        "Sleep clinics have long warned",
    )
    record = pipeline.analyze(text)
    speaker = speaker_of(record, "strongest among older adults")
    assert speaker.name not in _AUTHORS | {"Omar Haddad"}


def test_the_authors_of_a_bill_are_not_the_study_authors(pipeline):
    # near miss: a phrase of its own says whose authors they are
    text = _ONE_STUDY.replace(
        "The authors found that the effect was strongest among older adults.",
        "The authors of the caffeine bill said that the effect was strongest among older adults.",
    )
    record = pipeline.analyze(text)
    speaker = speaker_of(record, "strongest among older adults")
    assert speaker.name not in _AUTHORS


def test_the_researchers_saying_something_far_from_the_study_stay_unnamed(pipeline):
    # near miss: away from the study, "said" is anyone's talk, not the study's finding
    text = _ONE_STUDY.replace(
        "The authors found that the effect was strongest among older adults.",
        "The town has two clinics. The researchers said that the effect was strongest among older adults.",
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "strongest among older adults").name not in _AUTHORS
