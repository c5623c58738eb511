"""A lead-in crediting the quotation after its colon ('More from Dana Quill: "…"', 'And this
from the harbor board: "…"') names its speaker after 'from', also when a dash sets it off
after a clause of the writer's (:mod:`newsmine.nlp.attribution.credit_lead_ins`, session 54).
Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import first_quote_in

_POLL = "The county poll found a split among rural voters, the pollster Ana Ruiz said.\n\n"
_WORDS = '"Data gathered by our team shows that both worries were in play for voters in the valley this spring."'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The dash glued to 'More' ('-More'): before, the pollster's, with no cue.
        (_POLL + "Signs of a shift among farm families were there all along -More from Dana Quill: " + _WORDS, "Dana Quill"),
        # 'And this from …': before, 'this' spoke.
        (
            (
                "The mayor spoke for an hour at the harbor.\n\nThe new pier was the talk of the evening - And this from "
                'the harbor board: "We expect the first ferry to dock at the new pier before the summer season opens."'
            ),
            "the harbor board",
        ),
    ],
)
def test_a_crediting_lead_in_names_the_speaker(pipeline, text, speaker):
    snippet = "We expect" if "harbor board" in text else "Data gathered"
    quote = first_quote_in(pipeline, text, snippet)
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.cue is not None and quote.cue.text == ":"


def test_more_of_something_from_someone_is_no_credit(pipeline):
    # Near miss: 'more money from the state' is a clause of the writer's, not a credit.
    text = (
        "The report on the levy ran to forty pages, said Ana Ruiz, who chairs the board.\n\nThe board spends most of "
        "its space on the cost of the new pier - more money from the state than anyone planned: \"The levy will fund "
        'the pier, the school roof and the road to the quarry over five years."'
    )
    quote = first_quote_in(pipeline, text, "The levy will fund")
    assert quote.speaker is None or quote.speaker.text != "the state"


@pytest.mark.parametrize(
    "lead_in",
    [
        # Review (session 54, review54b): an event, not a speaker, after 'from'; before the fix
        # "Tuesday's debate" was the speaker.
        "The crowd stayed until the end - More from Tuesday's debate:",
        "More from the hearing:",
        "And this from the campaign trail:",
    ],
)
def test_a_credit_to_an_event_names_no_speaker(pipeline, lead_in):
    text = '"We acted within the law," Senator Ray Dunn said.\n\n' + lead_in + ' "I will never raise your taxes, not once, not ever."'
    quote = first_quote_in(pipeline, text, "I will never raise")
    assert quote.speaker is None or quote.speaker.text.lower() not in ("tuesday's debate", "the hearing", "the campaign trail")


@pytest.mark.parametrize(
    ("lead_in", "speaker"),
    [
        # Guards: a document and a body after 'from' still speak.
        ("More from the report:", "the report"),
        ("And this from the harbor board:", "the harbor board"),
    ],
)
def test_a_credit_to_a_document_or_a_body_still_names_it(pipeline, lead_in, speaker):
    text = '"We acted within the law," Senator Ray Dunn said.\n\n' + lead_in + ' "Records were missing in nine of the twelve offices we visited."'
    quote = first_quote_in(pipeline, text, "Records were missing")
    assert quote.speaker is not None and quote.speaker.text == speaker
