"""A study with no author in its own phrase is the one person the article titles its author
("said Dana Whitcomb, the study's lead author"; session 53, desc53b;
``speakers/titled_study_authors.py``). Every text here is invented for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of

_TRAFFIC = (
    "Commutes grow longer in Harlow\n\n"
    "A new study of city traffic was published on Monday. {study} found that commutes grew 20 "
    'percent in five years. "We were surprised by how fast it happened," said Dana Whitcomb, '
    "{title}.\n"
)


def test_the_study_is_its_titled_lead_author(pipeline):
    text = _TRAFFIC.format(study="The study", title="the study's lead author")
    speaker = speaker_of(pipeline.analyze(text), "commutes grew")
    assert (speaker.text, speaker.name) == ("The study", "Dana Whitcomb")


def test_the_research_is_one_of_the_papers_authors(pipeline):
    text = _TRAFFIC.format(study="The research", title="a planner at the university and one of the paper's authors")
    assert speaker_of(pipeline.analyze(text), "commutes grew").name == "Dana Whitcomb"


def test_another_study_is_not_the_titled_authors(pipeline):
    # near miss: "a separate study" is another one than the one Whitcomb wrote
    text = _TRAFFIC.format(study="A separate study", title="the study's lead author")
    assert speaker_of(pipeline.analyze(text), "commutes grew").name != "Dana Whitcomb"


def test_two_titled_authors_leave_the_study_unnamed(pipeline):
    # near miss: two people titled authors of research: the rule does not choose between them
    text = _TRAFFIC.format(study="The study", title="the study's lead author") + (
        '"Parking made no difference," said Omar Haddad, one of the report\'s authors.\n'
    )  # (review53h: "the author of a 2019 report" titled another report and no longer counts)
    assert speaker_of(pipeline.analyze(text), "commutes grew").name is None


def test_a_person_quoted_about_the_study_is_not_its_author(pipeline):
    # near miss: someone who comments on the study, titled nothing of it, is not its author
    text = _TRAFFIC.format(study="The study", title="a city council member")
    assert speaker_of(pipeline.analyze(text), "commutes grew").name is None
