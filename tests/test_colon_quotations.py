"""``attribution/colon_quotations.py``: a cue's adverb or phrase before a colon ('said only:',
'wrote on her blog late on Sunday:') sets off the quotation after it as the content, when the
quotation parses as no clause of the cue's; near misses where the words before the colon are
the cue's object and stay in the content. Every text here is invented for newsmine (session 54,
probe54b).
"""

from __future__ import annotations

import pytest

from tests.conftest import first_quote_in


@pytest.mark.parametrize(
    ("sentence", "quotation"),
    [
        ('Asked whether the bridge would reopen, the mayor said only: "Not before spring."', "Not before spring."),
        (
            'Councilwoman Irma Beltrán wrote on her blog late on Sunday: "Another long night at city hall."',
            "Another long night at city hall.",
        ),
        ('The coach answered with a shrug: "Bad luck, mostly."', "Bad luck, mostly."),
    ],
)
def test_the_cue_s_adverb_or_phrase_before_a_colon_is_left_out(pipeline, sentence, quotation):
    quote = first_quote_in(pipeline, f"Bridge stays shut\n\n{sentence}\n", quotation[:8])
    assert quote.text.strip('"“” ') == quotation.rstrip(".") or quote.text.strip('"“” ') == quotation


def test_the_cue_s_object_before_a_colon_stays_in_the_content(pipeline):
    # near miss: 'a link … with one sentence' is what she emailed (a phrase inside the object, not
    # on the cue); PolNeAR keeps the object with the quotation ('emailed a link to the video with
    # one sentence: "…"' on train)
    text = 'Bridge stays shut\n\nThe mayor emailed a link to the video with one sentence: "Not yet."\n'
    quote = first_quote_in(pipeline, text, "Not yet")
    assert quote.text.startswith("a link to the video"), quote.text


# ---- review54d: near misses around the colon -------------------------------------------------------


def test_an_object_of_the_cue_before_a_colon_stays_in_the_content(pipeline):
    # 'the only thing he could' is what he said (the cue's object), not how he said it
    text = 'Suit goes on\n\nAsked about the deal, Mayor Tom Hale said the only thing he could: "Not this week."\n'
    quote = first_quote_in(pipeline, text, "Not this week")
    assert quote.text.startswith("the only thing"), quote.text


def test_a_pronoun_object_before_a_colon_stays_in_the_content(pipeline):
    text = 'Suit goes on\n\nMayor Tom Hale said this: "We will not settle this week."\n'
    quote = first_quote_in(pipeline, text, "We will not settle")
    assert quote.text.startswith("this"), quote.text


@pytest.mark.parametrize(
    "lead_in",
    ["Mayor Tom Hale said in a statement:", "Mayor Tom Hale told a crowd in Ohio:", "Mayor Tom Hale said only:"],
)
def test_a_medium_an_audience_or_an_adverb_before_a_colon_leaves_the_quotation(pipeline, lead_in):
    quote = first_quote_in(
        pipeline, f'Suit goes on\n\n{lead_in} "We will not settle this week."\n', "We will not settle"
    )
    assert quote.text.strip('"“” ') == "We will not settle this week.", quote.text
