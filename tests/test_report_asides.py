"""A report whose that-clause follows an aside ('Reuters reported, citing three sources, that
…') has the clause as its content, without the aside, whichever of the three ways the small
model parses it (see newsmine.nlp.attribution.asides). Every text here is invented for
newsmine."""

from __future__ import annotations

import pytest

from newsmine.nlp.quotes import find_quotes


def _quotes(nlp, sentence: str) -> list[tuple[str, str | None, str | None]]:
    """(content, cue, speaker mention) of each quote the whole pipeline keeps for ``sentence``."""
    text = sentence + "\n"
    found = find_quotes(nlp(text))
    return [(text[q.start : q.end], q.cue.text if q.cue else None, q.speaker.text if q.speaker else None) for q in found]


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content"),
    [
        # the report parsed as the complement of the clause's verb
        (
            "The Eastvale Gazette reported on Wednesday, citing two council members, that Osei had considered dropping his opposition in exchange for a new station.",
            "reported",
            "The Eastvale Gazette",
            "Osei had considered dropping his opposition in exchange for a new station",
        ),
        # the clause parsed as the complement of the aside's 'citing'
        (
            "Reuters reported, citing three sources familiar with the talks, that the deal would be signed on Friday.",
            "reported",
            "Reuters",
            "the deal would be signed on Friday",
        ),
        # the clause parsed right, the aside inside it
        ("The ministry said in a statement, citing preliminary data, that exports fell 4 percent in May.", "said", "The ministry", "exports fell 4 percent in May"),
        ("Police said on Sunday, quoting witnesses, that the driver fled the scene.", "said", "Police", "the driver fled the scene"),
    ],
)
def test_the_clause_after_the_aside_is_the_reports_content(nlp, sentence, cue, speaker, content):
    assert (content, cue, speaker) in _quotes(nlp, sentence)


def test_an_extraposed_clause_keeps_what_comes_before_it(nlp):
    # 'it was possible, though not likely,' is what she knew, not an aside
    quotes = _quotes(nlp, "The mayor knew it was possible, though not likely, that she could lose the vote.")
    assert ("it was possible, though not likely, that she could lose the vote", "knew", "The mayor") in quotes


def test_a_participle_that_reports_keeps_its_own_clause(nlp):
    # 'saying' is the report here, not an aside: the clause stays its content, not 'talked''s
    quotes = _quotes(nlp, "He talked more about the budget, saying, apparently for the first time, that he would consider raising taxes.")
    assert any(content == "he would consider raising taxes" and cue == "saying" for content, cue, _ in quotes)
