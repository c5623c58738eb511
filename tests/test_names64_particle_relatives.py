"""Relatives whose family name opens with a particle (session 64, intl64). Every text here is
invented for newsmine.

"Sheikh Hamad Al Thani met Sheikh Tamim Al Thani" made one person of the two: "Al" is also a
first name ("Al Gore"), so "Tamim" before "Al Thani", a family name the article writes without
it ("Hamad Al Thani"), was cut as an epithet ("Crooked Hillary Clinton") and the short "Al
Thani" joined Hamad. A particle family name tagged as the end of another given name's person is
now a relative's (``name_spans._family_name_of_a_relative``); the clustering then keeps the two
apart as it does "Bill Clinton" and "Hillary Clinton".
"""

from __future__ import annotations

import pytest

from tests.conftest import first_quote_in


def _people(record) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in record.entities if e.label == "PERSON"}


def test_two_sheikhs_sharing_al_thani_stay_two_people(pipeline):
    text = (
        "Gulf talks\n\n"
        "Sheikh Hamad Al Thani met Sheikh Tamim Al Thani in Doha on Monday. "
        '"We have agreed on the budget," Tamim said.\n\n'
        '"The fund will be audited," Hamad said.\n'
    )
    record = pipeline.analyze(text)
    assert {"Hamad Al Thani", "Tamim Al Thani"} <= set(_people(record))
    speakers = {q.speaker.text: q.speaker.name for q in record.quotes}
    assert speakers == {"Tamim": "Tamim Al Thani", "Hamad": "Hamad Al Thani"}


_TWO_SHEIKHS = "Gulf talks\n\nSheikh Hamad Al Thani met Sheikh Tamim Al Thani in Doha on Monday."


@pytest.mark.parametrize(
    ("tail", "person"),
    [
        # the title and the given name: the one so named
        (' "We have agreed on the budget," Sheikh Tamim said.\n', "Tamim Al Thani"),
        # the family name alone a paragraph later: the one named in full first, as a lone
        # "Clinton" is (a strict xfail until names65: tests/test_names65_names.py)
        (
            '\n\nOfficials said the talks went well. "We have agreed on the budget," Al Thani said.\n',
            "Hamad Al Thani",
        ),
    ],
)
def test_which_sheikh_a_short_form_names(pipeline, tail, person):
    assert first_quote_in(pipeline, _TWO_SHEIKHS + tail, "agreed on the budget").speaker.name == person


_LONE_AL_THANI = (
    "Gulf fund\n\n"
    'Hamad Al Thani opened the fund in Doha on Monday. "It will be audited every year," Al Thani said.\n'
)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # one man, his family name alone later
        (_LONE_AL_THANI, "Hamad Al Thani"),
        # his son named by him: no second Al Thani
        (
            "Gulf fund\n\nHamad Al Thani's son opened the fund in Doha on Monday. "
            '"It will be audited every year," Hamad Al Thani said.\n',
            "Hamad Al Thani",
        ),
        # "Al" a first name, "Al Gore" written alone elsewhere, no relative "X Al Gore": the
        # epithet is still cut
        (
            "Campaign\n\nVoters cheered Crooked Al Gore in Nashville. Al Gore said the count was fair. "
            '"We won Florida," Gore said.\n',
            "Al Gore",
        ),
    ],
)
def test_one_particle_named_person_stays_one(pipeline, text, person):
    # near misses: the same before this change
    assert list(_people(pipeline.analyze(text))) == [person]


def test_a_demonym_before_a_relatives_family_name_is_still_an_epithet(pipeline):
    # review64f: "Qatari" before "Al Thani", beside "Hamad Al Thani", was read as a relative's
    # given name by the rule above and made a second person "Qatari Al Thani"
    text = (
        "Gulf fund\n\nSheikh Hamad Al Thani visited London on Monday. "
        "Qatari Al Thani told reporters the fund was sound.\n"
    )
    record = pipeline.analyze(text)
    assert list(_people(record)) == ["Hamad Al Thani"]
    assert first_quote_in(pipeline, text, "the fund was sound").speaker.name == "Hamad Al Thani"


@pytest.mark.parametrize(
    ("word", "demonym"),
    [("qatari", True), ("saudi", True), ("syrian", True), ("tamim", False), ("hamad", False), ("sultan", False)],
)
def test_demonym_of_a_country(word, demonym):
    from newsmine.nlp.entities.word_lists import demonym_of_a_country

    assert demonym_of_a_country(word) is demonym


def test_a_lone_al_thani_after_one_named_in_full_is_he(pipeline):
    assert first_quote_in(pipeline, _LONE_AL_THANI, "audited every year").speaker.name == "Hamad Al Thani"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            'Seoul\n\nKim Jong Un met Kim Yo Jong in Pyongyang on Monday. "We will not bargain," Kim Yo Jong said.\n',
            {"Kim Jong Un", "Kim Yo Jong"},
        ),
        (
            "Dutch vote\n\nPieter Van der Berg met Anna Van der Berg in Utrecht on Monday. "
            '"We disagree on the budget," Anna said.\n',
            {"Pieter Van der Berg", "Anna Van der Berg"},
        ),
        (
            "Angola\n\nJose Dos Santos met Isabel Dos Santos in Luanda on Monday. "
            '"The bank is sound," Isabel said.\n',
            {"Jose Dos Santos", "Isabel Dos Santos"},
        ),
    ],
)
def test_relatives_of_other_naming_habits_stay_apart(pipeline, text, people):
    # near misses: right before this change too (no particle that is also a first name)
    assert people <= set(_people(pipeline.analyze(text)))


@pytest.mark.xfail(
    strict=True,
    reason="'Tamim Al Thani' opening the sentence is left untagged by the recogniser; the missed "
    "surname 'Al Thani' is added alone and joins Hamad (intl64 left it)",
)
def test_an_untagged_al_thani_before_a_tagged_one_stays_apart(pipeline):
    text = "Gulf talks\n\nTamim Al Thani met Hamad Al Thani in Doha on Monday.\n"
    assert {"Hamad Al Thani", "Tamim Al Thani"} <= set(_people(pipeline.analyze(text)))

