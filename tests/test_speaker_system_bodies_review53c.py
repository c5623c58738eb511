"""Near misses of "the <kind> system" (review53c, a sceptical review of desc53's rule in
``antecedents/system_bodies.py``): one court, one university, one school is no system; a name
saying "System" of another kind is no system of this kind; "the foster care system" is no
hospital's. Every text here is invented for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of


def _said(named: str, described: str) -> str:
    return (
        "Budget talks stall\n\n"
        f"DENVER \u2014 {named} warned on Monday that the state budget would force cuts. "
        f"{named} said the shortfall had grown.\n\n"
        f"{described} said it had hired 40 new clerks to clear a backlog of cases.\n"
    )


def test_the_court_system_is_not_the_supreme_court(pipeline):
    record = pipeline.analyze(_said("The Supreme Court", "The court system"))
    assert speaker_of(record, "40 new clerks").name != "Supreme Court"


def test_the_university_system_is_not_one_university(pipeline):
    record = pipeline.analyze(_said("Harvard University", "The university system"))
    assert speaker_of(record, "40 new clerks").name != "Harvard University"


def test_the_school_system_is_no_system_of_another_kind(pipeline):
    # "System" alone in a name says nothing of schools
    record = pipeline.analyze(_said("The Federal Reserve System", "The school system"))
    assert speaker_of(record, "40 new clerks").name != "Federal Reserve System"


def test_the_foster_care_system_is_no_health_body(pipeline):
    record = pipeline.analyze(_said("Mercy Health", "The foster care system"))
    assert speaker_of(record, "40 new clerks").name != "Mercy Health"


def test_a_university_named_a_system_is_the_university_system(pipeline):
    # guard: a name that says "System" and the kind is still the system
    record = pipeline.analyze(_said("The University of Colorado System", "The university system"))
    assert speaker_of(record, "40 new clerks").name == "University of Colorado System"


def test_the_health_care_system_is_still_a_health_body(pipeline):
    # guard: "care" after "health" keeps its health bodies
    record = pipeline.analyze(_said("Mercy Health", "The health care system"))
    assert speaker_of(record, "40 new clerks").name == "Mercy Health"


def test_the_school_system_is_the_schools_not_the_university_named_after(pipeline):
    # guard: of a university and a district named before, the district runs the school system
    text = (
        "Study on tutoring\n\n"
        "CHICAGO \u2014 Researchers at Harvard University studied tutoring at Chicago Public Schools "
        "for two years. Harvard University said the results were strong.\n\n"
        "The school system said it would expand the program to 60 more schools.\n"
    )
    assert speaker_of(pipeline.analyze(text), "60 more schools").name == "Chicago Public Schools"
