"""A poll whose pollster the recogniser misses, written before the noun ("a Daybreak Consult
Poll", no entity holds the name), seen in session 47 (spk47, train-all47): the poll itself was
given its pollster as written, but the other mentions of it were not, because the article's list
of documents with their authors held only authors that are entities. Now a poll or survey with
its pollster written is listed too, so a headline's "Poll:", an earlier "a new poll" and a later
"the results" speak for that pollster. Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

# "Daybreak Consult" is tagged no entity by the recogniser; "Poll" title-cased reads as a name's end.
_POLL = (
    "Poll: Mayor Ruiz Leads Her Rival\n\n"
    "Mayor Elena Ruiz holds a clear lead over council member Tom Baxter, according to a new poll.\n\n"
    "With turnout expected to be low, a Daybreak Consult Poll found that Ruiz leads Baxter among "
    "likely voters.\n\n"
    "Ruiz received 48 percent and Baxter 39 percent, according to the results.\n"
)


@pytest.mark.parametrize(
    "snippet",
    ["Mayor Ruiz Leads Her Rival", "holds a clear lead", "Ruiz received 48 percent"],
    ids=["headline poll", "a new poll before it", "the results after it"],
)
def test_the_mentions_of_a_poll_speak_for_its_pollster_written_with_no_entity(pipeline, snippet):
    assert speaker_of(pipeline.analyze(_POLL), snippet).name == "Daybreak Consult"


def test_the_poll_after_a_lower_case_poll_of_a_pollster_no_entity_holds(pipeline):
    text = (
        "Mayor Ruiz leads her rival\n\n"
        "A Daybreak Consult poll released Tuesday found that Mayor Elena Ruiz leads council member "
        "Tom Baxter among likely voters. The poll also found that most voters want new parks.\n"
    )
    assert speaker_of(pipeline.analyze(text), "new parks").name == "Daybreak Consult"


# Near misses: (text, quote snippet, the author the quote must not be given).
_NEAR_MISSES = {
    # an average is of many polls: "the latest polls" after it are no one pollster's
    "average": (
        (
            "Baxter trails in the race\n\n"
            "Council member Tom Baxter is running third in the Daybreak Consult average of city "
            "surveys. In the latest polls, he trails Mayor Elena Ruiz by nine points.\n"
        ),
        "trails Mayor Elena Ruiz",
        "Daybreak Consult",
    ),
    # a month before the noun is no pollster
    "month": (
        (
            "Mayor Ruiz leads her rival\n\n"
            "In Harlow, a June poll found that Mayor Elena Ruiz leads council member Tom Baxter. "
            "The poll also found that most voters want new parks.\n"
        ),
        "new parks",
        "June",
    ),
}


@pytest.mark.parametrize("case", sorted(_NEAR_MISSES))
def test_near_misses_keep_a_poll_from_a_written_author_it_does_not_have(pipeline, case):
    text, snippet, author = _NEAR_MISSES[case]
    found = [q for q in pipeline.analyze(text).quotes if snippet in q.text]
    assert all(q.speaker is None or q.speaker.name != author for q in found), [q.speaker for q in found]
