"""Review45b: misfires of session 45's merges (probe45b, probe45, probe45c) on invented news,
guarded, with the near-misses that must stay as they are. Every text here is invented for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of


def _label_of(record, name: str) -> str | None:
    return next((e.label for e in record.entities if e.name == name), None)


def test_a_museum_named_after_a_family_is_no_person(pipeline):
    # "word + van + surname is a person" (probe45b) must not take a body's head word for a first name
    text = "Canal house museum to close\n\nThe Museum van Loon said on Monday that it would close early for repairs.\n"
    record = pipeline.analyze(text)
    assert _label_of(record, "Museum van Loon") == "ORG"
    assert speaker_of(record, "close early").name == "Museum van Loon"


def test_a_given_name_with_a_particle_is_still_a_person(pipeline):
    text = (
        "Dikes hold\n\nPieter van Dijk said the dikes held overnight. Sanne ter Horst, a hydrologist, said the water "
        "was falling. Hamad bin Jassim said the fund would invest in new pumps.\n"
    )
    record = pipeline.analyze(text)
    for name in ("Pieter van Dijk", "Sanne ter Horst", "Hamad bin Jassim"):
        assert _label_of(record, name) == "PERSON"


def test_emir_or_sultan_before_a_surname_is_a_given_name(pipeline):
    # "emir" and "sultan" became title words (probe45b); both are also given names
    text = (
        "Festival goes ahead\n\nThe director Emir Kusturica said on Friday that the festival would go ahead. "
        "Sultan Nazarov, the town's mayor, said the roads would be cleared.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "festival would go ahead").name == "Emir Kusturica"
    assert speaker_of(record, "roads would be cleared").name == "Sultan Nazarov"


def test_a_rulers_given_name_after_his_title_is_still_he(pipeline):
    # the article writes his full name with "bin": "Emir Tamim" is the emir, title cut off
    text = (
        "Gulf mediation\n\nEmir Tamim bin Hamad Al Thani met the envoys in Doha on Monday. "
        "Emir Tamim said afterwards that the talks had been useful.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "talks had been useful").name == "Tamim bin Hamad Al Thani"


def test_a_town_named_for_a_prince_is_no_royal(pipeline):
    # a royal title and a listed given name is a person (probe45), but not a town before its region
    text = (
        "Wildfire smoke\n\nResidents of Prince George, British Columbia, said on Monday that the smoke was "
        "unbearable.\n"
    )
    record = pipeline.analyze(text)
    assert not any(e.label == "PERSON" and e.name == "George" for e in record.entities)


def test_a_prince_named_alone_is_still_a_person(pipeline):
    text = "Royal duties\n\nPrince Edmund will step down from royal duties, the palace said on Monday.\n"
    assert any(e.label == "PERSON" and e.name == "Edmund" for e in pipeline.analyze(text).entities)


def test_a_bank_after_a_preposition_is_not_a_middle_name(pipeline):
    # a first surname joins its person whatever the tag (probe45b), but not a body or place
    # after a preposition that only shares the word
    text = (
        "Tenants rally\n\nLaura Chase Martinez, a tenant organiser, said rents were too high. She took a loan "
        "from Chase to pay for the campaign.\n\nAna Garcia Lopez, the mayor, said the port would reopen. "
        "Residents of Garcia, a village nearby, said the road was closed.\n"
    )
    record = pipeline.analyze(text)
    people = {e.name: [m.text for m in e.mentions] for e in record.entities if e.label == "PERSON"}
    assert people["Laura Chase Martinez"] == ["Laura Chase Martinez"]
    assert people["Ana Garcia Lopez"] == ["Ana Garcia Lopez"]


def test_a_first_surname_tagged_a_body_still_joins_when_it_acts(pipeline):
    text = (
        "Run-off\n\nClaudia Ramirez Ochoa said on Sunday that the vote had been rigged. Later, Ramirez struck a "
        "softer tone, saying she would respect the court.\n"
    )
    assert speaker_of(pipeline.analyze(text), "respect the court").name == "Claudia Ramirez Ochoa"


def test_a_programme_title_after_the_clock_time_of_a_show_keeps_the_sentence(pipeline):
    # a quotation after "a.m." opens a sentence (probe45), but not a title after "the 7 a.m."
    text = (
        "Deal done\n\nThe minister spoke on the 7 a.m. \"Morning Report\" program, saying the deal with the "
        "unions was done.\n"
    )
    assert speaker_of(pipeline.analyze(text), "deal with the unions").text == "The minister"


def test_a_quotation_after_a_clock_time_still_opens_a_sentence(pipeline):
    text = 'Count ends\n\nThe vote closed at 10 p.m. "It is over," said the returning officer, Ruth Okafor.\n'
    record = pipeline.analyze(text)
    quote = next(q for q in record.quotes if "It is over" in q.text)
    assert "vote closed" not in quote.text
