"""Misfires of the session's second batch of rules, found on invented news by review46b: an
office's initials that name a well-known body ("the ED", "the HC", "the AP"), a later 'The
coach was …' naming another coach than the speaker, a college named with an honorific ("Shri
Ram College of Commerce") made a person. Every text here is invented for newsmine; each misfire
test fails on the main of session 46 before review46b, and each has a near miss beside it."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


# --- an office by its initials (speakers/office_acronyms.py) ---------------------------------


@pytest.mark.parametrize(
    ("text", "snippet", "body"),
    [
        (
            "Raids on textile exporters\n\nMumbai: The company's Executive Director Rajesh Rao said the firm had "
            'cooperated fully.\n\n"We have nothing to hide," Mr Rao said.\n\nThe ED said in a statement that it had '
            "seized documents showing transfers to shell firms.\n",
            "seized documents",
            "ED",
        ),
        (
            "Constable suspended\n\nJaipur: Head Constable Ram Singh was suspended on Tuesday.\n\n"
            "The HC observed that the department had failed to act on earlier complaints.\n",
            "failed to act",
            "HC",
        ),
        (
            "Campus row\n\nAssistant Professor Lena Hart, who teaches history at the college, has been suspended.\n\n"
            '"I was never given a chance to respond," Hart said.\n\n'
            "The AP reported that the college had received three complaints about her lectures.\n",
            "three complaints",
            "AP",
        ),
    ],
    ids=["enforcement-directorate", "high-court", "associated-press"],
)
def test_initials_of_a_known_body_are_not_a_title_holder(pipeline, text, snippet, body):
    speaker = speaker_of(pipeline.analyze(text), snippet)
    assert speaker.name == body, (speaker.text, speaker.name)


def test_initials_bracketed_before_a_person_still_name_them(pipeline):
    # near miss: the article ties "(ED)" to her, so the initials a body also uses are hers
    text = (
        "Shelter funds\n\nPune: Executive Director (ED) Meera Pillai said the trust had filed a complaint.\n\n"
        '"We trusted them," the ED said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "trusted them").name == "Meera Pillai"


def test_an_office_spelled_in_titles_only_still_names_its_holder(pipeline):
    # near miss: "the MD" is no body's usual initials: the Managing Director named before
    text = (
        "Mill reopens\n\nManaging Director Kavya Nair visited the mill on Sunday.\n\n"
        '"Every worker will be paid by Friday," the MD said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "paid by Friday").name == "Kavya Nair"
