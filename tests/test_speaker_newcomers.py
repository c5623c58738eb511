"""A plural description of people followed by a conjunction of people first named as the
subject of the next sentences ("Two of the Republicans … have released their totals. Tom
Brandt and Sen. Ida Moss raised …") is that group, given as its first member; not people
named next who do not speak, after an uncounted group.

Every article here is invented for newsmine; each test asserts the resolved name of the
quote that matters, checked by reading the text.
"""

from __future__ import annotations

from tests.conftest import speaker_of


def test_a_counted_group_is_the_first_of_the_people_named_next(pipeline):
    text = (
        "Money race heats up\n\n"
        "Clinton raised $38 million, according to her campaign. Two of the Republicans seeking the "
        "nomination have released their totals. Tom Brandt and Sen. Ida Moss raised $23 million and $20 million.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "their totals").name == "Tom Brandt"


def test_a_group_is_the_first_of_the_people_who_speak_next(pipeline):
    text = (
        "Court fight\n\n"
        "Legislative leaders in Ohio noted that the panel was made up of judges named by Democrats. "
        '"We can only wonder what the intent is," state Senate leader Ida Moss and House Speaker Tom '
        "Berg said in a statement.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "the panel was made up").name == "Ida Moss"


def test_a_group_is_not_people_named_next_who_do_not_speak(pipeline):
    text = (
        "Court fight\n\n"
        "Republicans in Ohio said the panel was biased. Later that day, Ida Moss and Tom Berg met the governor.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "the panel was biased").name != "Ida Moss"


# probe47c: "A rancher who lost … stood by the tank. '…,' Jim Ortega, 61, said. … the rancher
# said" — the definite noun was read as the unnamed "a rancher" again, never as the person the
# article named right after introducing them (newcomers._newcomer_again).
def test_a_newcomer_described_then_named_is_the_description_later(pipeline):
    text = (
        "Dry river\n\n"
        "A beekeeper who lost half of her hives this summer walked along the dry creek bed on Monday. "
        '"The clover never bloomed," Nora Lindgren, 54, said.\n\n'
        "The county has offered no help. Lindgren said she would move the hives to her sister's farm in the spring.\n\n"
        '"If it does not rain by April, I am done," the beekeeper said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "I am done").name == "Nora Lindgren"


def test_a_newcomer_the_article_keeps_unnamed_stays_unnamed(pipeline):
    # near miss: the one introduced asked not to be named; the name after is another speaker
    text = (
        "Dry river\n\n"
        "A beekeeper who asked not to be named walked along the dry creek bed on Monday. "
        '"The clover never bloomed," Nora Lindgren, the county agent, said.\n\n'
        '"If it does not rain by April, I am done," the beekeeper said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "I am done").name != "Nora Lindgren"


def test_a_newcomer_followed_by_someone_titled_otherwise_is_not_them(pipeline):
    # near miss: the person named next carries another title: two people
    text = (
        "Dry river\n\n"
        "A beekeeper who lost half of her hives walked along the dry creek bed on Monday. "
        '"Nobody has asked for help yet," County Commissioner Nora Lindgren said.\n\n'
        "The county will meet on Friday. Officials said a fund was possible.\n\n"
        '"If it does not rain by April, I am done," the beekeeper said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "I am done").name != "Nora Lindgren"


def test_a_newcomer_named_later_who_does_not_speak_is_not_the_description(pipeline):
    # near miss: the first person named after the description is not its speaker
    text = (
        "Dry river\n\n"
        "A beekeeper who lost half of her hives walked along the dry creek bed on Monday. "
        "Her landlord, Nora Lindgren, owns the land and has not visited since June.\n\n"
        "The county will meet on Friday.\n\n"
        '"If it does not rain by April, I am done," the beekeeper said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "I am done").name != "Nora Lindgren"
