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


# Review52c guards: no name in apposition ('who declined to be named'), a name that is not the
# apposition ('Owen Farrugia's partner': the partner is not Farrugia), and two aides ('The
# aide, …' names the one described right before it, not the first).
DECLINED = (
    "SPRINGFIELD, Ill. — A former aide to state Sen. Harold Quist testified on Monday that the senator "
    "approved every payment himself.\n\n"
    "The aide, who declined to be named, sat beside her lawyer, Marisol Ortega."
)

PARTNER = (
    "A lawyer for the ride-share company told the court that the drivers were contractors.\n\n"
    "The lawyer, Owen Farrugia's partner, spoke for twenty minutes."
)

TWO_AIDES = (
    "A former aide to state Sen. Harold Quist testified on Monday that the senator approved every "
    "payment himself.\n\n"
    "A second aide told the jury that she never saw the ledger.\n\n"
    "The aide, Marisol Ortega, 31, sat beside her lawyer."
)


@pytest.mark.parametrize(
    ("text", "snippet", "named", "not_named"),
    [
        (DECLINED, "approved every payment", None, "Marisol Ortega"),
        (PARTNER, "the drivers were contractors", None, "Owen Farrugia"),
        (TWO_AIDES, "approved every payment", None, "Marisol Ortega"),
        (TWO_AIDES, "never saw the ledger", "Marisol Ortega", None),
    ],
    ids=["guard-declined-to-be-named", "guard-possessive-name", "two-aides-first", "two-aides-second"],
)
def test_apposed_name_guards(pipeline, text, snippet, named, not_named):
    found = shortest_quote_holding(pipeline.analyze(text), snippet).speaker
    assert found is not None
    if named is not None:
        assert found.name == named, found
    else:
        assert found.name != not_named and found.kind == "anonymous", found
