"""Documents whose author the rules missed, seen in session 42 (desc42): a poll's pollster named
by a participle the parse hangs on the people polled ("a poll of 600 voters released Friday by
…"); an ad's narrator after the ad's own words quoted over several sentences, or after footage
the ad shows ("a clip of Mayor Ruiz"). Every text here is invented for newsmine."""

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


_AD = (
    "Ruiz campaign goes on the air\n\n"
    "Mayor Elena Ruiz is expected to unveil on Monday her second television ad of the race. It "
    "will focus on housing.\n\n"
    "\u201cRents keep rising. Families keep leaving. Harlow deserves better. It deserves a mayor "
    "who builds,\u201d says a narrator.\n"
)


def test_a_narrator_after_the_ads_quoted_sentences(pipeline):
    speaker = speaker_of(pipeline.analyze(_AD), "Rents keep rising")
    assert speaker.name in ("Ruiz campaign", "Elena Ruiz")


def test_a_narrator_past_footage_the_ad_shows(pipeline):
    text = (
        "Challenger attacks mayor\n\n"
        "Council member Dana Whitfield, who is challenging Mayor Elena Ruiz, has been airing a web "
        "ad this month. Last week, she released a new web ad compiling the mayor's promises on "
        "housing, followed by a clip of Ruiz saying she would build 5,000 homes. \"Five years "
        'later, not one has been built," the narrator says.\n'
    )
    speaker = speaker_of(pipeline.analyze(text), "not one has been built")
    assert speaker.name in ("Dana Whitfield", "Whitfield campaign")


def _speaker_of_exactly(record, words: str):
    """The speaker of the quote whose whole text is ``words`` (a nested content: "defending
    Moss" inside "a statement defending Moss")."""
    found = [q for q in record.quotes if q.text == words]
    assert found and found[0].speaker is not None, [q.text for q in record.quotes]
    return found[0].speaker


def test_in_a_statement_the_campaign_said(pipeline):
    text = (
        "Aide charged after scuffle\n\n"
        '"He came in by himself and signed his notice to appear," said Officer Dan Berg, a Harlow '
        "police spokesman.\n\n"
        "In a statement defending Moss, Ruiz's campaign said he will be represented by Harlow "
        "lawyers Ann Lee and Tom Hart.\n"
    )
    speaker = _speaker_of_exactly(pipeline.analyze(text), "Moss")
    assert speaker.text == "a statement"
    assert speaker.name == "Ruiz campaign"


def test_told_a_station_in_an_interview(pipeline):
    text = (
        "Ruiz doubts the deal\n\n"
        "\u201cIt looks like we're not going to get a very good deal, who knows?\u201d Mayor Elena "
        "Ruiz told Britain's ITV television station in an interview aired on Monday when asked how "
        "the talks would fare.\n"
    )
    speaker = _speaker_of_exactly(pipeline.analyze(text), "how the talks would fare")
    assert speaker.text == "an interview"
    assert speaker.name == "Elena Ruiz"


def test_leading_in_the_polls_is_no_author(pipeline):
    text = (
        "Ruiz pulls ahead\n\n"
        "Mayor Elena Ruiz leads her challenger in several recent polls, which show her ahead by "
        "nine points among older voters.\n"
    )
    record = pipeline.analyze(text)
    in_polls = [q for q in record.quotes if q.speaker is not None and "polls" in (q.speaker.text or "")]
    assert in_polls, [q.text for q in record.quotes]  # (the polls stay a speaker: the guard reads one)
    assert all(q.speaker.name != "Elena Ruiz" for q in in_polls)


def test_appearing_in_documents_is_no_author(pipeline):
    # the subject of a verb that reports no words is no author of the document it is "in"
    text = (
        "Council files\n\n"
        "Mayor Elena Ruiz appears in several documents, which show that the city paid her firm.\n"
    )
    assert _speaker_of_exactly(pipeline.analyze(text), "the city paid her firm").name != "Elena Ruiz"

