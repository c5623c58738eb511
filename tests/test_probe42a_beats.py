"""Speakers seen wrong in probe42a's invented articles (a family business feud, a bridge
inquest, a university presidential search, a rescue at sea): a double-barrelled surname
whose halves are relatives' surnames is still one woman's name; a "who" after a description
in apposition is the person described, not the last noun of the description; the name given
a subject in apposition is the subject a later "he" takes; a relative clause that gives a
name ("who gave his name only as Yusuf") names the speaker; "one of the survivors" is still
the "he" who speaks right after. Every text here is invented for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of


def test_a_double_barrelled_surname_sharing_relatives_surnames_is_one_person(pipeline):
    # her father is a Brinley and "Shaw" ends her own full name: "Ms. Brinley-Shaw" is still her
    text = (
        "Family firm split\n\n"
        "Founder Walter Brinley said he would not step down. His son, Gregory Brinley, disagreed.\n\n"
        "His daughter, Natalie Brinley-Shaw, has sided with neither. "
        "Ms. Brinley-Shaw told reporters that the dispute was hurting workers.\n"
    )
    assert speaker_of(pipeline.analyze(text), "hurting workers").name == "Natalie Brinley-Shaw"


def test_two_surnames_joined_with_no_one_named_so_stay_a_pairing(pipeline):
    # nobody is named "… Hale-Moss": the hyphen pairs two people, as before
    text = (
        "Senators split\n\n"
        "Sen. Ada Hale and Sen. Ruth Moss disagreed on Monday. Hale said the bill was dead. "
        "Moss said it was alive.\n\n"
        "Donors backed Hale-Moss in the fall.\n"
    )
    record = pipeline.analyze(text)
    assert "Hale-Moss" not in [e.name for e in record.entities]


def test_who_after_a_description_in_apposition_is_the_person_described(pipeline):
    text = (
        "Inquest hears from engineer\n\n"
        "The coroner, Dr. Miriam Fairweather, opened the hearing on Monday.\n\n"
        "The inquest heard from Prof. Anand Mehrotra, a structural engineer commissioned by the "
        "coroner, who said the steel had corroded over decades.\n"
    )
    assert speaker_of(pipeline.analyze(text), "the steel had corroded").name == "Anand Mehrotra"


def test_who_right_after_a_named_person_in_the_tail_is_that_person(pipeline):
    # the tail's object is itself named: "who" is the coroner, as before
    text = (
        "Inquest hears from coroner\n\n"
        "The inquest heard from an engineer commissioned by the coroner, Dr. Miriam Fairweather, "
        "who said the hearing would resume on Thursday.\n"
    )
    assert speaker_of(pipeline.analyze(text), "the hearing would resume").name == "Miriam Fairweather"


def test_the_name_given_a_subject_in_apposition_is_the_he_that_follows(pipeline):
    # the dean spoke last, but the predecessor named in apposition is the next sentence's subject
    text = (
        "University picks president\n\n"
        '"She will tell you no to your face," said Prof. Samuel Drummond, the dean of engineering.\n\n'
        "Her predecessor, Dr. Richard Oyelaran, resigned in March after a dispute with trustees. "
        "He said in an email on Thursday that he had called to congratulate her.\n"
    )
    assert speaker_of(pipeline.analyze(text), "called to congratulate her").name == "Richard Oyelaran"


def test_a_relative_clause_giving_a_name_names_the_speaker(pipeline):
    text = (
        "Survivors rescued\n\n"
        "The captain, Lars Henriksen, said his crew had worked through the night.\n\n"
        "One of the survivors, a 27-year-old teacher who gave his name only as Yusuf, said the "
        'boat had left a beach in the evening. "The engine stopped after three hours," he said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "left a beach").name == "Yusuf"
    assert speaker_of(record, "The engine stopped").name == "Yusuf"


def test_one_of_a_group_who_just_spoke_is_the_he_right_after(pipeline):
    text = (
        "Rescue ship saves dozens\n\n"
        'The captain, Lars Henriksen, said his crew had worked through the night. "It was hard," Henriksen said.\n\n'
        "One of the survivors, a teacher from the coast, said the boat had left a beach in the "
        'evening. "The engine stopped after three hours," he said.\n'
    )
    speaker = speaker_of(pipeline.analyze(text), "The engine stopped")
    assert speaker.name != "Lars Henriksen"
    assert speaker.kind == "anonymous"
