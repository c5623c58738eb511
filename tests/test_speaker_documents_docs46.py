"""Documents whose author the article names just before, seen in session 46 (docs46): a bare
"ads" after the ads someone was said to pay for ("X spent $900,000 on digital ads. Most of the
money went to ads praising …"), and the spender of a participle clause with no subject of its own
("X led the field, dropping $900,000 on such ads"). Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_SPENT = (
            "Outside money floods the mayor's race\n\n"
    "Harlow Forward PAC, a group backing Mayor Elena Ruiz, spent $900,000 on digital ads last "
    "month. Most of the money went to ads praising the mayor's housing record.\n"
)


def test_bare_ads_after_the_ads_a_group_paid_for(pipeline):
    assert speaker_of(pipeline.analyze(_SPENT), "housing record").name == "Harlow Forward PAC"


_DROPPED = (
            "Outside money floods the mayor's race\n\n"
    "Harlow Forward PAC, a group backing Mayor Elena Ruiz, led the field, dropping $900,000 on "
    "such ads. While most of the money went to ads praising the mayor's housing record, more "
    "than $200,000 went to ads accusing her rival of skipping votes.\n"
)


def test_ads_a_participle_clause_pays_for_are_its_main_subjects(pipeline):
    # "dropping" has no subject of its own: the group that led the field paid for the ads
    record = pipeline.analyze(_DROPPED)
    assert speaker_of(record, "housing record").name == "Harlow Forward PAC"
    assert speaker_of(record, "skipping votes").name == "Harlow Forward PAC"


def test_the_ads_after_a_participle_clause_paid_for_them(pipeline):
    text = (
        "Outside money floods the mayor's race\n\n"
        "Harlow Forward PAC led the field last month, dropping $900,000 on digital ads. The ads "
        "praise the mayor's housing record.\n"
    )
    assert speaker_of(pipeline.analyze(text), "housing record").name == "Harlow Forward PAC"


# Near misses: (text, quote snippet, the author the quote must not be given).
_NEAR_MISSES = {
    # two sentences between the spending and the bare "ads" (a new topic may have come in)
    "far": (
        (
            "Outside money floods the mayor's race\n\n"
            "Harlow Forward PAC spent $900,000 on digital ads. The mayor's race has drawn attention "
            "across the state. Voters say they are tired of the noise. Most of the money went to ads "
            "praising the mayor's housing record.\n"
        ),
        "housing record",
        "Harlow Forward PAC",
    ),
    # only ads go on bare; "polls" in general are no one pollster's
    "polls": (
        (
            "Mayor slips\n\n"
            "Meridian Research released a poll of 600 voters on Monday. Polls show the mayor "
            "losing ground with older voters.\n"
        ),
        "losing ground",
        "Meridian Research",
    ),
    # "running ads" puts out new ads, by whoever runs them (here a group the parse gives no
    # subject), not the ads the group of the sentence before ran
    "running": (
        (
            "Groups pour money into the mayor's race\n\n"
            "Harlow Forward PAC ran an ad in May attacking the mayor's rival. Meanwhile, a newer group "
            "of veterans has taken the lead in running ads praising the mayor's housing record.\n"
        ),
        "housing record",
        "Harlow Forward PAC",
    ),
    # "with the council spending …" has a subject of its own: the council's ads
    "own subject": (
        (
            "Outside money floods the mayor's race\n\n"
            "Harlow Forward PAC stayed quiet last month, with the Harlow Business Council spending "
            "$900,000 on digital ads. The ads praise the mayor's housing record.\n"
        ),
        "housing record",
        "Harlow Forward PAC",
    ),
}


@pytest.mark.parametrize("case", sorted(_NEAR_MISSES))
def test_ads_not_given_to_the_last_spender(pipeline, case):
    text, snippet, name = _NEAR_MISSES[case]
    found = [q for q in pipeline.analyze(text).quotes if snippet in q.text]
    assert not found or found[0].speaker is None or found[0].speaker.name != name


# A tweet or an email with no author of its own is the sender of the verb just before.
_TWEETED = (
    "Council fight spills online\n\n"
    "Council member Dana Whitfield tweeted from the back of the chamber as the mayor spoke on "
    'Monday. An early tweet called the housing plan "a gift to developers."\n'
)
_EMAILED = (
    "Mayor answers critic\n\n"
    "In response to Council member Dana Whitfield's proposal to freeze rents, the mayor's team "
    "rallied supporters. Tom Avery, the mayor's campaign manager, emailed donors on Monday "
    'evening, telling them the city needs homes. The email goes on to call the freeze "a gift '
    'to landlords."\n'
)


def test_an_indefinite_tweet_after_someone_tweeted(pipeline):
    assert speaker_of(pipeline.analyze(_TWEETED), "gift to developers").name == "Dana Whitfield"


def test_the_email_is_the_senders_not_the_latest_documents_author(pipeline):
    # the latest document of the family named with an author is Whitfield's proposal
    assert speaker_of(pipeline.analyze(_EMAILED), "gift to landlords").name == "Tom Avery"


def test_a_tweet_from_a_body_of_its_own_is_not_the_last_tweeters(pipeline):
    # near miss: the tweet names where it came from ("from the city's housing office")
    text = (
        "Council fight spills online\n\n"
        "Council member Dana Whitfield tweeted about the housing plan on Monday. A tweet from "
        "the city's housing office called the plan overdue.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "the plan overdue")
    assert speaker.name != "Dana Whitfield"


def test_a_tweet_after_unnamed_senders_stays_unnamed(pipeline):
    # near miss: the ones who tweeted are "her aides", no one named: not the mayor
    text = (
        "Council fight spills online\n\n"
        "Mayor Elena Ruiz spoke for an hour on Monday. Her aides had tweeted about the plan for "
        "days. The tweet called the plan overdue.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "the plan overdue")
    assert speaker.name != "Elena Ruiz"


# docs46's strict xfail, fixed by seen49 and desc49 alike (both listed photos as document nouns;
# the lexicon keeps seen49's [image] family).
def test_the_photo_a_named_person_posted(pipeline):
    # docs46's strict xfail ('photo' was no document noun), passing since desc49 listed it
    text = (
        "Council member shares a picture\n\n"
        "Council member Dana Whitfield posted a photo of the empty lot on Monday. The photo quotes "
        "the mayor's 2019 promise to build 5,000 homes there.\n"
    )
    assert speaker_of(pipeline.analyze(text), "build 5,000 homes").name == "Dana Whitfield"


def test_a_photo_nobody_is_said_to_have_posted_speaks_for_no_one(pipeline):
    # near miss: a named person nearby who did not post it is not its author
    text = (
        "Council member shares a picture\n\n"
        "Council member Dana Whitfield spoke at the site on Monday. A photo of the empty lot circulated "
        "online. The photo quotes the mayor's 2019 promise to build 5,000 homes there.\n"
    )
    assert speaker_of(pipeline.analyze(text), "build 5,000 homes").name is None


# docs46's strict xfail (seen in desc46), passing since desc54b's held_signs rule: a sign is its
# holder's only as the object of a verb of holding or carrying ("a sign that talks had stalled" is
# a signal, never read so).
def test_a_sign_a_named_person_held_up(pipeline):
    text = (
        "Tenants rally at City Hall\n\n"
        "About 40 tenants gathered outside City Hall on Monday. Rosa Delgado held up a sign saying "
        '"Homes, not hotels" as the council met.\n'
    )
    assert speaker_of(pipeline.analyze(text), "Homes, not hotels").name == "Rosa Delgado"
