"""Descriptions with two people or two bodies in play (probe47c's stress cases): "the
congressman" for the one titled "Rep." beside a senator; "the company" for the company, not
the union the article has just called "the union"; "the Democrat" for the one set off as "a
Democrat", not the Republican named beside him.

Every text here is invented for newsmine; each test asserts the resolved name of the quote
that matters, checked by reading the text.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


def _speaker_name(pipeline, text: str, snippet: str) -> str | None:
    return speaker_of(pipeline.analyze(text), snippet).name


def test_the_congressman_is_the_one_titled_rep(pipeline):
    text = (
        "Farm bill\n\nSen. Mark Hale spoke first. Rep. Tom Price spoke after him.\n\n"
        "The senator said the bill was dead. The congressman said there was still time.\n"
    )
    assert _speaker_name(pipeline, text, "still time") == "Tom Price"


def test_the_congressman_is_not_a_governor(pipeline):
    # near miss: "congressman" stands for "Rep.", not for any office
    text = (
        "Farm bill\n\nSen. Mark Hale spoke first. Gov. Tom Price spoke after him.\n\n"
        "The senator said the bill was dead. The congressman said there was still time.\n"
    )
    assert _speaker_name(pipeline, text, "still time") != "Tom Price"


def test_the_company_is_not_the_body_just_called_the_union(pipeline):
    text = (
        "Deal reached\n\nThe Teamsters and Halden Foods reached a deal on Sunday. The union said its members "
        "would vote next week. The company said the deal was fair.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "deal was fair").name == "Halden Foods"
    assert speaker_of(record, "members would vote").name == "Teamsters"  # near miss: the union stays


def test_the_democrat_is_the_one_set_off_as_a_democrat(pipeline):
    text = "Senate race\n\nSen. Mark Hale, a Republican, faces Tom Price, a Democrat, in November. The Democrat said he was confident.\n"
    assert _speaker_name(pipeline, text, "confident") == "Tom Price"


def test_the_democrat_is_not_the_one_set_off_as_a_republican(pipeline):
    # near miss: the other man's party is not written; the one named a Republican is not "the Democrat"
    text = "Senate race\n\nSen. Mark Hale, a Republican, faces Tom Price in November. The Democrat said he was confident.\n"
    assert _speaker_name(pipeline, text, "confident") != "Mark Hale"


@pytest.mark.xfail(
    strict=True,
    reason="'The agency' after 'The FDA and the EPA both reviewed … The FDA found no risk': a body whose name "
    "holds 'Agency' fits better than the latest subject, written by its initials (doc_index.body_for_description)",
)
def test_the_agency_is_the_one_just_made_the_subject(pipeline):
    text = (
        "Pesticide review\n\nThe Food and Drug Administration and the Environmental Protection Agency both "
        "reviewed the pesticide. The FDA found no risk.\n\nThe agency said it would publish its findings on Friday.\n"
    )
    assert _speaker_name(pipeline, text, "publish its findings") == "Food and Drug Administration"


# xfail54: 'The Democrat said' a sentence after 'Hale spoke first' (Hale set off as a Republican,
# Price as a Democrat): the party ruled Hale out and no route took Price, named once; the one person
# set off as of the party is named as surely as by a second mention (DocIndex.prominent_for_role).
def test_the_democrat_after_the_republican_is_named_again(pipeline):
    text = (
        "Senate race\n\nSen. Mark Hale, a Republican, faces Tom Price, a Democrat, in November. Hale spoke first.\n\n"
        "The Democrat said he was confident.\n"
    )
    assert _speaker_name(pipeline, text, "confident") == "Tom Price"


def test_the_democrat_after_two_democrats_named_once_is_neither(pipeline):
    # near miss: two people set off as Democrats, each named once: the party names neither surely
    text = (
        "Senate race\n\nSen. Mark Hale, a Republican, faces Tom Price, a Democrat, and Ann Ruiz, a Democrat, "
        "in November. Hale spoke first.\n\nThe Democrat said she was confident.\n"
    )
    assert _speaker_name(pipeline, text, "confident") is None
