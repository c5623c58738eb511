"""A spokesperson left unnamed at one mention ("a spokesman for Mayor Lena Ortiz") and named at
another, far from it ("Ortiz spokesman Paul Decker"): the named spokesperson, the gold's
convention, when the title names the same principal."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


def _audit_story(unnamed: str, named: str) -> str:
    """The mayor's unnamed spokesman (``unnamed``) in the third paragraph; someone named with a
    title (``named``) two paragraphs on."""
    return (
        "Mayor rejects audit findings\n\n"
        "DENVER — The city auditor found that the transit fund had paid contractors twice for "
        "the same repairs in 2024. The losses reached $3 million, the report said. The fund "
        "pays for buses, light rail and the repair of stations across the city, and its budget "
        "grew by a third over the last five years as ridership recovered.\n\n"
        f"The mayor has defended the fund. On Tuesday, {unnamed} called the audit deeply "
        "flawed.\n\n"
        "The council will hold a hearing on the fund next month. Members have asked for the "
        "invoices. The hearing is open to the public. Riders' groups plan to attend. Two "
        "contractors have offered to repay the money.\n\n"
        f"{named} Paul Decker said the auditors had counted invoices that "
        'were later corrected. "The money never left the account," Decker said.\n'
    )


@pytest.mark.parametrize(
    ("unnamed", "named", "is_decker"),
    [
        ("a spokesman for Mayor Lena Ortiz", "Ortiz spokesman", True),
        # the council's spokesman: the mayor's stays unnamed
        ("a spokesman for Mayor Lena Ortiz", "Council spokesman", False),
        # a spokeswoman is not the spokesman
        ("a spokeswoman for Mayor Lena Ortiz", "Ortiz spokesman", False),
        ("Mayor Lena Ortiz's campaign manager", "Ortiz campaign manager", True),
    ],
)
def test_an_unnamed_spokesperson_is_the_one_titled_so_for_the_same_principal(pipeline, unnamed, named, is_decker):
    record = pipeline.analyze(_audit_story(unnamed, named))
    assert (speaker_of(record, "deeply flawed").name == "Paul Decker") is is_decker


def _trial_story(first: str, later: str) -> str:
    """The mayor's lawyer named in apposition (``first``) in the first paragraph, and described
    by the client's name alone (``later``) two paragraphs on."""
    return (
        "Lawyer defends mayor in bribery case\n\n"
        f"Mayor Tom Reyes appeared in court on Monday. {first} said the charges were baseless.\n\n"
        "Prosecutors said Reyes took $40,000 in bribes from a paving contractor. The trial is set "
        "for June.\n\n"
        f"{later} said the case would collapse at trial.\n"
    )


@pytest.mark.parametrize(
    ("first", "later", "is_marsh"),
    [
        ("His attorney, Linda Marsh,", "Reyes's lawyer", True),
        ("Linda Marsh, a lawyer for Reyes,", "An attorney for Reyes", True),
        # the contractor's lawyer is not the mayor's
        ("Linda Marsh, a lawyer for the contractor,", "Reyes's lawyer", False),
        # two lawyers of the mayor: the article does not say which one spoke
        ("His attorneys, Linda Marsh and Paul Ortiz,", "Reyes's lawyer", False),
    ],
)
def test_a_clients_lawyer_is_the_one_lawyer_the_article_names_for_that_client(pipeline, first, later, is_marsh):
    record = pipeline.analyze(_trial_story(first, later))
    speaker = speaker_of(record, "would collapse at trial")
    assert (speaker.name == "Linda Marsh") is is_marsh, speaker


def test_an_unnamed_source_is_listed_without_the_clause_that_says_why(pipeline):
    """The speaker's text keeps the clause (it is what the article wrote); its name is the noun
    phrase, so that a table of sources does not list the reason for the anonymity."""
    record = pipeline.analyze(
        "A decision could come next week, according to one of the officials, who spoke on condition of "
        "anonymity because the deliberations are private.\n"
    )
    speaker = record.quotes[0].speaker
    assert speaker.kind == "anonymous"
    assert speaker.text.startswith("one of the officials, who spoke")
    assert speaker.name == "one of the officials"


def test_unnamed_residents_are_listed_without_the_clause_about_their_town(pipeline):
    """'Residents of East Palestine, Ohio, where the train derailed, said …': the residents of
    the town, listed without the clause that says what happened there."""
    record = pipeline.analyze(
        "Rail fine\n\nRegulators fined the railroad on Thursday.\n\n"
        "Residents of East Palestine, Ohio, where the train derailed, said the fine was too small.\n"
    )
    speaker = next(q.speaker for q in record.quotes if "too small" in q.text)
    assert speaker.kind == "anonymous"
    assert speaker.name == "Residents of East Palestine, Ohio"


def _outage_story(second: str) -> str:
    """The weather service's spokeswoman named; then ``second`` made the subject, and "the
    spokeswoman" quoted right after (probe49's tornado)."""
    return (
        "Storm cuts power\n\n"
        "A line of storms crossed the county overnight, according to the National Weather Service. "
        "A spokeswoman for the agency, Nora Bell, said the winds had reached 70 miles an hour.\n\n"
        f"{second} said about 5,000 homes were still without power.\n\n"
        '"Some of the lines will take days to fix," the spokeswoman said.\n'
    )


@pytest.mark.parametrize(
    ("second", "is_bell"),
    [
        # another body's unnamed spokeswoman: she speaks again, not the one titled so before
        ("A spokeswoman for Harlow Electric", False),
        # near miss: no body of her own (the weather service's again)
        ("A spokeswoman", True),
    ],
    ids=["another-body", "no-body"],
)  # fmt: skip
def test_the_spokesperson_after_another_bodys_unnamed_one_is_that_one(pipeline, second, is_bell):
    speaker = speaker_of(pipeline.analyze(_outage_story(second)), "take days to fix")
    assert (speaker.name == "Nora Bell") is is_bell, (speaker.text, speaker.name, speaker.kind)


def test_the_spokesperson_of_a_body_whose_spokesperson_is_named_is_not_left_unnamed(pipeline):
    # near miss: the utility's spokeswoman is named in the article, so "A spokeswoman for Harlow
    # Electric" is not an unnamed one for "the spokeswoman" to be again
    text = _outage_story("A spokeswoman for Harlow Electric").replace(
        "Storm cuts power\n\n", "Storm cuts power\n\nHarlow Electric spokeswoman Ada Price was on leave this week. "
    )
    speaker = speaker_of(pipeline.analyze(text), "take days to fix")
    assert speaker.kind.value != "anonymous", (speaker.text, speaker.name)
