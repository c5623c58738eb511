"""A title read back from the comma before a name does not run through a word of speech and its
"of": "Mr. Dunn's criticism of the auditor, Ray Tull," titles Tull "auditor" (session 54, desc54;
``entities/titles._after_spoken_words``). Before, the whole phrase was his title, and a headline's
"Criticism within party …" was given to the person so titled (a PolNeAR train headline under
``newsmine extract``). Every text here is invented for
newsmine."""

from __future__ import annotations

import pytest


def _titles(record, name):
    return next(e for e in record.entities if e.label == "PERSON" and e.name == name).titles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            (
                "Mayor Carl Benning said on Monday that Mr. Dunn's criticism of the auditor, Ray Tull of the "
                "county office, was unfair.\n\nBenning added that he would stay in the race.\n"
            ),
            "Ray Tull",
        ),
        # review54d near miss: "criticism of Judge Ann Curiel": the title is the name's own word
        (
            (
                "Judge faces attacks\n\nThe criticism of Judge Ann Curiel, a federal judge in Dayton, drew "
                "rebukes. Curiel said she would not respond.\n"
            ),
            "Ann Curiel",
        ),
    ],
)
def test_a_title_after_criticism_of_opens_past_the_of(pipeline, text, name):
    titles = _titles(pipeline.analyze(text), name)
    assert titles and all("criticism" not in title for title in titles)


def test_an_office_of_a_place_keeps_its_of(pipeline):
    # near miss: a title word before "of" is the title's head, as before
    record = pipeline.analyze("The mayor of Lindholm, Erik Sand, said on Monday that the bridge would reopen.\n")
    assert "mayor of Lindholm" in _titles(record, "Erik Sand")


def test_a_title_word_of_a_body_keeps_its_of(pipeline):
    # near miss: "president of …" is a title with its "of", no word of speech before it
    record = pipeline.analyze(
        "The president of the county auditors union, Ray Tull, said on Monday that the audit was unfair.\n"
    )
    assert any(title.startswith("president of") for title in _titles(record, "Ray Tull"))


# ---- review54d -------------------------------------------------------------------------------------


def test_a_kin_word_and_its_of_stay_the_title(pipeline):
    # near miss: "wife of the mayor" is no word of speech; the "of" stays
    record = pipeline.analyze(
        "Race tightens\n\nThe wife of the mayor, Ann Hale, said she was grateful for the support.\n"
    )
    assert "wife of the mayor" in _titles(record, "Ann Hale")


@pytest.mark.xfail(
    strict=True,
    reason="'praise' is no cue noun (lexicons/cue_nouns.txt) and 'attack on' has no 'of': the title "
    "read back from the comma still runs through the word of speech ('Praise of the former mayor', "
    "'attack on the mayor'); _after_spoken_words knows 'of' after a cue noun only (review54d; left)",
)
@pytest.mark.parametrize(
    "sentence",
    [
        "Praise of the former mayor, Tom Hale, came from both parties. Hale said he was grateful.",
        "His attack on the mayor, Tom Hale, drew cheers. Hale said the attack was false.",
    ],
)
def test_a_title_after_praise_of_or_attack_on_opens_past_the_word_of_speech(pipeline, sentence):
    titles = _titles(pipeline.analyze(f"Race tightens\n\n{sentence}\n"), "Tom Hale")
    assert titles and all(word not in title.lower() for title in titles for word in ("praise", "attack"))
