"""Speakers and names seen wrong in probe40b's invented articles (a select committee hearing,
a coroner's inquest): "MP" is a title and a party before it ("Labour MP") part of it; the
answer after "Asked by Malley whether …" is not the asker's; a description of another post
after an MP's quotation is not the MP going on; "an aide to the senator, Mark Tiller," is
Tiller; a quoted handle ends a speaker's phrase, it is no quotation; "in Hattiesburg and
Jackson" lists two places. Every text here is invented for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of

_HEARING = (
    "Rail boss questioned over delays\n\n"
    "The chief executive of Northline Rail faced two hours of questions from the transport "
    "committee on Wednesday.\n\n"
    "Helen Brabazon, who has run the company since 2020, told MPs that the new timetable had "
    "been a mistake.\n\n"
    "The session grew heated when Labour MP Priya Mistry asked about compensation.\n\n"
    '"Why should passengers wait six months for a refund?" Ms Mistry said.\n\n'
    "The chief executive said she would write to the committee.\n\n"
    'Conservative MP Robert Ellison said the answers were "not good enough."\n'
)


def _entity(record, name):
    matches = [e for e in record.entities if e.name == name]
    assert matches, f"no entity {name!r} in {[e.name for e in record.entities]}"
    return matches[0]


def test_mp_is_a_title_and_a_party_before_it_part_of_it(pipeline):
    record = pipeline.analyze(_HEARING)
    # the recogniser reads "Labour MP Priya Mistry" as one organisation; "Ms Mistry" is her
    mistry = _entity(record, "Priya Mistry")
    assert mistry.label == "PERSON" and mistry.titles == ["Labour MP"]
    assert [m.text for m in mistry.mentions] == ["Priya Mistry", "Ms Mistry"]
    assert _entity(record, "Robert Ellison").titles == ["Conservative MP"]


def test_another_post_after_an_mps_quotation_is_not_the_mp_going_on(pipeline):
    # "The chief executive" is not Ms Mistry continuing: an MP is no chief executive
    speaker = speaker_of(pipeline.analyze(_HEARING), "write to the committee")
    assert speaker.name != "Priya Mistry"


def test_the_executive_after_a_company_officers_quotation_is_that_officer_going_on(pipeline):
    # review40b: "executive" is another office only after a holder of a public one (the MP
    # above); any officer of a company is "the executive"
    text = (
        "Harbour deal close\n\n"
        'Chief Operating Officer Tom Reyes said: "We are close to a deal." The executive added '
        "that talks would resume on Friday.\n"
    )
    assert speaker_of(pipeline.analyze(text), "talks would resume on Friday").name == "Tom Reyes"


def test_the_answer_after_asked_by_someone_is_not_the_askers(pipeline):
    text = (
        "Inquest hears from second officer\n\n"
        "Counsel assisting the coroner, Joanna Whitfield, played the footage to the court.\n\n"
        "A second officer, Constable Leah Morton, said she had been a few metres behind her "
        "partner. Asked by Ms Whitfield whether she had seen the man lunge, she said: "
        '"No. He was standing still."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "He was standing still").name == "Leah Morton"
    assert speaker_of(record, "whether she had seen the man lunge").name == "Joanna Whitfield"


def test_an_aide_to_someone_named_after_a_comma_is_that_name(pipeline):
    # the parse hangs "Mark Tiller" off "senator" in apposition: the aide is Tiller, not unnamed
    text = (
        "Senate vote slips to next week\n\n"
        "An aide to the senator, Mark Tiller, said she would vote against the nominee.\n\n"
        "A spokeswoman for the majority leader declined to comment.\n"
    )
    assert speaker_of(pipeline.analyze(text), "vote against the nominee").name == "Mark Tiller"


def test_a_quoted_handle_ending_the_speakers_phrase_leaves_them_the_speaker(pipeline):
    # the parse hangs the designer off "server" in apposition, so "wrote" has no subject; the
    # phrase right before the verb ends in a quoted handle, which is a name, not a quotation
    text = (
        "Studio staff walk out\n\n"
        "On the union's Discord server, a level designer who goes by the handle \"mossbyte\" wrote "
        "that she had worked 70-hour weeks since August.\n"
    )
    assert speaker_of(pipeline.analyze(text), "70-hour weeks since August").text == "a level designer"


def test_a_lone_surname_listed_with_places_after_in_is_a_place(pipeline):
    # the recogniser tags the city "Jackson" a person; listed after "in" with a city it is one
    record = pipeline.analyze(
        "Storm nears coast\n\n"
        "Mississippi Emergency Management Agency director Lisa Carrow said shelters in Hattiesburg "
        "and Jackson had room for about 12,000 people.\n"
    )
    assert _entity(record, "Jackson").label == "GPE"
