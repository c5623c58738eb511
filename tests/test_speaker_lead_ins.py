"""Speakers a lead-in names in ways the parse misses (session 24's fifth probe round): the
subject of a copular lead-in before a colon ('The mayor was blunt: "…"'), and the name after
a comma that closes a role's apposition ('according to its chief nursing officer, Dr. Alison
Mbeki.'). Hand-written text; the probe articles p5-colon-quotes and p5-according-to hold the
same cases inside whole stories."""

from __future__ import annotations

from tests.conftest import speaker_of


def test_a_copular_lead_in_before_a_colon_is_spoken_by_its_subject(pipeline):
    record = pipeline.analyze(
        "Paul Reyes chaired the council meeting on Monday.\n\n"
        'Mayor Laura Bennett was blunt: "The city is out of money."\n\n'
        'Reyes was more cautious: "We may still find savings."\n\n'
        'The message from the unions was clear: "Pay us first."\n'
    )
    assert speaker_of(record, "out of money").name == "Laura Bennett"
    assert speaker_of(record, "find savings").name == "Paul Reyes"
    # a thing as the subject ('The message … was clear:') is no speaker: never the unions' name
    assert not any(q.speaker and "message" in q.speaker.text for q in record.quotes if "Pay us first" in q.text)


def test_a_copular_lead_in_with_an_appositive_name_is_spoken_by_the_named(pipeline):
    # the role and the name set off by commas push the colon past a headline lead-in's
    # length; a manner lead-in before a quotation still speaks for its subject
    record = pipeline.analyze(
        "Ferry fares to rise\n\n"
        "The ferry operator said in a statement that fares would rise by 9 percent in April.\n\n"
        "The islanders' association disagrees. Its longtime chairwoman, Mairi Duncan, was blunt: "
        '"Every rise is a tax on living here, and we are tired of paying it."\n\n'
        "The operator's new director, Owen Pryce, was more careful: "
        '"We will look again at the concession fares before the summer timetable."\n'
    )
    assert speaker_of(record, "tax on living here").name == "Mairi Duncan"
    assert speaker_of(record, "concession fares").name == "Owen Pryce"


def test_a_name_after_a_comma_names_the_role_it_follows(pipeline):
    record = pipeline.analyze(
        "The plant will close in March, according to a company spokesman, Tom Reyes.\n\n"
        "According to a union official, Brian Coyle, most workers have been offered new posts.\n\n"
        "Several workers said the news came as a shock, according to a union official, who asked not to be named.\n"
    )
    assert speaker_of(record, "close in March").name == "Tom Reyes"
    assert speaker_of(record, "offered new posts").name == "Brian Coyle"
    # no name follows the comma ('…, who asked not to be named'): the official stays unnamed
    assert speaker_of(record, "came as a shock").kind.value == "anonymous"


def test_a_lead_in_a_name_owns_is_spoken_by_the_owner(pipeline):
    # a copula or a preposition heads the lead-in ('… was:', 'From …:'); the noun the name owns
    # carries the owner to the speaker, as 'Wilcox's response: …' does without the copula
    record = pipeline.analyze(
        "Bakery row\n\n"
        "The mayor asked about the bakery on Monday. Wilcox's response was: "
        '"Is the bakery in Dunmore or in Fairhaven?" The bakery is in Dunmore.\n\n'
        "Aides say the former governor plans to back Harlan. From Pruett's Facebook post: "
        '"For the sake of our party and country, we must move on."\n'
    )
    assert speaker_of(record, "in Dunmore or in Fairhaven").name == "Wilcox"
    assert speaker_of(record, "we must move on").name == "Pruett"
