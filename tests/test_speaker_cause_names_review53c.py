"""Near misses of a missed "<people> for/against/of <cause>" name taken up as "the group"
(review53c, a sceptical review of desc53's ``speakers/cause_names.py``). Every text here is
invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


def test_a_name_running_on_past_the_object_is_not_cut(pipeline):
    # "Members of Local 12": the parse hangs "12" on "of" beside "Local"; the name is not "Members of Local"
    text = "Vote delayed\n\nMembers of Local 12 marched on Tuesday. The group said the vote should wait.\n"
    assert speaker_of(pipeline.analyze(text), "vote should wait").name != "Members of Local"


def test_a_name_against_a_cause_is_taken_whole(pipeline):
    # guard: every word capitalised but "Against"
    text = (
        "Crash laws\n\nMothers Against Drunk Driving called for tougher laws on Monday. "
        "The group said 30 people died in crashes last year.\n"
    )
    assert speaker_of(pipeline.analyze(text), "30 people died").name == "Mothers Against Drunk Driving"


def test_a_tagged_body_of_a_place_stays_the_tagged_body(pipeline):
    # guard: "Bank of America" is the recogniser's; the rule leaves it
    text = "Fees cut\n\nBank of America cut overdraft fees on Monday. The group said it would refund $20 million.\n"
    assert speaker_of(pipeline.analyze(text), "refund").name == "Bank of America"


def test_a_titled_person_is_no_group_name(pipeline):
    # guard: "Secretary of State John Kerry" holds a person
    text = (
        "Talks resume\n\nGENEVA \u2014 Secretary of State John Kerry met his Russian counterpart on "
        "Monday. The group said the talks would go on for three days.\n"
    )
    assert speaker_of(pipeline.analyze(text), "three days").name is None


@pytest.mark.xfail(
    strict=True,
    reason="review53c: 'Veterans for Trump' holds a person the recogniser tags, so the "
    "rule refuses it and 'the group' goes to 'Trump' (a body look-up, as before desc53)",
)
def test_a_group_named_for_a_person_is_the_group(pipeline):
    text = (
        "Rally held\n\nVeterans for Trump held a rally in Tampa on Saturday, with speeches by local "
        "officials. The group said 2,000 people came.\n"
    )
    assert speaker_of(pipeline.analyze(text), "2,000 people").name == "Veterans for Trump"


@pytest.mark.xfail(
    strict=True,
    reason="review53c: 'Friends of the Earth' is a recognised name, so the rule leaves it, "
    "but 'the group' finds no body (as before desc53)",
)
def test_a_recognised_name_of_the_earth_is_the_group(pipeline):
    text = (
        "Pipeline fight\n\nFriends of the Earth sued the state on Monday. The group said the pipeline "
        "would harm wetlands.\n"
    )
    assert speaker_of(pipeline.analyze(text), "harm wetlands").name == "Friends of the Earth"
