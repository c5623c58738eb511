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

