"""Speaker names of session 57 (names57). Every text here is invented for newsmine.

A person's name set off by a comma after a description's own phrase ("A delegate from Ohio, Ana
Ruiz, said"): the parse hangs the name on the phrase's object (the place, the person backed),
so the description spoke unnamed. A person's name cannot stand for a place, a body or another
person named otherwise: it is the description's (``asides_and_appositions._named_after_its_phrase``).

A party before a surname is a title ("Democrats Price and Hale said", "Republican Price said"):
the recogniser runs it into a body's name, so the speaker was named by its own words, or the
parse cut the party off as the whole subject ("Democrats Ada Moss and Ray Tull said" -> the
party). The speaker is the person named in full whose surname follows the party, the first of a
conjunction (``tagged_names._person_after_party``)."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_CONVENTION = "Convention news\n\n{text}\n"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A delegate from Ohio, Ana Ruiz, said the party would unite by November.", "Ana Ruiz"),
        ("A teacher from Dayton, Anna Ruiz, said the party would unite by November.", "Anna Ruiz"),
        ("A delegate from the state of Ohio, Ana Ruiz, said the party would unite by November.", "Ana Ruiz"),
        ("A delegate elected in Ohio, Ann Hale, said the party would unite by November.", "Ann Hale"),
        ('"The party will unite by November," said a delegate from Ohio, Ana Ruiz.', "Ana Ruiz"),
        (
            '"The party will unite by November," said a delegate supporting Cole, Ana Ruiz, who chairs the county party.',
            "Ana Ruiz",
        ),
        ('A delegate from Ohio, Ana Ruiz, said: "The party will unite by November."', "Ana Ruiz"),
    ],
)
def test_a_name_set_after_a_descriptions_phrase_is_the_descriptions(pipeline, text, name):
    record = pipeline.analyze(_CONVENTION.format(text=text))
    assert speaker_of(record, "unite by November").name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the object is someone a person noun describes: either could be the one named
        ("A lawyer representing the victim, Ann Hale, said the party would unite by November.", "A lawyer"),
        # the object shares the name's surname: a relative, not the delegate
        ("A delegate backing Tom Ruiz, Ana Ruiz, said the party would unite by November.", "A delegate"),
        # no person's name after the comma
        ("A delegate from Ohio, Acme Steel's chief executive, said the party would unite by November.", "A delegate"),
        # the speaker's phrase already runs to the name: named by its apposition, span kept whole
        ("A reporter for the Dayton Daily News, Ann Hale, said the party would unite by November.", "Ann Hale"),
    ],
)
def test_near_misses_of_a_name_after_a_descriptions_phrase(pipeline, text, name):
    record = pipeline.analyze(_CONVENTION.format(text=text))
    assert speaker_of(record, "unite by November").name == name


def test_the_span_of_a_description_whose_phrase_runs_to_the_name_stays_whole(pipeline):
    text = "A reporter for the Dayton Daily News, Ann Hale, said the party would unite by November."
    speaker = speaker_of(pipeline.analyze(_CONVENTION.format(text=text)), "unite by November")
    assert speaker.text == "A reporter for the Dayton Daily News, Ann Hale"


_RACE = "Senate race\n\nRep. Dana Price and Rep. Tom Hale are both running for the seat. {text}\n"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Democrats Price and Hale said the seat should stay in the party's hands.", "Dana Price"),
        ("Republicans Hale and Price said the seat should stay in the party's hands.", "Tom Hale"),
        ("Republicans Price of Dayton and Hale of Akron said the seat should stay in the party's hands.", "Dana Price"),
        ("Republican Price said the seat should stay in the party's hands.", "Dana Price"),
        ('"The seat should stay in the party\'s hands," Democrats Hale and Price said.', "Tom Hale"),
    ],
)
def test_a_party_before_a_surname_is_a_title(pipeline, text, name):
    assert speaker_of(pipeline.analyze(_RACE.format(text=text)), "stay in the party").name == name


def test_a_party_cut_off_before_a_full_name_is_the_person(pipeline):
    text = "Democrats Hillary Clinton and Bernie Sanders said the seat should stay in the party's hands."
    assert speaker_of(pipeline.analyze(_RACE.format(text=text)), "stay in the party").name == "Hillary Clinton"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the word after the party names no person of the article
        ("Democrats Abroad said the seat should stay in the party's hands.", "Democrats Abroad"),
        ("Republicans in Ohio said the seat should stay in the party's hands.", "Republicans in Ohio"),
        ("Republicans Monday said the seat should stay in the party's hands.", "Republican Party"),
    ],
)
def test_near_misses_of_a_party_before_a_name(pipeline, text, name):
    assert speaker_of(pipeline.analyze(_RACE.format(text=text)), "stay in the party").name == name


def test_a_party_before_a_surname_no_person_of_the_article_holds_stays_as_written(pipeline):
    text = "Senate race\n\nThe seat is open. Democrats Price and Hale said the seat should stay in the party's hands.\n"
    assert speaker_of(pipeline.analyze(text), "stay in the party").name == "Democrats Price"
