"""Speakers the attribution's source choice leaves short: a share of people measured in a poll
written before it, a poll run by two outlets, a qualified subset of a party, a super PAC
described after it was named.

Every article here is invented for newsmine; each test asserts the speaker (as written and as
resolved) of the quote that matters, checked by reading the text.
"""

from __future__ import annotations

from tests.test_speaker_pronouns import _speaker_of


def test_a_share_of_voters_speaks_for_the_poll_it_was_measured_in(pipeline):
    text = (
        "Voters cool on the pier plan\n\n"
        "The Harbor Gazette released its spring survey of the county on Monday. In a Harbor "
        "Gazette poll taken last week, 62 percent of voters said the pier should wait until "
        "the budget is balanced.\n"
    )
    speaker = _speaker_of(pipeline.analyze(text), "the pier should wait")
    assert "poll" in speaker.text and "percent" not in speaker.text
    assert speaker.name == "Harbor Gazette"


def test_a_share_with_no_poll_before_it_keeps_its_own_span(pipeline):
    text = (
        "Voters cool on the pier plan\n\n"
        "The county held a hearing on Monday. Afterwards, 62 percent of those who spoke said the "
        "pier should wait until the budget is balanced.\n"
    )
    speaker = _speaker_of(pipeline.analyze(text), "the pier should wait")
    assert "percent" in speaker.text


def test_a_poll_by_two_outlets_is_named_for_the_first(pipeline):
    text = (
        "Mayor's rating slips\n\n"
        "Mayor Tomas Berg has lost ground since the spring. In a poll conducted by the Daily "
        "Ledger and ABC News, just 31 percent of residents said Berg was honest.\n"
    )
    speaker = _speaker_of(pipeline.analyze(text), "Berg was honest")
    assert speaker.name == "Daily Ledger"


def test_more_republicans_are_a_subset_not_the_party(pipeline):
    text = (
        "Pressure builds on the speaker\n\n"
        "Speaker Ruth Calloway met the nominee on Thursday. As the meeting began, more "
        "Republicans said the party should unite behind its candidate before the convention.\n"
    )
    speaker = _speaker_of(pipeline.analyze(text), "the party should unite")
    assert speaker.name != "Republican Party"


def test_the_super_pac_is_the_pac_named_before(pipeline):
    text = (
        "Group targets Berg in new ads\n\n"
        "Harbor Forward PAC, a group opposed to Tomas Berg, launched a $2 million ad campaign "
        "on Tuesday. The super PAC said it would spend more in the final weeks of the race.\n"
    )
    speaker = _speaker_of(pipeline.analyze(text), "spend more in the final weeks")
    assert speaker.name == "Harbor Forward PAC"


def test_exit_polls_conducted_for_an_outlet_speak_for_it(pipeline):
    text = (
        "Lee wins the county\n\n"
        "Ana Lee won the county primary on Tuesday. According to exit surveys conducted for the "
        "Daily Ledger and two local stations, most of those who voted said the pier was their top "
        "concern.\n"
    )
    speaker = _speaker_of(pipeline.analyze(text), "their top concern")
    assert speaker.name == "Daily Ledger"


def test_a_joint_poll_is_named_for_the_outlet_it_shortens(pipeline):
    text = (
        "Lee leads the field\n\n"
        "Ana Lee leads the race for governor, The Harbor Post reported on Sunday. In a Post-ABC "
        "survey released that morning, 41 percent of likely voters said they would back Lee.\n"
    )
    speaker = _speaker_of(pipeline.analyze(text), "they would back Lee")
    assert speaker.name == "Harbor Post"


def test_the_cities_of_two_places_are_the_first_place(pipeline):
    text = (
        "Towns back the ferry\n\n"
        "Two river towns back the ferry plan. In Ohio, the cities of Dayton and Akron said on "
        "Monday that they would share the cost of the new ferry.\n"
    )
    speaker = _speaker_of(pipeline.analyze(text), "share the cost")
    assert speaker.name == "Dayton"


def test_he_and_a_named_colleague_is_the_pronoun_first(pipeline):
    text = (
        "Senators fault refugee plan\n\n"
        "Sen. Tomas Berg criticized the refugee plan on Monday. He and Senate Budget Committee "
        "Chairwoman Ana Lee both faulted the decision, saying it was reckless.\n"
    )
    speaker = _speaker_of(pipeline.analyze(text), "the decision")
    assert speaker.name == "Tomas Berg"


def test_biographers_named_after_a_comma_are_the_first_named(pipeline):
    text = (
        "A mayor remembered\n\n"
        "Ruth Calloway ran the port city for two decades. Ruth Calloway's biographers, Peter and "
        "Ella Dunmore, wrote that Hale was stubborn but honest.\n"
    )
    speaker = _speaker_of(pipeline.analyze(text), "Hale was stubborn")
    assert speaker.name == "Peter Dunmore"
