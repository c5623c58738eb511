"""A title read back from the comma before a name does not run through a word of speech and its
"of": "Mr. Dunn's criticism of the auditor, Ray Tull," titles Tull "auditor" (session 54, desc54;
``entities/titles._after_spoken_words``). Before, the whole phrase was his title, and a headline's
"Criticism within party …" was given to the person so titled (a PolNeAR train headline under
``newsmine extract``). Every text here is invented for
newsmine."""

from __future__ import annotations


def _titles(record, name):
    return next(e for e in record.entities if e.label == "PERSON" and e.name == name).titles


def test_a_title_after_criticism_of_opens_past_the_of(pipeline):
    record = pipeline.analyze(
        "Mayor Carl Benning said on Monday that Mr. Dunn's criticism of the auditor, Ray Tull of the "
        "county office, was unfair.\n\nBenning added that he would stay in the race.\n"
    )
    titles = _titles(record, "Ray Tull")
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
