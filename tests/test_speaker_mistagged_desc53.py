"""Descriptions left unresolved or cut because the recogniser mistags their referent, seen in
desc53's invented articles and left as strict xfails (session 53): a person tagged an
organisation with her title, a body's name cut in two, a state lottery tagged nothing. Every
text here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


@pytest.mark.xfail(
    strict=True,
    reason="the recogniser tags 'City Councilwoman Rosa Diaz' one organisation, so no person holds "
    "the title and 'the councilwoman' is unresolved (on main before desc53 too)",
)
def test_the_councilwoman_titled_before_her_name_in_a_city_title(pipeline):
    text = (
        "Developer enters mayor's race\n\n"
        "Lamb's entry upends a race that had been led by City Councilwoman Rosa Diaz. Diaz, a Democrat "
        "first elected in 2019, said she welcomed the competition. \u201cVoters can't be bought,\u201d "
        "the councilwoman said.\n"
    )
    assert speaker_of(pipeline.analyze(text), "be bought").name == "Rosa Diaz"


@pytest.mark.xfail(
    strict=True,
    reason="the recogniser cuts 'Pharmaceutical Research and Manufacturers of America' into two "
    "organisations at 'and', so 'the group' is the second half (on main before desc53 too)",
)
def test_the_group_is_a_trade_group_whose_name_holds_and(pipeline):
    text = (
        "House panel advances insulin cap\n\n"
        "The drug industry's trade group, the Pharmaceutical Research and Manufacturers of America, "
        "said the cap would hurt research. The group said companies would cut spending on new drugs.\n"
    )
    name = speaker_of(pipeline.analyze(text), "cut spending").name
    assert name == "Pharmaceutical Research and Manufacturers of America"


@pytest.mark.xfail(
    strict=True,
    reason="the recogniser tags no 'Illinois Lottery', and a name holding no agency word would not fit "
    "'the agency' either (on main before desc53 too)",
)
def test_the_agency_is_a_state_lottery(pipeline):
    text = (
        "Lawmaker seeks audit of state lottery\n\n"
        "State Rep. Nora Fiske asked the state auditor on Monday to review how the Illinois Lottery picks "
        "the stores that sell its tickets.\n\n"
        "The lottery's director, Sam Whitley, said he welcomed the review. The agency said it had added "
        "300 stores in poor neighborhoods since 2020.\n"
    )
    assert speaker_of(pipeline.analyze(text), "added 300 stores").name == "Illinois Lottery"
