"""A body written as the kind of system it runs (session 53, desc53): "Meridian Health … The
hospital system said" (``antecedents/system_bodies.py``). Every text here is invented for
newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of

_STRIKE = (
    "Nurses strike at three city hospitals\n\n"
    "BOSTON \u2014 More than 4,000 nurses walked off the job on Wednesday at three hospitals run by "
    "Meridian Health, the largest strike in the city in a decade.\n\n"
    "The Massachusetts Nurses Union, which represents the nurses, said talks had broken down over "
    "staffing.\n\n"
    "Meridian Health said it had hired replacement nurses. The hospital system said it had offered a "
    "12 percent raise over three years.\n"
)


def test_the_hospital_system_is_the_health_body_named_before(pipeline):
    speaker = speaker_of(pipeline.analyze(_STRIKE), "12 percent raise")
    assert (speaker.text, speaker.name) == ("The hospital system", "Meridian Health")


def test_the_health_care_system_is_the_health_body_too(pipeline):
    text = _STRIKE.replace("The hospital system said", "The health care system said")
    assert speaker_of(pipeline.analyze(text), "12 percent raise").name == "Meridian Health"


def test_the_school_system_is_not_a_hospital_body(pipeline):
    # near miss: the kind of system must be the body's ("school" is no health word), and a name
    # written as the subject just before is not taken for it either
    text = _STRIKE.replace("The hospital system said", "The school system said")
    assert speaker_of(pipeline.analyze(text), "12 percent raise").name is None


def test_the_hospital_system_is_no_company_without_a_health_name(pipeline):
    # near miss: a body whose name says nothing of hospitals is not "the hospital system"
    text = _STRIKE.replace("Meridian Health", "Meridian Partners")
    assert speaker_of(pipeline.analyze(text), "12 percent raise").name is None


def test_a_bare_system_is_no_body(pipeline):
    # near miss: "system" with no kind before it is not a body's description
    text = _STRIKE.replace("The hospital system said", "The system said")
    assert speaker_of(pipeline.analyze(text), "12 percent raise").name is None
