"""A headline's description the body writes again after "the", seen in session 55 (desc55's
blind sample: "NFL Legend Pays A Heavy Price For Supporting …" above "The NFL legend said …",
the headline left no one's). Title case hides the nouns from the tagger; the body's own phrase,
in lower case, says who the headline means. Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_BODY = (
    "Not everyone is on the Dale bandwagon. Just ask former rodeo star Buck Harlan.\n\n"
    "The former champion, now a speaker who travels the state, endorsed Sen. Ann Dale in 2015.\n\n"
    "Harlan now says he is being denied bookings at some venues because of his open support for Dale.\n\n"
    "The rodeo legend said people misunderstand Dale.\n"
)


def test_a_headline_description_the_body_repeats_after_the_is_that_person(pipeline):
    text = "Rodeo Legend Pays A Heavy Price For Supporting Ann Dale.\n\n" + _BODY
    assert speaker_of(pipeline.analyze(text), "Ann Dale").name == "Buck Harlan"


def test_a_headline_description_with_a_tagged_modifier_is_that_person(pipeline):
    # the body's "the NFL legend" holds a tagged organisation as a modifier, not as its head
    text = (
        "NFL Legend Pays A Heavy Price For Supporting Ann Dale.\n\n"
        "Not everyone is on the Dale bandwagon. Just ask former NFL star Buck Harlan.\n\n"
        "Harlan now says he is being denied bookings at some venues because of his open support for Dale.\n\n"
        "The NFL legend said people misunderstand Dale.\n"
    )
    assert speaker_of(pipeline.analyze(text), "Ann Dale").name == "Buck Harlan"


def test_a_plural_headline_description_is_not_the_one_person(pipeline):
    # near miss: "Rodeo Legends" are a group, though the body's "the rodeo legend" is Harlan
    text = "Rodeo Legends Pay A Heavy Price For Supporting Ann Dale.\n\n" + _BODY
    assert speaker_of(pipeline.analyze(text), "Ann Dale").name != "Buck Harlan"


def test_a_headline_description_the_body_never_repeats_stays_unresolved(pipeline):
    # near miss: no "the rodeo hero" below; "Hero" is not read as Harlan by this rule
    text = "Rodeo Hero Pays A Heavy Price For Supporting Ann Dale.\n\n" + _BODY
    assert speaker_of(pipeline.analyze(text), "Ann Dale").name != "Buck Harlan"


def test_a_repeated_phrase_that_is_no_one_gives_no_one(pipeline):
    # near miss: the body's "the rodeo legend" is an unnamed someone (no person named before it)
    text = (
        "Rodeo Legend Pays A Heavy Price For Supporting Ann Dale.\n\n"
        "Not everyone is on the Dale bandwagon, organisers in Casper said.\n\n"
        "The rodeo legend said people misunderstand Dale.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "Ann Dale")
    assert speaker is None or speaker.name is None or speaker.name == "Rodeo Legend"


# review55c's near misses of headline_phrase_again.


def test_the_phrase_as_a_modifier_of_another_noun_is_skipped(pipeline):
    # near miss: "the rodeo legend tour" names a tour, not the legend (its "the" is the tour's, so
    # the phrase is not one of its own): the body's next phrase decides
    text = (
        "Rodeo Legend Pays A Heavy Price For Supporting Ann Dale.\n\n"
        "Tickets for the rodeo legend tour sold out in Casper this spring. Not everyone is on the Dale "
        "bandwagon, though. Just ask former rodeo star Buck Harlan.\n\n"
        "Harlan now says he is being denied bookings because of his support for Dale.\n\n"
        "The rodeo legend said people misunderstand Dale.\n"
    )
    assert speaker_of(pipeline.analyze(text), "Ann Dale").name == "Buck Harlan"


@pytest.mark.xfail(
    strict=True,
    reason="the body's first 'the rodeo legend' is another person named in apposition ('lost to the rodeo "
    "legend Jim Tate'); 'Just ask the rodeo legend Buck Harlan' has the same shape and is the headline's "
    "person, so no guard on the phrase's role or its name tells them apart (review55c)",
)
def test_the_phrase_naming_someone_else_in_apposition_is_not_the_headlines(pipeline):
    text = (
        "Rodeo Legend Says Fans Misread Ann Dale.\n\n"
        "Buck Harlan says he is being denied bookings because of his support for Dale. Harlan once lost a title "
        "to the rodeo legend Jim Tate in 1979.\n"
    )
    assert speaker_of(pipeline.analyze(text), "Fans Misread").name != "Jim Tate"
