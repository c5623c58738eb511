"""'Dr Iain Ferguson-Baptiste' where the recogniser tags only the hyphenated surname, and as a
body: the honorific and the listed first name before it make it a person named in full, so his
later 'he said' is his (probe42b saw it go to an earlier man). Invented text (session 42, lead)."""

from __future__ import annotations

from tests.conftest import speaker_of


def test_an_honorific_and_a_first_name_before_a_surname_tagged_a_body_make_a_person(pipeline):
    record = pipeline.analyze(
        "The clinic was closed on Monday. Dr Iain Ferguson-Baptiste, who runs it, said he was sorry. "
        'Later, Dr. Maria Gonzalez-Whyte said she agreed. "We failed them," he said.\n'
    )
    people = {e.name for e in record.entities if e.label == "PERSON"}
    assert "Iain Ferguson-Baptiste" in people
    assert not [e for e in record.entities if e.label == "ORG" and "Ferguson" in e.name]
    assert speaker_of(record, "We failed them").name == "Iain Ferguson-Baptiste"
