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


# tie57: the subject order of review57b's tie ('An aide to Cole's opponent, Ana Ruiz, said'). Both
# layers take the apposition as the speaker's name: the parse hangs the name on the description
# (asides_and_appositions._named_in_apposition's first branch) and the speaker layer names the
# description by it (description_routes._apposition). Counted on train before fixing (tie57): of
# 840 articles, no speaker description of one person tied by a preposition to another known by a
# relation noun and followed by a set-off name; the nearest are a plural Source (the backers of a
# candidate's opponent, then the opponent's name: training/speakers/train-desc39.ann.txt credits
# the backers, unnamed, so the name is the last noun's; newsmine finds no quote there) and a
# description set beside an already named speaker (named rightly). Too rare in train to measure a
# rule on: left as a strict xfail.
_SUBJECT_ORDER_TIE = pytest.mark.xfail(
    strict=True,
    reason="tie57: in the subject order the name set off after a tie to another person ('An aide "
    "to Cole's opponent, Ana Ruiz, said') is taken as the aide's by both _named_in_apposition "
    "(asides_and_appositions.py, the parse's appos on the aide) and description_routes._apposition; "
    "train holds no speaker of this shape (0 of 840 articles; one plural Source newsmine does not "
    "extract), so no rule was fitted.",
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the phrase's object is someone known by a tie to another (a rival, a successor, a
        # running mate) or by party: the name after it is theirs (review57b)
        ('"The party will unite by November," said an aide to Cole\'s rival, Ana Ruiz.', "an aide"),
        ('"The party will unite by November," said an aide to Cole\'s opponent, Ana Ruiz.', "an aide"),
        ('"The party will unite by November," said an aide to the mayor\'s successor, Ana Ruiz.', "an aide"),
        ('"The party will unite by November," said an aide to Cole\'s predecessor, Ana Ruiz.', "an aide"),
        ('"The party will unite by November," said an aide to the incumbent, Ana Ruiz.', "an aide"),
        ('"The party will unite by November," said an aide to Cole\'s running mate, Ana Ruiz.', "an aide"),
        ('"The party will unite by November," said a delegate supporting Cole\'s challenger, Ana Ruiz.', "a delegate"),
        ('"The party will unite by November," said an aide to the Republican, Ana Ruiz.', "an aide"),
        # the subject order: both layers still take the name for the aide's (tie57)
        *(
            pytest.param(text, name, marks=_SUBJECT_ORDER_TIE)
            for text, name in (
                ("An aide to Cole's opponent, Ana Ruiz, said the party would unite by November.", "An aide"),
                ("An aide to Cole's rival, Ana Ruiz, said the party would unite by November.", "An aide"),
                (
                    "A spokesman for the mayor's successor, Ana Ruiz, said the party would unite by November.",
                    "A spokesman",
                ),
            )
        ),
    ],
)
def test_a_name_after_a_phrase_naming_someone_by_a_tie_is_theirs(pipeline, text, name):
    record = pipeline.analyze(_CONVENTION.format(text=text))
    assert speaker_of(record, "unite by November").name == name


@pytest.mark.xfail(
    strict=True,
    reason="review57b: a reduced relative after a party ('Republicans Hale recruited last year "
    "said'): the parse makes the surname the subject of 'recruited' and the source span stops at "
    "'Republicans Hale' before the speaker layer; _person_after_party then names Tom Hale, though "
    "the Republicans he recruited spoke. Telling the relative from 'Republican Hale said' needs the "
    "source's own clause, which the speaker layer does not see.",
)
def test_a_party_before_a_reduced_relative_is_not_the_surnames_person(pipeline):
    text = "Republicans Hale recruited last year said the seat should stay in the party's hands."
    assert speaker_of(pipeline.analyze(_RACE.format(text=text)), "stay in the party").name != "Tom Hale"


@pytest.mark.parametrize(
    "text",
    [
        # the tie is the speaker's own word, not the phrase's object
        '"The party will unite by November," said Cole\'s challenger from Ohio, Ana Ruiz.',
        '"The party will unite by November," said a rival from Ohio, Ana Ruiz.',
        # a party's word describing a place, not a person
        '"The party will unite by November," said a delegate from the Republican state of Ohio, Ana Ruiz.',
        '"The party will unite by November," said a delegate representing Ohio, Ana Ruiz.',
        # the subject order (tie57): the name is set beside a proper noun object or the
        # description itself, so it is the speaker's
        "An aide to Cole, Ana Ruiz, said the party would unite by November.",
        "Cole's spokeswoman, Ana Ruiz, said the party would unite by November.",
    ],
)
def test_near_misses_of_a_phrase_naming_someone_by_a_tie(pipeline, text):
    record = pipeline.analyze(_CONVENTION.format(text=text))
    assert speaker_of(record, "unite by November").name == "Ana Ruiz"
