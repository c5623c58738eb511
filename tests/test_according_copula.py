""""That's according to X": what X reports is the subject ('That', standing for the sentences
before), not the subject with its copula. Every text here is invented for newsmine."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The ferry fund raised almost $9 million. That’s according to harbour reports filed on Friday.\n",
        "The ferry fund raised almost $9 million. That's according to harbour reports filed on Friday.\n",
        "The ferry fund raised almost $9 million. This is according to harbour reports filed on Friday.\n",
    ],
)
def test_the_subject_of_a_copula_before_according_to_is_the_content(nlp, text):
    from newsmine.nlp.quotes import find_quotes

    found = [(text[q.start : q.end], q.speaker.text if q.speaker else None) for q in find_quotes(nlp(text))]
    subject = text.split(". ")[1].split()[0].split("’")[0].split("'")[0]
    assert (subject, "harbour reports") in found
