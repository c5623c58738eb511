"""A description in the lead named in the next sentence by an apposition to the same noun made
definite ('A former aide … testified that … ¶ The aide, Danielle Ferris, 29, …') is that person
(:mod:`newsmine.nlp.speakers.apposed_newcomers`, probe52b). Invented texts."""

from __future__ import annotations

import pytest

from tests.conftest import shortest_quote_holding

AIDE = (
    "Aide says senator knew of the payments\n\n"
    "SPRINGFIELD, Ill. — A former aide to state Sen. Harold Quist testified on Monday that the senator "
    "approved every payment to the consulting firm himself.\n\n"
    "The aide, Marisol Ortega, 31, sat beside her lawyer and kept her eyes on the jury."
)

WITNESS = (
    "Two hurt in Elm Street crash\n\n"
    "A witness told police that the pickup had run the red light at Elm and Fifth at about 9 p.m.\n\n"
    "The witness, Dwayne Hollister, lives in the apartment building on the corner."
)

# Near misses: another noun in the next sentence; the name given before the description.
OTHER_NOUN = (
    "Aide says senator knew of the payments\n\n"
    "SPRINGFIELD, Ill. — A former aide to state Sen. Harold Quist testified on Monday that the senator "
    "approved every payment to the consulting firm himself.\n\n"
    "The prosecutor, Marisol Ortega, sat at the next table."
)

NAMED_BEFORE = (
    "Aide says senator knew of the payments\n\n"
    "Marisol Ortega has worked in the state Capitol for a decade.\n\n"
    "A former aide to state Sen. Harold Quist testified on Monday that the senator approved every payment "
    "to the consulting firm himself.\n\n"
    "The aide, Marisol Ortega, sat beside her lawyer."
)


@pytest.mark.parametrize(
    ("text", "snippet", "speaker"),
    [
        (AIDE, "approved every payment", "Marisol Ortega"),
        (WITNESS, "had run the red light", "Dwayne Hollister"),
        (OTHER_NOUN, "approved every payment", "anonymous"),
        (NAMED_BEFORE, "approved every payment", "anonymous"),
    ],
    ids=["kept-unnamed-noun", "witness", "near-miss-other-noun", "near-miss-named-before"],
)
def test_description_named_by_apposition_next(pipeline, text, snippet, speaker):
    found = shortest_quote_holding(pipeline.analyze(text), snippet).speaker
    assert found is not None
    if speaker == "anonymous":
        assert found.name != "Marisol Ortega", found
    else:
        assert found.name == speaker, found
