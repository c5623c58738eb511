"""A document's author read off its verb's subject when the parse hangs a dateline on the verb as
a second subject (session 53, desc53b; ``speakers/verb_subjects.py``): "SPRINGVALE, Ore. — Ray
Dunn's campaign filed a complaint … The complaint says" is Dunn's campaign's, not the town's.
Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_HEADLINE = "Challenger takes mayor to elections board\n\n"
_COMPLAINT = (
    "SPRINGVALE, Ore. \u2014 Ray Dunn's campaign filed a complaint with the state elections board "
    "on Friday. The complaint says that Mayor Carl Benning used city staff for campaign work.\n"
)


def test_a_complaint_filed_after_a_dateline_is_the_filers(pipeline):
    speaker = speaker_of(pipeline.analyze(_HEADLINE + _COMPLAINT), "used city staff")
    assert (speaker.text, speaker.name) == ("The complaint", "Dunn campaign")


# (text after the headline, a snippet of the quote, the speaker's name): a plaintiff after a
# dateline; near misses: the one sued ("against Mayor Carl Benning") never speaks for the
# lawsuit, and a report about the mayor put out by a paper is the paper's.
_AUTHORED_AFTER_A_DATELINE = [
    (
        "MILLBROOK, Vt. \u2014 The Millbrook Tenants Union filed a lawsuit against the housing "
        "authority on Monday. The lawsuit claims that the authority ignored mold in 40 apartments.\n",
        "ignored mold",
        "Millbrook Tenants Union",
    ),
    (
        "SPRINGVALE, Ore. \u2014 The Springvale Tenants Union filed a lawsuit against Mayor Carl "
        "Benning on Monday. The lawsuit claims that the city ignored safety complaints for years.\n",
        "ignored safety",
        "Springvale Tenants Union",
    ),
    (
        "SPRINGVALE, Ore. \u2014 Mayor Carl Benning has faced criticism for months. A report about "
        "the mayor was released on Tuesday by the Springvale Tribune. The report said the housing "
        "office had lost track of $2 million in grants.\n",
        "lost track",
        "Springvale Tribune",
    ),
]


@pytest.mark.parametrize(("body", "snippet", "name"), _AUTHORED_AFTER_A_DATELINE)
def test_a_document_after_a_dateline_is_its_authors_not_the_one_it_is_about(pipeline, body, snippet, name):
    assert speaker_of(pipeline.analyze(_HEADLINE + body), snippet).name == name


def test_a_complaint_with_no_named_filer_after_a_dateline_is_no_ones(pipeline):
    # near miss: with no filer named, the dateline's town is not taken for one
    text = _HEADLINE + (
        "SPRINGVALE, Ore. \u2014 A complaint reached the state elections board on Friday. The "
        "complaint says that Mayor Carl Benning used city staff for campaign work.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "used city staff")
    assert speaker.name != "SPRINGVALE"
