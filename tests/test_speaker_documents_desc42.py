"""Documents whose author the rules missed, seen in session 42 (desc42): a poll's pollster named
by a participle the parse hangs on the people polled ("a poll of 600 voters released Friday by
…"). Every text here is invented for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of

_POLL = (
    "Poll: Ruiz trails in Harlow County\n\n"
    "HARLOW — Mayor Elena Ruiz has lost ground with older voters, according to a poll of 600 "
    "likely voters released on Thursday by Meridian Research, a nonpartisan survey group.\n\n"
    "Fifty-two percent of voters over 65 now view the mayor unfavorably, the poll found.\n"
)


def test_a_poll_released_by_a_pollster_after_its_respondents(pipeline):
    record = pipeline.analyze(_POLL)
    assert speaker_of(record, "view the mayor unfavorably").name == "Meridian Research"


def test_the_headline_poll_is_the_pollster_the_body_names(pipeline):
    record = pipeline.analyze(_POLL)
    assert speaker_of(record, "Ruiz trails in Harlow County").name == "Meridian Research"


def test_a_poll_of_people_hurt_by_a_policy_names_no_author(pipeline):
    # "hurt" is no authoring verb: the people the poll asked are not its author
    text = (
        "Tenants feel the squeeze\n\n"
        "A survey of tenants hurt by the Harlow Housing Authority's new rules found that most "
        "now pay more than half their income in rent.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "pay more than half")
    assert speaker.name != "Harlow Housing Authority"
