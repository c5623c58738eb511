"""People named by whom they belong to: "Vance's girlfriend", "Ortega's kids", "Kessler
delegates" speak for themselves, unnamed, never for the person whose name modifies them (the
gold's null). The possessor rule gave them the possessor's name when the head noun was a plural
("delegates") or a kin word ("girlfriend", "kids") that the person-noun lists held only in
another form.

Every article here is invented for newsmine; each test asserts the resolved name of the quote
that matters, checked by reading the text.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

# (article, a snippet of the quote, the mention as written)
CASES = {
    "a girlfriend is not her boyfriend": (
        (
            "Radio host faces charges\n\n"
            "Peter Vance was arrested in January at the refuge. In an interview at her hotel room, "
            "Vance's girlfriend told reporters that he had done nothing wrong."
        ),
        "he had done nothing wrong",
        "Vance's girlfriend",
    ),
    "a candidate's delegates are not the candidate": (
        (
            "Delegates walk out\n\n"
            "Bernard Kessler lost the vote on Monday. Kessler delegates said the vote had been rigged "
            "against them."
        ),
        "the vote had been rigged",
        "Kessler delegates",
    ),
    "a father's kids are not the father": (
        ("Father and sons\n\nMiguel Ortega runs a bakery in Queens. Ortega's kids said the senator speaks for them."),
        "the senator speaks for them",
        "Ortega's kids",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_people_named_by_whom_they_belong_to_are_not_that_person(pipeline, case):
    article, snippet, written = CASES[case]
    speaker = speaker_of(pipeline.analyze(article), snippet)
    assert speaker.text == written
    # unnamed: no name, or the mention itself as an anonymous source's name
    assert speaker.name in (None, written)
