"""``attribution/colon_labels.py``: a dateline written with a colon and a who's-who label whose
line goes on about its person by surname are no colon quotes; near misses where the colon
still speaks. Every text here is invented for newsmine (session 52, seen52).
"""

from __future__ import annotations

import pytest


def _colon_quotes(pipeline, text: str) -> list[tuple[str, str | None]]:
    record = pipeline.analyze(text)
    return [(q.text, q.speaker.text if q.speaker else None) for q in record.quotes if q.cue and q.cue.text == ":"]


@pytest.mark.parametrize(
    "dateline",
    ["NEW YORK, N.Y.", "BOSTON, Mass.", "AUGUSTA, Maine", "SANTIAGO, Chile"],
)
def test_a_dateline_with_a_colon_is_no_speaker(pipeline, dateline):
    text = (
        "Markets gain\n\n"
        f"{dateline}: Stocks rose on Tuesday as oil prices fell. Traders said the rally could fade by Friday.\n"
    )
    assert _colon_quotes(pipeline, text) == []


def test_a_label_whose_line_names_its_person_by_surname_is_no_quote(pipeline):
    text = "Council race heats up\n\nTOM BELL, COUNCILMAN: Bell wants the ferry back.\n"
    assert _colon_quotes(pipeline, text) == []


def test_a_label_whose_line_speaks_in_the_first_person_is_still_a_quote(pipeline):
    # near miss: the label's person speaking of himself as "we"
    text = "Council race heats up\n\nTOM BELL, COUNCILMAN: We want the ferry back.\n"
    assert _colon_quotes(pipeline, text) == [("We want the ferry back", "TOM BELL")]


def test_a_headline_lead_in_naming_another_person_is_still_a_quote(pipeline):
    # near miss: the words after the colon open with a name, but not the lead-in's
    text = "Trump: Clinton is a disaster\n\nDonald Trump attacked Hillary Clinton on Monday at a rally.\n"
    assert _colon_quotes(pipeline, text) == [("Clinton is a disaster", "Trump")]


def test_an_office_and_its_country_before_a_colon_is_a_speaker_not_a_dateline(pipeline):
    # review52d: 'THE PRIME MINISTER, Canada' holds a title word, so it is no place
    text = "Trade talks\n\nTHE PRIME MINISTER, Canada: We will not sign this deal.\n"
    assert [t for t, _ in _colon_quotes(pipeline, text)] == ["We will not sign this deal"]


def test_a_dateline_of_the_capital_is_still_no_speaker(pipeline):
    # review52d near miss: 'WASHINGTON, D.C.' holds no title word
    text = "Briefing\n\nWASHINGTON, D.C.: A transcript of the remarks follows below.\n"
    assert _colon_quotes(pipeline, text) == []


def test_an_answer_naming_the_asker_stays_the_answerers(pipeline):
    # review52d near miss: the answer opens with the surname of the previous label, not its own
    text = (
        "Hearing transcript\n\nSEN. MARY COLE, D-OHIO: What did you know about the contract?\n\n"
        "MR. HART: Cole has asked this before, and the answer is nothing.\n"
    )
    quotes = _colon_quotes(pipeline, text)
    assert ("Cole has asked this before, and the answer is nothing", "MR. HART") in quotes


_INTERVIEW_BODY = (
    "By Ana Reyes\n\n"
    "HARBOR CITY — Port director Tom Berg spoke to the Harbor Ledger on Tuesday about the ferry fares.\n"
)


@pytest.mark.parametrize("label", ["interview", "Q&A", "podcast"])
def test_an_outlets_interview_label_is_no_speaker(pipeline, label):
    # session 59 (seen59b; newuser59 saw it): 'Harbor Ledger interview: the port director on …'
    # was a quote of 'Harbor Ledger interview', resolved to an ORG 'Harbor'; the label holds
    # nobody's words, however many words name the outlet
    text = f"Harbor Ledger {label}: the port director on ferries, fares and the storm season\n\n" + _INTERVIEW_BODY
    assert _colon_quotes(pipeline, text) == []


@pytest.mark.parametrize("label", ["photo", "explainers"])
def test_an_outlets_label_in_the_singular_or_plural_is_no_speaker(pipeline, label):
    # review59c: the label heads named 'photos' and 'explainer' only; 'Harbor Ledger photo: …' and
    # '… explainers: …' were still quotes of the whole lead-in
    text = f"Harbor Ledger {label}: the port director on ferries, fares and the storm season\n\n" + _INTERVIEW_BODY
    assert _colon_quotes(pipeline, text) == []


def test_a_gallery_the_article_names_still_speaks(pipeline):
    # near miss: a label word that is a body's name ('Port Ellis Gallery') speaks
    text = (
        "Port Ellis Gallery: the east wing will reopen in May\n\n"
        "The Port Ellis Gallery said on Monday that the wing would reopen after repairs.\n"
    )
    assert _colon_quotes(pipeline, text) == [("the east wing will reopen in May", "Port Ellis Gallery")]


def test_an_interview_in_the_lead_in_keeps_its_speaker(pipeline):
    # near miss: the interview is not the lead-in's head; the port director speaks
    text = 'Port director, in an interview: "We will not close the harbor"\n\n' + _INTERVIEW_BODY
    assert _colon_quotes(pipeline, text) == [("We will not close the harbor", "Port director")]


def test_an_outlets_editorial_still_speaks(pipeline):
    # near miss: an editorial speaks for its authors (PolNeAR train: 'WSJ editorial: …' is gold)
    text = "Harbor Ledger editorial: The ferry strike must end now\n\nThe Harbor Ledger's editorial board wrote on Tuesday that the tolls should not rise.\n"
    assert _colon_quotes(pipeline, text) == [("The ferry strike must end now", "Harbor Ledger editorial")]
