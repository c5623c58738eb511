"""``speakers/other_titles.py``: a bare government office ("the governor") is not a man just
named whom the article titled with another trade ("Reporter Sam Lowe"), when the titled office
holder was named sentences before; near misses where the one just named keeps it. Every text
here is invented for newsmine (session 52, seen52c).
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_BUDGET = (
    "Budget fight\n\nGov. Nora Pike signed the budget on Tuesday.\n\n"
    "Critics said the plan cut schools. Parents protested at the capitol.\n\n"
    '{asker} asked about the cuts. "I would sign it again tomorrow," the governor said.\n'
)


def _name(pipeline, text: str, snippet: str) -> str | None:
    return speaker_of(pipeline.analyze(text), snippet).name


def test_the_governor_is_not_a_reporter_just_named(pipeline):
    # review52d's note: the bare title went to the reporter
    text = _BUDGET.format(asker="Reporter Sam Lowe")
    assert _name(pipeline, text, "I would sign it again") == "Nora Pike"


def test_the_governor_is_another_governor_just_named(pipeline):
    # near miss: a governor named just before, titled so, keeps the bare title
    text = (
        "Governors meet\n\nGov. Nora Pike opened the meeting on Tuesday.\n\n"
        "Critics said the plan cut schools. Parents protested at the capitol.\n\n"
        'Gov. Hal Ortega of Utah took the podium. "We share one river," the governor said.\n'
    )
    assert _name(pipeline, text, "We share one river") == "Hal Ortega"


def test_the_actor_is_the_star_just_named(pipeline):
    # near miss (a trade's noun, not an office): "star" is no other trade than "actor"
    text = (
        "Stars speak out\n\nActor Leon Marsh won the award in March.\n\n"
        "The film drew crowds in six cities. Critics praised its score.\n\n"
        '"Night Train" star Omar Velez joined the panel on Friday. "We were told to wait our turn," the actor said.\n'
    )
    assert _name(pipeline, text, "We were told to wait") == "Omar Velez"


@pytest.mark.xfail(
    strict=True,
    reason=(
        "newuser52, seen and left (seen52c): the recogniser tags no entity for 'The Maple Grove School "
        "District', so 'The district said' has no body to resolve to; 'the district said' does not occur "
        "on PolNeAR train (0 times), no rule picked there"
    ),
)
def test_the_district_is_the_school_district_named_before(pipeline):
    text = (
        "School district delays report\n\nBy Ann Holt\n\n"
        "The Maple Grove School District has not released last spring's test scores, parents said on Monday.\n\n"
        "Board members met for two hours behind closed doors. Several parents waited in the hallway.\n\n"
        "The district said it would publish the scores by the end of the month.\n"
    )
    assert _name(pipeline, text, "it would publish") is not None


# review52g: near misses (invented) where the bare office must still go to the one just named
# or to the office holder named first, however the other titles stand.
def _council(first: str, second: str, noun: str) -> str:
    return (
        f"Patrols debated\n\n{first} met with residents on Tuesday.\n\n"
        "The meeting lasted two hours and drew more than a hundred people.\n\n"
        "Many residents asked about patrols near the park.\n\n"
        f'{second}"We hear you, and we will act," the {noun} said.\n'
    )


def test_a_reporter_turned_senator_is_the_senator(pipeline):
    text = _council("Reporter-turned-senator Sam Lowe", "", "senator")
    assert speaker_of(pipeline.analyze(text), "We hear you").name == "Sam Lowe"


def test_an_attorney_general_named_after_the_governor_does_not_take_the_governor(pipeline):
    text = _council("Gov. Greg Abbott", "Attorney General Ken Paxton spoke next. ", "governor")
    assert speaker_of(pipeline.analyze(text), "We hear you").name == "Greg Abbott"


@pytest.mark.parametrize("pair", ["Mayor Ed Lee and Police Chief Greg Suhr", "Police Chief Greg Suhr and Mayor Ed Lee"])
def test_the_mayor_beside_a_police_chief_is_the_mayor(pipeline, pair):
    assert speaker_of(pipeline.analyze(_council(pair, "", "mayor")), "We hear you").name == "Ed Lee"
