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
